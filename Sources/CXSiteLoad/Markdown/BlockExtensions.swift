import Ccmark
import CXSiteSupport
import CXSiteModel

/// A problem an extension found in the Markdown, at a line and column of the parsed text.
package struct MarkdownNote: Equatable {
    package var line: Int
    package var column: Int
    package var message: String

    /// The memberwise initialiser, open to the other targets.
    package init(line: Int, column: Int, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }
}

/// GitHub's alerts (`> [!NOTE]`), task list items (`- [ ]`, `- [x]`) and heading anchors.
package enum BlockExtensions {
    /// The alert kinds, in the order GitHub lists them, with their titles.
    package static let alertKinds: [(marker: String, title: String)] = [
        ("NOTE", "Note"), ("TIP", "Tip"), ("IMPORTANT", "Important"), ("WARNING", "Warning"), ("CAUTION", "Caution"),
    ]

    /// Makes the block quote an alert when its first line is `[!KIND]` alone; an unknown kind
    /// is a note and the quote stays a quote.
    package static func alert(_ quote: OpaquePointer, notes: inout [MarkdownNote]) {
        guard let paragraph = cmark_node_first_child(quote), cmark_node_get_type(paragraph) == CMARK_NODE_PARAGRAPH,
              let marker = cmark_node_first_child(paragraph), cmark_node_get_type(marker) == CMARK_NODE_TEXT,
              let literal = MarkdownTree.withLiteral(marker, { String(decoding: $0, as: UTF8.self) }) else { return }
        let after = cmark_node_next(marker)
        guard after == nil || [CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK].contains(cmark_node_get_type(after)) else { return }
        let written = literal.trimmingSpaces
        guard written.hasPrefix("[!"), written.hasSuffix("]"), written.count > 3 else { return }
        let name = written.dropFirst(2).dropLast()
        guard let kind = alertKinds.first(where: { $0.marker == name.uppercased() }) else {
            if name.allSatisfy(\.isLetter) {
                let position = MarkdownTree.position(of: marker)
                let known = alertKinds.map { "[!\($0.marker)]" }
                // `[!WARN]` is a shortened `[!WARNING]`: a prefix is the likeliest meaning.
                let upper = name.uppercased()
                let near = alertKinds.first { $0.marker.hasPrefix(upper) || upper.hasPrefix($0.marker) }.map { "[!\($0.marker)]" }
                    ?? Suggestion.closest(to: "[!\(upper)]", in: known)
                notes.append(MarkdownNote(line: position.line, column: position.column,
                                          message: "unknown alert '\(written)'\(near.map { " (did you mean '\($0)'?)" } ?? ""); expected one of \(known.joined(separator: ", ")); the quote is shown as a quote"))
            }
            return
        }
        if let after { cmark_node_unlink(after); cmark_node_free(after) }
        cmark_node_unlink(marker)
        cmark_node_free(marker)
        if cmark_node_first_child(paragraph) == nil { cmark_node_unlink(paragraph); cmark_node_free(paragraph) }
        let id = kind.marker.lowercased()
        let node = MarkdownTree.customBlock(
            enter: "<div class=\"alert alert-\(id)\" role=\"note\" aria-label=\"\(kind.title)\">\n<p class=\"alert-title\">\(kind.title)</p>",
            exit: "</div>", at: MarkdownTree.position(of: quote))
        MarkdownTree.moveChildren(of: quote, to: node)
        MarkdownTree.replace(quote, with: node)
    }

    /// Makes the list item a task when its text starts with `[ ]`, `[x]` or `[X]` and a space:
    /// a disabled checkbox, labelled by the item's first paragraph.
    package static func task(_ item: OpaquePointer, source: MarkdownSource) {
        guard let paragraph = cmark_node_first_child(item), cmark_node_get_type(paragraph) == CMARK_NODE_PARAGRAPH,
              let text = cmark_node_first_child(paragraph), cmark_node_get_type(text) == CMARK_NODE_TEXT,
              let literal = MarkdownTree.withLiteral(text, { Array($0) }), literal.count >= 4,
              literal[0] == UInt8(ascii: "["), literal[2] == UInt8(ascii: "]"), literal[3].isSpaceOrTab else { return }
        let checked: Bool
        switch literal[1] {
        case 0x20: checked = false
        case UInt8(ascii: "x"), UInt8(ascii: "X"): checked = true
        default: return
        }
        // `\[ ]` is text: the source must spell the marker.
        let position = MarkdownTree.position(of: text)
        let line = source.line(position.line)
        guard line.lowerBound + position.column - 1 < line.upperBound, source.bytes[line.lowerBound + position.column - 1] == UInt8(ascii: "[") else { return }
        let rest = literal.dropFirst(3).drop(while: \.isSpaceOrTab)
        if rest.isEmpty {
            cmark_node_unlink(text)
            cmark_node_free(text)
        } else {
            cmark_node_set_literal(text, String(decoding: rest, as: UTF8.self))
        }
        let label = MarkdownTree.customInline(
            enter: "<label class=\"task\"><input type=\"checkbox\"\(checked ? " checked=\"\"" : "") disabled=\"\" /> ",
            exit: "</label>", at: position)
        MarkdownTree.moveChildren(of: paragraph, to: label)
        cmark_node_append_child(paragraph, label)
    }

    /// Ids the built-in templates use (a test keeps the list complete), which headings do not take.
    package static let reservedIDs: Set<String> = [
        "about-heading", "care-heading", "channels-heading", "churn-heading", "cohorts-heading", "compare-maturity", "compare-metrics", "contact-reasons",
        "computed-heading", "coverage-heading", "curve-heading", "customer-metrics-heading", "dashboard-heading", "decisions-heading", "exports",
        "exports-heading", "handbook-heading", "highlights-heading", "history-heading", "how", "how-changes",
        "how-changes-heading", "how-customers", "how-customers-heading", "how-heading", "how-intervals", "how-intervals-heading", "how-n", "how-n-heading",
        "how-settings-heading", "how-small-heading", "how-small-samples",
        "improvements-heading", "journey-touchpoints-heading", "journeys-heading", "lifetime-heading", "main", "map-heading",
        "maturity-heading", "metrics-heading", "missing-heading", "monthly-heading", "months-heading", "notes-heading",
        "overall-heading", "overview-heading", "pillars-heading", "reasons-heading", "restatements", "restatements-heading",
        "review-title", "rule-checks", "rules-heading", "scorecard-heading", "site-search-help", "site-search-input",
        "site-search-results", "stages-heading", "steps-heading", "team-pages", "tracker-heading", "trend-heading", "weeks-heading",
    ]

    /// Gives each heading an id made from its text (GitHub's way: lowercase, spaces to `-`,
    /// punctuation dropped; `-1`, `-2` for repeats) and a link to itself after it. The link's
    /// `#` is drawn by the style sheet, so it is not text of the section (in search results).
    package static func anchorHeadings(_ headings: [OpaquePointer]) -> [(heading: MarkdownHeading, node: OpaquePointer)] {
        // The page's own ids; `reservedIDs` is read as it is (a copy of it made on the first
        // insertion was a tenth of this function's time).
        var used: Set<String> = []
        var repeats: [String: Int] = [:]
        var result: [(heading: MarkdownHeading, node: OpaquePointer)] = []
        for heading in headings {
            let level = Int(cmark_node_get_heading_level(heading))
            let text = MarkdownNode(pointer: heading).plainText.trimmingSpaces
            let base = headingID(text)
            var id = base
            while reservedIDs.contains(id) || !used.insert(id).inserted {
                let number = repeats[base, default: 0] + 1
                repeats[base] = number
                id = "\(base)-\(number)"
            }
            let position = MarkdownTree.position(of: heading)
            let escapedID = Escape.html(id)
            let wrapper = MarkdownTree.customBlock(
                enter: "<div class=\"heading\">",
                exit: "<a class=\"heading-anchor\" href=\"#" + escapedID + "\" aria-label=\"Link to the section “" + Escape.html(text) + "”\"></a>\n</div>",
                at: position)
            let digit = String(level)
            let inner = MarkdownTree.customInline(enter: "<h" + digit + " id=\"" + escapedID + "\">", exit: "</h" + digit + ">", at: position)
            MarkdownTree.moveChildren(of: heading, to: inner)
            cmark_node_append_child(wrapper, inner)
            MarkdownTree.replace(heading, with: wrapper)
            result.append((MarkdownHeading(level: level, id: id, text: text), wrapper))
        }
        return result
    }

    /// A heading's id: letters and digits lowercased, spaces and `-` as `-`, `_` kept, the rest dropped.
    package static func headingID(_ text: String) -> String {
        var id: [UInt8] = []
        id.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                let byte = UInt8(scalar.value)
                if byte.isASCIIAlphanumeric || byte == UInt8(ascii: "_") {
                    id.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
                } else if byte == 0x20 || byte == UInt8(ascii: "-") {
                    id.append(UInt8(ascii: "-"))
                }
                continue
            }
            let lower = String(scalar).lowercased().unicodeScalars
            for scalar in lower where scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                id.append(contentsOf: String(scalar).utf8)
            }
        }
        return id.isEmpty ? "section" : String(decoding: id, as: UTF8.self)
    }
}
