import Ccmark
#if canImport(Glibc)
import Glibc
#endif
import CXSiteSupport
import CXSiteModel

/// Making and moving nodes of cmark's tree for the extensions.
///
/// Nodes the extensions make have no source position of their own in cmark, and nodes parsed
/// from a table cell have positions in the cell's text: both carry their position in the
/// text the document was parsed from in cmark's per-node user data, which ``MarkdownNode``
/// reads before cmark's own. cmark prints a custom node's `on_enter` and `on_exit` as they
/// are, so every piece of content put into them is escaped here.
package enum MarkdownTree {
    package static func setPosition(_ node: OpaquePointer, _ position: InlineExtensions.Position) {
        guard position.line > 0 else { return }
        cmark_node_set_user_data(node, UnsafeMutableRawPointer(bitPattern: UInt(position.line) << 32 | UInt(max(1, position.column))))
    }

    /// The position kept by ``setPosition(_:_:)``, or else cmark's.
    package static func position(of node: OpaquePointer) -> InlineExtensions.Position {
        if let data = cmark_node_get_user_data(node) {
            let bits = UInt(bitPattern: data)
            return (Int(bits >> 32), Int(bits & 0xFFFF_FFFF))
        }
        return (Int(cmark_node_get_start_line(node)), Int(cmark_node_get_start_column(node)))
    }

    package static func text(_ bytes: [UInt8], at position: InlineExtensions.Position) -> OpaquePointer {
        let node = cmark_node_new(CMARK_NODE_TEXT)!
        cmark_node_set_literal(node, String(decoding: bytes, as: UTF8.self))
        setPosition(node, position)
        return node
    }

    /// A node printing `enter` before its children and `exit` after them, both as they are.
    package static func customInline(enter: String, exit: String, at position: InlineExtensions.Position) -> OpaquePointer {
        custom(CMARK_NODE_CUSTOM_INLINE, enter: enter, exit: exit, at: position)
    }

    package static func customBlock(enter: String, exit: String, at position: InlineExtensions.Position) -> OpaquePointer {
        custom(CMARK_NODE_CUSTOM_BLOCK, enter: enter, exit: exit, at: position)
    }

    private static func custom(_ type: cmark_node_type, enter: String, exit: String, at position: InlineExtensions.Position) -> OpaquePointer {
        let node = cmark_node_new(type)!
        cmark_node_set_on_enter(node, enter)
        cmark_node_set_on_exit(node, exit)
        setPosition(node, position)
        return node
    }

    /// Moves every child of `from` to the end of `to`'s children.
    package static func moveChildren(of from: OpaquePointer, to: OpaquePointer) {
        while let child = cmark_node_first_child(from) {
            cmark_node_unlink(child)
            cmark_node_append_child(to, child)
        }
    }

    /// Puts `replacement` where `node` is and frees `node` (and what is still below it).
    package static func replace(_ node: OpaquePointer, with replacement: OpaquePointer) {
        cmark_node_insert_before(node, replacement)
        cmark_node_unlink(node)
        cmark_node_free(node)
    }

    /// The literal of a text node as bytes (no copy into a String).
    package static func withLiteral<T>(_ node: OpaquePointer, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T? {
        guard let literal = cmark_node_get_literal(node) else { return nil }
        return literal.withMemoryRebound(to: UInt8.self, capacity: 1) { start in
            body(UnsafeBufferPointer(start: start, count: strlen(literal)))
        }
    }
}
