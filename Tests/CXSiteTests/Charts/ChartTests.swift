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
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Charts: golden SVG for every chart type and the edge cases, plus behavioural checks.
/// Re-record the golden files with `RECORD_SNAPSHOTS=1 swift test` and review the diff.
struct ChartTests {
    // MARK: - Fixtures

    static func months(from year: Int, _ month: Int, count: Int) -> [String] {
        (0..<count).map { i in
            let m = (month - 1 + i) % 12 + 1
            let y = year + (month - 1 + i) / 12
            return "\(y)-" + (m < 10 ? "0" : "") + "\(m)"
        }
    }

    static let csatMonths = months(from: 2025, 3, count: 20)
    static let csatValues: [Double?] = [78, 80, 79, 82, 83, 81, 84, nil, 71, 76, 80, 83, 85, 86, 84, 87, 88, 86, 89, 88]

    static var csat: LineChart {
        LineChart(id: "csat", title: "CSAT", months: csatMonths, values: csatValues, unit: .percent, target: 85, better: .higher)
    }

    static var responseByChannel: LineChart {
        LineChart(id: "frt", title: "First response time by channel", months: months(from: 2025, 11, count: 12), series: [
            .init(name: "Email", values: [30, 29, 31, 27, 26, 25, 24, 22, 23, 21, 20, 19]),
            .init(name: "Chat", values: [4, 3.5, 3.8, 3.2, 3, 2.8, 2.9, 2.5, 2.4, 2.2, 2.1, 2]),
            .init(name: "Web form", values: [40, 38, nil, 35, 33, 34, 30, 28, 27, 26, 25, 26]),
        ], unit: .hours, target: 24, better: .lower)
    }

    static var npsBySegment: BarChart {
        BarChart(id: "nps-segment", title: "NPS by segment, Oct 2026", bars: [
            .init(label: "Enterprise", value: 42), .init(label: "Mid-market", value: 28), .init(label: "Small business", value: 12),
            .init(label: "Self-serve", value: -14), .init(label: "Partners", value: nil),
        ], target: 30, better: .higher, labelHeader: "Segment", valueHeader: "NPS")
    }

    static var journeyHeatmap: Heatmap {
        let cell = { (count: Int, emotion: Double, note: String) in Heatmap.Cell(value: emotion, label: "\(count)", note: note) }
        return Heatmap(id: "journeys", title: "Touchpoints and average emotion by journey and stage",
                       rows: ["New customer onboarding", "Billing dispute", "Moving house"],
                       columns: ["Connect", "Assist", "Resolve", "Enhance"],
                       cells: [[cell(3, 1.3, "avg +1.3"), cell(4, 0.5, "avg +0.5"), cell(2, -0.5, "avg \u{2212}0.5"), cell(1, 1, "avg +1.0")],
                               [cell(1, -1, "avg \u{2212}1.0"), cell(2, -1.5, "avg \u{2212}1.5"), cell(5, -2, "avg \u{2212}2.0"), nil],
                               [cell(2, 0, "avg 0.0"), cell(3, 0.7, "avg +0.7"), cell(3, -0.3, "avg \u{2212}0.3"), cell(2, 1.8, "avg +1.8")]],
                       colorScale: .diverging(limit: 2), columnStages: [.connect, .assist, .resolve, .enhance], rowHeader: "Journey",
                       legendLabels: ["frustrated", "unhappy", "neutral", "pleased", "delighted"], legendTitle: "Average emotion")
    }

    static var ticketHeatmap: Heatmap {
        Heatmap(id: "tickets", title: "Tickets by weekday and channel", rows: ["Email", "Chat"], columns: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
                cells: [[120, 98, 87, 90, 110, 20, 0].map { Heatmap.Cell(value: $0) }, [200, 180, 175, 160, 150, nil, nil].map { $0.map { Heatmap.Cell(value: $0) } }],
                rowHeader: "Channel", legendTitle: "Tickets")
    }

    static var pillars: RadarChart {
        RadarChart(id: "pillars", title: "Maturity by pillar", axes: ["Technology", "Strategy", "People", "Customer Service", "Operations"], series: [
            .init(name: "Oct 2026", values: [72, 58, 64, 81, 47]), .init(name: "Sep 2026", values: [68, 58, 55, 78, 50]),
        ])
    }

    static var care: CARECycle {
        CARECycle(id: "care", title: "CARE maturity, Oct 2026", stages: [
            .init(stage: .resolve, score: 81, level: "Optimizing", href: "handbook/resolve.html"),
            .init(stage: .connect, score: 62, level: "Managed", href: "handbook/connect.html"),
            .init(stage: .assist, score: 48, level: "Defined", href: "handbook/assist.html"),
            .init(stage: .enhance, score: nil, level: nil, href: "handbook/enhance.html"),
        ], centerLabel: "Level 3", centerCaption: "Defined")
    }

    static var onboarding: EmotionCurve {
        EmotionCurve(id: "onboarding", title: "New customer onboarding", touchpoints: [
            .init(title: "Welcome email", stage: .connect, emotion: 1, target: 2),
            .init(title: "First login", stage: .assist, emotion: 0, target: 1),
            .init(title: "Setup checklist", stage: .assist, emotion: -1, target: 1),
            .init(title: "Billing surprise", stage: .resolve, emotion: -2, target: 0),
            .init(title: "Support call", stage: .resolve, emotion: 1, target: 1),
            .init(title: "Did we solve it? survey", stage: .enhance, emotion: 2, target: 2),
        ])
    }

    static var lifecycle: EmotionCurve {
        let titles = ["Sees ad", "Visits pricing page", "Signs up", "Welcome email", "Verifies account", "First login", "Imports contacts", "Reads FAQ",
                      "Proactive chat on error", "Invites team", "First invoice", "Billing question", "Waits for reply", "Escalated to video call",
                      "Issue resolved", "Did we solve it? survey (24 h later)", "Tips newsletter", "Renewal reminder", "Upgrades plan", "Refers a friend"]
        let stages: [CAREStage] = Array(repeating: .connect, count: 5) + Array(repeating: .assist, count: 5) + Array(repeating: .resolve, count: 5) + Array(repeating: .enhance, count: 5)
        let emotions: [Double?] = [0, 1, 1, 2, 0, 1, -1, nil, 1, 0, -1, -2, -2, 0, 1, 1, 0, -1, 1, 2]
        let targets: [Double?] = [1, 1, 1, 2, 1, 1, 0, 1, 1, 1, 0, 0, 0, 1, 2, 1, 1, 0, 1, 2]
        return EmotionCurve(id: "lifecycle", title: "Customer lifecycle",
                            touchpoints: titles.indices.map { .init(title: titles[$0], stage: stages[$0], emotion: emotions[$0], target: targets[$0]) })
    }

    // MARK: - Helpers

    /// Occurrences of `needle` in `text`.
    func count(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    /// The `d` of the first `<path class="<cls>" d="…">` after the last `marker` (or anywhere).
    func pathData(_ svg: String, class cls: String, after marker: String? = nil) -> String? {
        var text = Substring(svg)
        if let marker, let r = text.range(of: marker, options: .backwards) { text = text[r.upperBound...] }
        guard let start = text.range(of: "<path class=\"\(cls)\" d=\"") else { return nil }
        let rest = text[start.upperBound...]
        return String(rest[..<rest.firstIndex(of: "\"")!])
    }

    /// The points of path data made only of M and L commands.
    func points(_ d: String) -> [(command: Character, x: Double, y: Double)] {
        let tokens = d.split(separator: " ")
        var result: [(command: Character, x: Double, y: Double)] = []
        var i = 0
        while i + 1 < tokens.count {
            let command = tokens[i].first!
            result.append((command, Double(tokens[i].dropFirst())!, Double(tokens[i + 1])!))
            i += 2
        }
        return result
    }

    /// The contents of the group that starts with `opening` (no nested groups inside).
    func group(_ svg: String, _ opening: String) -> String {
        guard let start = svg.range(of: opening) else { return "" }
        let rest = svg[start.upperBound...]
        return String(rest[..<(rest.range(of: "</g>")?.lowerBound ?? rest.endIndex)])
    }

    /// `(x, text)` of every `<text x="…" …>text</text>` in `fragment`.
    func texts(_ fragment: String) -> [(x: Double, text: String)] {
        fragment.components(separatedBy: "<text").dropFirst().compactMap { chunk in
            guard let xr = chunk.range(of: "x=\""), let close = chunk.range(of: ">"), let end = chunk.range(of: "</text>") else { return nil }
            let xs = chunk[xr.upperBound...]
            return (Double(xs[..<xs.firstIndex(of: "\"")!])!, String(chunk[close.upperBound..<end.lowerBound]))
        }
    }

    /// The SVG's root element must size by viewBox only and name itself by title and desc.
    func checkRoot(_ svg: String, id: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let root = String(svg[..<svg.firstIndex(of: ">")!])
        #expect(root.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""), sourceLocation: sourceLocation)
        #expect(root.contains(" viewBox=\"0 0 "), sourceLocation: sourceLocation)
        #expect(!root.contains(" width=") && !root.contains(" height="), "no fixed size on the root", sourceLocation: sourceLocation)
        #expect(root.contains(" role=\"img\"") || root.contains(" role=\"group\""), sourceLocation: sourceLocation)
        #expect(root.contains("aria-labelledby=\"\(id)-title \(id)-desc\""), sourceLocation: sourceLocation)
        #expect(svg.contains("<title id=\"\(id)-title\">"), sourceLocation: sourceLocation)
        #expect(svg.contains("<desc id=\"\(id)-desc\">"), sourceLocation: sourceLocation)
        #expect(!svg.contains("NaN"), sourceLocation: sourceLocation)
        #expect(!svg.contains("fill=\"#") && !svg.contains("stroke=\"#"), "colours come from CSS classes", sourceLocation: sourceLocation)
        #expect(svg.hasSuffix("</svg>\n"), sourceLocation: sourceLocation)
        expectWellFormed(svg, sourceLocation: sourceLocation)
    }

    func expectWellFormed(_ xml: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let parser = XMLParser(data: Data(xml.utf8))
        let ok = parser.parse()
        #expect(ok, "not well-formed XML: \(String(describing: parser.parserError))", sourceLocation: sourceLocation)
    }

    // MARK: - Golden SVG, one per chart type

    @Test func lineChartGolden() {
        let figure = Self.csat.render()
        checkRoot(figure.svg, id: "csat")
        assertSnapshot(figure.svg, named: "charts/line-csat.svg")
        assertSnapshot(figure.html, named: "charts/line-csat-figure.html")
        expectWellFormed(figure.html)
    }

    @Test func multiSeriesLineChartGolden() {
        let figure = Self.responseByChannel.render()
        checkRoot(figure.svg, id: "frt")
        assertSnapshot(figure.svg, named: "charts/line-multi-series.svg")
        // A legend names each series, with its own marker shape and dash pattern.
        let labels = figure.svg.components(separatedBy: "<text class=\"legend-label\" ").dropFirst().map { $0.components(separatedBy: ">")[1].components(separatedBy: "<")[0] }
        #expect(labels == ["Email", "Chat", "Web form"])
        #expect(figure.svg.contains("stroke-dasharray=\"7 4\""))
        #expect(figure.svg.contains("stroke-dasharray=\"2 3\""))
        // Lower is better: the shaded target zone lies below the target line.
        #expect(figure.svg.contains("class=\"target-zone\""))
        #expect(figure.table.columns == ["Month", "Email", "Chat", "Web form", "Target"])
        #expect(figure.table.rows[2][3] == "no data")
    }

    @Test func barChartGolden() {
        let figure = BarChart(id: "csat-channel", title: "CSAT by channel", bars: [
            .init(label: "Chat", value: 91), .init(label: "Email", value: 84.5), .init(label: "Phone", value: 88),
        ], unit: .percent, target: 85, labelHeader: "Channel", valueHeader: "CSAT").render()
        checkRoot(figure.svg, id: "csat-channel")
        assertSnapshot(figure.svg, named: "charts/bar-csat-by-channel.svg")
        #expect(count("class=\"bar s0 good\"", in: figure.svg) == 2)
        #expect(count("class=\"bar s0 bad\"", in: figure.svg) == 1)
        #expect(figure.table.rows[1] == ["Email", "84.5%", "85%", "no"])
    }

    @Test func sparklineGolden() {
        let svg = Sparkline(id: "spark-csat", title: "CSAT", values: Array(Self.csatValues.suffix(12)), months: Array(Self.csatMonths.suffix(12)),
                            unit: .percent, target: 85).render()
        assertSnapshot(svg, named: "charts/sparkline.svg")
        expectWellFormed(svg)
        #expect(svg.contains("viewBox=\"0 0 100 28\""))
        #expect(svg.contains("aria-label=\"CSAT, last 12 months: latest 88% (Oct 2026), up from 71% (Nov 2025); range 71% to 89%; target 85%, met.\""))
        #expect(count("class=\"last\"", in: svg) == 1)
    }

    @Test func sparklineGapsAndIsolatedPoints() {
        let svg = Sparkline(id: "s", title: "NPS", values: [12, nil, 15, nil, 18, 21]).render()
        let d = pathData(svg, class: "line") ?? ""
        #expect(count("M", in: d) == 3)
        // The lone 15 has no neighbour to draw a line to: it gets a dot.
        #expect(count("class=\"dot\"", in: svg) == 2)
        #expect(svg.contains("2 months without data"))
    }

    @Test func bulletChartGolden() {
        let figure = BulletChart(id: "bullet-csat", title: "CSAT, Oct 2026", value: 88, target: 85, unit: .percent).render()
        checkRoot(figure.svg, id: "bullet-csat")
        assertSnapshot(figure.svg, named: "charts/bullet-csat.svg")
        #expect(figure.svg.contains("class=\"measure good\""))
        #expect(figure.svg.contains("CSAT, Oct 2026: 88%, meeting the target of 85% (higher is better); in the good range (85% to 100%)."))
    }

    @Test func bulletChartLowerIsBetter() {
        let chart = BulletChart(id: "bullet-frt", title: "First response time", value: 31, target: 24, unit: .hours, better: .lower)
        let figure = chart.render()
        checkRoot(figure.svg, id: "bullet-frt")
        assertSnapshot(figure.svg, named: "charts/bullet-lower-is-better.svg")
        let bands = chart.resolvedBands(maximum: chart.resolvedMaximum)
        // Good is on the left and is the lightest shade (quality 4).
        #expect(bands.map(\.label) == ["good", "fair", "poor"])
        #expect(bands.map(\.quality) == [4, 2, 0])
        #expect(bands[0].to == 24 && bands[1].to == 36)
        #expect(figure.svg.contains("class=\"measure bad\""))
    }

    @Test func heatmapGolden() {
        let figure = Self.journeyHeatmap.render()
        checkRoot(figure.svg, id: "journeys")
        assertSnapshot(figure.svg, named: "charts/heatmap-journeys.svg")
        #expect(figure.svg.contains("class=\"cell pos-2\""))
        #expect(figure.svg.contains("class=\"cell neg-2\""))
        #expect(figure.svg.contains("class=\"cell neu\""))
        #expect(count("class=\"stage-strip stage-", in: figure.svg) == 4)
        #expect(figure.table.rows[1][4] == "no data")
        #expect(figure.table.rows[0][1] == "3 (avg +1.3)")
    }

    @Test func heatmapEmptyCellIsNotZero() {
        let figure = Self.ticketHeatmap.render()
        checkRoot(figure.svg, id: "tickets")
        assertSnapshot(figure.svg, named: "charts/heatmap-sequential.svg")
        // Sunday's zero is a lightest cell labelled 0; Saturday and Sunday for chat are empty.
        #expect(count("class=\"cell heat-0\"", in: figure.svg) == 1)
        #expect(count("class=\"cell empty\"", in: figure.svg) == 2)
        #expect(figure.table.rows[0][7] == "0")
        #expect(figure.table.rows[1][7] == "no data")
        #expect(Self.ticketHeatmap.colorClass(200) == "heat-4")
        #expect(Self.ticketHeatmap.colorClass(50) == "heat-1")
        #expect(Self.ticketHeatmap.colorClass(0) == "heat-0")
    }

    @Test func radarChartGolden() {
        let figure = Self.pillars.render()
        checkRoot(figure.svg, id: "pillars")
        assertSnapshot(figure.svg, named: "charts/radar-pillars.svg")
        // Five rings, this month solid and filled, last month dashed.
        #expect(count("class=\"ring", in: figure.svg) == 5)
        #expect(figure.svg.contains("<path class=\"area line\""))
        #expect(figure.svg.contains("stroke-dasharray=\"7 4\""))
        #expect(figure.svg.contains("Change against Sep 2026: Technology +4, People +9, Customer Service +3, Operations \u{2212}3."))
        #expect(figure.table.rows[2] == ["People", "64", "55", "+9"])
    }

    @Test func donutChartGolden() {
        let chart = DonutChart.nps(id: "nps", title: "NPS answers, Oct 2026", promoters: 412, passives: 260, detractors: 128)
        let figure = chart.render()
        checkRoot(figure.svg, id: "nps")
        assertSnapshot(figure.svg, named: "charts/donut-nps.svg")
        #expect(chart.centerLabel == "+36")
        #expect(abs(chart.shares.reduce(0, +) - 100) < 1e-9)
        #expect(count("class=\"slice ", in: figure.svg) == 3)
        #expect(figure.table.columns == ["Group", "Answers", "Share"])
        #expect(figure.table.rows[0] == ["Promoters (9\u{2013}10)", "412", "51.5%"])
    }

    @Test func donutSingleSliceIsAWholeRing() {
        let figure = DonutChart.nps(id: "all", title: "All promoters", promoters: 10, passives: 0, detractors: 0).render()
        checkRoot(figure.svg, id: "all")
        #expect(count("class=\"slice ", in: figure.svg) == 1)
        #expect(figure.svg.contains(">+100</text>"))
    }

    @Test func careCycleGolden() {
        let figure = Self.care.render()
        checkRoot(figure.svg, id: "care")
        assertSnapshot(figure.svg, named: "charts/care-cycle.svg")
        // Links make it a group so they stay reachable; stages in CARE order whatever the input order.
        #expect(figure.svg.contains("role=\"group\""))
        let order = ["stage-connect", "stage-assist", "stage-resolve", "stage-enhance"].map { figure.svg.range(of: "class=\"stage \($0)\"")!.lowerBound }
        #expect(order == order.sorted())
        #expect(figure.svg.contains("<a href=\"handbook/connect.html\" aria-label=\"Connect: score 62 of 100, level Managed\">"))
        #expect(count("class=\"arrow-head\"", in: figure.svg) == 4)
        #expect(count("class=\"progress\"", in: figure.svg) == 3)
        #expect(figure.table.rows.map { $0[0] } == ["Connect", "Assist", "Resolve", "Enhance"])
    }

    @Test func careCycleWithoutLinksIsAnImage() {
        let figure = CARECycle(id: "c", title: "CARE", stages: [.init(stage: .assist, score: 100, level: "Optimizing")]).render()
        checkRoot(figure.svg, id: "c")
        #expect(figure.svg.contains("role=\"img\""))
        #expect(!figure.svg.contains("<a "))
        #expect(count(">no score</text>", in: figure.svg) == 3)
    }

    @Test func emotionCurveGolden() {
        let figure = Self.onboarding.render()
        checkRoot(figure.svg, id: "onboarding")
        assertSnapshot(figure.svg, named: "charts/emotion-onboarding.svg")
        // Titles fit: written under the points, no numbered key.
        #expect(figure.svg.contains("class=\"tp-label\""))
        #expect(!figure.svg.contains("class=\"tp-key\""))
        // One band per stage run, as-is solid and target dashed.
        #expect(count("<rect class=\"band\"", in: figure.svg) == 4)
        #expect(figure.svg.contains("<g class=\"series to-be\">\n<path class=\"line\""))
        #expect(figure.svg.contains("stroke-dasharray=\"6 4\""))
        #expect(figure.svg.contains("Lowest \u{2212}2 (frustrated) at \u{201C}Billing surprise\u{201D} (Resolve)"))
        #expect(figure.table.rows[3] == ["4. Billing surprise", "Resolve", "\u{2212}2 (frustrated)", "0 (neutral)"])
    }

    @Test func emotionCurveTwentyTouchpointsAreNumbered() {
        let figure = Self.lifecycle.render()
        checkRoot(figure.svg, id: "lifecycle")
        assertSnapshot(figure.svg, named: "charts/emotion-20-touchpoints.svg")
        #expect(figure.svg.contains("<g class=\"tp-key\">"))
        let numbers = texts(group(figure.svg, "<g class=\"axis x\" text-anchor=\"middle\">"))
        #expect(numbers.map(\.text) == (1...20).map(String.init))
        #expect(zip(numbers, numbers.dropFirst()).allSatisfy { $0.x < $1.x })
        // "Reads FAQ" has no emotion: the as-is curve breaks there.
        let d = pathData(figure.svg, class: "line", after: "<g class=\"series s0 as-is\">") ?? ""
        #expect(count("M", in: d) == 2)
        #expect(figure.svg.contains("No emotion recorded for \u{201C}Reads FAQ\u{201D} (Assist)."))
    }

    @Test func lineChartDrawsTheIntervalBandAndMarksSmallSamples() {
        // Four months: a run of three with intervals, a gap, then one on its own; March rests on 12 answers.
        var chart = LineChart(id: "band", title: "CSAT", months: ["2026-01", "2026-02", "2026-03", "2026-04", "2026-05"],
                              values: [80, 82, 70, nil, 84], intervals: [76...84, 78...86, 50...86, nil, 80...88],
                              counts: [400, 350, 12, nil, 300], unit: .percent, target: 85)
        chart.intervalName = "95 % interval"
        chart.smallSampleBelow = 30
        let figure = chart.render()
        checkRoot(figure.svg, id: "band")
        assertSnapshot(figure.svg, named: "charts/line-interval-band.svg")
        expectWellFormed(figure.html)
        // One shape for the run of three months (three points along the top, three back along
        // the bottom) and a short bar for May.
        let bands = figure.svg.components(separatedBy: "<path class=\"interval-band\" d=\"").dropFirst().map { $0.components(separatedBy: "\"")[0] }
        #expect(bands.count == 2)
        #expect(points(bands[0]).count == 6)
        #expect(points(bands[1]).count == 4)
        // The axis makes room for the widest interval.
        let lowestTick = texts(group(figure.svg, "<g class=\"axis y\" text-anchor=\"end\">")).map(\.text).first ?? ""
        #expect(Double(lowestTick.dropLast()).map { $0 <= 50 } == true, "\(lowestTick)")
        // The small sample is hollow, whatever the markers around it.
        #expect(count("class=\"marker hollow small-sample\"", in: figure.svg) == 1)
        #expect(figure.svg.contains("Mar 2026: 70% (95 % interval 50%–86%, n = 12, small sample)"))
        #expect(figure.svg.contains("The shaded band around the line is the 95 % interval of each month&#39;s value. Hollow markers are small samples"))
        #expect(figure.table.columns == ["Month", "CSAT", "n", "95 % interval", "Target"])
        #expect(figure.table.rows[2] == ["Mar 2026", "70%", "12 (small sample)", "50%–86%", "85%"])
        #expect(figure.table.rows[3] == ["Apr 2026", "no data", "–", "–", "85%"])
    }

    @Test func lineChartWithoutIntervalsHasNoBandOrBasisColumns() {
        let figure = Self.csat.render()
        #expect(!figure.svg.contains("interval-band"))
        #expect(figure.table.columns == ["Month", "CSAT", "Target"])
    }

    // MARK: - Edge cases

    @Test func onePoint() {
        let figure = LineChart(id: "one", title: "CSAT", months: ["2026-10"], values: [88], unit: .percent, target: 85).render()
        checkRoot(figure.svg, id: "one")
        assertSnapshot(figure.svg, named: "charts/edge-one-point.svg")
        let d = pathData(figure.svg, class: "line") ?? ""
        #expect(points(d).count == 1)
        // A single point has no line to show it: it has a marker, and its month is labelled.
        #expect(count("class=\"marker\"", in: group(figure.svg, "<g class=\"series s0\">")) == 1)
        #expect(texts(group(figure.svg, "<g class=\"axis x\" text-anchor=\"middle\">")).map(\.text) == ["Oct 26"])
        #expect(figure.svg.contains("<desc id=\"one-desc\">CSAT, for Oct 2026. Latest 88% in Oct 2026, meeting the target of 85% (higher is better).</desc>"))
    }

    @Test func allEqualValues() {
        let months = Self.months(from: 2025, 11, count: 12)
        let figure = LineChart(id: "flat", title: "Tooling uptime", months: months, values: Array(repeating: 99.5, count: 12), unit: .percent, target: 99.5).render()
        checkRoot(figure.svg, id: "flat")
        assertSnapshot(figure.svg, named: "charts/edge-all-equal.svg")
        let ys = Set(points(pathData(figure.svg, class: "line") ?? "").map(\.y))
        #expect(ys.count == 1)
        // No twelve identical labels: the latest value says it.
        #expect(!figure.svg.contains("class=\"point-labels\""))
        #expect(figure.svg.contains("Steady at 99.5% in every month with data"))
        let ticks = Scale.niceTicks(from: 99.5, to: 99.5)
        #expect(ticks.first! < 99.5 && ticks.last! > 99.5)
    }

    @Test func negativeValuesAroundZero() {
        let figure = Self.npsBySegment.render()
        checkRoot(figure.svg, id: "nps-segment")
        assertSnapshot(figure.svg, named: "charts/edge-negative-nps.svg")
        #expect(figure.svg.contains(">\u{2212}14</text>"))
        #expect(figure.svg.contains("class=\"zero\""))
        // The negative bar ends left of the zero line, the positive ones start on it.
        let zeroX = Double(figure.svg.components(separatedBy: "<line class=\"zero\" x1=\"")[1].prefix { $0 != "\"" })!
        let negative = figure.svg.components(separatedBy: "<title>Self-serve: ")[0].components(separatedBy: "<rect class=\"bar s0 bad\" x=\"").last!
        let negativeX = Double(negative.prefix { $0 != "\"" })!
        #expect(negativeX < zeroX)
        #expect(figure.svg.contains("<title>Enterprise: 42</title>"))
        #expect(figure.svg.contains("no data"))
        #expect(figure.table.rows[3] == ["Self-serve", "\u{2212}14", "30", "no"])
        #expect(figure.svg.contains("1 value below zero"))
    }

    @Test func negativeLineCrossesAZeroLine() {
        let figure = LineChart(id: "nps", title: "NPS", months: Self.months(from: 2026, 1, count: 6), values: [-12, -5, 0, 4, 9, 15], target: 10).render()
        checkRoot(figure.svg, id: "nps")
        #expect(figure.svg.contains("<line class=\"zero\""))
        #expect(figure.svg.contains(">\u{2212}12</text>"))
        #expect(figure.svg.contains(">\u{2212}20</text>"), "the y axis extends below zero")
    }

    @Test func missingMonthIsAGap() {
        let months = Self.months(from: 2026, 1, count: 5)
        let figure = LineChart(id: "gap", title: "Self-service rate", months: months, values: [12, 30, nil, 38, 41], unit: .percent, target: 40).render()
        checkRoot(figure.svg, id: "gap")
        assertSnapshot(figure.svg, named: "charts/edge-missing-month.svg")
        let pts = points(pathData(figure.svg, class: "line") ?? "")
        // Two subpaths, four points: nothing drawn for March…
        #expect(pts.filter { $0.command == "M" }.count == 2)
        #expect(pts.count == 4)
        #expect(Set(pts.map(\.x)).count == 4)
        // …and in particular no point at zero, which this axis includes (its baseline).
        #expect(group(figure.svg, "<g class=\"axis y\" text-anchor=\"end\">").contains(">0%</text>"))
        let baseline = figure.svg.components(separatedBy: "<line class=\"baseline\" ")[1]
        let zeroY = Double(baseline.components(separatedBy: "y1=\"")[1].prefix { $0 != "\"" })!
        #expect(!pts.contains { abs($0.y - zeroY) < 0.01 })
        #expect(figure.table.rows[2] == ["Mar 2026", "no data", "40%"])
        #expect(figure.svg.contains("No data for Mar 2026"))
    }

    @Test func sixtyMonthsStayLegible() {
        let months = Self.months(from: 2021, 11, count: 60)
        let values: [Double?] = (0..<60).map { (i: Int) -> Double? in i == 17 ? nil : Double(20 + (i * 7) % 23) }
        let figure = LineChart(id: "long", title: "NPS", months: months, values: values, target: 30).render()
        checkRoot(figure.svg, id: "long")
        assertSnapshot(figure.svg, named: "charts/edge-60-months.svg")
        let labels = texts(group(figure.svg, "<g class=\"axis x\" text-anchor=\"middle\">"))
        #expect(labels.count <= 8)
        #expect(labels.first?.text == "Nov 21")
        #expect(labels.last?.text == "Oct 26")
        #expect(zip(labels, labels.dropFirst()).allSatisfy { $1.x - $0.x >= ChartText.width("Mar 25", size: 11) + 8 })
        let pts = points(pathData(figure.svg, class: "line") ?? "")
        #expect(pts.count == 59)
        #expect(zip(pts, pts.dropFirst()).allSatisfy { $0.x < $1.x })
        // Markers only where needed (the last point), not sixty of them.
        #expect(count("class=\"marker\"", in: figure.svg) < 5)
    }

    @Test func labelThinning() {
        for n in 1...72 {
            let indices = LineChart.labelIndices(count: n, maxLabels: 8, spacing: 590 / Double(max(n - 1, 1)), labelWidth: 36)
            #expect(indices.count <= 8)
            #expect(indices.first == 0)
            #expect(indices.last == n - 1)
            #expect(zip(indices, indices.dropFirst()).allSatisfy { Double($1 - $0) * 590 / Double(max(n - 1, 1)) >= 44 })
        }
    }

    @Test func escaping() {
        let evil = "<script>alert(\"x\")</script>"
        let figures = [
            LineChart(id: "e1", title: evil, months: ["2026-01", "2026-02"], series: [.init(name: evil, values: [1, 2]), .init(name: "b & c", values: [2, 1])]).render(),
            BarChart(id: "e2", title: evil, bars: [.init(label: evil, value: 3)]).render(),
            Heatmap(id: "e3", title: evil, rows: [evil], columns: [evil], cells: [[.init(value: 1, label: evil, note: evil)]], rowHeader: evil).render(),
            RadarChart(id: "e4", title: evil, axes: [evil, "b", "c"], series: [.init(name: evil, values: [1, 2, 3])]).render(),
            DonutChart(id: "e5", title: evil, slices: [.init(label: evil, value: 1)], centerLabel: evil, centerCaption: evil).render(),
            CARECycle(id: "e6", title: evil, stages: [.init(stage: .connect, score: 1, level: evil, href: "\"><script>x</script>")], centerLabel: evil).render(),
            EmotionCurve(id: "e7", title: evil, touchpoints: [.init(title: evil, stage: .connect, emotion: 1)]).render(),
            BulletChart(id: "e8", title: evil, value: 1, target: 2, bands: [.init(upTo: 1, label: evil), .init(upTo: 3, label: evil)]).render(),
        ]
        for figure in figures {
            #expect(!figure.html.contains("<script"), "raw <script> in \(figure.svg.prefix(120))")
            #expect(figure.html.contains("&lt;script&gt;"))
            expectWellFormed(figure.svg)
            expectWellFormed(figure.html)
        }
        let spark = Sparkline(id: "e9", title: evil, values: [1, 2]).render()
        #expect(!spark.contains("<script"))
        #expect(figures[0].svg.contains("b &amp; c"))
        // Ids are reduced to safe characters so aria-labelledby keeps working.
        let odd = LineChart(id: "my chart\"1", title: "t", months: [], values: []).render()
        #expect(odd.svg.contains("aria-labelledby=\"my-chart-1-title my-chart-1-desc\""))
    }

    @Test func deterministic() {
        #expect(Self.csat.render() == Self.csat.render())
        #expect(Self.lifecycle.render() == Self.lifecycle.render())
        #expect(Self.pillars.render() == Self.pillars.render())
    }

    @Test func emptyInputs() {
        let figures = [
            LineChart(id: "a", title: "Nothing", months: [], values: []).render(),
            LineChart(id: "b", title: "All missing", months: ["2026-01", "2026-02"], values: [nil, nil], unit: .percent).render(),
            BarChart(id: "c", title: "No bars", bars: []).render(),
            Heatmap(id: "d", title: "Empty", rows: [], columns: [], cells: []).render(),
            RadarChart(id: "e", title: "Empty", axes: [], series: []).render(),
            DonutChart(id: "f", title: "Empty", slices: []).render(),
            EmotionCurve(id: "g", title: "Empty", touchpoints: []).render(),
            BulletChart(id: "h", title: "Empty", value: nil, target: nil).render(),
        ]
        for figure in figures {
            expectWellFormed(figure.svg)
            #expect(!figure.svg.contains("NaN"))
        }
        #expect(figures[1].svg.contains(">No data</text>"))
        #expect(!Sparkline(id: "s", title: "x", values: []).render().contains("NaN"))
    }

    @Test func figureHTML() {
        let table = DataTable(caption: "A & B", columns: ["Month", "Value"], rows: [["Jan 2026", "88 %"], ["Feb 2026", "no data"], ["Mar 2026", "\u{2212}3"]])
        #expect(table.html == """
        <table>
        <caption>A &amp; B</caption>
        <thead><tr><th scope="col">Month</th><th scope="col">Value</th></tr></thead>
        <tbody>
        <tr><th scope="row">Jan 2026</th><td class="num">88 %</td></tr>
        <tr><th scope="row">Feb 2026</th><td class="num">no data</td></tr>
        <tr><th scope="row">Mar 2026</th><td class="num">\u{2212}3</td></tr>
        </tbody>
        </table>

        """)
        // A column of words stays unaligned; a column of numbers is aligned, placeholders included.
        let mixed = DataTable(caption: "c", columns: ["Stage", "Level", "Score"], rows: [["Connect", "Defined", "62"], ["Assist", "no data", "no score"]])
        #expect(mixed.html.contains("<td>Defined</td><td class=\"num\">62</td>"))
        #expect(mixed.html.contains("<td>no data</td><td class=\"num\">no score</td>"))
        let figure = ChartFigure(svg: "<svg></svg>\n", table: table)
        #expect(figure.html.hasPrefix("<figure class=\"chart\">\n<svg></svg>\n<details class=\"chart-data\"><summary>Data</summary>\n<table>"))
        #expect(figure.html.hasSuffix("</table>\n</details>\n</figure>\n"))
    }

    @Test func descriptionsSummarise() {
        let desc = Self.csat.render().svg.components(separatedBy: "<desc id=\"csat-desc\">")[1].components(separatedBy: "</desc>")[0]
        #expect(desc == "CSAT, monthly from Mar 2025 to Oct 2026. Latest 88% in Oct 2026, meeting the target of 85% (higher is better). "
            + "Lowest 71% in Nov 2025; highest 89% in Sep 2026. No data for Oct 2025.")
        let multi = Self.responseByChannel.render().svg
        #expect(multi.contains("Latest in Oct 2026: Email 19 h, Chat 2 h, Web form 26 h. Target 24 h (lower is better)."))
    }

    // MARK: - Scale and number formatting

    @Test func niceTicks() {
        #expect(Scale.niceTicks(from: 0, to: 87) == [0, 20, 40, 60, 80, 100])
        #expect(Scale.niceTicks(from: 0, to: 100) == [0, 20, 40, 60, 80, 100])
        #expect(Scale.niceTicks(from: 0, to: 23) == [0, 5, 10, 15, 20, 25])
        #expect(Scale.niceTicks(from: 0, to: 2.3) == [0, 0.5, 1, 1.5, 2, 2.5])
        #expect(Scale.niceTicks(from: 0, to: 0.3) == [0, 0.1, 0.2, 0.3])
        #expect(Scale.niceTicks(from: -14, to: 42) == [-20, 0, 20, 40, 60])
        #expect(Scale.niceTicks(from: 71, to: 89) == [70, 75, 80, 85, 90])
        #expect(Scale.niceTicks(from: 1200, to: 4800) == [1000, 2000, 3000, 4000, 5000])
        #expect(Scale.niceTicks(from: 87, to: 0) == [0, 20, 40, 60, 80, 100])
        #expect(Scale.niceTicks(from: 0, to: 0) == [0, 0.2, 0.4, 0.6, 0.8, 1])
        #expect(Scale.niceTicks(from: 0, to: 87, maxIntervals: 10) == [0, 10, 20, 30, 40, 50, 60, 70, 80, 90])
        #expect(Scale.nice(from: 0, to: 2.3).decimals == 1)
        #expect(Scale.nice(from: 0, to: 87).decimals == 0)
        #expect(Scale.decimals(forStep: 0.25) == 2)
        #expect(Scale.decimals(forStep: 20) == 0)
    }

    @Test func scaleMaps() {
        let y = Scale(domain: 0...100, range: 200, 0)
        #expect(y(0) == 200)
        #expect(y(100) == 0)
        #expect(y(25) == 150)
        #expect(Scale(domain: 5...5, range: 0, 10)(5) == 5)
    }

    @Test func numberFormatting() {
        #expect(SVGWriter.num(12.5) == "12.5")
        #expect(SVGWriter.num(12.50001) == "12.5")
        #expect(SVGWriter.num(3) == "3")
        #expect(SVGWriter.num(0.05) == "0.05")
        #expect(SVGWriter.num(-3.14159) == "-3.14")
        #expect(SVGWriter.num(-0.001) == "0")
        #expect(SVGWriter.num(-0.0) == "0")
        #expect(SVGWriter.num(1234567.891) == "1234567.89")
        #expect(SVGWriter.num(.nan) == "0")
        #expect(SVGWriter.num(.infinity) == "0")
        #expect(SVGWriter.num(2.675, maxDecimals: 1) == "2.7")
        #expect(ChartText.number(-14, maxDecimals: 0) == "\u{2212}14")
        #expect(ChartText.signed(1) == "+1")
        #expect(ChartText.signed(0) == "0")
        #expect(ChartText.signed(-0.04) == "0")
        // Charts write a unit as the pages do (one formatter): `88%` in a chart's label, table
        // and description as on the metric page, not `88 %`; counts grouped as on the pages.
        #expect(ValueUnit.percent.format(88) == "88%")
        #expect(ValueUnit.percent.format(88) == NumberFormat.target(88, unit: .percent))
        #expect(ValueUnit.hours.format(4.25) == "4.25 h")
        #expect(ValueUnit.score.format(99.54) == "99.5")
        #expect(ValueUnit.count.format(1204) == NumberFormat.value(1204, unit: .count))
        #expect(ValueUnit.percent.format(80, decimals: 1) == "80%")
        #expect(ChartText.monthShort("2025-03") == "Mar 25")
        #expect(ChartText.monthLong("2025-03") == "Mar 2025")
        #expect(ChartText.monthShort("Q1") == "Q1")
    }
}
