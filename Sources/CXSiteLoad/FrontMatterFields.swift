import Foundation
import CXSiteSupport
import CXSiteModel

/// A Markdown file's front matter read as fields, its title, and its body.
package struct FrontMatterFields {
    package var fields: YAMLFields?
    /// Front matter `title`, or else the text of a `# Heading` on the body's first line
    /// (that heading is then taken out of the body so the page does not show it twice).
    package var title: String?
    package var markdown: MarkdownText
    /// The front matter is never closed (already an error): the body is unknown, not empty.
    package var unterminated = false

    /// Splits and parses `file`; unknown keys are warnings naming `what`.
    package static func read(_ file: SourceText, known: [String], what: String, log: inout DiagnosticLog) -> FrontMatterFields {
        let split = FrontMatter.split(file.text, path: file.path, log: &log)
        var fields: YAMLFields?
        if let yaml = split.yaml,
           let node = YAML.parse(String(yaml), path: file.path, firstLine: split.yamlFirstLine, log: &log) {
            fields = YAMLFields(node, path: file.path, firstLine: split.yamlFirstLine, what: "front matter", log: &log)
            fields?.warnUnknownKeys(known, in: what, log: &log)
        }
        var body = split.body
        var firstLine = split.bodyFirstLine
        var title = fields?.string("title", log: &log)
        if let titleNode = fields?.node("title"), title?.unicodeScalars.allSatisfy({ $0 == "\t" || $0.properties.generalCategory == .spaceSeparator }) == true {
            log.error("'title' is empty; give the page a title", at: fields!.location(titleNode))
            title = nil
        }
        if title == nil, let heading = leadingHeading(in: body) {
            title = heading.title
            body = heading.rest
            firstLine += heading.lines
        }
        return FrontMatterFields(fields: fields, title: title,
                                 markdown: MarkdownText(path: file.path, text: String(body), firstLine: firstLine),
                                 unterminated: split.unterminated)
    }

    /// The memberwise initialiser, open to the other targets.
    package init(fields: YAMLFields? = nil, title: String? = nil, markdown: MarkdownText, unterminated: Bool = false) {
        self.fields = fields
        self.title = title
        self.markdown = markdown
        self.unterminated = unterminated
    }
}

/// The text of a `# Heading` that is the first non-blank line of `body`, the body after it,
/// and how many lines that took.
private func leadingHeading(in body: Substring) -> (title: String, rest: Substring, lines: Int)? {
    var lines = 0
    var rest = body
    while true {
        let end = rest.utf8.firstIndex(of: 0x0A) ?? rest.endIndex
        let line = rest[..<end].trimmingCharacters(in: .whitespaces.union(.newlines))
        let next = end < rest.endIndex ? rest[rest.utf8.index(after: end)...] : rest[end...]
        lines += 1
        if line.isEmpty {
            if end == rest.endIndex { return nil }
            rest = next
            continue
        }
        guard line.hasPrefix("# ") else { return nil }
        return (String(line.dropFirst(2)).trimmingCharacters(in: .whitespaces), next, lines)
    }
}

extension YAMLFields {
    /// One value or a list of values under `key`, each turned into `T` by `parse`; an unknown
    /// value is an error listing what was expected, with a did-you-mean.
    package func values<T>(_ key: String, parse: (String) -> T?, expected: [String], log: inout DiagnosticLog) -> [T] {
        guard let value = node(key) else { return [] }
        let items: [YAMLNode] = value.sequence.map(Array.init) ?? [value]
        var result: [T] = []
        for item in items {
            guard let text = item.scalar?.string else {
                log.error("'\(key)' must be one value or a list of values", at: location(item))
                continue
            }
            if let parsed = parse(text) { result.append(parsed) } else {
                log.error("unknown \(key) '\(text)'\(Suggestion.hint(for: text, in: expected)); expected one of \(expected.joined(separator: ", "))", at: location(item))
            }
        }
        return result
    }
}
