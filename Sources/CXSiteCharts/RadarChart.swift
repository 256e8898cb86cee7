import Foundation
import CXSiteSupport
import CXSiteModel

/// Scores 0–100 on N axes (the five pillars) as one or two polygons: the first series (this
/// month) solid and filled with its values written at its points, the second (last month)
/// dashed with square markers. Rings at 20, 40, 60, 80 and 100 are labelled along the first axis.
public struct RadarChart: Sendable {
    public struct Series: Sendable, Equatable {
        public var name: String
        /// One score 0–100 per axis, `nil` where missing.
        public var values: [Double?]

        public init(name: String, values: [Double?]) {
            self.name = name
            self.values = values
        }
    }

    public var id: String
    public var title: String
    public var axes: [String]
    /// The first is drawn solid, the second dashed; more are drawn like the second with their own dash and marker.
    public var series: [Series]

    public init(id: String, title: String, axes: [String], series: [Series]) {
        self.id = id
        self.title = title
        self.axes = axes
        self.series = series
    }

    package static let width = 440.0
    package static let radius = 118.0
    package static let rings: [Double] = [20, 40, 60, 80, 100]
    package static let fontSize = 12.0

    public func render() -> ChartFigure {
        let id = ChartText.id(self.id)
        let n = axes.count
        let num = { (v: Double) in SVGWriter.num(v) }
        let data: [[Double?]] = series.map { s in (0..<n).map { i in i < s.values.count ? s.values[i].flatMap { $0.isFinite ? min(max($0, 0), 100) : nil } : nil } }
        let legendItems = series.count > 1 ? series.indices.map { i in
            ChartLegend.Item(label: ChartText.fit(series[i].name, width: 180, size: ChartLegend.fontSize), cssClass: "series s\(i % 6)",
                             swatch: .line(marker: ChartMarker.forSeries(i), dash: ChartMarker.dash(forSeries: i)))
        } : []
        let legendRows = ChartLegend.layout(legendItems, x: 0, maxWidth: Self.width - 20).rows
        let cx = Self.width / 2
        let cy = 40 + Self.radius
        let height = cy + Self.radius + 44 + Double(legendRows) * ChartLegend.rowHeight
        let angle = { (i: Int) in -Double.pi / 2 + 2 * Double.pi * Double(i) / Double(max(n, 1)) }
        let point = { (i: Int, v: Double) -> (x: Double, y: Double) in
            let r = Self.radius * v / 100
            return (cx + r * cos(angle(i)), cy + r * sin(angle(i)))
        }

        var w = SVGWriter()
        w.startChart(id: id, kind: "radar", width: Self.width, height: height, title: title, desc: description(data: data))

        // Rings and spokes.
        w.start("g", ["class": "grid"])
        for ring in Self.rings where n >= 3 {
            var p = SVGWriter.Path()
            for i in 0..<n { let q = point(i, ring); if i == 0 { p.move(q.x, q.y) } else { p.line(q.x, q.y) } }
            p.close()
            w.leaf("path", ["class": ring == 100 ? "ring outer" : "ring", "d": p.d, "fill": "none", "stroke": "currentColor"])
        }
        for i in 0..<n {
            let q = point(i, 100)
            w.leaf("line", ["x1": num(cx), "y1": num(cy), "x2": num(q.x), "y2": num(q.y), "stroke": "currentColor"])
        }
        w.end()
        // Ring values left of the first spoke; the first axis's value label goes right of it.
        w.start("g", ["class": "axis rings", "text-anchor": "end"])
        for ring in Self.rings {
            w.element("text", ["x": num(cx - 4), "y": num(cy - Self.radius * ring / 100 + 11)], text: ChartText.number(ring, maxDecimals: 0))
        }
        w.end()

        // Axis labels outside the outer ring, anchored away from the centre; long names on two lines.
        w.start("g", ["class": "axis-labels"])
        for (i, axis) in axes.enumerated() {
            let a = angle(i)
            let lx = cx + (Self.radius + 14) * cos(a), ly = cy + (Self.radius + 14) * sin(a)
            let c = cos(a), s = sin(a)
            let anchor = abs(c) < 0.2 ? "middle" : c > 0 ? "start" : "end"
            let room = abs(c) < 0.2 ? 200.0 : (c > 0 ? Self.width - lx - 4 : lx - 4)
            let lines = ChartText.wrap(axis, width: room, size: Self.fontSize, maxLines: 1)
                ?? ChartText.wrap(axis, width: min(room, 110), size: Self.fontSize, maxLines: 2)
                ?? [ChartText.fit(axis, width: room, size: Self.fontSize)]
            let blockHeight = Double(lines.count - 1) * 14
            let top = s < -0.5 ? ly - blockHeight - 2 : s > 0.5 ? ly + 12 : ly + 4 - blockHeight / 2
            w.lines(["class": "axis-label", "x": num(lx), "y": num(top), "text-anchor": anchor], lines: lines, x: lx, lineHeight: 14)
        }
        w.end()

        // Series, the first (current) drawn last so it sits on top.
        for s in data.indices.reversed() {
            let values = data[s]
            let marker = ChartMarker.forSeries(s)
            var p = SVGWriter.Path()
            let complete = values.allSatisfy { $0 != nil } && n >= 3
            for i in 0..<n {
                guard let v = values[i] else { continue }
                let q = point(i, v)
                if i == 0 || values[i - 1] == nil { p.move(q.x, q.y) } else { p.line(q.x, q.y) }
            }
            if complete {
                p.close()
            } else if n >= 3, let v0 = values[0], let vl = values[n - 1] {
                // Close the loop across the seam when both ends exist.
                let a = point(n - 1, vl), b = point(0, v0)
                p.move(a.x, a.y)
                p.line(b.x, b.y)
            }
            w.start("g", ["class": "series s\(s % 6)"])
            if !p.isEmpty {
                w.leaf("path", ["class": complete && s == 0 ? "area line" : "line", "d": p.d, "fill": complete && s == 0 ? nil : "none", "stroke": "currentColor",
                                "stroke-dasharray": ChartMarker.dash(forSeries: s)])
            }
            for i in 0..<n {
                guard let v = values[i] else { continue }
                let q = point(i, v)
                w.leaf("path", ["class": "marker", "d": marker.path(q.x, q.y, s == 0 ? 4 : 3.5)], tooltip: series[s].name + ", " + axes[i] + ": " + ChartText.number(v, maxDecimals: 1))
            }
            w.end()
        }

        // Values of the first series next to its points, pushed outwards.
        if let values = data.first {
            w.start("g", ["class": "point-labels", "text-anchor": "middle"])
            for i in 0..<n {
                guard let v = values[i] else {
                    let q = point(i, 8)
                    w.element("text", ["class": "point-label no-data", "x": num(q.x), "y": num(q.y + 4)], text: "no data")
                    continue
                }
                let a = angle(i)
                let r = Self.radius * v / 100 + 14
                let qx = cx + r * cos(a), qy = cy + r * sin(a)
                // Keep the label off the spoke: shift it sideways a little.
                let side = abs(cos(a)) < 0.2 ? 14.0 : 0
                w.element("text", ["class": "point-label", "x": num(qx + side), "y": num(qy + 4)], text: ChartText.number(v, maxDecimals: 0))
            }
            w.end()
        }

        ChartLegend.draw(&w, legendItems, x: max(10, cx - (legendItems.map(ChartLegend.itemWidth).reduce(0, +) + Double(max(legendItems.count - 1, 0)) * 18) / 2),
                         y: cy + Self.radius + 52, maxWidth: Self.width - 20)
        return ChartFigure(svg: w.finish(), table: table(data: data))
    }

    private func description(data: [[Double?]]) -> String {
        guard let first = data.first, !axes.isEmpty else { return title + ": no data." }
        var parts: [String] = []
        let name = series[0].name
        let scored = axes.indices.filter { first[$0] != nil }
        if scored.isEmpty {
            parts.append(name + ": no data")
        } else {
            let list = scored.map { axes[$0] + " " + ChartText.number(first[$0]!, maxDecimals: 0) }
            parts.append(name + ": " + list.joined(separator: ", "))
            let highest = scored.min { first[$0]! > first[$1]! }!, lowest = scored.min { first[$0]! < first[$1]! }!
            if first[highest]! != first[lowest]! {
                parts.append("Strongest " + axes[highest] + ", weakest " + axes[lowest])
            }
        }
        if data.count > 1 {
            let previous = data[1]
            var changes: [String] = []
            for i in axes.indices {
                guard let now = first[i], let then = previous[i] else { continue }
                let delta = now - then
                if abs(delta) >= 0.5 { changes.append(axes[i] + " " + ChartText.signed(delta, maxDecimals: 0)) }
            }
            parts.append(changes.isEmpty ? "No change against " + series[1].name : "Change against " + series[1].name + ": " + changes.joined(separator: ", "))
        }
        return title + ", scores out of 100. " + parts.joined(separator: ". ") + "."
    }

    private func table(data: [[Double?]]) -> DataTable {
        var columns = ["Axis"] + series.map(\.name)
        if series.count == 2 { columns.append("Change") }
        let rows = axes.indices.map { i -> [String] in
            var row = [axes[i]] + data.map { $0[i].map { ChartText.number($0, maxDecimals: 1) } ?? "no data" }
            if data.count == 2 {
                if let a = data[0][i], let b = data[1][i] { row.append(ChartText.signed(a - b, maxDecimals: 1)) } else { row.append("no data") }
            }
            return row
        }
        return DataTable(caption: title + " (0\u{2013}100)", columns: columns, rows: rows)
    }
}
