import Foundation
import CXSiteSupport
import CXSiteModel

/// The CARE cycle: Connect → Assist → Resolve → Enhance → back to Connect, four stage nodes
/// on a loop joined by clockwise arrows. Each node carries its stage colour class, its name,
/// an optional score 0–100 (as a number and as a progress ring) and level, and may be a link.
///
/// With links the SVG is a `group` (not an `img`), so assistive technology reaches them; each
/// link has an `aria-label` that says the stage, score and level.
public struct CARECycle: Sendable {
    public struct Stage: Sendable, Equatable {
        public var stage: CAREStage
        /// 0–100; `nil` shows "no score".
        public var score: Double?
        /// The maturity level's name (`Defined`).
        public var level: String?
        /// A relative URL given by the caller (escaped here).
        public var href: String?

        public init(stage: CAREStage, score: Double? = nil, level: String? = nil, href: String? = nil) {
            self.stage = stage
            self.score = score
            self.level = level
            self.href = href
        }
    }

    public var id: String
    public var title: String
    /// Any order, any subset: the cycle always shows all four stages in CARE order.
    public var stages: [Stage]
    /// Big text in the middle of the loop (`Level 3`).
    public var centerLabel: String?
    /// Small text under it (`Defined`).
    public var centerCaption: String?

    public init(id: String, title: String, stages: [Stage], centerLabel: String? = nil, centerCaption: String? = nil) {
        self.id = id
        self.title = title
        self.stages = stages
        self.centerLabel = centerLabel
        self.centerCaption = centerCaption
    }

    package static let size = 400.0
    package static let loopRadius = 138.0
    package static let nodeRadius = 52.0

    /// The entry for each stage in CARE order (the first given for a stage wins).
    package var ordered: [Stage] {
        CAREStage.allCases.map { stage in stages.first { $0.stage == stage } ?? Stage(stage: stage) }
    }

    public func render() -> ChartFigure {
        let id = ChartText.id(self.id)
        let num = { (v: Double) in SVGWriter.num(v) }
        let c = Self.size / 2
        let stages = ordered
        let hasLinks = stages.contains { $0.href != nil }
        // Stage i sits at 12, 3, 6 and 9 o'clock.
        let angle = { (i: Double) in -Double.pi / 2 + Double.pi / 2 * i }
        let onLoop = { (a: Double, r: Double) in (x: c + r * cos(a), y: c + r * sin(a)) }

        var w = SVGWriter()
        w.startChart(id: id, kind: "care", width: Self.size, height: Self.size, title: title, desc: description(stages), role: hasLinks ? "group" : "img")

        // Arrows along the loop, clockwise from each node to the next.
        let gap = asin((Self.nodeRadius + 10) / Self.loopRadius)
        w.start("g", ["class": "cycle-arrows"])
        for i in 0..<4 {
            let a0 = angle(Double(i)) + gap, a1 = angle(Double(i + 1)) - gap - 0.05
            let p0 = onLoop(a0, Self.loopRadius), p1 = onLoop(a1, Self.loopRadius)
            var p = SVGWriter.Path()
            p.move(p0.x, p0.y)
            p.arc(radius: Self.loopRadius, large: false, sweep: true, p1.x, p1.y)
            w.leaf("path", ["class": "arrow", "d": p.d, "fill": "none", "stroke": "currentColor"])
            // Head: a triangle along the tangent at the arc's end.
            let tx = -sin(a1), ty = cos(a1)
            let nx = cos(a1), ny = sin(a1)
            var head = SVGWriter.Path()
            head.move(p1.x + tx * 9, p1.y + ty * 9)
            head.line(p1.x - tx * 2 + nx * 6, p1.y - ty * 2 + ny * 6)
            head.line(p1.x - tx * 2 - nx * 6, p1.y - ty * 2 - ny * 6)
            head.close()
            w.leaf("path", ["class": "arrow-head", "d": head.d])
        }
        w.end()

        for (i, entry) in stages.enumerated() {
            let centre = onLoop(angle(Double(i)), Self.loopRadius)
            let x = centre.x, y = centre.y
            let score = entry.score.flatMap { $0.isFinite ? min(max($0, 0), 100) : nil }
            let name = entry.stage.name
            if let href = entry.href {
                w.start("a", ["href": href, "aria-label": spoken(entry, score: score)])
            }
            w.start("g", ["class": "stage stage-\(entry.stage.rawValue)"])
            w.leaf("circle", ["class": "node", "cx": num(x), "cy": num(y), "r": num(Self.nodeRadius)], tooltip: spoken(entry, score: score))
            w.leaf("circle", ["class": "track", "cx": num(x), "cy": num(y), "r": num(Self.nodeRadius - 4), "fill": "none", "stroke": "currentColor"])
            if let score, score > 0 {
                let r = Self.nodeRadius - 4
                var p = SVGWriter.Path()
                let top = (x: x, y: y - r)
                if score >= 99.99 {
                    p.move(top.x, top.y)
                    p.arc(radius: r, large: false, sweep: true, x, y + r)
                    p.arc(radius: r, large: false, sweep: true, top.x, top.y)
                } else {
                    let a = -Double.pi / 2 + 2 * Double.pi * score / 100
                    p.move(top.x, top.y)
                    p.arc(radius: r, large: score > 50, sweep: true, x + r * cos(a), y + r * sin(a))
                }
                w.leaf("path", ["class": "progress", "d": p.d, "fill": "none", "stroke": "currentColor"])
            }
            w.element("text", ["class": "stage-name", "x": num(x), "y": num(y - 13), "text-anchor": "middle"], text: name)
            if let score {
                w.element("text", ["class": "stage-score", "x": num(x), "y": num(y + 11), "text-anchor": "middle"], text: ChartText.number(score, maxDecimals: 0))
            } else {
                w.element("text", ["class": "stage-score no-data", "x": num(x), "y": num(y + 8), "text-anchor": "middle"], text: "no score")
            }
            if let level = entry.level {
                w.element("text", ["class": "stage-level", "x": num(x), "y": num(y + 28), "text-anchor": "middle"], text: ChartText.fit(level, width: 72, size: 10.5))
            }
            w.end()
            if entry.href != nil { w.end() }
        }

        if let centerLabel {
            w.element("text", ["class": "center-label", "x": num(c), "y": num(c + (centerCaption == nil ? 6 : 0)), "text-anchor": "middle"], text: ChartText.fit(centerLabel, width: 120, size: 16))
        }
        if let centerCaption {
            w.element("text", ["class": "center-caption", "x": num(c), "y": num(c + 18), "text-anchor": "middle"], text: ChartText.fit(centerCaption, width: 120, size: 12))
        }
        return ChartFigure(svg: w.finish(), table: table(stages))
    }

    /// "Connect: score 62 of 100, level Defined".
    private func spoken(_ entry: Stage, score: Double?) -> String {
        var text = entry.stage.name + ": " + (score.map { "score " + ChartText.number($0, maxDecimals: 0) + " of 100" } ?? "no score")
        if let level = entry.level { text += ", level " + level }
        return text
    }

    private func description(_ stages: [Stage]) -> String {
        let steps = stages.map { entry -> String in
            var s = entry.stage.name + " " + (entry.score.flatMap { $0.isFinite ? ChartText.number(min(max($0, 0), 100), maxDecimals: 0) : nil } ?? "no score")
            if let level = entry.level { s += " (" + level + ")" }
            return s
        }
        var text = title + ": the CARE cycle, " + steps.joined(separator: " \u{2192} ") + " \u{2192} back to Connect."
        let scored = stages.filter { $0.score?.isFinite == true }
        if scored.count > 1, let best = scored.max(by: { $0.score! < $1.score! }), let worst = scored.min(by: { $0.score! < $1.score! }), best.score! != worst.score! {
            text += " Strongest " + best.stage.name + ", weakest " + worst.stage.name + "."
        }
        if let centerLabel { text += " Overall " + centerLabel + (centerCaption.map { " (" + $0 + ")" } ?? "") + "." }
        return text
    }

    private func table(_ stages: [Stage]) -> DataTable {
        DataTable(caption: title, columns: ["Stage", "Score (0\u{2013}100)", "Level"], rows: stages.map { entry in
            [entry.stage.name, entry.score.flatMap { $0.isFinite ? ChartText.number($0, maxDecimals: 1) : nil } ?? "no score", entry.level ?? "\u{2013}"]
        })
    }
}
