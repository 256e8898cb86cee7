import CXSiteSupport
import CXSiteModel

/// A Markdown file split into its YAML front matter and its body.
///
/// Front matter is the block between a first line `---` and the next line `---` (or `...`).
/// `bodyFirstLine` is the file line the body starts on, so positions that cmark reports
/// relative to the body can be mapped back to lines of the whole file.
package struct FrontMatter {
    /// The YAML text, without the fences; nil when the file has no front matter.
    package var yaml: Substring?
    /// File line of the first YAML line (2 when the file starts with `---`).
    package var yamlFirstLine: Int
    package var body: Substring
    package var bodyFirstLine: Int
    /// The file opens front matter that is never closed (already an error; the body is then empty).
    package var unterminated = false

    /// Splits `text`; an opening fence without a closing one is an error at line 1.
    package static func split(_ text: String, path: String, log: inout DiagnosticLog) -> FrontMatter {
        let noFrontMatter = FrontMatter(yaml: nil, yamlFirstLine: 1, body: text[...], bodyFirstLine: 1)
        guard text.hasPrefix("---") else { return noFrontMatter }
        let utf8 = text.utf8
        guard let firstEnd = utf8.firstIndex(of: 0x0A) else {
            return isFence(text[..<text.endIndex], closing: false)
                ? unterminated(text, path: path, log: &log) : noFrontMatter
        }
        guard isFence(text[text.startIndex..<firstEnd], closing: false) else { return noFrontMatter }

        var lineStart = utf8.index(after: firstEnd)
        var line = 2
        while lineStart < text.endIndex {
            let lineEnd = utf8[lineStart...].firstIndex(of: 0x0A) ?? text.endIndex
            if isFence(text[lineStart..<lineEnd], closing: true) {
                let bodyStart = lineEnd < text.endIndex ? utf8.index(after: lineEnd) : lineEnd
                // A closing fence at the very end (no line break after it) leaves an empty body on its own line.
                return FrontMatter(yaml: text[utf8.index(after: firstEnd)..<lineStart], yamlFirstLine: 2,
                                   body: text[bodyStart...], bodyFirstLine: lineEnd < text.endIndex ? line + 1 : line)
            }
            lineStart = lineEnd < text.endIndex ? utf8.index(after: lineEnd) : lineEnd
            line += 1
        }
        return unterminated(text, path: path, log: &log)
    }

    private static func unterminated(_ text: String, path: String, log: inout DiagnosticLog) -> FrontMatter {
        log.error("front matter is not closed: expected a line '---' after the YAML that starts here", at: SourceLocation(path: path, line: 1, column: 1))
        return FrontMatter(yaml: nil, yamlFirstLine: 1, body: ""[...], bodyFirstLine: 1, unterminated: true)
    }

    private static func isFence(_ line: Substring, closing: Bool) -> Bool {
        var trimmed = line
        while let last = trimmed.last, last == " " || last == "\t" || last == "\r" { trimmed = trimmed.dropLast() }
        return trimmed == "---" || (closing && trimmed == "...")
    }

    /// The memberwise initialiser, open to the other targets.
    package init(yaml: Substring? = nil, yamlFirstLine: Int, body: Substring, bodyFirstLine: Int, unterminated: Bool = false) {
        self.yaml = yaml
        self.yamlFirstLine = yamlFirstLine
        self.body = body
        self.bodyFirstLine = bodyFirstLine
        self.unterminated = unterminated
    }
}
