import CXSiteSupport
import CXSiteModel

/// Labelled horizontal bars from a zero line (negative values such as NPS grow to the left),
/// with each value written at the bar's end and an optional target marker.
///
/// With a target and a direction, bars that meet the target get class `good`, the others
/// `bad`; the target line and the table say the same thing without colour.
public struct BarChart: Sendable {
    public struct Bar: Sendable, Equatable {
        public var label: String
        /// `nil` draws no bar and writes "no data".
        public var value: Double?

        public init(label: String, value: Double?) {
            self.label = label
            self.value = value
        }
    }

    public var id: String
    public var title: String
    public var bars: [Bar]
    public var unit: ValueUnit
    public var target: Double?
    /// The good direction; `nil` leaves bars neutral even with a target.
    public var better: ChartDirection?
    /// Table header of the label column (`Channel`, `Segment`…).
    public var labelHeader: String
    /// Table header of the value column.
    public var valueHeader: String

    public init(id: String, title: String, bars: [Bar], unit: ValueUnit = .score, target: Double? = nil, better: ChartDirection? = .higher,
                labelHeader: String = "Category", valueHeader: String = "Value") {
        self.id = id
        self.title = title
        self.bars = bars
        self.unit = unit
        self.target = target
        self.better = better
        self.labelHeader = labelHeader
        self.valueHeader = valueHeader
    }

    package static let width = 720.0
    package static let rowHeight = 30.0
    package static let barHeight = 18.0
    package static let fontSize = 12.0

    public func render() -> ChartFigure {
        let id = ChartText.id(self.id)
        let values = bars.map { $0.value.flatMap { $0.isFinite ? $0 : nil } }
        let target = self.target.flatMap { $0.isFinite ? $0 : nil }
        let present = values.compactMap { $0 }
        let num = { (v: Double) in SVGWriter.num(v) }

        let extent = present + (target.map { [$0] } ?? []) + [0]
        var hi = extent.max()!
        let lo = extent.min()!
        if hi == lo { hi = unit == .percent ? 100 : 1 }
        let nice = Scale.nice(from: lo, to: hi, maxIntervals: 5)
        var ticks = nice.ticks
        if unit == .percent && lo >= 0 && hi <= 100 { ticks = ticks.filter { $0 <= 100 } }

        let labels = bars.map { ChartText.fit($0.label, width: 220, size: Self.fontSize) }
        let labelColumn = (labels.map { ChartText.width($0, size: Self.fontSize) }.max() ?? 0) + 16
        let valueTexts = values.map { $0.map { unit.format($0) } ?? "no data" }
        let posPad = (zip(values, valueTexts).filter { ($0.0 ?? 0) >= 0 }.map { ChartText.width($0.1, size: 11, bold: true) }.max() ?? 0) + 8
        let negPad = (zip(values, valueTexts).filter { ($0.0 ?? 0) < 0 }.map { ChartText.width($0.1, size: 11, bold: true) }.max() ?? 0) + (present.contains { $0 < 0 } ? 8 : 0)

        let plotL = labelColumn, plotR = Self.width - 12
        let top = target != nil ? 26.0 : 8
        let rowsHeight = Double(max(bars.count, 1)) * Self.rowHeight
        let axisY = top + rowsHeight
        let height = axisY + 26
        let x = Scale(domain: ticks.first!...ticks.last!, range: plotL + negPad, plotR - posPad)

        var w = SVGWriter()
        w.startChart(id: id, kind: "bar", width: Self.width, height: height, title: title, desc: description(values: values, target: target))

        // Grid and value axis.
        w.start("g", ["class": "grid"])
        for t in ticks where t != 0 {
            w.leaf("line", ["x1": num(x(t)), "y1": num(top), "x2": num(x(t)), "y2": num(axisY), "stroke": "currentColor"])
        }
        w.end()
        w.start("g", ["class": "axis x", "text-anchor": "middle"])
        w.leaf("line", ["class": "baseline", "x1": num(x(ticks.first!)), "y1": num(axisY), "x2": num(x(ticks.last!)), "y2": num(axisY), "stroke": "currentColor"])
        for t in ticks {
            w.element("text", ["x": num(x(t)), "y": num(axisY + 17)], text: unit.format(t, decimals: nice.decimals))
        }
        w.end()

        // Bars, then the zero and target lines over them, then labels (their halo keeps them clear of the lines).
        let zeroX = x(0)
        let rowMid = { (i: Int) in top + Double(i) * Self.rowHeight + Self.rowHeight / 2 }
        w.start("g", ["class": "bars"])
        for (i, bar) in bars.enumerated() {
            guard let v = values[i] else { continue }
            var cls = "bar s0"
            if let target, let better { cls += better.meets(v, target: target) ? " good" : " bad" }
            let x0 = min(zeroX, x(v)), x1 = max(zeroX, x(v))
            w.leaf("rect", ["class": cls, "x": num(x0), "y": num(rowMid(i) - Self.barHeight / 2), "width": num(max(x1 - x0, 0.5)), "height": num(Self.barHeight)],
                   tooltip: bar.label + ": " + valueTexts[i])
        }
        w.end()
        w.leaf("line", ["class": "zero", "x1": num(zeroX), "y1": num(top - 2), "x2": num(zeroX), "y2": num(axisY), "stroke": "currentColor"])
        if let target {
            let tx = x(target)
            w.leaf("line", ["class": "target", "x1": num(tx), "y1": num(top - 6), "x2": num(tx), "y2": num(axisY), "stroke": "currentColor", "stroke-dasharray": "6 4"])
            let label = "target " + unit.format(target)
            let half = ChartText.width(label, size: 11, bold: true) / 2
            let lx = min(max(tx, half + 2), Self.width - half - 2)
            w.element("text", ["class": "target-label", "x": num(lx), "y": num(top - 10), "text-anchor": "middle"], text: label)
        }
        w.start("g", ["class": "bar-labels"])
        for i in bars.indices {
            w.element("text", ["class": "bar-label", "x": num(plotL - 10), "y": num(rowMid(i) + 4), "text-anchor": "end"], text: labels[i])
            guard let v = values[i] else {
                w.element("text", ["class": "value-label no-data", "x": num(zeroX + 6), "y": num(rowMid(i) + 4)], text: "no data")
                continue
            }
            let negative = v < 0
            let end = x(v)
            w.element("text", ["class": "value-label", "x": num(negative ? end - 5 : end + 5), "y": num(rowMid(i) + 4), "text-anchor": negative ? "end" : nil], text: valueTexts[i])
        }
        w.end()
        return ChartFigure(svg: w.finish(), table: table(values: values, target: target))
    }

    private func description(values: [Double?], target: Double?) -> String {
        let defined = values.indices.filter { values[$0] != nil }
        guard !defined.isEmpty else { return "\(title): no data." }
        var parts: [String] = []
        if defined.count == 1 {
            parts.append(bars[defined[0]].label + " " + unit.format(values[defined[0]]!))
        } else {
            let highest = defined.min { values[$0]! > values[$1]! }!
            let lowest = defined.min { values[$0]! < values[$1]! }!
            if values[highest]! == values[lowest]! {
                parts.append("All " + unit.format(values[highest]!))
            } else {
                parts.append("Highest " + bars[highest].label + " " + unit.format(values[highest]!) + "; lowest " + bars[lowest].label + " " + unit.format(values[lowest]!))
            }
        }
        let negatives = defined.filter { values[$0]! < 0 }
        if !negatives.isEmpty && negatives.count < defined.count { parts.append(ChartText.count(negatives.count, "value") + " below zero") }
        if let target {
            var t = "Target " + unit.format(target)
            if let better {
                let meeting = defined.filter { better.meets(values[$0]!, target: target) }.count
                t += " (" + better.phrase + "): \(meeting) of \(defined.count) meet it"
            }
            parts.append(t)
        }
        let missing = values.count - defined.count
        if missing > 0 { parts.append("No data for " + ChartText.count(missing, "item")) }
        return "\(title), \(ChartText.count(bars.count, "bar")). " + parts.joined(separator: ". ") + "."
    }

    private func table(values: [Double?], target: Double?) -> DataTable {
        var columns = [labelHeader, valueHeader]
        if target != nil { columns += better != nil ? ["Target", "Meets target"] : ["Target"] }
        let rows = bars.indices.map { i -> [String] in
            var row = [bars[i].label, values[i].map { unit.format($0) } ?? "no data"]
            if let target {
                row.append(unit.format(target))
                if let better { row.append(values[i].map { better.meets($0, target: target) ? "yes" : "no" } ?? "no data") }
            }
            return row
        }
        return DataTable(caption: title, columns: columns, rows: rows)
    }
}
