import CXSiteSupport
import CXSiteModel

/// The emotion curve of a journey map: touchpoints in journey order across, emotion −2
/// (frustrated) … +2 (delighted) up, a zero line, one background band per run of touchpoints
/// in the same CARE stage (stage colour class, name on top), the as-is curve solid with a
/// marker and value at each point, and the target (to-be) curve dashed where given.
///
/// Touchpoint titles are written under their points when they fit on two lines; otherwise
/// the points are numbered and a key below lists the titles, so 20 touchpoints still read.
/// Touchpoints without an emotion are gaps in the curve.
public struct EmotionCurve: Sendable {
    public struct Touchpoint: Sendable, Equatable {
        public var title: String
        public var stage: CAREStage
        /// −2 … +2 (clamped); `nil` is a gap.
        public var emotion: Double?
        /// The to-be emotion, −2 … +2.
        public var target: Double?

        public init(title: String, stage: CAREStage, emotion: Double?, target: Double? = nil) {
            self.title = title
            self.stage = stage
            self.emotion = emotion
            self.target = target
        }
    }

    public var id: String
    public var title: String
    public var touchpoints: [Touchpoint]

    public init(id: String, title: String, touchpoints: [Touchpoint]) {
        self.id = id
        self.title = title
        self.touchpoints = touchpoints
    }

    package static let width = 720.0
    package static let plotLeft = 100.0
    package static let plotRight = 712.0
    package static let bandTop = 30.0
    package static let yTop = 74.0
    package static let yBottom = 234.0
    package static let bandBottom = 260.0
    package static let labelSize = 11.0

    /// Runs of consecutive touchpoints in one stage: `(stage, first index, last index)`.
    package var stageRuns: [(stage: CAREStage, first: Int, last: Int)] {
        var runs: [(stage: CAREStage, first: Int, last: Int)] = []
        for (i, tp) in touchpoints.enumerated() {
            if let last = runs.last, last.stage == tp.stage, last.last == i - 1 {
                runs[runs.count - 1].last = i
            } else {
                runs.append((tp.stage, i, i))
            }
        }
        return runs
    }

    /// Title lines under each point, or nil when some title does not fit (then points are numbered).
    package func directLabels(slot: Double) -> [[String]]? {
        var result: [[String]] = []
        for tp in touchpoints {
            guard let lines = ChartText.wrap(tp.title, width: slot - 6, size: Self.labelSize, maxLines: 2) else { return nil }
            result.append(lines)
        }
        return result
    }

    public func render() -> ChartFigure {
        let id = ChartText.id(self.id)
        let num = { (v: Double) in SVGWriter.num(v) }
        let n = touchpoints.count
        let clampE = { (v: Double?) -> Double? in v.flatMap { $0.isFinite ? min(max($0, -2), 2) : nil } }
        let emotions = touchpoints.map { clampE($0.emotion) }
        let targets = touchpoints.map { clampE($0.target) }
        let hasTarget = targets.contains { $0 != nil }
        let slot = n > 0 ? (Self.plotRight - Self.plotLeft) / Double(n) : Self.plotRight - Self.plotLeft
        let xOf = { (i: Int) in Self.plotLeft + (Double(i) + 0.5) * slot }
        let y = Scale(domain: -2...2, range: Self.yBottom, Self.yTop)

        let direct = directLabels(slot: slot)
        let keyColumns = n > 14 ? 3 : 2
        let keyRows = direct == nil ? (n + keyColumns - 1) / keyColumns : 0
        let height = Self.bandBottom + (direct != nil ? 42 : 36 + Double(keyRows) * 17)

        var w = SVGWriter()
        w.startChart(id: id, kind: "emotion", width: Self.width, height: height, title: title, desc: description(emotions: emotions, targets: targets))

        // Legend.
        var legend = [ChartLegend.Item(label: "As-is emotion", cssClass: "series s0 as-is", swatch: .line(marker: .circle, dash: nil))]
        if hasTarget {
            legend.append(ChartLegend.Item(label: "Target emotion (to-be)", cssClass: "series to-be", swatch: .line(marker: .diamond, dash: "6 4")))
        }
        ChartLegend.draw(&w, legend, x: Self.plotLeft, y: 16, maxWidth: Self.plotRight - Self.plotLeft)

        // Stage bands with the stage's name on top.
        w.start("g", ["class": "stage-bands"])
        for run in stageRuns {
            let x0 = Self.plotLeft + Double(run.first) * slot + 1
            let x1 = Self.plotLeft + Double(run.last + 1) * slot - 1
            let name = run.stage.name
            let label = ChartText.width(name, size: 12, bold: true) + 6 <= x1 - x0 ? name : String(name.prefix(1))
            w.start("g", ["class": "stage stage-\(run.stage.rawValue)"])
            w.leaf("rect", ["class": "band", "x": num(x0), "y": num(Self.bandTop), "width": num(x1 - x0), "height": num(Self.bandBottom - Self.bandTop)], tooltip: name)
            w.leaf("rect", ["class": "band-strip", "x": num(x0), "y": num(Self.bandTop), "width": num(x1 - x0), "height": "4"])
            w.element("text", ["class": "band-label", "x": num((x0 + x1) / 2), "y": num(Self.bandTop + 20), "text-anchor": "middle"], text: label)
            w.end()
        }
        w.end()

        // Emotion grid: −2 … +2 with words; the zero line stronger.
        w.start("g", ["class": "grid"])
        for v in [-2.0, -1, 1, 2] {
            w.leaf("line", ["x1": num(Self.plotLeft), "y1": num(y(v)), "x2": num(Self.plotRight), "y2": num(y(v)), "stroke": "currentColor"])
        }
        w.end()
        w.leaf("line", ["class": "zero", "x1": num(Self.plotLeft), "y1": num(y(0)), "x2": num(Self.plotRight), "y2": num(y(0)), "stroke": "currentColor"])
        w.start("g", ["class": "axis y", "text-anchor": "end"])
        for v in [2.0, 1, 0, -1, -2] {
            w.element("text", ["x": num(Self.plotLeft - 8), "y": num(y(v) + 4)], text: EmotionWords.word(v) + " " + ChartText.signed(v))
        }
        w.end()

        // Curves: the target dashed behind, the as-is solid in front.
        if hasTarget {
            w.start("g", ["class": "series to-be"])
            let path = Self.monotonePath(targets.indices.map { i in targets[i].map { (xOf(i), y($0)) } })
            if !path.isEmpty {
                w.leaf("path", ["class": "line", "d": path.d, "fill": "none", "stroke": "currentColor", "stroke-dasharray": "6 4"])
            }
            for (i, t) in targets.enumerated() {
                guard let t else { continue }
                w.leaf("path", ["class": "marker hollow", "d": ChartMarker.diamond.path(xOf(i), y(t), 4)], tooltip: touchpoints[i].title + ": target " + Self.emotionText(t))
            }
            w.end()
        }
        w.start("g", ["class": "series s0 as-is"])
        let path = Self.monotonePath(emotions.indices.map { i in emotions[i].map { (xOf(i), y($0)) } })
        if !path.isEmpty {
            w.leaf("path", ["class": "line", "d": path.d, "fill": "none", "stroke": "currentColor"])
        }
        for (i, e) in emotions.enumerated() {
            guard let e else { continue }
            w.leaf("path", ["class": "marker", "d": ChartMarker.circle.path(xOf(i), y(e), 4.5)], tooltip: touchpoints[i].title + ": " + Self.emotionText(e))
        }
        w.end()

        // Values at the as-is points, on the side away from the target curve.
        w.start("g", ["class": "point-labels", "text-anchor": "middle"])
        for (i, e) in emotions.enumerated() {
            guard let e else { continue }
            var above: Bool
            if let t = targets[i], t != e {
                above = t < e
            } else {
                let neighbours = [i > 0 ? emotions[i - 1] : nil, i < n - 1 ? emotions[i + 1] : nil].compactMap { $0 }
                above = neighbours.isEmpty || e >= neighbours.reduce(0, +) / Double(neighbours.count)
            }
            if e >= 2 { above = targets[i].map { $0 <= e } ?? true }
            let ly = above ? y(e) - 10 : y(e) + 18
            w.element("text", ["class": "point-label", "x": num(xOf(i)), "y": num(ly)], text: ChartText.signed(e))
        }
        w.end()

        // Touchpoint labels: titles under the points, or numbers and a key.
        w.start("g", ["class": "axis x", "text-anchor": "middle"])
        for i in 0..<n {
            w.leaf("line", ["x1": num(xOf(i)), "y1": num(Self.bandBottom), "x2": num(xOf(i)), "y2": num(Self.bandBottom + 4), "stroke": "currentColor"])
            if let direct {
                w.lines(["class": "tp-label", "x": num(xOf(i)), "y": num(Self.bandBottom + 17)], lines: direct[i], x: xOf(i), lineHeight: 13)
            } else {
                w.element("text", ["class": "tp-number", "x": num(xOf(i)), "y": num(Self.bandBottom + 17)], text: String(i + 1))
            }
        }
        w.end()
        if direct == nil && n > 0 {
            let columnWidth = (Self.width - 8) / Double(keyColumns)
            w.start("g", ["class": "tp-key"])
            for i in 0..<n {
                let column = i / keyRows, row = i % keyRows
                let x0 = 8 + Double(column) * columnWidth
                let ky = Self.bandBottom + 44 + Double(row) * 17
                w.element("text", ["class": "tp-number", "x": num(x0 + 18), "y": num(ky), "text-anchor": "end"], text: String(i + 1))
                w.element("text", ["class": "tp-title", "x": num(x0 + 24), "y": num(ky)], text: ChartText.fit(touchpoints[i].title, width: columnWidth - 32, size: Self.labelSize))
            }
            w.end()
        }
        if n == 0 {
            w.element("text", ["class": "no-data", "x": num((Self.plotLeft + Self.plotRight) / 2), "y": num(y(0) - 8), "text-anchor": "middle"], text: "No touchpoints")
        }
        return ChartFigure(svg: w.finish(), table: table(emotions: emotions, targets: targets))
    }

    /// `+1 (pleased)`.
    package static func emotionText(_ v: Double) -> String {
        ChartText.signed(v) + " (" + EmotionWords.word(v) + ")"
    }

    /// A smooth curve through the points that never overshoots them (monotone cubic, as
    /// d3's `curveMonotoneX`); `nil` points break it into separate pieces.
    package static func monotonePath(_ points: [(Double, Double)?]) -> SVGWriter.Path {
        var path = SVGWriter.Path()
        var run: [(Double, Double)] = []
        func flush() {
            defer { run = [] }
            guard let first = run.first else { return }
            path.move(first.0, first.1)
            guard run.count > 1 else { return }
            let k = run.count
            var secant: [Double] = []
            for i in 0..<(k - 1) { secant.append((run[i + 1].1 - run[i].1) / (run[i + 1].0 - run[i].0)) }
            var tangent = [Double](repeating: 0, count: k)
            for i in 1..<max(1, k - 1) {
                let h0 = run[i].0 - run[i - 1].0, h1 = run[i + 1].0 - run[i].0
                let s0 = secant[i - 1], s1 = secant[i]
                let p = (s0 * h1 + s1 * h0) / (h0 + h1)
                let sign = (s0 > 0 ? 1.0 : s0 < 0 ? -1 : 0) + (s1 > 0 ? 1.0 : s1 < 0 ? -1 : 0)
                tangent[i] = sign * min(abs(s0), abs(s1), 0.5 * abs(p))
            }
            tangent[0] = k > 2 ? (3 * secant[0] - tangent[1]) / 2 : secant[0]
            tangent[k - 1] = k > 2 ? (3 * secant[k - 2] - tangent[k - 2]) / 2 : secant[k - 2]
            // Keep the end tangents from overshooting too.
            if secant[0] * tangent[0] <= 0 { tangent[0] = 0 } else if abs(tangent[0]) > 3 * abs(secant[0]) { tangent[0] = 3 * secant[0] }
            if secant[k - 2] * tangent[k - 1] <= 0 { tangent[k - 1] = 0 } else if abs(tangent[k - 1]) > 3 * abs(secant[k - 2]) { tangent[k - 1] = 3 * secant[k - 2] }
            for i in 0..<(k - 1) {
                let h = (run[i + 1].0 - run[i].0) / 3
                path.curve(run[i].0 + h, run[i].1 + tangent[i] * h, run[i + 1].0 - h, run[i + 1].1 - tangent[i + 1] * h, run[i + 1].0, run[i + 1].1)
            }
        }
        for point in points {
            if let point { run.append(point) } else { flush() }
        }
        flush()
        return path
    }

    private func description(emotions: [Double?], targets: [Double?]) -> String {
        let n = touchpoints.count
        guard n > 0 else { return title + ": no touchpoints." }
        let runs = stageRuns
        var stageCounts: [String] = []
        for stage in CAREStage.allCases {
            let count = touchpoints.filter { $0.stage == stage }.count
            if count > 0 { stageCounts.append(stage.name + " " + String(count)) }
        }
        var text = title + ": emotion across " + ChartText.count(n, "touchpoint") + " (" + stageCounts.joined(separator: ", ") + ")"
        if runs.count > stageCounts.count { text += " in " + ChartText.count(runs.count, "stage band") }
        text += "."
        let named = { (i: Int) in "\u{201C}" + self.touchpoints[i].title + "\u{201D} (" + self.touchpoints[i].stage.name + ")" }
        let defined = emotions.indices.filter { emotions[$0] != nil }
        if defined.isEmpty {
            text += " No emotions recorded."
        } else {
            let lowest = defined.min { emotions[$0]! < emotions[$1]! }!, highest = defined.min { emotions[$0]! > emotions[$1]! }!
            if emotions[lowest]! == emotions[highest]! {
                text += " Every touchpoint " + Self.emotionText(emotions[lowest]!) + "."
            } else {
                text += " Lowest " + Self.emotionText(emotions[lowest]!) + " at " + named(lowest) + "; highest " + Self.emotionText(emotions[highest]!) + " at " + named(highest) + "."
            }
            let mean = defined.map { emotions[$0]! }.reduce(0, +) / Double(defined.count)
            text += " Average " + ChartText.signed(mean) + "."
        }
        let withTarget = targets.indices.filter { targets[$0] != nil }
        if !withTarget.isEmpty {
            text += " Target emotion set for " + ChartText.count(withTarget.count, "touchpoint")
            let gaps = withTarget.filter { emotions[$0] != nil }.map { ($0, targets[$0]! - emotions[$0]!) }
            if let widest = gaps.min(by: { $0.1 > $1.1 }), widest.1 > 0 {
                text += "; widest gap at " + named(widest.0) + ": " + ChartText.signed(emotions[widest.0]!) + " now, " + ChartText.signed(targets[widest.0]!) + " wanted"
            }
            text += "."
        }
        let missing = emotions.indices.filter { emotions[$0] == nil }
        if !missing.isEmpty {
            text += " No emotion recorded for " + (missing.count <= 3 ? ChartText.list(missing.map(named)) : ChartText.count(missing.count, "touchpoint")) + "."
        }
        return text
    }

    private func table(emotions: [Double?], targets: [Double?]) -> DataTable {
        var columns = ["Touchpoint", "Stage", "Emotion"]
        let hasTarget = targets.contains { $0 != nil }
        if hasTarget { columns.append("Target emotion") }
        let rows = touchpoints.indices.map { i -> [String] in
            var row = [String(i + 1) + ". " + touchpoints[i].title, touchpoints[i].stage.name, emotions[i].map(Self.emotionText) ?? "no data"]
            if hasTarget { row.append(targets[i].map(Self.emotionText) ?? "\u{2013}") }
            return row
        }
        return DataTable(caption: title, columns: columns, rows: rows)
    }
}
