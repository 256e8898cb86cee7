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

    /// metric → month → the overall value's n, from experience-survey.csv's `n` column (the other
    /// files give none).
    static let sizes: [String: [String: Int]] = {
        var text = try! String(contentsOf: TestPaths.repository.appendingPathComponent("content/metrics/experience-survey.csv"), encoding: .utf8)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        var sizes: [String: [String: Int]] = [:]
        for row in text.split(whereSeparator: \.isNewline).dropFirst().map({ $0.split(separator: ",", omittingEmptySubsequences: false) }) where row[2].isEmpty {
            sizes[String(row[1]), default: [:]][String(row[0])] = Int(row[4])!
        }
        return sizes
    }()

    /// The two-sided p-value of the two-proportion z test (pooled), from its textbook formula and
    /// the C library's erfc: p = erfc(|z|/√2).
    static func twoProportionP(_ a: Decimal, _ n1: Int, _ b: Decimal, _ n2: Int) -> Double {
        let p1 = NSDecimalNumber(decimal: a).doubleValue / 100, p2 = NSDecimalNumber(decimal: b).doubleValue / 100
        let pooled = (p1 * Double(n1) + p2 * Double(n2)) / Double(n1 + n2)
        let z = (p1 - p2) / (pooled * (1 - pooled) * (1 / Double(n1) + 1 / Double(n2))).squareRoot()
        return erfc(abs(z) / 2.0.squareRoot())
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
                    // Better or worse only when more than chance: a share with n in both months
                    // is tested; every other change of the sample has no n and is not tested.
                    let expectedClass: String
                    if text.hasPrefix("±") {
                        expectedClass = "flat"
                    } else if unit == "percent", let n = Self.sizes[id]?[month], let before = Self.sizes[id]?[Self.previous(month)] {
                        expectedClass = Self.twoProportionP(value, n, previous, before) >= 0.05 ? "steady" : (delta > 0) == higher ? "better" : "worse"
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
        #expect(tested == 19 * 4, "CSAT, the survey response rate, solved-yes and survey delay compliance: a tested change each month after the first")
    }

    @Test func theHomePageLinksTheLatestReview() throws {
        let home = try #require(FixtureSite(root: TestPaths.repository).text("index.html"))
        #expect(home.contains("Latest review: <a href=\"reviews/2026-10/index.html\">Oct 2026</a>"))
    }
}
