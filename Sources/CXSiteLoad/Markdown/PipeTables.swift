import Ccmark
import CXSiteSupport
import CXSiteModel

/// GFM pipe tables. cmark reads a table as a paragraph; this finds the paragraphs whose source
/// lines hold a header row and a delimiter row (`| --- | :-: |`), splits the rows into cells at
/// unescaped pipes, parses every cell's text as inline Markdown (in one extra cmark document,
/// with the page's link reference definitions) and puts a table in the paragraph's place.
package enum PipeTables {
    package enum Alignment { case none, left, center, right }

    /// A cell's text as written (trimmed, `\|` made `|`) and where it starts.
    package struct Cell {
        package var text: [UInt8]
        package var line: Int
        package var column: Int
        /// Offsets in `text` before which a backslash was taken out.
        package var unescapedPipes: [Int]

        /// The memberwise initialiser, open to the other targets.
        package init(text: [UInt8], line: Int, column: Int, unescapedPipes: [Int]) {
            self.text = text
            self.line = line
            self.column = column
            self.unescapedPipes = unescapedPipes
        }
    }

    /// A table found in a paragraph.
    package struct Table {
        package let paragraph: OpaquePointer
        /// The paragraph's lines before the header row, which stay a paragraph.
        package var leadingLines: [(line: Int, bytes: Range<Int>)]
        package var header: [Cell]
        package var alignments: [Alignment]
        package var rows: [[Cell]]
        /// The first cell of each row beyond the header's count (not shown).
        package var extraCells: [Cell]

        /// The memberwise initialiser, open to the other targets.
        package init(paragraph: OpaquePointer, leadingLines: [(line: Int, bytes: Range<Int>)], header: [Cell], alignments: [Alignment], rows: [[Cell]], extraCells: [Cell]) {
            self.paragraph = paragraph
            self.leadingLines = leadingLines
            self.header = header
            self.alignments = alignments
            self.rows = rows
            self.extraCells = extraCells
        }
    }

    /// The table in `paragraph`, if its source lines make one. `quoteDepth`: how many block
    /// quotes hold it (their `>` start its later lines).
    package static func find(in paragraph: OpaquePointer, quoteDepth: Int, source: MarkdownSource) -> Table? {
        let first = Int(cmark_node_get_start_line(paragraph)), last = Int(cmark_node_get_end_line(paragraph))
        // A table has a pipe in its header or delimiter row: most pages have none.
        guard last > first, source.hasPipe else { return nil }
        var lines: [(line: Int, bytes: Range<Int>)] = []
        for number in first...last {
            var range = source.line(number)
            if number == first {
                range = min(range.upperBound, range.lowerBound + Int(cmark_node_get_start_column(paragraph)) - 1)..<range.upperBound
            } else {
                range = strippingQuoteMarkers(range, depth: quoteDepth, in: source.bytes)
            }
            lines.append((number, range))
        }
        while let line = lines.last, source.bytes[line.bytes].allSatisfy(\.isSpaceOrTab) { lines.removeLast() }
        for index in lines.indices.dropFirst() {
            guard let alignments = delimiterRow(lines[index], in: source.bytes) else { continue }
            let header = cells(lines[index - 1], in: source.bytes)
            guard header.count == alignments.count else { continue }
            var rows: [[Cell]] = []
            var extra: [Cell] = []
            for line in lines[(index + 1)...] {
                var row = cells(line, in: source.bytes)
                if row.count > header.count {
                    extra.append(row[header.count])
                    row.removeSubrange(header.count...)
                }
                rows.append(row)
            }
            return Table(paragraph: paragraph, leadingLines: Array(lines[..<(index - 1)]), header: header,
                         alignments: alignments, rows: rows, extraCells: extra)
        }
        return nil
    }

    /// A later line of a paragraph without its indentation and the `>` of its block quotes.
    private static func strippingQuoteMarkers(_ range: Range<Int>, depth: Int, in bytes: [UInt8]) -> Range<Int> {
        var start = range.lowerBound
        func skipSpaces() { while start < range.upperBound, bytes[start].isSpaceOrTab { start += 1 } }
        skipSpaces()
        for _ in 0..<depth where start < range.upperBound && bytes[start] == UInt8(ascii: ">") {
            start += 1
            skipSpaces()
        }
        return start..<range.upperBound
    }

    /// The alignments of a delimiter row (`| :-- | --: |`), or nil when the line is not one.
    private static func delimiterRow(_ line: (line: Int, bytes: Range<Int>), in bytes: [UInt8]) -> [Alignment]? {
        var hasDash = false
        for byte in bytes[line.bytes] {
            switch byte {
            case UInt8(ascii: "-"): hasDash = true
            case UInt8(ascii: "|"), UInt8(ascii: ":"), 0x20, 0x09: continue
            default: return nil
            }
        }
        guard hasDash else { return nil }
        var alignments: [Alignment] = []
        for cell in cells(line, in: bytes) {
            let text = cell.text
            let left = text.first == UInt8(ascii: ":"), right = text.last == UInt8(ascii: ":")
            let dashes = text.dropFirst(left ? 1 : 0).dropLast(right && text.count > 1 ? 1 : 0)
            guard !dashes.isEmpty, dashes.allSatisfy({ $0 == UInt8(ascii: "-") }) else { return nil }
            alignments.append(left && right ? .center : left ? .left : right ? .right : .none)
        }
        return alignments.isEmpty ? nil : alignments
    }

    /// The cells of a row: split at pipes not preceded by a backslash, an outer pipe at either
    /// end optional, each cell trimmed.
    package static func cells(_ line: (line: Int, bytes: Range<Int>), in bytes: [UInt8]) -> [Cell] {
        var start = line.bytes.lowerBound, end = line.bytes.upperBound
        while start < end, bytes[start].isSpaceOrTab { start += 1 }
        while end > start, bytes[end - 1].isSpaceOrTab { end -= 1 }
        guard start < end else { return [] }
        if bytes[start] == UInt8(ascii: "|") { start += 1 }
        if end > start, bytes[end - 1] == UInt8(ascii: "|"), end - 2 < start || bytes[end - 2] != UInt8(ascii: "\\") { end -= 1 }
        let lineStart = bytes[..<line.bytes.lowerBound].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        var cells: [Cell] = []
        var cellStart = start
        var index = start
        while index <= end {
            if index == end || (bytes[index] == UInt8(ascii: "|") && (index == start || bytes[index - 1] != UInt8(ascii: "\\"))) {
                var from = cellStart, to = index
                while from < to, bytes[from].isSpaceOrTab { from += 1 }
                while to > from, bytes[to - 1].isSpaceOrTab { to -= 1 }
                var text: [UInt8] = []
                var unescaped: [Int] = []
                var k = from
                while k < to {
                    if bytes[k] == UInt8(ascii: "\\"), k + 1 < to, bytes[k + 1] == UInt8(ascii: "|") {
                        unescaped.append(text.count)
                        k += 1
                    }
                    text.append(bytes[k])
                    k += 1
                }
                cells.append(Cell(text: text, line: line.line, column: from - lineStart + 1, unescapedPipes: unescaped))
                cellStart = index + 1
            }
            index += 1
        }
        return cells
    }

    /// A piece of the extra document the cells are parsed in, and how its positions map back.
    private struct Piece {
        package enum Owner { case leadingLines(table: Int), cell(table: Int, row: Int, column: Int) }
        package let owner: Owner
        /// For each of its lines: the line of the page and the column its first byte was at.
        package let lines: [(line: Int, column: Int)]
        package let unescapedPipes: [Int]

        /// The page position of `position` (in the extra document, whose piece starts at `firstLine`).
        package func map(_ position: InlineExtensions.Position, firstLine: Int) -> InlineExtensions.Position {
            let index = min(max(0, position.line - firstLine), lines.count - 1)
            guard case .cell = owner else { return (lines[index].line, lines[index].column + max(0, position.column - 1)) }
            let offset = max(0, position.column - 1 - PipeTables.cellPrefix.count)
            return (lines[0].line, lines[0].column + offset + unescapedPipes.count(where: { $0 <= offset }))
        }

        /// The memberwise initialiser, open to the other targets.
        package init(owner: Owner, lines: [(line: Int, column: Int)], unescapedPipes: [Int]) {
            self.owner = owner
            self.lines = lines
            self.unescapedPipes = unescapedPipes
        }
    }

    /// Put before every cell's text in the extra document: a no-break space is not a space to
    /// cmark's block parser, so `1. text` or `# text` in a cell stays text, and it counts as
    /// white space for emphasis and autolinks, as a cell's start does. It is taken out after.
    private static let cellPrefix: [UInt8] = [0xC2, 0xA0]

    /// Parses the cells of `tables` and puts each table in its paragraph's place.
    package static func build(_ tables: [Table], source: MarkdownSource, options: Int32, definitionLines: () -> [Range<Int>], notes: inout [MarkdownNote]) {
        var text: [UInt8] = []
        var pieces: [Int: Piece] = [:]
        var line = 1
        func add(_ piece: Piece, _ content: [[UInt8]]) {
            pieces[line] = piece
            for bytes in content { text += bytes; text.append(0x0A) }
            text.append(0x0A)
            line += content.count + 1
        }
        var mayUseReferences = false
        for (tableIndex, table) in tables.enumerated() {
            if !table.leadingLines.isEmpty {
                let lines = table.leadingLines.map { ($0.line, $0.bytes.lowerBound - source.line($0.line).lowerBound + 1) }
                add(Piece(owner: .leadingLines(table: tableIndex), lines: lines, unescapedPipes: []),
                    table.leadingLines.map { Array(source.bytes[$0.bytes]) })
            }
            for (rowIndex, row) in ([table.header] + table.rows).enumerated() {
                for (columnIndex, cell) in row.enumerated() where !cell.text.isEmpty {
                    mayUseReferences = mayUseReferences || cell.text.contains(UInt8(ascii: "["))
                    add(Piece(owner: .cell(table: tableIndex, row: rowIndex, column: columnIndex), lines: [(cell.line, cell.column)],
                              unescapedPipes: cell.unescapedPipes), [cellPrefix + cell.text])
                }
            }
            for cell in table.extraCells {
                notes.append(MarkdownNote(line: cell.line, column: cell.column,
                                          message: "this table row has more cells than its header (\(table.header.count)); the cells from here on are not shown: add a header cell, or write a '|' in the text as '\\|'"))
            }
        }
        if mayUseReferences || tables.contains(where: { !$0.leadingLines.isEmpty }) {
            for range in definitionLines() { text += source.bytes[range]; text += [0x0A, 0x0A] }
        }
        let cells = MarkdownParse(text, options: options)
        defer { cmark_node_free(cells.root) }
        // Parsed content, by table, row and column; leading paragraphs by table.
        var content: [Int: [Int: [Int: OpaquePointer]]] = [:]
        var leading: [Int: OpaquePointer] = [:]
        var block = cmark_node_first_child(cells.root)
        while let node = block {
            block = cmark_node_next(node)
            let firstLine = Int(cmark_node_get_start_line(node))
            guard let piece = pieces[firstLine], cmark_node_get_type(node) == CMARK_NODE_PARAGRAPH else { continue }
            if case .cell = piece.owner { dropCellPrefix(node) }
            InlineExtensions.applyAll(below: node, source: cells.source)
            mapPositions(below: node) { piece.map($0, firstLine: firstLine) }
            switch piece.owner {
            case let .leadingLines(table): leading[table] = node
            case let .cell(table, row, column): content[table, default: [:]][row, default: [:]][column] = node
            }
        }
        for (tableIndex, table) in tables.enumerated() {
            let node = tableNode(table, content: content[tableIndex] ?? [:])
            if let paragraph = leading[tableIndex] {
                cmark_node_unlink(paragraph)
                cmark_node_insert_before(table.paragraph, paragraph)
            }
            MarkdownTree.replace(table.paragraph, with: node)
        }
    }

    private static func tableNode(_ table: Table, content: [Int: [Int: OpaquePointer]]) -> OpaquePointer {
        let position = (table.header.first?.line ?? 0, 1)
        let node = MarkdownTree.customBlock(enter: "<table>", exit: "</table>", at: position)
        func row(_ cells: [Cell], index: Int, tag: String) -> OpaquePointer {
            let tr = MarkdownTree.customBlock(enter: "<tr>", exit: "</tr>", at: (cells.first?.line ?? position.0, 1))
            for column in table.alignments.indices {
                let style = switch table.alignments[column] {
                case .none: ""
                case .left: " style=\"text-align: left\""
                case .center: " style=\"text-align: center\""
                case .right: " style=\"text-align: right\""
                }
                let cell = column < cells.count ? cells[column] : nil
                let td = MarkdownTree.customInline(enter: "<\(tag)\(style)>", exit: "</\(tag)>",
                                                   at: cell.map { ($0.line, $0.column) } ?? (cells.first?.line ?? position.0, 1))
                if let paragraph = content[index]?[column] { MarkdownTree.moveChildren(of: paragraph, to: td) }
                cmark_node_append_child(tr, td)
            }
            return tr
        }
        let head = MarkdownTree.customBlock(enter: "<thead>", exit: "</thead>", at: position)
        cmark_node_append_child(head, row(table.header, index: 0, tag: "th"))
        cmark_node_append_child(node, head)
        if !table.rows.isEmpty {
            let body = MarkdownTree.customBlock(enter: "<tbody>", exit: "</tbody>", at: (table.rows[0].first?.line ?? position.0, 1))
            for (index, cells) in table.rows.enumerated() { cmark_node_append_child(body, row(cells, index: index + 1, tag: "td")) }
            cmark_node_append_child(node, body)
        }
        return node
    }

    /// Takes ``cellPrefix`` off the start of a cell's paragraph.
    private static func dropCellPrefix(_ paragraph: OpaquePointer) {
        guard let first = cmark_node_first_child(paragraph), cmark_node_get_type(first) == CMARK_NODE_TEXT,
              let literal = MarkdownTree.withLiteral(first, { Array($0) }), literal.starts(with: cellPrefix) else { return }
        if literal.count == cellPrefix.count {
            cmark_node_unlink(first)
            cmark_node_free(first)
        } else {
            cmark_node_set_literal(first, String(decoding: literal.dropFirst(cellPrefix.count), as: UTF8.self))
        }
    }

    /// Gives every node below `root` (and `root`) its position on the page.
    private static func mapPositions(below root: OpaquePointer, _ map: (InlineExtensions.Position) -> InlineExtensions.Position) {
        var nodes: [OpaquePointer] = []
        MarkdownNode(pointer: root).forEachDescendant { nodes.append($0.pointer); return true }
        for node in nodes {
            let position = MarkdownTree.position(of: node)
            MarkdownTree.setPosition(node, map(position.line > 0 ? position : (Int(cmark_node_get_start_line(root)), 1)))
        }
    }
}
