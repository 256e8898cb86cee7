import Ccmark
#if canImport(Glibc)
import Glibc
#endif
import CXSiteSupport
import CXSiteModel

/// A CommonMark document parsed by libcmark, with source positions mapped to file lines, and
/// the extensions of docs/MARKDOWN.md applied to its tree: GFM tables, task list items,
/// strikethrough and extended autolinks, GitHub's alerts, and heading ids.
///
/// Parsed with `CMARK_OPT_SOURCEPOS | CMARK_OPT_SMART`. Rendering leaves raw HTML out
/// (cmark turns it into a comment and empties `javascript:` links) unless `unsafeHTML` is set.
///
/// ```swift
/// let doc = MarkdownDocument(parsing: "# Hello", firstLine: 5)
/// doc.html(unsafeHTML: false) // "<div class=\"heading\"><h1 id=\"hello\">Hello</h1>…"
/// ```
package final class MarkdownDocument {
    /// The document node; owned, freed with the document.
    package let root: MarkdownNode
    /// Added to cmark's line numbers to get the line in the whole file.
    package let lineOffset: Int
    /// The headings, in order, with the ids the extensions gave them.
    package private(set) var headings: [MarkdownHeading] = []
    /// The node standing for each anchored heading in the tree (its wrapper), by the heading's position in ``headings``.
    private var headingNodes: [OpaquePointer: Int] = [:]
    /// What the extensions found wrong (a table row with too many cells, an unknown alert),
    /// at lines and columns of the parsed text.
    package private(set) var notes: [MarkdownNote] = []

    /// Whether headings were given ids and anchors (each then nests its text one level deeper).
    private let anchoredHeadings: Bool

    /// `extensions: false` parses plain CommonMark (journeys read their structure from it);
    /// `headingAnchors: false` leaves headings as they are, for a parse that only looks for
    /// problems (the model phase); `smartPunctuation: false` keeps quotes and dashes as typed
    /// (the GFM spec's examples).
    package init(parsing text: some StringProtocol, firstLine: Int = 1, extensions: Bool = true, headingAnchors: Bool = true,
         smartPunctuation: Bool = true) {
        var string = String(text)
        let parsed = MarkdownParse(string.withUTF8 { Array($0) }, options: CMARK_OPT_SOURCEPOS | (smartPunctuation ? CMARK_OPT_SMART : 0))
        root = MarkdownNode(pointer: parsed.root)
        lineOffset = firstLine - 1
        anchoredHeadings = extensions && headingAnchors
        // Without headings to anchor, a page none of whose bytes could start an extension is done.
        if extensions, anchoredHeadings || parsed.source.mayHoldExtensions { applyExtensions(parsed) }
    }

    /// Finds what the extensions act on in one walk of the tree, then changes the tree: inline
    /// extensions first (outside tables), then tables (whose cells get them as they are
    /// parsed), task items, headings, alerts.
    private func applyExtensions(_ parsed: MarkdownParse) {
        var tables: [PipeTables.Table] = []
        var inlineContainers: [(node: OpaquePointer, inLink: Bool)] = []
        var seen: Set<OpaquePointer> = []
        var quotes: [OpaquePointer] = [], items: [OpaquePointer] = [], headingNodes: [OpaquePointer] = []
        var codeLines: [ClosedRange<Int>] = []
        var quoteDepth = 0, linkDepth = 0
        let iterator = cmark_iter_new(parsed.root)
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let entering = event == CMARK_EVENT_ENTER
            switch cmark_node_get_type(node) {
            case CMARK_NODE_TEXT:
                if InlineExtensions.mayApply(toText: node, inLink: linkDepth > 0), let parent = cmark_node_parent(node), seen.insert(parent).inserted {
                    inlineContainers.append((parent, linkDepth > 0))
                }
            case CMARK_NODE_PARAGRAPH where entering:
                if let table = PipeTables.find(in: node, quoteDepth: quoteDepth, source: parsed.source) {
                    tables.append(table)
                    cmark_iter_reset(iterator, node, CMARK_EVENT_EXIT)
                }
            case CMARK_NODE_BLOCK_QUOTE:
                quoteDepth += entering ? 1 : -1
                if entering { quotes.append(node) }
            case CMARK_NODE_ITEM where entering: items.append(node)
            case CMARK_NODE_HEADING where entering && anchoredHeadings: headingNodes.append(node)
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE: linkDepth += entering ? 1 : -1
            case CMARK_NODE_CODE_BLOCK, CMARK_NODE_HTML_BLOCK:
                codeLines.append(Int(cmark_node_get_start_line(node))...max(Int(cmark_node_get_start_line(node)), Int(cmark_node_get_end_line(node))))
            default: break
            }
        }
        for container in inlineContainers {
            InlineExtensions.apply(to: container.node, inLink: container.inLink, source: parsed.source)
        }
        if !tables.isEmpty {
            PipeTables.build(tables, source: parsed.source, options: parsed.options,
                             definitionLines: { parsed.source.referenceDefinitionLines(outside: codeLines) }, notes: &notes)
        }
        for item in items { BlockExtensions.task(item, source: parsed.source) }
        let anchored = BlockExtensions.anchorHeadings(headingNodes)
        headings = anchored.map(\.heading)
        self.headingNodes = Dictionary(uniqueKeysWithValues: anchored.indices.map { (anchored[$0].node, $0) })
        for quote in quotes.reversed() { BlockExtensions.alert(quote, notes: &notes) }
    }

    deinit { cmark_node_free(root.pointer) }

    /// The deepest nesting of elements a document may have (lists, block quotes, emphasis and
    /// links inside one another): browsers flatten HTML nested much deeper (Chromium's parser
    /// at 512 levels), and no page a person writes comes near it.
    package static let maximumDepth = 100

    /// Where the first node nested deeper than `limit` starts (the document itself is level 0),
    /// as a line and column of the parsed text; nil when nothing is that deep. Without heading
    /// anchors a heading counts as the two levels its anchored form has.
    package func positionOfFirstNode(deeperThan limit: Int) -> (line: Int, column: Int)? {
        let iterator = cmark_iter_new(root.pointer)
        defer { cmark_iter_free(iterator) }
        var depth = -1
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { return nil }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let levels = !anchoredHeadings && cmark_node_get_type(node) == CMARK_NODE_HEADING ? 2 : 1
            if event == CMARK_EVENT_EXIT {
                depth -= levels
            } else if event == CMARK_EVENT_ENTER {
                // Leaves (text, code, breaks) have no exit event; containers do.
                switch cmark_node_get_type(node) {
                case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_HTML_INLINE, CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK,
                     CMARK_NODE_CODE_BLOCK, CMARK_NODE_HTML_BLOCK, CMARK_NODE_THEMATIC_BREAK:
                    continue
                default:
                    depth += levels
                    if depth > limit {
                        let found = MarkdownNode(pointer: node)
                        return (max(1, found.startLine), max(1, found.startColumn))
                    }
                }
            }
        }
    }

    /// The text of the document as the search index reads it: a part before the first `##` or
    /// `###` heading, then one part per such heading, each with the heading's text and id and
    /// its plain text (text, code and code blocks; breaks and block ends as spaces, runs of
    /// spaces as one). Raw HTML is left out: it is markup, not text. The headings' ids are the
    /// anchored ones, so a document parsed with `headingAnchors: false` gives one part.
    ///
    /// Walked with cmark's iterator, not by recursion: content may nest 10,000 levels deep.
    package var sections: [MarkdownSection] {
        var sections = [MarkdownSection(heading: "", anchor: "", text: "")]
        var text = PlainText()
        let iterator = cmark_iter_new(root.pointer)
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let entering = event == CMARK_EVENT_ENTER
            let type = cmark_node_get_type(node)
            // An anchored heading is the custom block that wraps it (BlockExtensions.anchorHeadings).
            if type == CMARK_NODE_CUSTOM_BLOCK, let index = headingNodes[node] {
                let level = headings[index].level
                if level == 2 || level == 3 {
                    // The heading's text is the section's title, not part of its text.
                    if entering {
                        sections[sections.count - 1].text = text.take()
                        sections.append(MarkdownSection(heading: headings[index].text, anchor: headings[index].id, text: ""))
                        cmark_iter_reset(iterator, node, CMARK_EVENT_EXIT)
                    }
                    continue
                }
            }
            switch type {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_CODE_BLOCK:
                if let literal = cmark_node_get_literal(node) { text.append(literal) }
                if type == CMARK_NODE_CODE_BLOCK { text.space() }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK, CMARK_NODE_THEMATIC_BREAK: text.space()
            case CMARK_NODE_PARAGRAPH, CMARK_NODE_ITEM, CMARK_NODE_HEADING, CMARK_NODE_BLOCK_QUOTE, CMARK_NODE_LIST, CMARK_NODE_CUSTOM_BLOCK:
                if !entering { text.space() }
            case CMARK_NODE_CUSTOM_INLINE:
                // A table's cells are custom nodes: their edges separate words, as block ends do.
                if let enter = cmark_node_get_on_enter(node), Self.separatesWords(enter) { text.space() }
            default: break   // raw HTML is markup, not text
            }
        }
        sections[sections.count - 1].text = text.take()
        return sections
    }

    /// Plain text being gathered: runs of white space as one space, none at the ends.
    private struct PlainText {
        private var bytes: [UInt8] = []
        private var pendingSpace = false

        mutating func space() { pendingSpace = !bytes.isEmpty }

        /// Appends a NUL-terminated literal from cmark, a run of words at a time.
        mutating func append(_ literal: UnsafePointer<CChar>) {
            var p = UnsafeRawPointer(literal).assumingMemoryBound(to: UInt8.self)
            while p.pointee != 0 {
                if Self.isSpace(p.pointee) {
                    space()
                    p += 1
                    continue
                }
                // A run of words with one space between each: the space stays as it is.
                let start = p
                while true {
                    while p.pointee != 0 && !Self.isSpace(p.pointee) { p += 1 }
                    guard p.pointee == 0x20, p[1] != 0, !Self.isSpace(p[1]) else { break }
                    p += 1
                }
                if pendingSpace { bytes.append(0x20); pendingSpace = false }
                bytes.append(contentsOf: UnsafeBufferPointer(start: start, count: p - start))
            }
        }

        private static func isSpace(_ byte: UInt8) -> Bool {
            byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
        }

        /// The text so far, emptied for the next section.
        mutating func take() -> String {
            defer { bytes.removeAll(keepingCapacity: true); pendingSpace = false }
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    /// Whether a custom inline node opening with the HTML `enter` separates words: table cells
    /// and heading text do; strikethrough (`<del>`) does not.
    private static func separatesWords(_ enter: UnsafePointer<CChar>) -> Bool {
        strncmp(enter, "<del>", 5) != 0
    }

    /// The whole document as HTML. `rewriteURL` may replace link and image destinations
    /// (it returns nil to keep one as written).
    package func html(unsafeHTML: Bool, rewriteURL: (String) -> String? = { _ in nil }) -> String {
        root.rewriteURLs(rewriteURL)
        return root.html(unsafeHTML: unsafeHTML)
    }
}

/// A node of a cmark syntax tree. It does not own the node: its document does.
package struct MarkdownNode {
    package let pointer: OpaquePointer

    package enum Kind {
        case document, blockQuote, list, item, codeBlock, htmlBlock, customBlock, paragraph, heading, thematicBreak
        case text, softBreak, lineBreak, code, htmlInline, customInline, emphasis, strong, link, image, other
    }

    package var kind: Kind {
        switch cmark_node_get_type(pointer) {
        case CMARK_NODE_DOCUMENT: .document
        case CMARK_NODE_BLOCK_QUOTE: .blockQuote
        case CMARK_NODE_LIST: .list
        case CMARK_NODE_ITEM: .item
        case CMARK_NODE_CODE_BLOCK: .codeBlock
        case CMARK_NODE_HTML_BLOCK: .htmlBlock
        case CMARK_NODE_CUSTOM_BLOCK: .customBlock
        case CMARK_NODE_PARAGRAPH: .paragraph
        case CMARK_NODE_HEADING: .heading
        case CMARK_NODE_THEMATIC_BREAK: .thematicBreak
        case CMARK_NODE_TEXT: .text
        case CMARK_NODE_SOFTBREAK: .softBreak
        case CMARK_NODE_LINEBREAK: .lineBreak
        case CMARK_NODE_CODE: .code
        case CMARK_NODE_HTML_INLINE: .htmlInline
        case CMARK_NODE_CUSTOM_INLINE: .customInline
        case CMARK_NODE_EMPH: .emphasis
        case CMARK_NODE_STRONG: .strong
        case CMARK_NODE_LINK: .link
        case CMARK_NODE_IMAGE: .image
        default: .other
        }
    }

    package var children: [MarkdownNode] {
        var nodes: [MarkdownNode] = []
        var child = cmark_node_first_child(pointer)
        while let current = child {
            nodes.append(MarkdownNode(pointer: current))
            child = cmark_node_next(current)
        }
        return nodes
    }

    package var headingLevel: Int { Int(cmark_node_get_heading_level(pointer)) }
    /// 1-based line and column of the node's first character, relative to the parsed text.
    /// Nodes the extensions made or moved carry their position themselves (``MarkdownTree``).
    package var startLine: Int { MarkdownTree.position(of: pointer).line }
    package var startColumn: Int { MarkdownTree.position(of: pointer).column }
    /// 1-based line of the node's last character (a block's trailing blank line may be included).
    package var endLine: Int { Int(cmark_node_get_end_line(pointer)) }
    package var literal: String? { cmark_node_get_literal(pointer).map { String(cString: $0) } }
    package var url: String? { cmark_node_get_url(pointer).map { String(cString: $0) } }

    /// The text of the node and its descendants, without markup (`**Channel:** email` → `Channel: email`).
    ///
    /// Walked with cmark's iterator, not by recursion: content may nest 10,000 levels deep.
    package var plainText: String {
        var text = ""
        forEachDescendant { node in
            switch node.kind {
            case .text, .code, .htmlInline: text += node.literal ?? ""
            case .softBreak, .lineBreak: text += " "
            default: break
            }
            return true
        }
        return text
    }

    /// Calls `visit` for this node and each descendant in document order (depth first, without
    /// recursion); when `visit` returns false the node's descendants are skipped.
    package func forEachDescendant(_ visit: (MarkdownNode) -> Bool) {
        let iterator = cmark_iter_new(pointer)
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            if !visit(MarkdownNode(pointer: node)), cmark_node_first_child(node) != nil {
                cmark_iter_reset(iterator, node, CMARK_EVENT_EXIT)
            }
        }
    }

    /// This node (and its descendants) as HTML.
    package func html(unsafeHTML: Bool) -> String {
        let options = CMARK_OPT_SMART | (unsafeHTML ? CMARK_OPT_UNSAFE : 0)
        guard let buffer = cmark_render_html(pointer, options) else { return "" }
        defer { free(buffer) }
        return String(cString: buffer)
    }

    /// Replaces link and image destinations in this subtree where `rewrite` returns a new one.
    package func rewriteURLs(_ rewrite: (String) -> String?) {
        forEachDescendant { node in
            let type = cmark_node_get_type(node.pointer)
            if type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE, let current = node.url, let replacement = rewrite(current) {
                cmark_node_set_url(node.pointer, replacement)
            }
            return true
        }
    }

    /// The memberwise initialiser, open to the other targets.
    package init(pointer: OpaquePointer) {
        self.pointer = pointer
    }
}

/// cmark's tree for some bytes, with the bytes; the caller frees `root`.
package struct MarkdownParse {
    package let root: OpaquePointer
    package let source: MarkdownSource
    package let options: Int32

    package init(_ bytes: [UInt8], options: Int32) {
        source = MarkdownSource(bytes)
        self.options = options
        root = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { cmark_parse_document($0.baseAddress, $0.count, options) }
        }!
    }
}
