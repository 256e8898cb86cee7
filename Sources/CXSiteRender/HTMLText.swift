import CXSiteSupport
import CXSiteModel
import CXSiteAnalyse
import CXSiteCharts

/// The readable text of a rendered page, for the search index: the `<main>` element's text,
/// split at `<h2>`/`<h3>` headings, without navigation, scripts, styles and SVG drawings
/// (a chart's data is also in its table, which is kept).
///
/// A small scanner, not a full HTML parser: it reads the HTML cxsite itself writes (tags
/// closed, attributes quoted) and tolerates the rest.
package struct HTMLText {
    package let bytes: [UInt8]

    package init(_ html: String) { bytes = Array(html.utf8) }

    package init(bytes: [UInt8]) { self.bytes = bytes }

    private static let commentStart = Array("<!--".utf8)

    /// A section of text under one heading (the first has no heading).
    package struct RawSection {
        package var heading = ""
        package var anchor = ""
        package var text = ""

        /// The memberwise initialiser, open to the other targets.
        package init(heading: String = "", anchor: String = "", text: String = "") {
            self.heading = heading
            self.anchor = anchor
            self.text = text
        }
    }

    /// What ``mainContent()`` found: the `<h1>` text and the sections.
    package struct Content {
        package var title = ""
        package var sections: [RawSection] = []

        /// The memberwise initialiser, open to the other targets.
        package init(title: String = "", sections: [RawSection] = []) {
            self.title = title
            self.sections = sections
        }
    }

    /// Elements whose content is not text a reader searches for.
    package static let skipped: Set<String> = ["script", "style", "svg", "nav", "template", "noscript", "button", "select", "textarea", "form"]
    /// Elements that separate words.
    package static let blocks: Set<String> = ["p", "li", "ul", "ol", "div", "section", "article", "aside", "header", "footer", "br", "tr", "td", "th",
                                      "table", "caption", "figcaption", "figure", "dd", "dt", "dl", "pre", "blockquote", "h1", "h2", "h3",
                                      "h4", "h5", "h6", "hr", "details", "summary"]
    package static let voids: Set<String> = ["br", "hr", "img", "input", "meta", "link", "source", "wbr", "col", "area", "base", "embed", "track"]

    /// The text of `<main>` (or of `<body>` when there is no `<main>`); nil when neither exists.
    package func mainContent() -> Content? {
        guard let start = findTag("main") ?? findTag("body") else { return nil }
        var content = Content(sections: [RawSection()])
        var i = start
        var skipping: (name: String, depth: Int)?
        var capture: String?          // "h1", "h2" or "h3" while inside one
        var captured = ""
        // Open elements with their id and whether an element child has been seen yet.
        var open: [(name: String, id: String, hadChild: Bool)] = []
        var pendingAnchor = ""
        while i < bytes.count {
            if bytes[i] != UInt8(ascii: "<") {
                var j = i
                while j < bytes.count, bytes[j] != UInt8(ascii: "<") { j += 1 }
                if skipping == nil {
                    let text = Self.decodeEntities(bytes[i..<j])
                    if capture != nil { captured += text } else { content.sections[content.sections.count - 1].text += text }
                }
                i = j
                continue
            }
            if bytes[i...].starts(with: Self.commentStart) {
                i = index(after: "-->", from: i + 4)
                continue
            }
            guard let tag = readTag(at: i) else { i += 1; continue }
            i = tag.end
            if var skip = skipping {
                if tag.name == skip.name { skip.depth += tag.closing ? -1 : (tag.selfClosing ? 0 : 1) }
                skipping = skip.depth > 0 ? skip : nil
                continue
            }
            if tag.closing {
                if tag.name == "main" || (tag.name == "body") { break }
                if let index = open.lastIndex(where: { $0.name == tag.name }) { open.removeSubrange(index...) }
                if let heading = capture, tag.name == heading {
                    let text = Self.collapse(captured)
                    if heading == "h1" {
                        if content.title.isEmpty { content.title = text }
                    } else {
                        content.sections.append(RawSection(heading: text, anchor: pendingAnchor))
                    }
                    capture = nil
                    captured = ""
                    continue
                }
            } else {
                if Self.skipped.contains(tag.name) {
                    if !tag.selfClosing { skipping = (tag.name, 1) }
                    continue
                }
                let parent = open.last
                if !open.isEmpty { open[open.count - 1].hadChild = true }
                if capture == nil, tag.name == "h1" || tag.name == "h2" || tag.name == "h3" {
                    capture = tag.name
                    captured = ""
                    pendingAnchor = tag.id ?? ((parent.map { !$0.hadChild && !$0.id.isEmpty } ?? false) ? parent!.id : "")
                }
                if !tag.selfClosing && !Self.voids.contains(tag.name) { open.append((tag.name, tag.id ?? "", false)) }
            }
            if Self.blocks.contains(tag.name) {
                if capture != nil { captured += " " } else { content.sections[content.sections.count - 1].text += " " }
            }
        }
        return content
    }

    /// The `<title>` text up to its first " · " (the site name follows).
    package func documentTitle() -> String {
        guard let start = findTag("title") else { return "" }
        var j = start
        while j < bytes.count, bytes[j] != UInt8(ascii: "<") { j += 1 }
        let title = Self.collapse(Self.decodeEntities(bytes[start..<j]))
        return title.components(separatedBy: " · ").first ?? title
    }

    /// Whitespace runs as one space, trimmed.
    package static func collapse(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            let isSpace = scalar.value < 0x80
                ? (scalar.value == 0x20 || (scalar.value >= 0x09 && scalar.value <= 0x0D))
                : scalar.properties.isWhitespace
            if isSpace {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(0x20) }
                pendingSpace = false
                if scalar.value < 0x80 { out.append(UInt8(scalar.value)) } else { UTF8.encode(scalar) { out.append($0) } }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    // MARK: Scanning

    private struct Tag {
        package var name: String
        package var closing: Bool
        package var selfClosing: Bool
        package var id: String?
        package var end: Int

        /// The memberwise initialiser, open to the other targets.
        package init(name: String, closing: Bool, selfClosing: Bool, id: String? = nil, end: Int) {
            self.name = name
            self.closing = closing
            self.selfClosing = selfClosing
            self.id = id
            self.end = end
        }
    }

    /// The position just after the start tag `<name …>` (`name` in lower case), or nil. Tags
    /// are read only where the bytes after `<` spell `name`: a page's head and header hold dozens.
    private func findTag(_ name: String) -> Int? {
        let needle = Array(name.utf8)
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "<"), spells(needle, at: i + 1), let tag = readTag(at: i), !tag.closing, tag.name == name { return tag.end }
            i += 1
        }
        return nil
    }

    /// Whether the bytes at `start` are the tag name `needle`, in any case, and the name ends there.
    private func spells(_ needle: [UInt8], at start: Int) -> Bool {
        guard start + needle.count < bytes.count else { return false }
        for k in needle.indices where bytes[start + k] | 0x20 != needle[k] { return false }
        return !Self.isNameByte(bytes[start + needle.count])
    }

    private func index(after marker: String, from start: Int) -> Int {
        let needle = Array(marker.utf8)
        var i = start
        while i + needle.count <= bytes.count {
            if bytes[i] == needle[0], bytes[i..<(i + needle.count)].elementsEqual(needle) { return i + needle.count }
            i += 1
        }
        return bytes.count
    }

    /// Reads the tag at `start` (which holds `<`): its lowercased name, whether it closes,
    /// its `id` attribute. Nil when `<` does not start a tag (a stray `<` in text).
    private func readTag(at start: Int) -> Tag? {
        var i = start + 1
        var closing = false
        if i < bytes.count, bytes[i] == UInt8(ascii: "/") { closing = true; i += 1 }
        let nameStart = i
        while i < bytes.count, Self.isNameByte(bytes[i]) { i += 1 }
        guard i > nameStart else {
            // `<!DOCTYPE …>` and other declarations: skip to '>'.
            if i < bytes.count, bytes[i] == UInt8(ascii: "!") || bytes[i] == UInt8(ascii: "?") {
                let end = index(after: ">", from: i)
                return Tag(name: "!", closing: false, selfClosing: true, id: nil, end: end)
            }
            return nil
        }
        let nameBytes = bytes[nameStart..<i]
        let name = nameBytes.contains(where: { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") })
            ? String(decoding: nameBytes, as: UTF8.self).lowercased() : String(decoding: nameBytes, as: UTF8.self)
        var id: String?
        var selfClosing = false
        // Attributes: name[=value], value quoted with " or ' or bare. Only `id` is kept.
        while i < bytes.count, bytes[i] != UInt8(ascii: ">") {
            if bytes[i] == UInt8(ascii: "/") { selfClosing = true; i += 1; continue }
            if Self.isSpace(bytes[i]) { i += 1; continue }
            selfClosing = false
            let attrStart = i
            while i < bytes.count, !Self.isSpace(bytes[i]), bytes[i] != UInt8(ascii: "="), bytes[i] != UInt8(ascii: ">"), bytes[i] != UInt8(ascii: "/") { i += 1 }
            let isID = i - attrStart == 2 && bytes[attrStart] | 0x20 == UInt8(ascii: "i") && bytes[attrStart + 1] | 0x20 == UInt8(ascii: "d")
            var valueRange = i..<i
            if i < bytes.count, bytes[i] == UInt8(ascii: "=") {
                i += 1
                if i < bytes.count, bytes[i] == UInt8(ascii: "\"") || bytes[i] == UInt8(ascii: "'") {
                    let quote = bytes[i]
                    let valueStart = i + 1
                    i = valueStart
                    while i < bytes.count, bytes[i] != quote { i += 1 }
                    valueRange = valueStart..<min(i, bytes.count)
                    i += 1
                } else {
                    let valueStart = i
                    while i < bytes.count, !Self.isSpace(bytes[i]), bytes[i] != UInt8(ascii: ">") { i += 1 }
                    valueRange = valueStart..<i
                }
            }
            if isID { id = Self.decodeEntities(bytes[valueRange]) }
        }
        return Tag(name: name, closing: closing, selfClosing: selfClosing, id: id, end: min(i + 1, bytes.count))
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "-")
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C
    }

    /// Text with character references decoded: numeric ones and the named ones cmark and
    /// Mustache write (`&amp;`, `&lt;`, `&gt;`, `&quot;`, `&apos;`, `&nbsp;`); others are kept.
    package static func decodeEntities(_ slice: ArraySlice<UInt8>) -> String {
        guard slice.contains(UInt8(ascii: "&")) else { return String(decoding: slice, as: UTF8.self) }
        let text = String(decoding: slice, as: UTF8.self)
        var out = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            guard let semicolon = after.prefix(12).firstIndex(of: ";") else {
                out += "&"
                rest = after
                continue
            }
            let name = after[..<semicolon]
            var decoded: String?
            switch name {
            case "amp": decoded = "&"
            case "lt": decoded = "<"
            case "gt": decoded = ">"
            case "quot": decoded = "\""
            case "apos": decoded = "'"
            case "nbsp": decoded = " "
            default:
                if name.hasPrefix("#x") || name.hasPrefix("#X") {
                    decoded = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
                } else if name.hasPrefix("#") {
                    decoded = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
                }
            }
            if let decoded {
                out += decoded
                rest = after[after.index(after: semicolon)...]
            } else {
                out += "&"
                rest = after
            }
        }
        return out + rest
    }
}
