import Foundation
import Testing
import CXSiteSupport
import CXSiteModel
import CXSiteLoad
import CXSiteAnalyse
import CXSiteCharts
import CXSiteRender
import CXSiteWrite
import CXSite

/// Every table, task-list, strikethrough and autolink example of the GFM spec and of
/// cmark-gfm's extension tests (Fixtures/gfm-spec), rendered by cxsite and compared with the
/// HTML cmark-gfm makes, after normalising whitespace between tags and attribute order as
/// cmark's `test/normalize.py` does.
struct GFMSpecTests {
    struct Example: Decodable, CustomTestStringConvertible {
        var source: String
        var example: Int
        var section: String
        var tag: String
        var markdown: String
        var html: String
        var name: String { "\(source) example \(example) (\(section))" }
        var testDescription: String { name }
    }

    static let examples: [Example] = {
        let url = TestPaths.fixtures.appendingPathComponent("gfm-spec/extensions.json")
        return (try? JSONDecoder().decode([Example].self, from: Data(contentsOf: url))) ?? []
    }()

    /// The sections of `extensions.txt` that are not ours: the tag filter (raw HTML is off
    /// unless a site turns it on, and then it is the site's own) and footnotes.
    static let otherSections: Set<String> = ["HTML tag filter", "Footnotes"]

    static var inScope: [Example] {
        examples.filter { example in
            example.source == "spec.txt" ? ["table", "disabled", "strikethrough", "autolink"].contains(example.tag)
                : !otherSections.contains(example.section)
        }
    }

    /// Examples cxsite renders differently on purpose, with the reason (docs/MARKDOWN.md).
    static let differences: [String: String] = [:]

    @Test func theFixtureHoldsEveryExample() {
        #expect(Self.examples.count == 52)
        #expect(Self.inScope.count == 49)
    }

    @Test(arguments: inScope)
    func example(_ example: Example) {
        let html = MarkdownDocument(parsing: example.markdown, smartPunctuation: false).html(unsafeHTML: true)
        if example.html.trimmingCharacters(in: .whitespacesAndNewlines) == "<IGNORE>" { return }  // must only not crash
        let ours = SpecHTML.normalised(SpecHTML.withoutDocumentedAdditions(html))
        let theirs = SpecHTML.normalised(example.html)
        if let reason = Self.differences[example.name] {
            #expect(ours != theirs, "\(example.name) now renders as the spec does; remove it from the differences (\(reason))")
        } else {
            #expect(ours == theirs, "\(example.name)\n--- markdown\n\(example.markdown)\n--- expected\n\(theirs)\n--- cxsite\n\(ours)")
        }
    }
}

/// HTML compared the way cmark's `test/normalize.py` compares it.
enum SpecHTML {
    /// What cxsite adds to GFM's HTML, documented in docs/MARKDOWN.md, taken back out: a task's
    /// `<label>` (so its checkbox has an accessible name) and alignment written as a style
    /// rather than the obsolete `align` attribute.
    static func withoutDocumentedAdditions(_ html: String) -> String {
        html.replacingOccurrences(of: "<label class=\"task\">", with: "")
            .replacingOccurrences(of: "</label>", with: "")
            .replacingOccurrences(of: " style=\"text-align: left\"", with: " align=\"left\"")
            .replacingOccurrences(of: " style=\"text-align: center\"", with: " align=\"center\"")
            .replacingOccurrences(of: " style=\"text-align: right\"", with: " align=\"right\"")
    }

    static let blockTags: Set<String> = [
        "article", "header", "aside", "hgroup", "blockquote", "hr", "body", "li", "ol", "p", "pre", "dd", "div", "section",
        "dl", "table", "td", "dt", "tbody", "textarea", "tfoot", "th", "thead", "tr", "ul", "h1", "h2", "h3", "h4", "h5", "h6",
        "figure", "figcaption", "footer", "form", "fieldset", "caption", "col", "colgroup",
    ]

    static func normalised(_ html: String) -> String {
        var output = ""
        var last = "", lastTag = ""
        var inPre = false
        var rest = Substring(html)
        while !rest.isEmpty {
            if rest.hasPrefix("<!--"), let end = rest.range(of: "-->") {
                output += rest[..<end.upperBound]
                rest = rest[end.upperBound...]
                last = "comment"
            } else if rest.hasPrefix("<"), let tag = parseTag(&rest) {
                if tag.name == "pre" { inPre = !tag.closing }
                if blockTags.contains(tag.name) { output = String(output.reversed().drop(while: \.isWhitespace).reversed()) }
                if tag.closing {
                    output += "</\(tag.name)>"
                } else {
                    output += "<" + tag.name + tag.attributes.sorted { $0.0 < $1.0 }.map { $0.1 == nil ? " \($0.0)" : " \($0.0)=\"\($0.1!)\"" }.joined() + ">"
                }
                last = tag.closing ? "endtag" : "starttag"
                lastTag = tag.name
            } else {
                let end = rest.dropFirst().firstIndex(of: "<") ?? rest.endIndex
                var data = decoded(rest[..<end])
                rest = rest[end...]
                let afterTag = last == "endtag" || last == "starttag"
                if afterTag, lastTag == "br" { data = String(data.drop(while: { $0 == "\n" })) }
                if !inPre { data = collapsingWhitespace(data) }
                if afterTag, blockTags.contains(lastTag), !inPre {
                    data = last == "starttag" ? String(data.drop(while: \.isWhitespace)) : data.trimmingCharacters(in: .whitespaces)
                }
                output += data
                last = "data"
            }
        }
        return output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private static func collapsingWhitespace(_ text: String) -> String {
        var result = ""
        var inSpace = false
        for character in text {
            if character.isWhitespace {
                if !inSpace { result.append(" ") }
                inSpace = true
            } else {
                result.append(character)
                inSpace = false
            }
        }
        return result
    }

    private static func decoded(_ text: Substring) -> String {
        text.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&amp;", with: "&")
            .replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
    }

    private static func parseTag(_ rest: inout Substring) -> (name: String, closing: Bool, attributes: [(String, String?)])? {
        var scan = rest.dropFirst()
        let closing = scan.first == "/"
        if closing { scan = scan.dropFirst() }
        let name = scan.prefix { $0.isLetter || $0.isNumber }
        guard !name.isEmpty else { return nil }
        scan = scan.dropFirst(name.count)
        var attributes: [(String, String?)] = []
        while true {
            scan = scan.drop(while: \.isWhitespace)
            guard let first = scan.first else { return nil }
            if first == ">" { scan = scan.dropFirst(); break }
            if scan.hasPrefix("/>") { scan = scan.dropFirst(2); break }
            let key = scan.prefix { !$0.isWhitespace && $0 != "=" && $0 != ">" && $0 != "/" }
            guard !key.isEmpty else { return nil }
            scan = scan.dropFirst(key.count)
            var value: String?
            if scan.first == "=" {
                scan = scan.dropFirst()
                if let quote = scan.first, quote == "\"" || quote == "'" {
                    let body = scan.dropFirst().prefix { $0 != quote }
                    value = String(body)
                    scan = scan.dropFirst(body.count + 2)
                } else {
                    let body = scan.prefix { !$0.isWhitespace && $0 != ">" }
                    value = String(body)
                    scan = scan.dropFirst(body.count)
                }
            }
            attributes.append((key.lowercased(), value.map { $0.isEmpty ? "" : $0 }))
        }
        rest = scan
        return (name.lowercased(), closing, attributes.map { ($0.0, $0.1 == "" ? nil : $0.1) })
    }
}
