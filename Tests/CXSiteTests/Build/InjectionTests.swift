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

/// Hostile text in every field a project can set, then every output file scanned: nothing may
/// survive unescaped for its context (HTML, SVG, XML, JSON, CSV). The scan covers every file the
/// renderer produces, so page kinds added later are checked without changing this test.
struct InjectionTests {
    /// One string that tries every context: breaking out of an attribute, a script element, a
    /// `javascript:` URL, the end of a CDATA section, and Unicode bidirectional overrides.
    static let payload = "X\"><script>alert(1)</script><img src=x onerror=alert(2)> ]]> javascript:alert(3) \u{202E}evil\u{2066}' </script>"

    /// `payload` as a double-quoted YAML scalar.
    static var yaml: String {
        "\"" + payload.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// `payload` as a quoted CSV field.
    static var csv: String { "\"" + payload.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }

    /// Markdown that tries raw HTML and dangerous link destinations.
    static let markdown = """
        \(payload)

        <script>alert(4)</script>
        <img src=x onerror=alert(5)>
        <a href="javascript:alert(6)">raw link</a>

        [click](javascript:alert(7)) [mixed](JaVaScRiPt:alert(8)) [entity](java&#x73;cript:alert(9))
        <javascript:alert(10)> ![img](javascript:alert(11)) [data](data:text/html;base64,PHNjcmlwdD4=)
        [title](https://cx.example/ "t\\"><script>alert(12)</script>") [md](other.md#"><script>alert(13)</script>)

        `</script>` and ]]> in text; \u{202E}reversed\u{202C} and \u{2067}isolated\u{2069}.

        """

    static func project() -> TemporaryFolder {
        let folder = TemporaryFolder()
        let p = yaml
        folder.write("site.yml", """
            title: \(p)
            description: \(p)
            company: \(p)
            language: \(p)
            base_url: "https://cx.example/\\"><script>alert(1)</script>/"
            metrics:
              csat:
                name: \(p)
                definition: \(p)
            maturity:
              levels: [\(p), \(p), \(p), \(p), \(p)]
            steps:
              1:
                status: done
                note: \(p)

            """)
        folder.write("content/index.md", "---\ntitle: \(p)\ndescription: \(p)\n---\n\(markdown)")
        folder.write("content/handbook/index.md", "---\ntitle: \(p)\n---\n\(markdown)")
        folder.write("content/handbook/greetings.md", "---\ntitle: \(p)\nsummary: \(p)\nstage: connect\npillar: people\nstep: 1\n---\n\(markdown)")
        folder.write("content/handbook/guides/index.md", "---\ntitle: \(p)\n---\n\(markdown)")
        folder.write("content/handbook/guides/x\"><img src=x onerror=alert(14)>.md", "---\nstage: resolve\n---\n\(markdown)")
        folder.write("content/handbook/other.md", "# \(payload)\n\n\(markdown)")
        folder.write("content/journeys/onboarding.md", """
            ---
            title: \(p)
            persona: \(p)
            owner: \(p)
            scenario: \(p)
            status: \(p)
            ---
            \(markdown)
            ## Connect — \(payload)
            \(markdown)
            ### \(payload)
            - Channel: \(payload)
            - Emotion: +1
            - Target emotion: +2
            - Owner: \(payload)
            - Action: \(payload)
            - Thought: \(payload)
            - Pain: \(payload)
            - Opportunity: \(payload)
            - Improvement: \(payload)
            - Metric: csat
            - Step: 3
            - Frequency: \(payload)
            - **\(payload):** \(payload)

            \(markdown)
            ## Assist
            ### Help centre \(payload)
            - Emotion: -1
            - Improvement: \(payload)
            ## Resolve
            ### Reply
            - Emotion: 0
            - Improvement: \(payload)
            ## Enhance
            ### Survey
            - Emotion: +2
            - Improvement: \(payload)

            """)
        folder.write("content/reviews/2026-02.md", """
            ---
            title: \(p)
            author: \(p)
            decisions: [\(p)]
            improvements:
              - title: \(p)
                owner: \(p)
                status: in progress
            ---
            \(markdown)
            """)
        folder.write("content/metrics/kpis.csv", """
            month,metric,value,segment,channel
            2026-01,csat,84,\(csv),\(csv)
            2026-02,csat,86,\(csv),\(csv)
            2026-01,nps,31,,
            2026-02,nps,35,,

            """)
        folder.write("content/assessment.csv", """
            area,statement,score,owner,note
            connect,\(csv),3,\(csv),\(csv)
            assist,We answer fast,4,,

            """)
        return folder
    }

    static let bidiControls: Set<Unicode.Scalar> = ["\u{200E}", "\u{200F}", "\u{202A}", "\u{202B}", "\u{202C}", "\u{202D}", "\u{202E}",
                                                    "\u{2066}", "\u{2067}", "\u{2068}", "\u{2069}"]

    @Test func hostileTextSurvivesNowhereUnescaped() throws {
        let folder = Self.project()
        let site = FixtureSite(root: folder.url)
        #expect(site.diagnostics.filter { $0.severity == .error }.isEmpty, "\(site.diagnosticText)")
        #expect(site.files.count > 40)
        let problems = try Self.problems(in: site.files)
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
        // The page kinds of every branch are in the scan: review pages and feed, the search index.
        for path in ["reviews/2026-02/index.html", "reviews/feed.xml", "search-index.js", "journeys/onboarding/journey.json", "data/metrics.csv"] {
            #expect(site.files[path] != nil, "\(path) was not produced")
        }
        #expect(site.text("search-index.js")?.contains("\\u003cscript\\u003ealert(1)") == true, "the search index holds the text, escaped")
        // The hostile text is shown (escaped), not dropped: a reader sees what the author wrote.
        #expect(site.text("index.html")?.contains("X&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;") == true)
    }

    /// The scan is not blind: a template that writes a field without escaping it is caught.
    @Test func theScanCatchesATemplateThatDoesNotEscape() throws {
        let folder = Self.project()
        let header = try String(contentsOf: TestPaths.repository.appendingPathComponent("templates/header.mustache"), encoding: .utf8)
        folder.write("templates/header.mustache", header.replacingOccurrences(of: "{{site.title}}</a>", with: "{{{site.title}}}</a>"))
        let site = FixtureSite(root: folder.url)
        let problems = try Self.problems(in: site.files)
        #expect(problems.contains("index.html: raw <script>alert"))
        #expect(problems.contains("index.html: raw <img src=x"))
    }

    /// What is unsafe in `files`, one line per file and problem.
    static func problems(in files: [String: OutputFile]) throws -> [String] {
        var problems: [String] = []
        for (path, file) in files.sorted(by: { $0.key < $1.key }) {
            let ext = path.split(separator: ".").last.map(String.init) ?? ""
            guard ["html", "svg", "xml", "json", "csv", "txt", "css", "js"].contains(ext) else { continue }
            let text = file.text
            if text.unicodeScalars.contains(where: Self.bidiControls.contains) {
                problems.append("\(path): a raw bidirectional control character")
            }
            switch ext {
            case "html", "svg", "xml":
                for needle in ["<script>alert", "<img src=x", "<a href=\"javascript", "]]>"] where text.contains(needle) {
                    problems.append("\(path): raw \(needle)")
                }
                // A tag whose attributes (quoted values skipped) include an on… event handler.
                let handler = try Regex(#"(?i)<[a-z][a-z0-9-]*(?:\s+[a-z_:][-a-z0-9_:.]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*\s+on[a-z]+\s*="#)
                if let match = text.firstMatch(of: handler) { problems.append("\(path): an event handler attribute in \(text[match.range].prefix(120))") }
                let dangerousURL = try Regex("(?i)(href|src|action|xlink:href)\\s*=\\s*[\"']?\\s*(javascript|vbscript|data:text)")
                if text.contains(dangerousURL) { problems.append("\(path): an attribute holding a javascript:, vbscript: or data:text URL") }
                if ext != "html", text.contains("<script") { problems.append("\(path): a script element") }
                // Scripts a template may add must not carry content text.
                for script in text.matches(of: try Regex("(?s)<script.*?</script")) where text[script.range].contains("alert(") {
                    problems.append("\(path): content text inside a script element")
                }
            case "json":
                // Valid JSON that could also sit inside an HTML <script> element: no raw < > &.
                if (try? JSONSerialization.jsonObject(with: Data(file.bytes))) == nil { problems.append("\(path): not valid JSON") }
                for needle in ["<", ">", "&"] where text.contains(needle) { problems.append("\(path): raw \(needle) in JSON") }
            case "csv":
                let records = Array(CSVReader(bytes: file.bytes))
                if records.contains(where: { if case .failure = $0 { true } else { false } }) { problems.append("\(path): not valid CSV") }
            default:
                break
            }
        }
        return problems
    }

    /// The built site is the same as on disk: a full build of the hostile project writes the
    /// files scanned above.
    @Test func hostileProjectBuildsToDisk() {
        let folder = Self.project()
        let report = SiteBuilder(root: folder.url, output: nil).build()
        #expect(report.errorCount == 0, "\(report.diagnostics)")
        #expect(report.pages > 40)
    }
}
