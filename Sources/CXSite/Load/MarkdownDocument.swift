import Ccmark
#if canImport(Glibc)
import Glibc
#endif

/// A CommonMark document parsed by libcmark, with source positions mapped to file lines.
///
/// Parsed with `CMARK_OPT_SOURCEPOS | CMARK_OPT_SMART`. Rendering leaves raw HTML out
/// (cmark turns it into a comment and empties `javascript:` links) unless `unsafeHTML` is set.
///
/// ```swift
/// let doc = MarkdownDocument(parsing: "# Hello", firstLine: 5)
/// doc.html(unsafeHTML: false) // "<h1>Hello</h1>\n"
/// ```
final class MarkdownDocument {
    /// The document node; owned, freed with the document.
    let root: MarkdownNode
    /// Added to cmark's line numbers to get the line in the whole file.
    let lineOffset: Int

    init(parsing text: some StringProtocol, firstLine: Int = 1) {
        var source = String(text)
        let options = CMARK_OPT_SOURCEPOS | CMARK_OPT_SMART
        let node = source.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { cmark_parse_document($0.baseAddress, $0.count, options) }
        }
        root = MarkdownNode(pointer: node!)
        lineOffset = firstLine - 1
    }

    deinit { cmark_node_free(root.pointer) }

    /// The whole document as HTML. `rewriteURL` may replace link and image destinations
    /// (it returns nil to keep one as written).
    func html(unsafeHTML: Bool, rewriteURL: (String) -> String? = { _ in nil }) -> String {
        root.rewriteURLs(rewriteURL)
        return root.html(unsafeHTML: unsafeHTML)
    }
}

/// A node of a cmark syntax tree. It does not own the node: its document does.
struct MarkdownNode {
    let pointer: OpaquePointer

    enum Kind {
        case document, blockQuote, list, item, codeBlock, htmlBlock, customBlock, paragraph, heading, thematicBreak
        case text, softBreak, lineBreak, code, htmlInline, customInline, emphasis, strong, link, image, other
    }

    var kind: Kind {
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

    var children: [MarkdownNode] {
        var nodes: [MarkdownNode] = []
        var child = cmark_node_first_child(pointer)
        while let current = child {
            nodes.append(MarkdownNode(pointer: current))
            child = cmark_node_next(current)
        }
        return nodes
    }

    var headingLevel: Int { Int(cmark_node_get_heading_level(pointer)) }
    /// 1-based line and column of the node's first character, relative to the parsed text.
    var startLine: Int { Int(cmark_node_get_start_line(pointer)) }
    var startColumn: Int { Int(cmark_node_get_start_column(pointer)) }
    /// 1-based line of the node's last character (a block's trailing blank line may be included).
    var endLine: Int { Int(cmark_node_get_end_line(pointer)) }
    var literal: String? { cmark_node_get_literal(pointer).map { String(cString: $0) } }
    var url: String? { cmark_node_get_url(pointer).map { String(cString: $0) } }

    /// The text of the node and its descendants, without markup (`**Channel:** email` → `Channel: email`).
    var plainText: String {
        switch kind {
        case .text, .code, .htmlInline: return literal ?? ""
        case .softBreak, .lineBreak: return " "
        default: return children.map(\.plainText).joined()
        }
    }

    /// This node (and its descendants) as HTML.
    func html(unsafeHTML: Bool) -> String {
        let options = CMARK_OPT_SMART | (unsafeHTML ? CMARK_OPT_UNSAFE : 0)
        guard let buffer = cmark_render_html(pointer, options) else { return "" }
        defer { free(buffer) }
        return String(cString: buffer)
    }

    /// Replaces link and image destinations in this subtree where `rewrite` returns a new one.
    func rewriteURLs(_ rewrite: (String) -> String?) {
        let iterator = cmark_iter_new(pointer)
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            guard type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE,
                  let current = cmark_node_get_url(node).map({ String(cString: $0) }),
                  let replacement = rewrite(current) else { continue }
            cmark_node_set_url(node, replacement)
        }
    }
}
