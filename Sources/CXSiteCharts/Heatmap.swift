import CXSiteSupport
import CXSiteModel

/// Rows × columns of cells, each with its label written in it and its colour intensity from a
/// few CSS classes: `heat-0` … `heat-4` (sequential) or `neg-2`, `neg-1`, `neu`, `pos-1`,
/// `pos-2` (diverging around zero). Empty cells (no data) are a dashed outline with a dash,
/// distinct from a zero.
///
/// For journeys × CARE stages: rows are journeys, columns the stages, a cell's label the
/// number of touchpoints, its value the average emotion (diverging, limit 2) and its note
/// that average written out.
public struct Heatmap: Sendable {
    public enum ColorScale: Sendable, Equatable {
        /// 0 … maximum (the largest value when nil): `heat-0` for zero, `heat-1`…`heat-4` by quarters.
        case sequential(maximum: Double?)
        /// −limit … +limit around zero: `neg-2`, `neg-1`, `neu`, `pos-1`, `pos-2`.
        case diverging(limit: Double)
    }

    public struct Cell: Sendable, Equatable {
        /// Drives the colour class.
        public var value: Double
        /// The cell's main text; the formatted value when nil.
        public var label: String?
        /// A second, smaller line (e.g. `avg +1.2`).
        public var note: String?

        public init(value: Double, label: String? = nil, note: String? = nil) {
            self.value = value
            self.label = label
            self.note = note
        }
    }

    public var id: String
    public var title: String
    public var rows: [String]
    public var columns: [String]
    /// `cells[row][column]`; `nil` (or a missing position) is an empty cell.
    public var cells: [[Cell?]]
    public var colorScale: ColorScale
    /// Optional CARE stage of each column: its header gets the stage's colour strip.
    public var columnStages: [CAREStage?]
    /// Table header of the row labels (`Journey`).
    public var rowHeader: String
    /// Names of the five colour steps for the legend, low to high; numbers when nil.
    public var legendLabels: [String]?
    /// What the colour shows, before the legend (`Average emotion`).
    public var legendTitle: String?

    public init(id: String, title: String, rows: [String], columns: [String], cells: [[Cell?]], colorScale: ColorScale = .sequential(maximum: nil),
                columnStages: [CAREStage?] = [], rowHeader: String = "", legendLabels: [String]? = nil, legendTitle: String? = nil) {
        self.id = id
        self.title = title
        self.rows = rows
        self.columns = columns
        self.cells = cells
        self.colorScale = colorScale
        self.columnStages = columnStages
        self.rowHeader = rowHeader
        self.legendLabels = legendLabels
        self.legendTitle = legendTitle
    }

    package static let width = 720.0
    package static let fontSize = 12.0

    package func cell(_ r: Int, _ c: Int) -> Cell? {
        guard r < cells.count, c < cells[r].count, let cell = cells[r][c], cell.value.isFinite else { return nil }
        return cell
    }

    /// The colour class of `value`.
    package func colorClass(_ value: Double) -> String {
        switch colorScale {
        case .sequential(let maximum):
            let top = maximum ?? (cells.flatMap { $0.compactMap { $0?.value } }.filter(\.isFinite).max() ?? 1)
            guard value > 0, top > 0 else { return "heat-0" }
            return "heat-\(min(4, max(1, Int((value / top * 4).rounded(.up)))))"
        case .diverging(let limit):
            let t = limit > 0 ? value / limit : value
            if t <= -0.75 { return "neg-2" }
            if t <= -0.25 { return "neg-1" }
            if t < 0.25 { return "neu" }
            if t < 0.75 { return "pos-1" }
            return "pos-2"
        }
    }

    /// The five steps of the legend: class and label.
    package func legendSteps() -> [(cls: String, label: String)] {
        switch colorScale {
        case .sequential(let maximum):
            let top = maximum ?? (cells.flatMap { $0.compactMap { $0?.value } }.filter(\.isFinite).max() ?? 1)
            let names = legendLabels ?? ["0"] + (1...4).map { "\u{2264} " + ChartText.number(top * Double($0) / 4, maxDecimals: 1) }
            return zip(["heat-0", "heat-1", "heat-2", "heat-3", "heat-4"], names).map { ($0, $1) }
        case .diverging(let limit):
            let names = legendLabels ?? [-1, -0.5, 0, 0.5, 1].map { ChartText.signed($0 * limit) }
            return zip(["neg-2", "neg-1", "neu", "pos-1", "pos-2"], names).map { ($0, $1) }
        }
    }

    public func render() -> ChartFigure {
        let id = ChartText.id(self.id)
        let num = { (v: Double) in SVGWriter.num(v) }
        let rowLabels = rows.map { ChartText.fit($0, width: 200, size: Self.fontSize) }
        let labelColumn = min(212, (rowLabels.map { ChartText.width($0, size: Self.fontSize) }.max() ?? 0) + 12)
        let gridLeft = labelColumn
        let gridRight = Self.width - 2
        let cellWidth = columns.isEmpty ? 0 : (gridRight - gridLeft) / Double(columns.count)
        let hasNotes = cells.contains { $0.contains { $0?.note != nil } }
        let cellHeight = hasNotes ? 46.0 : 34.0
        let hasStages = columnStages.contains { $0 != nil }
        let headerHeight = hasStages ? 30.0 : 24.0
        let gridTop = headerHeight
        let gridBottom = gridTop + Double(rows.count) * cellHeight
        let steps = legendSteps()
        var legendItems = steps.map { ChartLegend.Item(label: $0.label, cssClass: "heat-key " + $0.cls, swatch: .box) }
        legendItems.append(ChartLegend.Item(label: "no data", cssClass: "heat-key empty", swatch: .outline))
        let legendX = legendTitle.map { ChartText.width($0, size: ChartLegend.fontSize, bold: true) + 14 } ?? 0
        let legendRows = ChartLegend.layout(legendItems, x: legendX, maxWidth: Self.width - legendX).rows
        let height = gridBottom + 14 + Double(legendRows) * ChartLegend.rowHeight

        var w = SVGWriter()
        w.startChart(id: id, kind: "heatmap", width: Self.width, height: height, title: title, desc: description())

        // Column headers.
        w.start("g", ["class": "col-labels", "text-anchor": "middle"])
        for (c, column) in columns.enumerated() {
            let cx = gridLeft + (Double(c) + 0.5) * cellWidth
            if c < columnStages.count, let stage = columnStages[c] {
                w.leaf("rect", ["class": "stage-strip stage-\(stage.rawValue)", "x": num(gridLeft + Double(c) * cellWidth + 2), "y": "0", "width": num(cellWidth - 4), "height": "4"])
            }
            w.element("text", ["class": "col-label", "x": num(cx), "y": num(headerHeight - 8)], text: ChartText.fit(column, width: cellWidth - 6, size: Self.fontSize, bold: true))
        }
        w.end()

        // Rows of cells.
        for (r, _) in rows.enumerated() {
            let top = gridTop + Double(r) * cellHeight
            w.element("text", ["class": "row-label", "x": num(gridLeft - 10), "y": num(top + cellHeight / 2 + 4), "text-anchor": "end"], text: rowLabels[r])
            for c in columns.indices {
                let x0 = gridLeft + Double(c) * cellWidth
                let cx = x0 + cellWidth / 2
                let tip = rows[r] + ", " + columns[c] + ": " + cellText(r, c)
                guard let cell = cell(r, c) else {
                    w.start("g", ["class": "cell empty"])
                    w.leaf("rect", ["x": num(x0 + 2.5), "y": num(top + 2.5), "width": num(cellWidth - 5), "height": num(cellHeight - 5), "rx": "3",
                                    "fill": "none", "stroke": "currentColor", "stroke-dasharray": "3 3"], tooltip: tip)
                    w.element("text", ["x": num(cx), "y": num(top + cellHeight / 2 + 4), "text-anchor": "middle"], text: "\u{2013}")
                    w.end()
                    continue
                }
                w.start("g", ["class": "cell " + colorClass(cell.value)])
                w.leaf("rect", ["x": num(x0 + 2), "y": num(top + 2), "width": num(cellWidth - 4), "height": num(cellHeight - 4), "rx": "3"], tooltip: tip)
                let label = ChartText.fit(cell.label ?? ChartText.number(cell.value, maxDecimals: 1), width: cellWidth - 8, size: 13, bold: true)
                if let note = cell.note {
                    w.element("text", ["class": "cell-label", "x": num(cx), "y": num(top + 21), "text-anchor": "middle"], text: label)
                    w.element("text", ["class": "cell-note", "x": num(cx), "y": num(top + 36), "text-anchor": "middle"], text: ChartText.fit(note, width: cellWidth - 8, size: 10))
                } else {
                    w.element("text", ["class": "cell-label", "x": num(cx), "y": num(top + cellHeight / 2 + 5), "text-anchor": "middle"], text: label)
                }
                w.end()
            }
        }

        // Legend: what the colour means, step by step, and the empty cell.
        let legendY = gridBottom + 26
        if let legendTitle {
            w.element("text", ["class": "legend-title", "x": "0", "y": num(legendY)], text: legendTitle)
        }
        ChartLegend.draw(&w, legendItems, x: legendX, y: legendY, maxWidth: Self.width - legendX)
        return ChartFigure(svg: w.finish(), table: table())
    }

    /// A cell in words: label and note, or "no data".
    package func cellText(_ r: Int, _ c: Int) -> String {
        guard let cell = cell(r, c) else { return "no data" }
        let label = cell.label ?? ChartText.number(cell.value, maxDecimals: 2)
        return cell.note.map { label + " (" + $0 + ")" } ?? label
    }

    private func description() -> String {
        var filled: [(r: Int, c: Int, v: Double)] = []
        for r in rows.indices { for c in columns.indices { if let cell = cell(r, c) { filled.append((r, c, cell.value)) } } }
        var text = title + ": " + ChartText.count(rows.count, "row") + " by " + ChartText.count(columns.count, "column")
        guard let highest = filled.min(by: { $0.v > $1.v }), let lowest = filled.min(by: { $0.v < $1.v }) else { return text + ", no data." }
        text += ". Highest " + rows[highest.r] + ", " + columns[highest.c] + ": " + cellText(highest.r, highest.c)
        if lowest.v != highest.v {
            text += "; lowest " + rows[lowest.r] + ", " + columns[lowest.c] + ": " + cellText(lowest.r, lowest.c)
        }
        let empty = rows.count * columns.count - filled.count
        if empty > 0 { text += ". " + ChartText.count(empty, "cell") + " without data" }
        return text + "."
    }

    private func table() -> DataTable {
        DataTable(caption: title, columns: [rowHeader] + columns, rows: rows.indices.map { r in [rows[r]] + columns.indices.map { cellText(r, $0) } })
    }
}
