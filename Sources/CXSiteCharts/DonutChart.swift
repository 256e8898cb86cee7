import Foundation
import CXSiteSupport
import CXSiteModel

/// Shares of a whole as a ring, clockwise from twelve o'clock, each share written next to its
/// arc, a big centre label and a legend with names and percentages.
///
/// `DonutChart.nps` builds the NPS breakdown: promoters, passives and detractors, with the
/// NPS (promoters % − detractors %) in the centre.
public struct DonutChart: Sendable {
    public struct Slice: Sendable, Equatable {
        public var label: String
        /// A count or a share; slices are shown as percentages of their sum.
        public var value: Double
        /// The colour class (`good`, `bad`, `neutral`, or a series class `s0`…); `s<index>` when nil.
        public var role: String?

        public init(label: String, value: Double, role: String? = nil) {
            self.label = label
            self.value = value
            self.role = role
        }
    }

    public var id: String
    public var title: String
    public var slices: [Slice]
    /// Big text in the hole (`+32`).
    public var centerLabel: String?
    /// Small text under it (`NPS`).
    public var centerCaption: String?
    /// Table header of the slice values (`Answers`).
    public var valueHeader: String

    public init(id: String, title: String, slices: [Slice], centerLabel: String? = nil, centerCaption: String? = nil, valueHeader: String = "Value") {
        self.id = id
        self.title = title
        self.slices = slices
        self.centerLabel = centerLabel
        self.centerCaption = centerCaption
        self.valueHeader = valueHeader
    }

    /// The NPS breakdown from counts (or shares) of answers 9–10, 7–8 and 0–6.
    public static func nps(id: String, title: String, promoters: Double, passives: Double, detractors: Double) -> DonutChart {
        let total = promoters + passives + detractors
        let score = total > 0 ? ((promoters - detractors) / total * 100).rounded() : nil
        return DonutChart(id: id, title: title, slices: [
            Slice(label: "Promoters (9\u{2013}10)", value: promoters, role: "good"),
            Slice(label: "Passives (7\u{2013}8)", value: passives, role: "neutral"),
            Slice(label: "Detractors (0\u{2013}6)", value: detractors, role: "bad"),
        ], centerLabel: score.map { ChartText.signed($0, maxDecimals: 0) } ?? "\u{2013}", centerCaption: "NPS", valueHeader: "Answers")
    }

    package static let width = 460.0
    package static let height = 220.0
    package static let outer = 84.0
    package static let inner = 54.0

    /// Each slice's share in percent (0 when the total is 0).
    package var shares: [Double] {
        let values = slices.map { $0.value.isFinite ? max($0.value, 0) : 0 }
        let total = values.reduce(0, +)
        return values.map { total > 0 ? $0 / total * 100 : 0 }
    }

    /// Whole percentages that add up to 100 (largest remainder; ties go to the earlier slice).
    package var roundedShares: [Int] {
        let shares = self.shares
        guard shares.contains(where: { $0 > 0 }) else { return shares.map { _ in 0 } }
        var result = shares.map { Int($0.rounded(.down)) }
        let order = shares.indices.sorted { a, b in
            let ra = shares[a] - Double(result[a]), rb = shares[b] - Double(result[b])
            return ra != rb ? ra > rb : a < b
        }
        for i in order.prefix(max(0, 100 - result.reduce(0, +))) { result[i] += 1 }
        return result
    }

    public func render() -> ChartFigure {
        let id = ChartText.id(self.id)
        let num = { (v: Double) in SVGWriter.num(v) }
        let shares = self.shares
        let whole = roundedShares.map { String($0) + " %" }
        let cx = 136.0, cy = Self.height / 2
        let point = { (r: Double, turn: Double) -> (x: Double, y: Double) in
            let a = -Double.pi / 2 + 2 * Double.pi * turn
            return (cx + r * cos(a), cy + r * sin(a))
        }
        let roles = slices.indices.map { slices[$0].role ?? "s\($0 % 6)" }

        var w = SVGWriter()
        w.startChart(id: id, kind: "donut", width: Self.width, height: Self.height, title: title, desc: description(shares: shares))

        w.leaf("circle", ["class": "track", "cx": num(cx), "cy": num(cy), "r": num((Self.outer + Self.inner) / 2), "fill": "none", "stroke": "currentColor",
                          "stroke-width": num(Self.outer - Self.inner)])
        var start = 0.0
        w.start("g", ["class": "slices"])
        for (i, share) in shares.enumerated() where share > 0 {
            let turn = share / 100
            let end = start + turn
            var p = SVGWriter.Path()
            if turn >= 0.9999 {
                // A whole ring: two half arcs, outer then inner.
                let o0 = point(Self.outer, 0), o1 = point(Self.outer, 0.5), i0 = point(Self.inner, 0), i1 = point(Self.inner, 0.5)
                p.move(o0.x, o0.y); p.arc(radius: Self.outer, large: false, sweep: true, o1.x, o1.y); p.arc(radius: Self.outer, large: false, sweep: true, o0.x, o0.y)
                p.move(i0.x, i0.y); p.arc(radius: Self.inner, large: false, sweep: false, i1.x, i1.y); p.arc(radius: Self.inner, large: false, sweep: false, i0.x, i0.y)
            } else {
                let large = turn > 0.5
                let o0 = point(Self.outer, start), o1 = point(Self.outer, end), i1 = point(Self.inner, end), i0 = point(Self.inner, start)
                p.move(o0.x, o0.y); p.arc(radius: Self.outer, large: large, sweep: true, o1.x, o1.y)
                p.line(i1.x, i1.y); p.arc(radius: Self.inner, large: large, sweep: false, i0.x, i0.y)
                p.close()
            }
            w.leaf("path", ["class": "slice " + roles[i], "d": p.d, "fill-rule": "evenodd"], tooltip: slices[i].label + ": " + ValueUnit.percent.format(share, decimals: 1))
            start = end
        }
        w.end()

        // Shares next to their arcs, outside the ring, anchored away from it.
        start = 0
        w.start("g", ["class": "slice-labels"])
        for (i, share) in shares.enumerated() {
            defer { start += share / 100 }
            guard share >= 1 else { continue }
            let turn = start + share / 200
            let a = -Double.pi / 2 + 2 * Double.pi * turn
            let q = point(Self.outer + 7, turn)
            let anchor = cos(a) > 0.3 ? "start" : cos(a) < -0.3 ? "end" : "middle"
            let dy = sin(a) > 0.3 ? 11.0 : sin(a) < -0.3 ? -2 : 4
            w.element("text", ["class": "slice-label", "x": num(q.x), "y": num(q.y + dy), "text-anchor": anchor], text: whole[i])
        }
        w.end()

        if let centerLabel {
            w.element("text", ["class": "center-label", "x": num(cx), "y": num(cy + (centerCaption == nil ? 9 : 4)), "text-anchor": "middle"], text: centerLabel)
        }
        if let centerCaption {
            w.element("text", ["class": "center-caption", "x": num(cx), "y": num(cy + 22), "text-anchor": "middle"], text: centerCaption)
        }

        // Legend: one row per slice, in ring order.
        let legendX = 276.0
        let legendTop = cy - Double(slices.count) * 24 / 2 + 16
        w.start("g", ["class": "legend"])
        for (i, slice) in slices.enumerated() {
            let y = legendTop + Double(i) * 24
            w.start("g", ["class": "slice-key " + roles[i]])
            w.leaf("rect", ["class": "swatch", "x": num(legendX), "y": num(y - 11), "width": "12", "height": "12", "rx": "2"])
            w.element("text", ["class": "legend-label", "x": num(legendX + 18), "y": num(y)], text: ChartText.fit(slice.label, width: 112, size: 12))
            w.element("text", ["class": "legend-value", "x": num(Self.width - 4), "y": num(y), "text-anchor": "end"], text: whole[i])
            w.end()
        }
        w.end()
        return ChartFigure(svg: w.finish(), table: table(shares: shares))
    }

    private func description(shares: [Double]) -> String {
        let whole = roundedShares
        var text = title
        if let centerLabel { text += ": " + (centerCaption.map { $0 + " " } ?? "") + centerLabel }
        guard shares.contains(where: { $0 > 0 }) else { return text + "; no answers." }
        let parts = slices.indices.map { slices[$0].label + " " + String(whole[$0]) + " %" }
        return text + ". " + parts.joined(separator: ", ") + "."
    }

    private func table(shares: [Double]) -> DataTable {
        DataTable(caption: title + (centerLabel.map { " (" + (centerCaption.map { $0 + " " } ?? "") + $0 + ")" } ?? ""), columns: ["Group", valueHeader, "Share"],
                  rows: slices.indices.map { [slices[$0].label, ChartText.number(slices[$0].value, maxDecimals: 2), ValueUnit.percent.format(shares[$0], decimals: 1)] })
    }
}
