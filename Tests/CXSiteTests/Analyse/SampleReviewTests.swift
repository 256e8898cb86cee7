import Foundation
import Testing
import CXSiteSupport
import CXSiteModel
import CXSiteLoad
import CXSiteAnalyse
import CXSiteCharts
import CXSiteRender
import CXSiteWrite
import CXSite

/// Every scorecard row of every review page of the repository's sample, against values
/// computed here straight from the sample's CSV files with decimal arithmetic: no cxsite code
/// reads the files, averages the weekly rows, subtracts, rounds or formats the expected text.
struct SampleReviewTests {
    /// The catalog as DESIGN.md §2 writes it: unit, direction, default target.
    static let catalog: [String: (unit: String, higher: Bool, target: Decimal)] = [
        "personalised_greeting_rate": ("percent", true, 90), "nps": ("score", true, 30), "self_service_rate": ("percent", true, 40),
        "proactive_contact_rate": ("percent", true, 10), "ces": ("scale", true, 5.5), "first_response_hours": ("hours", false, 24),
        "resolution_hours": ("hours", false, 48), "fcr_rate": ("percent", true, 70), "resolved_within_2_rate": ("percent", true, 85),
        "escalation_compliance": ("percent", true, 95), "reopen_rate": ("percent", false, 5), "csat": ("percent", true, 85),
        "survey_delay_compliance": ("percent", true, 95), "survey_response_rate": ("percent", true, 20), "solved_yes_rate": ("percent", true, 85),
        "retention_rate": ("percent", true, 90), "repurchase_rate": ("percent", true, 30), "agent_enps": ("score", true, 20),
        "tooling_uptime": ("percent", true, 99.5),
    ]

    /// metric → month (`YYYY-MM`) → overall value, read from content/metrics/ by hand.
    static let values: [String: [String: Decimal]] = {
        var values: [String: [String: Decimal]] = [:]
        func lines(_ name: String) -> [[String]] {
            let url = TestPaths.repository.appendingPathComponent("content/metrics/\(name)")
            var text = try! String(contentsOf: url, encoding: .utf8)
            if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
            return text.split(whereSeparator: \.isNewline).map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        }
        func number(_ cell: String) -> Decimal? {
            let text = cell.hasSuffix("%") ? String(cell.dropLast()) : cell
            return text.isEmpty ? nil : Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))!
        }
        // Long, with segments: the rows without a segment are the overall values.
        for row in lines("experience-survey.csv").dropFirst() where row[2].isEmpty {
            values[row[1], default: [:]][row[0]] = number(row[3])
        }
        // Wide files: one column per metric, empty cells missing.
        for name in ["growth.csv", "support-kpis.csv"] {
            let table = lines(name)
            for row in table.dropFirst() {
                for (column, id) in table[0].enumerated().dropFirst() {
                    if let value = number(row[column]) { values[id, default: [:]][row[0]] = value }
                }
            }
        }
        // Weekly uptime: the mean of each month's dated rows (tooling_uptime aggregates by mean).
        var weeks: [String: [Decimal]] = [:]
        for row in lines("tooling-uptime-weekly.csv").dropFirst() { weeks[String(row[0].prefix(7)), default: []].append(number(row[2])!) }
        for (month, list) in weeks { values["tooling_uptime", default: [:]][month] = list.reduce(0, +) / Decimal(list.count) }
        // first-response-by-channel.csv holds channel breakdowns only: not overall values.
        return values
    }()

    /// metric → month → what the overall value rests on, from experience-survey.csv's `n`,
    /// `promoters`, `detractors` and `sd` columns (the other files give none).
    static let bases: [String: [String: (n: Int, promoters: Double?, detractors: Double?, sd: Double?)]] = {
        var text = try! String(contentsOf: TestPaths.repository.appendingPathComponent("content/metrics/experience-survey.csv"), encoding: .utf8)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        var bases: [String: [String: (n: Int, promoters: Double?, detractors: Double?, sd: Double?)]] = [:]
        for row in text.split(whereSeparator: \.isNewline).dropFirst().map({ $0.split(separator: ",", omittingEmptySubsequences: false) }) where row[2].isEmpty {
            bases[String(row[1]), default: [:]][String(row[0])] = (Int(row[4])!, Double(row[5]), Double(row[6]), Double(row[7]))
        }
        return bases
    }()

    static let z = 1.959963984540054

    /// Whether a change is more than chance at 95 %, each test from its textbook formula: the
    /// pooled two-proportion z for shares; z on the adjusted-Wald scores for NPS (Rocks 2016);
    /// Welch's t for means, against t(ν) by the Cornish–Fisher expansion. Nil: nothing to test with.
    static func significant(_ id: String, unit: String, now: Decimal, before: Decimal, month: String) -> Bool? {
        guard let a = bases[id]?[month], let b = bases[id]?[previous(month)] else { return nil }
        let v1 = NSDecimalNumber(decimal: now).doubleValue, v2 = NSDecimalNumber(decimal: before).doubleValue
        let n1 = Double(a.n), n2 = Double(b.n)
        if unit == "percent" {
            let p1 = v1 / 100, p2 = v2 / 100, pooled = (p1 * n1 + p2 * n2) / (n1 + n2)
            return abs(p1 - p2) / (pooled * (1 - pooled) * (1 / n1 + 1 / n2)).squareRoot() > z
        }
        if let pa = a.promoters, let da = a.detractors, let pb = b.promoters, let db = b.detractors {
            func adjusted(_ p: Double, _ d: Double, _ n: Double) -> (score: Double, variance: Double) {
                let plus = ((p * n / 100).rounded() + 0.75) / (n + 3), minus = ((d * n / 100).rounded() + 0.75) / (n + 3)
                return (plus - minus, (plus + minus - (plus - minus) * (plus - minus)) / (n + 3))
            }
            let x = adjusted(pa, da, n1), y = adjusted(pb, db, n2)
            return abs(x.score - y.score) / (x.variance + y.variance).squareRoot() > z
        }
        if let sa = a.sd, let sb = b.sd {
            let va = sa * sa / n1, vb = sb * sb / n2
            let df = (va + vb) * (va + vb) / (va * va / (n1 - 1) + vb * vb / (n2 - 1))
            let t = z + (pow(z, 3) + z) / (4 * df) + (5 * pow(z, 5) + 16 * pow(z, 3) + 3 * z) / (96 * df * df)
                + (3 * pow(z, 7) + 19 * pow(z, 5) + 17 * pow(z, 3) - 15 * z) / (384 * df * df * df)
            return abs(v1 - v2) / (va + vb).squareRoot() > t
        }
        return nil
    }

    static func previous(_ month: String) -> String {
        let year = Int(month.prefix(4))!, number = Int(month.suffix(2))!
        return number == 1 ? "\(year - 1)-12" : String(format: "%04d-%02d", year, number - 1)
    }

    /// `value` rounded half away from zero to `places` decimals, written with exactly that many.
    static func fixed(_ value: Decimal, _ places: Int) -> String {
        var input = value < 0 ? -value : value
        var rounded = Decimal()
        NSDecimalRound(&rounded, &input, places, .plain)
        var text = NSDecimalNumber(decimal: rounded).stringValue
        if places > 0 {
            if !text.contains(".") { text += "." }
            let decimals = text.split(separator: ".", omittingEmptySubsequences: false)[1].count
            text += String(repeating: "0", count: places - decimals)
        }
        return (value < 0 && rounded != 0 ? "−" : "") + text
    }

    static func shown(_ value: Decimal, unit: String) -> String {
        switch unit {
        case "percent": return fixed(value, 1) + "%"
        case "hours": return fixed(value, 1) + " h"
        case "scale": return fixed(value, 2)
        default:
            let text = fixed(value, 1)
            return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
        }
    }

    static func change(_ delta: Decimal, unit: String) -> String {
        let magnitude = delta < 0 ? -delta : delta
        var number = fixed(magnitude, unit == "scale" ? 2 : 1)
        if unit == "score" && number.hasSuffix(".0") { number = String(number.dropLast(2)) }
        let suffix = unit == "percent" ? " pts" : unit == "hours" ? " h" : ""
        if Decimal(string: number) == 0 { return "±0" + suffix }
        return (delta < 0 ? "−" : "+") + number + suffix
    }

    /// A target as written by people: `90%`, `99.5%`, `24 h`, `5.5`, `30`.
    static func targetText(_ target: Decimal, unit: String) -> String {
        var number = NSDecimalNumber(decimal: target).stringValue
        if number.contains(".") { while number.hasSuffix("0") { number.removeLast() } }
        return number + (unit == "percent" ? "%" : unit == "hours" ? " h" : "")
    }

    /// The text of the first match of `pattern`'s group `group` in `html`, tags stripped.
    static func cell(_ pattern: String, in html: String, group: Int = 1) -> String? {
        let regex = try! NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators])
        guard let match = regex.firstMatch(in: html, range: NSRange(html.startIndex..., in: html)),
              let range = Range(match.range(at: group), in: html) else { return nil }
        return String(html[range]).replacingOccurrences(of: "<span class=\"visually-hidden\">[^<]*</span>", with: "", options: .regularExpression)
            .replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
    }

    @Test func everyDeltaAndStatusOnEveryReviewPageMatchesTheCSVFiles() throws {
        let site = FixtureSite(root: TestPaths.repository)
        let months = Set(Self.values.values.flatMap(\.keys)).sorted()
        #expect(months.first == "2025-03" && months.last == "2026-10")
        // The volume the sample's ticket export gives (counted without cxsite, overall only).
        let volume = try SampleMetricsTests.independentVolume().filter { $0.key.segment.isEmpty && $0.key.channel.isEmpty }
        var checked = 0, tested = 0
        for month in months {
            let html = try #require(site.text("reviews/\(month)/index.html"), "no review for \(month)")
            let rows = html.components(separatedBy: "<tr data-metric=\"").dropFirst()
            let shownIDs = rows.map { String($0.prefix { $0 != "\"" }) }
            // Every metric with a value in this month or before, and no other.
            let expectedIDs = Self.values.filter { $0.value.keys.contains { $0 <= month } }.map(\.key)
                + volume.keys.filter { $0.month <= month }.map(\.metric)
            #expect(Set(shownIDs) == Set(expectedIDs), "\(month): rows \(shownIDs.sorted()) vs \(expectedIDs.sorted())")
            for row in rows {
                let id = String(row.prefix { $0 != "\"" })
                let html = row.components(separatedBy: "</tr>")[0]
                if TicketMetrics.volumeMetricIDs.contains(id) {
                    let count = volume[SampleMetricsTests.Row(month: month, metric: id, segment: "", channel: "")]
                    #expect(Self.cell("<td class=\"num value\"[^>]*>(.*?)</td>", in: html) == count.map { String(Int($0)) } ?? "–", "\(month) \(id) value")
                    #expect(Self.cell("<td class=\"num target\">(.*?)</td>", in: html) == "–", "\(month) \(id): a volume has no target")
                    checked += 1
                    continue
                }
                let (unit, higher, target) = try #require(Self.catalog[id])
                let value = Self.values[id]?[month]
                let previous = Self.values[id]?[Self.previous(month)]

                #expect(Self.cell("<td class=\"num value\"[^>]*>(.*?)</td>", in: html) == value.map { Self.shown($0, unit: unit) } ?? "–", "\(month) \(id) value")
                #expect(Self.cell("<td class=\"num target\">(.*?)</td>", in: html) == Self.targetText(target, unit: unit), "\(month) \(id) target")

                let deltaText = Self.cell("<td class=\"num delta[^\"]*\"[^>]*>(.*?)</td>", in: html)
                let deltaClass = Self.cell("<td class=\"num delta ?([a-z]*)\"", in: html)
                if let value, let previous {
                    let delta = value - previous
                    let text = Self.change(delta, unit: unit)
                    #expect(deltaText == text, "\(month) \(id) change")
                    // Better or worse only when more than chance: a share with n, an NPS with its
                    // split and a mean with its sd in both months are tested; the rest of the sample has no n.
                    let expectedClass: String
                    if text.hasPrefix("±") {
                        expectedClass = "flat"
                    } else if let significant = Self.significant(id, unit: unit, now: value, before: previous, month: month) {
                        expectedClass = !significant ? "steady" : (delta > 0) == higher ? "better" : "worse"
                        tested += 1
                    } else {
                        expectedClass = "untested"
                    }
                    #expect(deltaClass == expectedClass, "\(month) \(id) change class")
                } else {
                    #expect(deltaText == "–", "\(month) \(id) change")
                    #expect(deltaClass == "", "\(month) \(id) change class")
                }

                let status = Self.cell("<span class=\"status ([a-z-]+)\">", in: html)
                let statusText = Self.cell("<span class=\"status [a-z-]+\">([^<]*)</span>", in: html)
                if let value {
                    let met = higher ? value >= target : value <= target
                    #expect(status == (met ? "met" : "missed"), "\(month) \(id) status")
                    #expect(statusText == (met ? "On target" : higher ? "Below target" : "Above target"), "\(month) \(id) status text")
                } else {
                    #expect(status == "no-data" && statusText == "No data", "\(month) \(id) status")
                }
                checked += 1
            }
        }
        // 20 months, 18 or 19 metrics a month (agent eNPS starts in April 2025).
        #expect(checked == 20 * 19 - 1 + 2 * 3, "19 metrics over 20 months (one missing), and the 3 volume metrics of the export's 2 months")
        #expect(tested == 19 * 6, "CSAT, NPS, CES, the survey response rate, solved-yes and survey delay compliance: a tested change each month after the first")
    }

    @Test func theHomePageLinksTheLatestReview() throws {
        let home = try #require(FixtureSite(root: TestPaths.repository).text("index.html"))
        #expect(home.contains("Latest review: <a href=\"reviews/2026-10/index.html\">Oct 2026</a>"))
    }
}
