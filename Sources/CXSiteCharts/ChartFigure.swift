import CXSiteSupport
import CXSiteModel

/// A chart ready for a page: the SVG plus the same data as a table (for screen readers, print
/// and people who prefer numbers).
public struct ChartFigure: Sendable, Equatable {
    /// The inline `<svg>` element (with `<title>` and `<desc>`), ending in a newline.
    public let svg: String
    /// The chart's data, one row per point, bar, cell or stage.
    public let table: DataTable

    public init(svg: String, table: DataTable) {
        self.svg = svg
        self.table = table
    }

    /// `<figure class="chart">`: the SVG, then the table in a closed `<details class="chart-data">`.
    public var html: String {
        "<figure class=\"chart\">\n" + svg
            + "<details class=\"chart-data\"><summary>Data</summary>\n" + table.html + "</details>\n</figure>\n"
    }
}

/// A small table of a chart's data. Every cell is plain text; `html` escapes it.
public struct DataTable: Sendable, Equatable {
    public let caption: String
    public let columns: [String]
    /// Rows of cells; the first cell of a row is its header.
    public let rows: [[String]]

    public init(caption: String, columns: [String], rows: [[String]]) {
        self.caption = caption
        self.columns = columns
        self.rows = rows
    }

    /// `<table>` with a caption, column headers (`scope="col"`), row headers (`scope="row"`);
    /// the cells of a column of numbers (placeholders such as "no data" aside) get
    /// `class="num"` so CSS can align them.
    public var html: String {
        var out = "<table>\n<caption>" + Escape.html(caption) + "</caption>\n<thead><tr>"
        for column in columns { out += "<th scope=\"col\">" + Escape.html(column) + "</th>" }
        out += "</tr></thead>\n<tbody>\n"
        let width = rows.map(\.count).max() ?? 0
        let numeric = (0..<width).map { c in
            let cells = rows.compactMap { c < $0.count ? $0[c] : nil }
            return cells.contains(where: Self.isNumeric) && cells.allSatisfy { Self.isNumeric($0) || Self.placeholders.contains($0) }
        }
        for row in rows {
            out += "<tr>"
            for (i, cell) in row.enumerated() {
                if i == 0 {
                    out += "<th scope=\"row\">" + Escape.html(cell) + "</th>"
                } else if numeric[i] {
                    out += "<td class=\"num\">" + Escape.html(cell) + "</td>"
                } else {
                    out += "<td>" + Escape.html(cell) + "</td>"
                }
            }
            out += "</tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }

    /// Cells that stand for a missing number.
    package static let placeholders: Set<String> = ["", "no data", "no score", "\u{2013}", "\u{2014}"]

    private static func isNumeric(_ cell: String) -> Bool {
        guard let first = cell.unicodeScalars.first else { return false }
        if ("0"..."9").contains(first) { return true }
        guard first == "+" || first == "-" || first == "\u{2212}" else { return false }
        let rest = cell.unicodeScalars.dropFirst()
        return rest.first.map { ("0"..."9").contains($0) } ?? false
    }
}

extension ValueUnit {
    /// `value` with its unit, as the pages write it (``NumberFormat/label(_:unit:maxDecimals:)``):
    /// `decimals` fixed for axis ticks, otherwise up to 2 below 10, 1 below 1000, 0 above.
    package func format(_ value: Double, decimals: Int? = nil) -> String {
        NumberFormat.label(value, unit: self, maxDecimals: decimals ?? ChartText.defaultDecimals(value))
    }
}

/// Which way a value is good.
public enum ChartDirection: String, Sendable, Equatable {
    /// Higher is better (CSAT, NPS): the target zone lies above the target.
    case higher
    /// Lower is better (hours to first response): the target zone lies below the target.
    case lower

    /// Whether `value` is at or beyond `target` in the good direction.
    public func meets(_ value: Double, target: Double) -> Bool {
        self == .higher ? value >= target : value <= target
    }

    package var phrase: String { self == .higher ? "higher is better" : "lower is better" }
}

/// Text helpers shared by the charts: number and month formatting, width estimates.
package enum ChartText {
    /// A display number: up to `maxDecimals` decimals, no trailing zeros, a real minus sign (−).
    package static func number(_ value: Double, maxDecimals: Int) -> String {
        NumberFormat.label(value, unit: .score, maxDecimals: maxDecimals)
    }

    /// `+1`, `0`, `−1.5`: for values around a neutral zero (emotion).
    package static func signed(_ value: Double, maxDecimals: Int = 1) -> String {
        let s = number(value, maxDecimals: maxDecimals)
        return s == "0" || s.hasPrefix("\u{2212}") ? s : "+" + s
    }

    package static func defaultDecimals(_ value: Double) -> Int {
        let a = abs(value)
        return a < 10 ? 2 : a < 1000 ? 1 : 0
    }

    package static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// `(2025, 3)` for `2025-03` (a longer `2025-03-17` is read by its month); nil otherwise.
    package static func yearMonth(_ text: String) -> (year: Int, month: Int)? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count >= 2, parts[0].count == 4, parts[1].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), (1...12).contains(month) else { return nil }
        return (year, month)
    }

    /// `Mar 25` for `2025-03`, `W44 26` for `2026-W44`; other text unchanged.
    package static func monthShort(_ text: String) -> String {
        if let week = try? Period(parsingWeek: text) {
            let yy = week.year % 100
            return "W\(week.number < 10 ? "0" : "")\(week.number) " + (yy < 10 ? "0" : "") + String(yy)
        }
        guard let (year, month) = yearMonth(text) else { return text }
        let yy = year % 100
        return monthNames[month - 1] + " " + (yy < 10 ? "0" : "") + String(yy)
    }

    /// `Mar 2025` for `2025-03`, `W44 2026` for `2026-W44`; other text unchanged.
    package static func monthLong(_ text: String) -> String {
        if let week = try? Period(parsingWeek: text) { return week.label }
        guard let (year, month) = yearMonth(text) else { return text }
        return monthNames[month - 1] + " " + String(year)
    }

    /// The cadence of a chart's period labels: weekly when they are ISO weeks (`2026-W44`).
    package static func cadence(of labels: [String]) -> Cadence {
        labels.first?.utf8.contains(UInt8(ascii: "W")) == true ? .weekly : .monthly
    }

    /// An id made safe for `id` and `aria-labelledby`: letters, digits, `-` and `_`; others become `-`.
    package static func id(_ raw: String) -> String {
        var out = ""
        for scalar in raw.unicodeScalars {
            let ok = ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_"
            out.unicodeScalars.append(ok ? scalar : "-")
        }
        if out.isEmpty { return "chart" }
        if let first = out.unicodeScalars.first, !(("a"..."z").contains(first) || ("A"..."Z").contains(first)) { out = "c" + out }
        return out
    }

    /// Advance widths (em) of printable ASCII, U+0020…U+007E, in DejaVu Sans: the widest of
    /// the common system sans-serif faces, so estimates err on the side of room.
    package static let asciiWidths: [Double] = [
        0.318, 0.401, 0.46, 0.838, 0.636, 0.95, 0.78, 0.275, 0.39, 0.39, 0.5, 0.838, 0.318, 0.361, 0.318, 0.337,
        0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.337, 0.337, 0.838, 0.838, 0.838, 0.531,
        1, 0.709, 0.686, 0.698, 0.77, 0.632, 0.575, 0.775, 0.752, 0.295, 0.295, 0.656, 0.557, 0.863, 0.748, 0.787,
        0.603, 0.787, 0.695, 0.635, 0.595, 0.732, 0.684, 0.989, 0.685, 0.611, 0.685, 0.39, 0.337, 0.39, 0.838, 0.5,
        0.5, 0.613, 0.635, 0.55, 0.635, 0.615, 0.344, 0.635, 0.634, 0.278, 0.278, 0.579, 0.278, 0.974, 0.634, 0.612,
        0.635, 0.635, 0.395, 0.521, 0.392, 0.634, 0.592, 0.818, 0.592, 0.592, 0.525, 0.636, 0.337, 0.636, 0.838,
    ]

    /// An estimate of the rendered width of `text` at `size` (bold about 12 % wider).
    package static func width(_ text: String, size: Double, bold: Bool = false) -> Double {
        var em = 0.0
        for scalar in text.unicodeScalars { em += emWidth(scalar) }
        return em * size * (bold ? 1.12 : 1)
    }

    /// The estimated width of one scalar in em.
    private static func emWidth(_ scalar: Unicode.Scalar) -> Double {
        let v = scalar.value
        switch v {
        case 0x20...0x7E: return asciiWidths[Int(v - 0x20)]
        case 0x2013, 0x2018, 0x2019: return 0.5
        case 0x201C, 0x201D: return 0.52
        case 0x2014, 0x2026: return 1
        case 0x2190...0x22FF: return 0.838
        case 0x0300...0x036F, 0x200B...0x200F: return 0
        case 0x2E80...: return 1
        default: return 0.64
        }
    }

    /// `text` cut with `…` so that it fits `maxWidth`: the longest prefix that fits with the `…`,
    /// found in one pass (a 30,000-character title costs no more than its length).
    package static func fit(_ text: String, width maxWidth: Double, size: Double, bold: Bool = false) -> String {
        if width(text, size: size, bold: bold) <= maxWidth { return text }
        var em = 0.0
        var end = text.startIndex
        for index in text.indices {
            var next = em
            for scalar in text[index].unicodeScalars { next += emWidth(scalar) }
            // Summed and scaled in the same order as `width`, so the cut is the same as measuring each prefix.
            if (next + 1) * size * (bold ? 1.12 : 1) > maxWidth { break }
            em = next
            end = text.index(after: index)
        }
        var prefix = text[..<end]
        while let last = prefix.last, last == " " { prefix = prefix.dropLast() }
        return prefix.isEmpty ? "\u{2026}" : prefix + "\u{2026}"
    }

    /// `text` broken at spaces into at most `maxLines` lines of `maxWidth`; nil if it does not fit.
    package static func wrap(_ text: String, width maxWidth: Double, size: Double, maxLines: Int) -> [String]? {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            let candidate = current.isEmpty ? String(word) : current + " " + word
            if width(candidate, size: size) <= maxWidth {
                current = candidate
            } else {
                if current.isEmpty { return nil }
                lines.append(current)
                current = String(word)
                if width(current, size: size) > maxWidth { return nil }
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines.count <= maxLines ? lines : nil
    }

    /// `a`, `a and b`, `a, b and c`.
    package static func list(_ items: [String]) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
        }
    }

    /// `1 month`, `2 months`.
    package static func count(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(n) " + (n == 1 ? singular : plural ?? singular + "s")
    }
}

/// The marker shapes and dash patterns that tell series apart without colour.
package enum ChartMarker {
    case circle, square, triangle, diamond, triangleDown, cross

    /// Series `index` gets shape `index` (wrapping after six).
    package static func forSeries(_ index: Int) -> ChartMarker {
        [.circle, .square, .triangle, .diamond, .triangleDown, .cross][index % 6]
    }

    /// The `stroke-dasharray` of series `index`: solid, dashed, dotted, dash-dot, long dash, dense dots.
    package static func dash(forSeries index: Int) -> String? {
        [nil, "7 4", "2 3", "9 3 2 3", "12 4", "1 2"][index % 6]
    }

    /// Path data of the marker centred on (x, y) with "radius" r.
    package func path(_ x: Double, _ y: Double, _ r: Double) -> String {
        var p = SVGWriter.Path()
        switch self {
        case .circle:
            p.move(x - r, y)
            p.arc(radius: r, large: true, sweep: false, x + r, y)
            p.arc(radius: r, large: true, sweep: false, x - r, y)
            p.close()
        case .square:
            let s = r * 0.9
            p.move(x - s, y - s); p.line(x + s, y - s); p.line(x + s, y + s); p.line(x - s, y + s); p.close()
        case .triangle:
            let s = r * 1.2
            p.move(x, y - s); p.line(x + s, y + s * 0.8); p.line(x - s, y + s * 0.8); p.close()
        case .triangleDown:
            let s = r * 1.2
            p.move(x, y + s); p.line(x - s, y - s * 0.8); p.line(x + s, y - s * 0.8); p.close()
        case .diamond:
            let s = r * 1.25
            p.move(x, y - s); p.line(x + s, y); p.line(x, y + s); p.line(x - s, y); p.close()
        case .cross:
            let s = r * 0.5
            let l = r * 1.15
            p.move(x - s, y - l); p.line(x + s, y - l); p.line(x + s, y - s); p.line(x + l, y - s); p.line(x + l, y + s)
            p.line(x + s, y + s); p.line(x + s, y + l); p.line(x - s, y + l); p.line(x - s, y + s); p.line(x - l, y + s)
            p.line(x - l, y - s); p.line(x - s, y - s); p.close()
        }
        return p.d
    }
}

/// Places labels along one axis so that none overlaps the previous one: each keeps its
/// wanted position when it can and is pushed apart otherwise, all within `lower…upper`.
package enum LabelLayout {
    package static func spread(_ wanted: [Double], gap: Double, lower: Double, upper: Double) -> [Double] {
        guard !wanted.isEmpty else { return [] }
        let order = wanted.indices.sorted { wanted[$0] != wanted[$1] ? wanted[$0] < wanted[$1] : $0 < $1 }
        var placed = order.map { min(max(wanted[$0], lower), upper) }
        for i in 1..<max(1, placed.count) where placed[i] - placed[i - 1] < gap {
            placed[i] = placed[i - 1] + gap
        }
        if let last = placed.last, last > upper {
            placed[placed.count - 1] = upper
            for i in stride(from: placed.count - 2, through: 0, by: -1) where placed[i + 1] - placed[i] < gap {
                placed[i] = placed[i + 1] - gap
            }
        }
        var result = wanted
        for (k, index) in order.enumerated() { result[index] = placed[k] }
        return result
    }
}

/// The emotion scale of journey maps: −2 frustrated … +2 delighted.
package enum EmotionWords {
    package static let words = ["frustrated", "unhappy", "neutral", "pleased", "delighted"]

    /// The word nearest to `value` (−2…+2).
    package static func word(_ value: Double) -> String {
        let i = Int((min(max(value, -2), 2) + 2).rounded())
        return words[i]
    }
}

/// A legend row (wrapping onto more rows when needed): a swatch and a label per item.
package struct ChartLegend {
    package enum Swatch {
        /// A short line in the item's dash pattern, with its marker in the middle.
        case line(marker: ChartMarker?, dash: String?)
        /// A filled square (areas, bands, slices, cells).
        case box
        /// A box drawn as a dashed outline (empty cells).
        case outline
    }

    package struct Item {
        package var label: String
        /// Classes of the item's group, e.g. `series s1` or `target`.
        package var cssClass: String
        package var swatch: Swatch

        /// The memberwise initialiser, open to the other targets.
        package init(label: String, cssClass: String, swatch: Swatch) {
            self.label = label
            self.cssClass = cssClass
            self.swatch = swatch
        }
    }

    package static let fontSize = 12.0
    package static let rowHeight = 20.0

    /// Item positions for a legend starting at `x`, wrapping within `maxWidth`.
    package static func layout(_ items: [Item], x: Double, maxWidth: Double) -> (positions: [(x: Double, row: Int)], rows: Int) {
        var positions: [(x: Double, row: Int)] = []
        var cx = x
        var row = 0
        for item in items {
            let w = itemWidth(item)
            if cx > x && cx + w > x + maxWidth {
                row += 1
                cx = x
            }
            positions.append((cx, row))
            cx += w + 18
        }
        return (positions, items.isEmpty ? 0 : row + 1)
    }

    package static func itemWidth(_ item: Item) -> Double {
        swatchWidth(item.swatch) + 6 + ChartText.width(item.label, size: fontSize)
    }

    package static func swatchWidth(_ swatch: Swatch) -> Double {
        if case .line = swatch { return 28 }
        return 12
    }

    /// Draws the legend with its first row's text baseline at `y`; returns its height.
    @discardableResult
    package static func draw(_ w: inout SVGWriter, _ items: [Item], x: Double, y: Double, maxWidth: Double) -> Double {
        guard !items.isEmpty else { return 0 }
        let (positions, rows) = layout(items, x: x, maxWidth: maxWidth)
        w.start("g", ["class": "legend"])
        for (item, position) in zip(items, positions) {
            let baseline = y + Double(position.row) * rowHeight
            let mid = baseline - 4
            w.start("g", ["class": item.cssClass])
            switch item.swatch {
            case .line(let marker, let dash):
                w.leaf("line", ["class": "line", "x1": SVGWriter.num(position.x), "y1": SVGWriter.num(mid), "x2": SVGWriter.num(position.x + 28), "y2": SVGWriter.num(mid),
                                "stroke": "currentColor", "stroke-dasharray": dash])
                if let marker {
                    w.leaf("path", ["class": "marker", "d": marker.path(position.x + 14, mid, 3.5)])
                }
            case .box:
                w.leaf("rect", ["class": "swatch", "x": SVGWriter.num(position.x), "y": SVGWriter.num(mid - 6), "width": "12", "height": "12", "rx": "2"])
            case .outline:
                w.leaf("rect", ["class": "swatch empty", "x": SVGWriter.num(position.x + 0.5), "y": SVGWriter.num(mid - 5.5), "width": "11", "height": "11", "rx": "2",
                                "fill": "none", "stroke": "currentColor", "stroke-dasharray": "2 2"])
            }
            w.element("text", ["class": "legend-label", "x": SVGWriter.num(position.x + swatchWidth(item.swatch) + 6), "y": SVGWriter.num(baseline)], text: item.label)
            w.end()
        }
        w.end()
        return Double(rows) * rowHeight
    }
}
