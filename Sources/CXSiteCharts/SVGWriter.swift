import CXSiteSupport
import CXSiteModel

/// Builds SVG text for the charts: one element per line, attributes in the order given,
/// every text and attribute value escaped with `Escape.html`, every coordinate written by
/// `SVGWriter.num` (at most two decimals, no trailing zeros, never `-0`, no locale).
///
/// The writer knows nothing about charts; it only guarantees well-formed, deterministic output.
package struct SVGWriter {
    /// An attribute list; a `nil` value leaves the attribute out.
    package typealias Attributes = KeyValuePairs<String, String?>

    package private(set) var text = ""
    private var openElements: [String] = []

    package init() {}

    /// Opens the chart's root `<svg>` with a view box only (CSS sizes it), the accessible
    /// name and description, and writes `<title>` and `<desc>`.
    ///
    /// `role` is `img` unless the chart holds links (then `group`, so the links stay reachable).
    package mutating func startChart(id: String, kind: String, width: Double, height: Double, title: String, desc: String, role: String = "img") {
        start("svg", [
            "xmlns": "http://www.w3.org/2000/svg",
            "class": "cx-chart cx-\(kind)",
            "viewBox": "0 0 \(Self.num(width)) \(Self.num(height))",
            "role": role,
            "aria-labelledby": "\(id)-title \(id)-desc",
            "font-family": "system-ui, sans-serif",
            "font-size": "12",
        ])
        element("title", ["id": "\(id)-title"], text: title)
        element("desc", ["id": "\(id)-desc"], text: desc)
    }

    /// `<name attributes>` — closed later by `end()`.
    package mutating func start(_ name: String, _ attributes: Attributes = [:]) {
        text += "<" + name
        append(attributes)
        text += ">\n"
        openElements.append(name)
    }

    /// Closes the innermost element opened by `start`.
    package mutating func end() {
        let name = openElements.removeLast()
        text += "</" + name + ">\n"
    }

    /// Closes every element still open (the root last).
    package mutating func finish() -> String {
        while !openElements.isEmpty { end() }
        return text
    }

    /// An empty element `<name attributes/>`, or with a tooltip `<name …><title>tip</title></name>`.
    package mutating func leaf(_ name: String, _ attributes: Attributes, tooltip: String? = nil) {
        text += "<" + name
        append(attributes)
        if let tooltip {
            text += "><title>" + Escape.html(tooltip) + "</title></" + name + ">\n"
        } else {
            text += "/>\n"
        }
    }

    /// An element with escaped text content on one line: `<name attributes>text</name>`.
    package mutating func element(_ name: String, _ attributes: Attributes, text content: String) {
        text += "<" + name
        append(attributes)
        text += ">" + Escape.html(content) + "</" + name + ">\n"
    }

    /// A `<text>` of several lines, each a `<tspan>` at `x`, `lineHeight` below the previous.
    package mutating func lines(_ attributes: Attributes, lines: [String], x: Double, lineHeight: Double) {
        text += "<text"
        append(attributes)
        text += ">"
        for (i, line) in lines.enumerated() {
            text += "<tspan x=\"" + Self.num(x) + "\""
            if i > 0 { text += " dy=\"" + Self.num(lineHeight) + "\"" }
            text += ">" + Escape.html(line) + "</tspan>"
        }
        text += "</text>\n"
    }

    private mutating func append(_ attributes: Attributes) {
        for (key, value) in attributes {
            guard let value else { continue }
            text += " " + key + "=\"" + Escape.html(value) + "\""
        }
    }

    /// `x` for an SVG attribute: rounded to `maxDecimals` (at most 2 by default), no trailing
    /// zeros, ASCII `-`, never `-0`, no exponent and no locale. Non-finite values give `0`.
    package static func num(_ x: Double, maxDecimals: Int = 2) -> String {
        NumberFormat.trimmed(x, maxDecimals: maxDecimals)
    }

    /// Path data, built command by command with `SVGWriter.num` coordinates.
    package struct Path {
        package private(set) var d = ""
        /// How many subpaths (`M` commands) the path has.
        package private(set) var moves = 0

        package var isEmpty: Bool { d.isEmpty }

        package mutating func move(_ x: Double, _ y: Double) {
            command("M", [x, y])
            moves += 1
        }

        package mutating func line(_ x: Double, _ y: Double) { command("L", [x, y]) }

        package mutating func curve(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, _ x: Double, _ y: Double) {
            command("C", [x1, y1, x2, y2, x, y])
        }

        /// An elliptical arc with equal radii to (x, y).
        package mutating func arc(radius r: Double, large: Bool, sweep: Bool, _ x: Double, _ y: Double) {
            if !d.isEmpty { d += " " }
            d += "A" + SVGWriter.num(r) + " " + SVGWriter.num(r) + " 0 " + (large ? "1" : "0") + " " + (sweep ? "1" : "0")
                + " " + SVGWriter.num(x) + " " + SVGWriter.num(y)
        }

        package mutating func close() { d += d.isEmpty ? "Z" : " Z" }

        private mutating func command(_ letter: String, _ values: [Double]) {
            if !d.isEmpty { d += " " }
            d += letter + values.map { SVGWriter.num($0) }.joined(separator: " ")
        }

        /// The memberwise initialiser, open to the other targets.
        package init(d: String = "", moves: Int = 0) {
            self.d = d
            self.moves = moves
        }
    }
}
