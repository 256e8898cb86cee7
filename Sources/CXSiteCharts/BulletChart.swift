import CXSiteSupport
import CXSiteModel

/// One value against its target on a band from `minimum` to `maximum` shaded in qualitative
/// ranges (poor, fair, good), direction-aware: for lower-is-better metrics the good range is
/// on the left. The value is a dark bar, the target a vertical tick, the value in words on
/// the right.
///
/// Default ranges follow the maturity model's attainment rule: for higher-is-better, poor
/// below half the target, fair up to the target, good beyond; for lower-is-better, good up to
/// the target, fair up to 1.5 × the target, poor beyond.
public struct BulletChart: Sendable {
    /// A qualitative range ending at `upTo` (the last range always ends at the maximum).
    public struct Band: Sendable, Equatable {
        public var upTo: Double
        public var label: String

        public init(upTo: Double, label: String) {
            self.upTo = upTo
            self.label = label
        }
    }

    public var id: String
    public var title: String
    public var value: Double?
    public var target: Double?
    public var minimum: Double
    /// End of the band; by default 100 for percentages, else a round number past the value and target.
    public var maximum: Double?
    public var unit: ValueUnit
    public var better: ChartDirection
    /// Qualitative ranges from the minimum up, worst first for higher-is-better and best
    /// first for lower-is-better; `nil` derives poor / fair / good from the target.
    public var bands: [Band]?

    public init(id: String, title: String, value: Double?, target: Double?, minimum: Double = 0, maximum: Double? = nil,
                unit: ValueUnit = .score, better: ChartDirection = .higher, bands: [Band]? = nil) {
        self.id = id
        self.title = title
        self.value = value
        self.target = target
        self.minimum = minimum
        self.maximum = maximum
        self.unit = unit
        self.better = better
        self.bands = bands
    }

    package static let width = 320.0
    package static let height = 66.0
    package static let bandLeft = 4.0
    package static let bandRight = 236.0
    package static let bandTop = 8.0
    package static let bandHeight = 24.0

    /// The band's end when none is given.
    package var resolvedMaximum: Double {
        if let maximum, maximum.isFinite, maximum > minimum { return maximum }
        let v = value.flatMap { $0.isFinite ? $0 : nil } ?? minimum
        let t = target.flatMap { $0.isFinite ? $0 : nil } ?? minimum
        if unit == .percent && v <= 100 && t * (better == .lower ? 1.5 : 1) <= 100 { return 100 }
        let reach = max(v, t * (better == .lower ? 1.75 : 1.25), minimum + 1)
        let ticks = Scale.niceTicks(from: minimum, to: reach, maxIntervals: 4)
        return ticks.last!
    }

    /// The ranges actually drawn: `(from, to, label, quality 0 worst … 4 best)`.
    package func resolvedBands(maximum: Double) -> [(from: Double, to: Double, label: String, quality: Int)] {
        var cuts: [(Double, String)]
        if let bands, !bands.isEmpty {
            cuts = bands.map { ($0.upTo, $0.label) }
        } else if let target = target.flatMap({ $0.isFinite ? $0 : nil }) {
            cuts = better == .higher
                ? [(target / 2, "poor"), (target, "fair"), (maximum, "good")]
                : [(target, "good"), (target * 1.5, "fair"), (maximum, "poor")]
        } else {
            cuts = [(maximum, "range")]
        }
        var result: [(from: Double, to: Double, label: String, quality: Int)] = []
        var from = minimum
        for (i, cut) in cuts.enumerated() {
            let to = i == cuts.count - 1 ? maximum : min(max(cut.0, from), maximum)
            guard to > from || i == cuts.count - 1 else { continue }
            result.append((from, to, cut.1, 0))
            from = to
        }
        let count = result.count
        for i in result.indices {
            let rank = better == .higher ? i : count - 1 - i
            result[i].quality = count == 1 ? 2 : Int((Double(rank) * 4 / Double(count - 1)).rounded())
        }
        return result
    }

    public func render() -> ChartFigure {
        let id = ChartText.id(self.id)
        let value = self.value.flatMap { $0.isFinite ? $0 : nil }
        let target = self.target.flatMap { $0.isFinite ? $0 : nil }
        let maximum = resolvedMaximum
        let bands = resolvedBands(maximum: maximum)
        let x = Scale(domain: minimum...maximum, range: Self.bandLeft, Self.bandRight)
        let clampX = { (v: Double) in x(min(max(v, minimum), maximum)) }
        let num = { (v: Double) in SVGWriter.num(v) }
        let bandBottom = Self.bandTop + Self.bandHeight
        let mid = Self.bandTop + Self.bandHeight / 2

        var w = SVGWriter()
        w.startChart(id: id, kind: "bullet", width: Self.width, height: Self.height, title: title, desc: description(value: value, target: target, bands: bands))

        w.start("g", ["class": "bands"])
        for band in bands {
            w.leaf("rect", ["class": "band q\(band.quality)", "x": num(x(band.from)), "y": num(Self.bandTop), "width": num(x(band.to) - x(band.from)), "height": num(Self.bandHeight)],
                   tooltip: band.label + ": " + unit.format(band.from) + " to " + unit.format(band.to))
        }
        w.end()
        // Range names under the band, where they fit.
        w.start("g", ["class": "band-labels", "text-anchor": "middle"])
        for band in bands where bands.count > 1 {
            let bandWidth = x(band.to) - x(band.from)
            guard ChartText.width(band.label, size: 10) + 4 <= bandWidth else { continue }
            w.element("text", ["x": num((x(band.from) + x(band.to)) / 2), "y": num(bandBottom + 13)], text: band.label)
        }
        w.end()
        // Scale ends and range boundaries, skipping any that would collide.
        var marks: [Double] = [minimum]
        for band in bands.dropLast() where !marks.contains(band.to) { marks.append(band.to) }
        marks.append(maximum)
        w.start("g", ["class": "axis x", "text-anchor": "middle"])
        let placed = marks.map { mark -> (x: Double, half: Double, text: String) in
            let text = unit.format(mark)
            let half = ChartText.width(text, size: 10) / 2
            return (min(max(x(mark), Self.bandLeft + half), Self.bandRight - half), half, text)
        }
        var kept: [(x: Double, half: Double, text: String)] = placed.isEmpty ? [] : [placed[0]]
        for (i, mark) in placed.enumerated().dropFirst() {
            let previous = kept[kept.count - 1]
            let isLast = i == placed.count - 1
            let end = placed[placed.count - 1]
            if mark.x - mark.half < previous.x + previous.half + 6 {
                if isLast && kept.count > 1 { kept[kept.count - 1] = mark }
                continue
            }
            if !isLast && mark.x + mark.half > end.x - end.half - 6 { continue }
            kept.append(mark)
        }
        for mark in kept {
            w.element("text", ["x": num(mark.x), "y": num(bandBottom + 27)], text: mark.text)
        }
        w.end()

        if let value {
            var cls = "measure"
            if let target { cls += better.meets(value, target: target) ? " good" : " bad" }
            let x0 = x(max(minimum, min(0, maximum))), x1 = clampX(value)
            w.leaf("rect", ["class": cls, "x": num(min(x0, x1)), "y": num(mid - 4), "width": num(max(abs(x1 - x0), 1)), "height": "8"],
                   tooltip: title + ": " + unit.format(value))
        }
        if let target {
            w.leaf("line", ["class": "target", "x1": num(clampX(target)), "y1": num(Self.bandTop - 4), "x2": num(clampX(target)), "y2": num(bandBottom + 4),
                            "stroke": "currentColor"], tooltip: "target " + unit.format(target))
        }
        var valueClass = "value"
        if let value, let target { valueClass += better.meets(value, target: target) ? " good" : " bad" }
        w.element("text", ["class": valueClass, "x": num(Self.bandRight + 12), "y": num(mid + 6)], text: value.map { unit.format($0) } ?? "no data")
        if let target {
            w.element("text", ["class": "target-label", "x": num(Self.bandRight + 12), "y": num(bandBottom + 13)], text: "target " + unit.format(target))
        }
        return ChartFigure(svg: w.finish(), table: table(value: value, target: target, bands: bands))
    }

    private func description(value: Double?, target: Double?, bands: [(from: Double, to: Double, label: String, quality: Int)]) -> String {
        var text = title + ": "
        guard let value else { return text + "no data" + (target.map { "; target " + unit.format($0) } ?? "") + "." }
        text += unit.format(value)
        if let target {
            text += better.meets(value, target: target) ? ", meeting" : ", missing"
            text += " the target of " + unit.format(target) + " (" + better.phrase + ")"
        }
        if bands.count > 1, let band = bands.first(where: { value < $0.to }) ?? bands.last {
            text += "; in the " + band.label + " range (" + unit.format(band.from) + " to " + unit.format(band.to) + ")"
        }
        return text + "."
    }

    private func table(value: Double?, target: Double?, bands: [(from: Double, to: Double, label: String, quality: Int)]) -> DataTable {
        var rows: [[String]] = [["Value", value.map { unit.format($0) } ?? "no data"]]
        if let target { rows.append(["Target", unit.format(target) + " (" + better.phrase + ")"]) }
        for band in bands where bands.count > 1 {
            rows.append(["Range: " + band.label, unit.format(band.from) + " to " + unit.format(band.to)])
        }
        return DataTable(caption: title, columns: ["Measure", "Value"], rows: rows)
    }
}
