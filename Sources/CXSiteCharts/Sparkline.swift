import CXSiteSupport
import CXSiteModel

/// A tiny inline trend (100 × 28) for KPI tiles: the recent months as a line, missing months
/// as gaps, the last point marked, an optional faint target line. Its summary is its
/// `aria-label`, so it needs no table; the tile around it shows the number.
public struct Sparkline: Sendable {
    public var id: String
    /// The metric's name, used in the summary.
    public var title: String
    public var values: [Double?]
    /// Month labels matched to `values` (`YYYY-MM`); optional, for the summary.
    public var months: [String]
    public var unit: ValueUnit
    public var target: Double?
    public var better: ChartDirection

    public init(id: String, title: String, values: [Double?], months: [String] = [], unit: ValueUnit = .score, target: Double? = nil, better: ChartDirection = .higher) {
        self.id = id
        self.title = title
        self.values = values
        self.months = months
        self.unit = unit
        self.target = target
        self.better = better
    }

    package static let width = 100.0
    package static let height = 28.0
    package static let pad = 4.0

    /// The `<svg class="cx-chart cx-sparkline">` element (one line of text, ending in a newline).
    public func render() -> String {
        let values = self.values.map { $0.flatMap { $0.isFinite ? $0 : nil } }
        let target = self.target.flatMap { $0.isFinite ? $0 : nil }
        let present = values.compactMap { $0 }
        let n = values.count
        let num = { (v: Double) in SVGWriter.num(v) }
        let extent = present + (target.map { [$0] } ?? [])
        let lo = extent.min() ?? 0, hi = extent.max() ?? 1
        let y = Scale(domain: lo...max(hi, lo), range: Self.height - Self.pad, Self.pad)
        let x = Scale(domain: 0...Double(max(n - 1, 0)), range: Self.pad, Self.width - Self.pad)

        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"cx-chart cx-sparkline\" viewBox=\"0 0 100 28\" role=\"img\""
        let label = Escape.html(summary(values: values, target: target))
        out += " id=\"" + ChartText.id(id) + "\" aria-label=\"" + label + "\"><title>" + label + "</title>"
        if let target {
            let ty = num(y(target))
            out += "<line class=\"target\" x1=\"0\" y1=\"" + ty + "\" x2=\"100\" y2=\"" + ty + "\" stroke=\"currentColor\" stroke-dasharray=\"3 2\"/>"
        }
        var path = SVGWriter.Path()
        for (i, v) in values.enumerated() {
            guard let v else { continue }
            if i == 0 || values[i - 1] == nil { path.move(x(Double(i)), y(v)) } else { path.line(x(Double(i)), y(v)) }
        }
        if !path.isEmpty {
            out += "<path class=\"line\" d=\"" + path.d + "\" fill=\"none\" stroke=\"currentColor\"/>"
        }
        // Points with no neighbour would be invisible as a line: give them a dot.
        for (i, v) in values.enumerated() {
            guard let v else { continue }
            let isLast = i == values.lastIndex { $0 != nil }
            let isolated = (i == 0 || values[i - 1] == nil) && (i == n - 1 || values[i + 1] == nil)
            guard isLast || isolated else { continue }
            out += "<circle class=\"" + (isLast ? "last" : "dot") + "\" cx=\"" + num(x(Double(i))) + "\" cy=\"" + num(y(v)) + "\" r=\"" + (isLast ? "2.5" : "1.5") + "\"/>"
        }
        return out + "</svg>\n"
    }

    /// E.g. "CSAT, last 12 months: latest 88 % (Oct 2026), up from 80 % (Nov 2025); range 71 % to 92 %; target 85 %, met."
    private func summary(values: [Double?], target: Double?) -> String {
        let defined = values.indices.filter { values[$0] != nil }
        let cadence = ChartText.cadence(of: months)
        var text = title + ", " + (values.count == 1 ? "last \(cadence.unit)" : "last \(values.count) \(cadence.units)")
        guard let first = defined.first, let last = defined.last else { return text + ": no data." }
        let month = { (i: Int) in i < months.count ? " (" + ChartText.monthLong(months[i]) + ")" : "" }
        let latest = values[last]!, start = values[first]!
        text += ": latest " + unit.format(latest) + month(last)
        if first != last {
            let change = latest > start ? "up from " : latest < start ? "down from " : "unchanged from "
            text += ", " + change + unit.format(start) + month(first)
            let lowest = defined.map { values[$0]! }.min()!, highest = defined.map { values[$0]! }.max()!
            if defined.count > 2 && (lowest < min(start, latest) || highest > max(start, latest)) {
                text += "; range " + unit.format(lowest) + " to " + unit.format(highest)
            }
        }
        if let target {
            text += "; target " + unit.format(target) + (better.meets(latest, target: target) ? ", met" : ", not met")
        }
        let missing = values.count - defined.count
        if missing > 0 { text += "; " + ChartText.count(missing, cadence.unit) + " without data" }
        return text + "."
    }
}
