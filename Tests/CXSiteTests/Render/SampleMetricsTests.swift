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

/// The repository's own sample (`content/metrics/`) against a second, deliberately naive reading
/// of the same files: split on commas and line breaks, `%` dropped, dated rows averaged, targets
/// from the table in DESIGN.md. `data/metrics.csv` and every metric page must agree with it.
struct SampleMetricsTests {
    let site = FixtureSite(root: TestPaths.repository)

    /// DESIGN.md §2: unit and default target of each metric.
    static let design: [String: (unit: String, target: Double)] = [
        "personalised_greeting_rate": ("percent", 90), "nps": ("score", 30), "self_service_rate": ("percent", 40),
        "proactive_contact_rate": ("percent", 10), "ces": ("scale", 5.5), "first_response_hours": ("hours", 24),
        "resolution_hours": ("hours", 48), "fcr_rate": ("percent", 70), "resolved_within_2_rate": ("percent", 85),
        "escalation_compliance": ("percent", 95), "reopen_rate": ("percent", 5), "csat": ("percent", 85),
        "survey_delay_compliance": ("percent", 95), "survey_response_rate": ("percent", 20), "solved_yes_rate": ("percent", 85),
        "retention_rate": ("percent", 90), "repurchase_rate": ("percent", 30), "agent_enps": ("score", 20),
        "tooling_uptime": ("percent", 99.5),
    ]

    struct Row: Hashable {
        var month: String, metric: String, segment: String, channel: String
    }

    /// Reads the sample files naively: no quoting (the sample has none), dated rows → mean per month.
    static func independentSeries() throws -> [Row: (value: Double, target: Double)] {
        try independentReading().series
    }

    /// What the sample's long files say a value rests on, by row: its `n`, and the `promoters`,
    /// `detractors` (percent) and `sd` columns (the sample's dated file has none).
    struct Basis { var n: Int, promoters: Double?, detractors: Double?, sd: Double? }

    static func independentBases() throws -> [Row: Basis] {
        try independentReading().bases
    }

    private static func independentReading() throws -> (series: [Row: (value: Double, target: Double)], bases: [Row: Basis]) {
        let folder = TestPaths.repository.appendingPathComponent("content/metrics")
        var values: [Row: [Double]] = [:]
        var targets: [Row: Double] = [:]
        var bases: [Row: Basis] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".csv") {
            var text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
            let lines = text.replacingOccurrences(of: "\r", with: "").split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
            let header = lines[0]
            let time = header.firstIndex(of: "month") ?? header.firstIndex(of: "date")!
            for cells in lines.dropFirst() {
                let month = String(cells[time].prefix(7))
                func add(_ metric: String, _ segment: String, _ channel: String, _ text: String, _ target: String?) {
                    guard !text.isEmpty else { return }
                    let row = Row(month: month, metric: metric, segment: segment, channel: channel)
                    values[row, default: []].append(Double(text.replacingOccurrences(of: "%", with: ""))!)
                    if let target, !target.isEmpty { targets[row] = Double(target)! }
                }
                if let metric = header.firstIndex(of: "metric") {
                    func cell(_ name: String) -> String { header.firstIndex(of: name).map { cells[$0] } ?? "" }
                    add(cells[metric], cell("segment"), cell("channel"), cell("value"), header.contains("target") ? cell("target") : nil)
                    if let n = Int(cell("n")) {
                        bases[Row(month: month, metric: cells[metric], segment: cell("segment"), channel: cell("channel"))] =
                            Basis(n: n, promoters: Double(cell("promoters")), detractors: Double(cell("detractors")), sd: Double(cell("sd")))
                    }
                } else {
                    for (index, metric) in header.enumerated() where index != time { add(metric, "", "", cells[index], nil) }
                }
            }
        }
        var result: [Row: (Double, Double)] = [:]
        for (row, list) in values {
            result[row] = (list.reduce(0, +) / Double(list.count), targets[row] ?? design[row.metric]!.target)
        }
        return (result, bases)
    }

    /// z = Φ⁻¹(0.975), SciPy's value.
    static let z = 1.959963984540054

    /// The Wilson score interval of a share in percent at 95 %, written out here from Wilson
    /// (1927) rather than calling cxsite's statistics.
    static func wilson(_ percent: Double, n: Int) -> (low: Double, high: Double) {
        let p = percent / 100, n = Double(n)
        let centre = (p + z * z / (2 * n)) / (1 + z * z / n)
        let half = z / (1 + z * z / n) * (p * (1 - p) / n + z * z / (4 * n * n)).squareRoot()
        return (100 * max(0, centre - half), 100 * min(1, centre + half))
    }

    /// The adjusted-Wald interval of an NPS at 95 % (Rocks 2016) from its shares of promoters and
    /// detractors, counted as the nearest whole answers.
    static func adjustedWald(promoters: Double, detractors: Double, n: Int) -> (low: Double, high: Double) {
        let adjusted = Double(n) + 3
        let plus = ((promoters * Double(n) / 100).rounded() + 0.75) / adjusted, minus = ((detractors * Double(n) / 100).rounded() + 0.75) / adjusted
        let se = ((plus + minus - (plus - minus) * (plus - minus)) / adjusted).squareRoot()
        return (max(-100, 100 * (plus - minus - z * se)), min(100, 100 * (plus - minus + z * se)))
    }

    /// The t interval of a mean at 95 %, with t(ν) by the Cornish–Fisher expansion around z (four
    /// terms; exact to about 10⁻⁸ at the sample's ν of 150 and more), not cxsite's own quantile.
    static func tInterval(mean: Double, sd: Double, n: Int) -> (low: Double, high: Double) {
        let v = Double(n - 1)
        let z3 = pow(z, 3), z5 = pow(z, 5), z7 = pow(z, 7)
        let t = z + (z3 + z) / (4 * v) + (5 * z5 + 16 * z3 + 3 * z) / (96 * v * v) + (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * v * v * v)
        let half = t * sd / Double(n).squareRoot()
        return (mean - half, mean + half)
    }

    /// The sample's Zendesk export counted naively, without cxsite's reader (a quote-aware split
    /// of each line): tickets created per month, overall and by `Via` (channel) and `Group`
    /// (segment); tickets solved per month (a solved time after creation, status Solved or
    /// Closed); the backlog at each month's end. A month after the last one with a created
    /// ticket is not covered by the export and has no value.
    static func independentVolume() throws -> [Row: Double] {
        let url = TestPaths.repository.appendingPathComponent("content/tickets/zendesk-2026-09-10.csv")
        func split(_ line: Substring) -> [String] {
            var cells: [String] = [], cell = "", quoted = false, previous: Character = " "
            for c in line {
                if c == "\"" { if quoted { quoted = false } else { quoted = true; if previous == "\"" { cell.append("\"") } } }
                else if c == "," && !quoted { cells.append(cell); cell = "" }
                else { cell.append(c) }
                previous = c
            }
            return cells + [cell]
        }
        let lines = try String(contentsOf: url, encoding: .utf8).split(whereSeparator: \.isNewline)   // CRLF, as Zendesk writes
        let header = split(lines[0])
        func column(_ name: String) -> Int { header.firstIndex(of: name)! }
        var result: [Row: Double] = [:]
        var solved: [String: Double] = [:]
        for line in lines.dropFirst() {
            let cells = split(line)
            let created = String(cells[column("Created at")].prefix(7))
            func add(_ segment: String, _ channel: String) { result[Row(month: created, metric: "tickets_created", segment: segment, channel: channel), default: 0] += 1 }
            add("", "")
            add("", cells[column("Via")])
            add(cells[column("Group")], "")
            let at = cells[column("Solved at")]
            if ["Solved", "Closed"].contains(cells[column("Status")]), !at.isEmpty, at >= cells[column("Created at")] { solved[String(at.prefix(7)), default: 0] += 1 }
        }
        let months = Set(result.keys.map(\.month)).sorted()
        var open = 0.0
        for month in months {
            result[Row(month: month, metric: "tickets_solved", segment: "", channel: "")] = solved[month] ?? 0
            open += result[Row(month: month, metric: "tickets_created", segment: "", channel: "")]! - (solved[month] ?? 0)
            result[Row(month: month, metric: "backlog", segment: "", channel: "")] = open
        }
        return result
    }

    /// Up to four decimals, trailing zeros dropped.
    static func data(_ value: Double) -> String {
        var text = String(format: "%.4f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// DESIGN/METRICS.md number formats: percent 1 decimal + %, hours 1 decimal + h, score whole or 1 decimal, scale 2 decimals.
    /// Halves round away from zero.
    static func display(_ value: Double, unit: String) -> String {
        func round(_ v: Double, _ decimals: Double) -> Double {
            let f = Foundation.pow(10, decimals)
            return (v * f).rounded(.toNearestOrAwayFromZero) / f
        }
        var text: String
        switch unit {
        case "percent": text = String(format: "%.1f%%", round(value, 1))
        case "hours": text = String(format: "%.1f h", round(value, 1))
        case "scale": text = String(format: "%.2f", round(value, 2))
        default:
            text = String(format: "%.1f", round(value, 1))
            if text.hasSuffix(".0") { text.removeLast(2) }
        }
        return text.hasPrefix("-") ? "−" + text.dropFirst() : text
    }

    @Test func sampleBuildsCleanly() {
        #expect(site.diagnostics.isEmpty, "\(site.diagnosticText)")
    }

    @Test func dataCSVEqualsAnIndependentReadingOfTheSampleFiles() throws {
        let expected = try Self.independentSeries()
        #expect(expected.count > 400, "the sample holds 20 months of 19 metrics plus breakdowns")
        // The volume computed from the export: counts, without a target.
        let volume = try Self.independentVolume()
        #expect(volume[Row(month: "2026-10", metric: "tickets_created", segment: "", channel: "")] == 230)
        // A CSV value has the n of its `n` column, if any, and a share with n its Wilson interval;
        // a count rests on itself (n = the count) and has no interval.
        let bases = try Self.independentBases()
        #expect(bases.count == 200, "every row of experience-survey.csv gives its n")
        var all: [Row: (value: Double, target: String, n: String, interval: [String])] = [:]
        for (row, series) in expected {
            let basis = bases[row]
            var interval: (low: Double, high: Double)?
            if let basis {
                if Self.design[row.metric]!.unit == "percent" {
                    interval = Self.wilson(series.value, n: basis.n)
                } else if let promoters = basis.promoters, let detractors = basis.detractors {
                    interval = Self.adjustedWald(promoters: promoters, detractors: detractors, n: basis.n)
                } else if let sd = basis.sd {
                    interval = Self.tInterval(mean: series.value, sd: sd, n: basis.n)
                }
            }
            let n = basis?.n
            all[row] = (series.value, Self.data(series.target), n.map(String.init) ?? "", interval.map { [Self.data($0.low), Self.data($0.high)] } ?? ["", ""])
        }
        for (row, value) in volume {
            let overallCount = row.segment.isEmpty && row.channel.isEmpty
            all[row] = (value, "", overallCount || row.metric == "tickets_created" ? String(Int(value)) : "", ["", ""])
        }
        let rows = all.keys.sorted { ($0.month, $0.metric, $0.segment, $0.channel) < ($1.month, $1.metric, $1.segment, $1.channel) }
        var text = "month,metric,segment,channel,value,target,n,ci_low,ci_high\n"
        for row in rows {
            let (value, target, n, interval) = all[row]!
            text += ([row.month, row.metric, row.segment, row.channel, Self.data(value), target, n] + interval).joined(separator: ",") + "\n"
        }
        let actual = try #require(site.text("data/metrics.csv"))
        #expect(actual == text)
        if actual != text {
            let a = actual.split(separator: "\n"), e = text.split(separator: "\n")
            if let i = zip(a, e).enumerated().first(where: { $0.element.0 != $0.element.1 })?.offset {
                Issue.record("first difference at line \(i + 1): \(a[i]) vs \(e[i])")
            }
        }
    }

    /// The home dashboard's workload row: the export's volume in the reporting month, apart from
    /// the key metrics (a volume is read, not judged).
    @Test func theHomePageShowsTheWorkloadOfTheReportingMonth() throws {
        let home = try #require(site.text("index.html"))
        let workload = try #require(home.components(separatedBy: "<h3>Workload</h3>").dropFirst().first?.components(separatedBy: "</ul>").first)
        let volume = try Self.independentVolume()
        for (id, name) in [("tickets_created", "Tickets created"), ("tickets_solved", "Tickets solved"), ("backlog", "Backlog")] {
            let count = Int(try #require(volume[Row(month: "2026-10", metric: id, segment: "", channel: "")]))
            #expect(workload.contains("href=\"metrics/\(id)/index.html\">\(name)</a>\n<p class=\"kpi-value\">\(count) "), "\(name) \(count)")
        }
        let key = try #require(home.components(separatedBy: "<h3>Key metrics</h3>").dropFirst().first?.components(separatedBy: "</ul>").first)
        #expect(!key.contains("tickets_created"), "volumes are not key metrics")
        // The export's groups are the segments of tickets created: the page calls them groups.
        let created = try #require(site.text("metrics/tickets_created/index.html"))
        #expect(created.contains("<h2 id=\"breakdown-segment\">By group</h2>") && created.contains("<h2 id=\"breakdown-channel\">By channel</h2>"))
        #expect(site.text("metrics/csat/index.html")?.contains("<h2 id=\"breakdown-segment\">By segment</h2>") == true)
    }

    @Test func everyMetricPageTableShowsThoseValues() throws {
        let expected = try Self.independentSeries()
        let metrics = Set(expected.keys.map(\.metric))
        #expect(metrics.count == 19)
        for metric in metrics.sorted() {
            let html = try #require(site.text("metrics/\(metric)/index.html"), "no page for \(metric)")
            let table = try #require(MonthlyTable(html: html), "no monthly table on \(metric)")
            let unit = Self.design[metric]!.unit
            var checked = 0
            for (row, point) in expected where row.metric == metric {
                let column = row.segment.isEmpty && row.channel.isEmpty ? "Overall" : row.segment.isEmpty ? row.channel : row.segment
                let month = String(row.month)
                #expect(table.cell(month: month, column: column) == Self.display(point.value, unit: unit), "\(metric) \(month) \(column)")
                checked += 1
            }
            #expect(checked == table.filledCells, "\(metric): every filled value cell is one the input has")
        }
    }
}

/// The "Monthly values" table of a metric page, read back from its HTML.
struct MonthlyTable {
    var columns: [String]
    /// `2025-03` → cell texts in column order.
    var rows: [String: [String]]

    init?(html: String) {
        guard let start = html.range(of: "<table class=\"monthly\">"), let end = html.range(of: "</table>", range: start.upperBound..<html.endIndex) else { return nil }
        let table = String(html[start.upperBound..<end.lowerBound])
        let head = table.components(separatedBy: "</thead>")[0]
        columns = head.components(separatedBy: "<th scope=\"col\" class=\"num\">").dropFirst().map { cell in
            String(cell.prefix { $0 != "<" })
        }
        rows = [:]
        for line in table.components(separatedBy: "\n") where line.hasPrefix("<tr><th scope=\"row\"><time datetime=\"") {
            let month = String(line.dropFirst("<tr><th scope=\"row\"><time datetime=\"".count).prefix(7))
            rows[month] = line.components(separatedBy: "<td class=\"").dropFirst().map { cell in
                let text = cell.drop { $0 != ">" }.dropFirst()
                return String(text.prefix { $0 != "<" })
            }
        }
    }

    func cell(month: String, column: String) -> String? {
        guard let index = columns.firstIndex(of: column), let row = rows[month], index < row.count else { return nil }
        return row[index]
    }

    /// Value cells (overall and breakdowns, not change, target, n or interval) that hold a number.
    var filledCells: Int {
        let valueColumns = columns.indices.filter { !["Change", "Target", "n", "Interval"].contains(columns[$0]) }
        return rows.values.reduce(0) { sum, row in sum + valueColumns.filter { $0 < row.count && row[$0] != "–" }.count }
    }
}
