import Ccmark
#if canImport(Glibc)
import Glibc
#endif
import CXSiteSupport
import CXSiteModel

/// Strikethrough (`~one~`, `~~two~~`) and extended autolinks in the inline content cmark parsed.
///
/// cmark leaves both as text. Each container of inlines (a paragraph, a heading, an emphasis…)
/// is rebuilt from its children: the text is cut into plain text, tilde runs and links; tilde
/// runs pair as GFM pairs them (a closer takes the nearest opener; runs of one or two of the same
/// length make a strikethrough, longer runs stay text), and what lies between becomes the child
/// of a `<del>`. Escapes are honoured by reading each text node's source: `\~` stays a tilde.
package enum InlineExtensions {
    /// Applies both extensions to the children of `container`. `inLink`: the container is inside
    /// a link or image, where no autolink is made.
    package static func apply(to container: OpaquePointer, inLink: Bool, source: MarkdownSource) {
        var pieces: [Piece] = []
        var changed = false
        var replaced: [OpaquePointer] = []
        var child = cmark_node_first_child(container)
        while let node = child {
            child = cmark_node_next(node)
            guard cmark_node_get_type(node) == CMARK_NODE_TEXT, mayApply(toText: node, inLink: inLink),
                  let text = TextOrigin(node, source: source) else {
                pieces.append(.node(node))
                continue
            }
            let before = neighbourClass(cmark_node_previous(node), parent: container, atStart: true)
            let after = neighbourClass(cmark_node_next(node), parent: container, atStart: false)
            let split = text.pieces(autolinks: !inLink, before: before, after: after)
            if split.contains(where: { if case .text = $0 { false } else { true } }) {
                changed = true
                replaced.append(node)
            }
            if split.count == 1, case .text = split[0] { pieces.append(.node(node)) } else { pieces.append(contentsOf: split) }
        }
        guard changed else { return }
        let pairs = pairTildes(pieces)
        if pairs.isEmpty, !pieces.contains(where: { if case .link = $0 { true } else { false } }) { return }
        rebuild(container, from: pieces, pairs: pairs)
        for node in replaced { cmark_node_free(node) }
    }

    /// A run of text, a run of tildes that may open or close a strikethrough, a link to make,
    /// or an inline node kept as it is.
    package enum Piece {
        case text([UInt8], Position)
        case tilde(count: Int, canOpen: Bool, canClose: Bool, Position)
        case link(href: String, text: [UInt8], Position)
        case node(OpaquePointer)
    }

    package typealias Position = (line: Int, column: Int)

    /// Whether the character next to a text node (in a sibling, or where its container begins or
    /// ends) is a space or punctuation, for the flanking rules.
    package enum CharacterClass { case space, punctuation, other }

    private static func neighbourClass(_ sibling: OpaquePointer?, parent: OpaquePointer, atStart: Bool) -> CharacterClass {
        guard let sibling else {
            // A block begins and ends at a line boundary; an inline container at its markers.
            let type = cmark_node_get_type(parent)
            return type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING || type == CMARK_NODE_CUSTOM_BLOCK ? .space : .punctuation
        }
        switch cmark_node_get_type(sibling) {
        case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: return .space
        case CMARK_NODE_TEXT:
            guard let literal = cmark_node_get_literal(sibling) else { return .space }
            let bytes = Array(String(cString: literal).utf8)
            return classOf(bytes, at: atStart ? bytes.count : 0, before: atStart)
        default: return .punctuation
        }
    }

    /// The class of the character before (or at) `index` of `bytes`; `.space` past either end.
    package static func classOf(_ bytes: [UInt8], at index: Int, before: Bool) -> CharacterClass {
        var start = before ? index - 1 : index
        guard start >= 0, start < bytes.count else { return .space }
        if before { while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 } }
        guard let (scalar, _) = decodeScalar(bytes, at: start) else { return .other }
        if scalar.isMarkdownSpace { return .space }
        return scalar.isMarkdownPunctuation ? .punctuation : .other
    }

    /// For each tilde run that opens a strikethrough, the index of the run that closes it.
    ///
    /// As GFM pairs them: a closer takes the nearest opener that may pair with it (runs of one
    /// and two tildes do not when one of them could both open and close, emphasis' rule of 3);
    /// a strikethrough is made when both runs are equally long, and the openers after the one
    /// taken are dropped. Openers wait in four stacks by length and whether they may close, so
    /// each closer looks at three tops only and a paragraph of many runs stays linear.
    package static func pairTildes(_ pieces: [Piece]) -> [Int: Int] {
        var stacks: [[Int]] = [[], [], [], []]  // (length 1, 2) × (may close: no, yes)
        func stack(_ count: Int, _ canClose: Bool) -> Int { (count - 1) * 2 + (canClose ? 1 : 0) }
        var pairs: [Int: Int] = [:]
        for (index, piece) in pieces.enumerated() {
            guard case let .tilde(count, canOpen, canClose, _) = piece else { continue }
            if canClose {
                let other = 3 - count
                var candidates = [stacks[stack(count, false)].last, stacks[stack(count, true)].last]
                if !canOpen { candidates.append(stacks[stack(other, false)].last) }
                if let opener = candidates.compactMap({ $0 }).max() {
                    guard case let .tilde(openerCount, _, _, _) = pieces[opener] else { continue }
                    if openerCount == count {
                        pairs[opener] = index
                        for k in stacks.indices { while let last = stacks[k].last, last >= opener { stacks[k].removeLast() } }
                        continue
                    }
                }
            }
            if canOpen { stacks[stack(count, canClose)].append(index) }
        }
        return pairs
    }

    /// Replaces the children of `container` with `pieces`, paired tilde runs becoming `<del>`.
    private static func rebuild(_ container: OpaquePointer, from pieces: [Piece], pairs: [Int: Int]) {
        let closers = Set(pairs.values)
        var frames: [[OpaquePointer]] = [[]]
        var pending: [UInt8] = []
        var pendingPosition: Position = (0, 0)
        func flush() {
            guard !pending.isEmpty else { return }
            frames[frames.count - 1].append(MarkdownTree.text(pending, at: pendingPosition))
            pending = []
        }
        func add(_ bytes: [UInt8], _ position: Position) {
            if pending.isEmpty { pendingPosition = position }
            pending += bytes
        }
        var openerPositions: [Position] = []
        for (index, piece) in pieces.enumerated() {
            switch piece {
            case let .text(bytes, position): add(bytes, position)
            case let .tilde(count, _, _, position):
                if pairs[index] != nil {
                    flush()
                    frames.append([])
                    openerPositions.append(position)
                } else if closers.contains(index) {
                    flush()
                    let inner = frames.removeLast()
                    let strike = MarkdownTree.customInline(enter: "<del>", exit: "</del>", at: openerPositions.removeLast())
                    for node in inner { cmark_node_append_child(strike, node) }
                    frames[frames.count - 1].append(strike)
                } else {
                    add(Array(repeating: UInt8(ascii: "~"), count: count), position)
                }
            case let .link(href, text, position):
                flush()
                let link = cmark_node_new(CMARK_NODE_LINK)!
                cmark_node_set_url(link, href)
                MarkdownTree.setPosition(link, position)
                cmark_node_append_child(link, MarkdownTree.text(text, at: position))
                frames[frames.count - 1].append(link)
            case let .node(node):
                flush()
                cmark_node_unlink(node)
                frames[frames.count - 1].append(node)
            }
        }
        flush()
        var child = cmark_node_first_child(container)
        while let node = child {
            child = cmark_node_next(node)
            cmark_node_unlink(node)
        }
        for node in frames[0] { cmark_node_append_child(container, node) }
    }
}

/// A text node's content with what it was parsed from.
package struct TextOrigin {
    package let literal: [UInt8]
    /// Source offset of each literal byte, when the source differs from the literal.
    package let map: [Int]?
    package let raw: ArraySlice<UInt8>?
    package let line: Int
    package let column: Int

    package init?(_ node: OpaquePointer, source: MarkdownSource) {
        guard let pointer = cmark_node_get_literal(node) else { return nil }
        literal = Array(String(cString: pointer).utf8)
        line = Int(cmark_node_get_start_line(node))
        column = Int(cmark_node_get_start_column(node))
        let slice = line == Int(cmark_node_get_end_line(node))
            ? source.slice(line: line, from: column, through: Int(cmark_node_get_end_column(node))) : nil
        if let slice, !slice.elementsEqual(literal) {
            map = MarkdownSource.align(literal: literal, raw: slice)
            raw = map == nil ? nil : slice
        } else {
            map = nil
            raw = nil
        }
    }

    /// The position of the literal's byte `offset` in the source.
    package func position(_ offset: Int) -> InlineExtensions.Position {
        if let map, let raw { return (line, column + (offset < map.count ? map[offset] : raw.endIndex) - raw.startIndex) }
        return (line, column + offset)
    }

    /// Whether the tilde at `offset` was written as one (not `\~` or `&#126;`).
    package func isWrittenTilde(_ offset: Int) -> Bool {
        guard let map, let raw else { return true }
        return raw[map[offset]] == UInt8(ascii: "~")
    }

    /// The literal's offset for source offset `rawOffset` (relative to `raw`'s start).
    private func literalOffset(forRaw rawOffset: Int) -> Int {
        guard let map, let raw else { return rawOffset }
        let absolute = raw.startIndex + rawOffset
        return map.firstIndex { $0 >= absolute } ?? literal.count
    }

    /// The text cut into plain text, tilde runs and links.
    package func pieces(autolinks: Bool, before: InlineExtensions.CharacterClass, after: InlineExtensions.CharacterClass) -> [InlineExtensions.Piece] {
        var links: [(range: Range<Int>, href: String, text: [UInt8])] = []
        if autolinks {
            // Links are found in what was written: `a--b` in a URL is not an en dash.
            let written = raw.map(Array.init) ?? literal
            for match in Autolink.matches(in: written, startAllowsWWW: before == .space || before == .punctuation) {
                let text = Array(written[match.range])
                let range = literalOffset(forRaw: match.range.lowerBound)..<literalOffset(forRaw: match.range.upperBound)
                links.append((range, Autolink.destination(String(decoding: text, as: UTF8.self), kind: match.kind), text))
            }
        }
        var pieces: [InlineExtensions.Piece] = []
        var plainStart = 0
        var index = 0
        var nextLink = 0
        func plain(upTo end: Int) {
            if end > plainStart { pieces.append(.text(Array(literal[plainStart..<end]), position(plainStart))) }
        }
        while index < literal.count {
            if nextLink < links.count, index == links[nextLink].range.lowerBound {
                plain(upTo: index)
                let link = links[nextLink]
                pieces.append(.link(href: link.href, text: link.text, position(index)))
                index = max(link.range.upperBound, index + 1)
                plainStart = index
                nextLink += 1
                continue
            }
            guard literal[index] == UInt8(ascii: "~"), isWrittenTilde(index) else {
                index += 1
                continue
            }
            var end = index
            while end < literal.count, literal[end] == UInt8(ascii: "~"), isWrittenTilde(end),
                  nextLink >= links.count || end < links[nextLink].range.lowerBound { end += 1 }
            let count = end - index
            let previous = index == 0 ? before : InlineExtensions.classOf(literal, at: index, before: true)
            let next = end == literal.count ? after : InlineExtensions.classOf(literal, at: end, before: false)
            // GFM's flanking rules, as for `*`.
            let leftFlanking = next != .space && (next != .punctuation || previous != .other)
            let rightFlanking = previous != .space && (previous != .punctuation || next != .other)
            if count <= 2, leftFlanking || rightFlanking {
                plain(upTo: index)
                pieces.append(.tilde(count: count, canOpen: leftFlanking, canClose: rightFlanking, position(index)))
                plainStart = end
            }
            index = end
        }
        plain(upTo: literal.count)
        return pieces
    }
}

extension InlineExtensions {
    /// Whether a text node may hold a tilde run or (outside links) a link: checked with the C
    /// library's string search before anything is copied.
    package static func mayApply(toText node: OpaquePointer, inLink: Bool) -> Bool {
        guard let literal = cmark_node_get_literal(node) else { return false }
        if strchr(literal, 0x7E) != nil { return true }
        if inLink { return false }
        return strstr(literal, "://") != nil || strstr(literal, "www.") != nil || strchr(literal, 0x40) != nil
    }

    /// Applies the extensions to every container of inlines below `root` (and `root`).
    package static func applyAll(below root: OpaquePointer, source: MarkdownSource) {
        var containers: [(node: OpaquePointer, inLink: Bool)] = []
        var seen: Set<OpaquePointer> = []
        var linkDepth = 0
        let iterator = cmark_iter_new(root)
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE {
                linkDepth += event == CMARK_EVENT_ENTER ? 1 : -1
            } else if type == CMARK_NODE_TEXT, mayApply(toText: node, inLink: linkDepth > 0), let parent = cmark_node_parent(node), seen.insert(parent).inserted {
                containers.append((parent, linkDepth > 0))
            }
        }
        for container in containers { apply(to: container.node, inLink: container.inLink, source: source) }
    }
}
