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

/// The Markdown extensions as a handbook writer meets them (docs/MARKDOWN.md): with smart
/// punctuation on, raw HTML off, positions in the file, and what the page and search show.
struct MarkdownExtensionsTests {
    private func html(_ markdown: String) -> String {
        MarkdownDocument(parsing: markdown).html(unsafeHTML: false)
    }

    /// A one-page project whose page `content/handbook/page.md` is `text`.
    private func site(_ text: String, file: String = "content/handbook/page.md") -> FixtureSite {
        let folder = TemporaryFolder()
        folder.write(file, text)
        return FixtureSite(root: folder.url)
    }

    @Test func anEscalationMatrixBecomesATable() {
        let out = html("""
            | Tier | Owner | Respond within |
            |:-----|:-----:|---------------:|
            | P1 — outage | **On-call lead** | 15 min |
            | P2 | Team lead |
            """)
        #expect(out.contains("<th style=\"text-align: left\">Tier</th><th style=\"text-align: center\">Owner</th><th style=\"text-align: right\">Respond within</th>"))
        #expect(out.contains("<td style=\"text-align: left\">P1 — outage</td><td style=\"text-align: center\"><strong>On-call lead</strong></td>"))
        // The short row is filled with an empty cell; the delimiter row is no em dash.
        #expect(out.contains("<td style=\"text-align: left\">P2</td><td style=\"text-align: center\">Team lead</td><td style=\"text-align: right\"></td>"))
        #expect(!out.contains("—–") && !out.contains("|"))
    }

    @Test func smartPunctuationDoesNotReachPipesTildesOrURLs() {
        let out = html("""
            | Say | Don't say |
            | --- | --- |
            | "We'll fix it" \\| today | ~~"That's policy"~~ |

            See https://example.com/a--b/it's... and \\~not struck\\~ but ~~struck~~.
            """)
        #expect(out.contains("<td>“We’ll fix it” | today</td><td><del>“That’s policy”</del></td>"))
        #expect(out.contains("<a href=\"https://example.com/a--b/it&#x27;s\">https://example.com/a--b/it's</a>…"))
        #expect(out.contains("~not struck~ but <del>struck</del>."))
    }

    @Test func rawHTMLInACellStaysOutUnlessTheSiteAllowsIt() {
        let markdown = "| a |\n| - |\n| <b onclick=\"x()\">hi</b> & <script>alert(1)</script> |\n"
        let safe = MarkdownDocument(parsing: markdown).html(unsafeHTML: false)
        #expect(!safe.contains("<b") && !safe.contains("<script"))
        #expect(safe.contains("<!-- raw HTML omitted -->hi<!-- raw HTML omitted --> &amp; "))
        #expect(MarkdownDocument(parsing: markdown).html(unsafeHTML: true).contains("<b onclick=\"x()\">hi</b>"))
    }

    @Test func tablesInQuotesAndListsKeepTheirCells() {
        let out = html("""
            > | a | b |
            > | - | - |
            > | 1 | 2 |

            - Steps:

              | c |
              | - |
              | 3 |
            """)
        #expect(out.contains("<blockquote>\n<table>"))
        #expect(out.contains("<td>1</td><td>2</td>"))
        #expect(out.contains("<th>c</th>") && out.contains("<td>3</td>"))
    }

    @Test func taskItemsAreDisabledCheckboxesWithTheirTextAsLabel() {
        let out = html("- [x] Call the customer back\n- [ ] Close the ticket\n- \\[ ] not a task\n- [ ]no space\n")
        #expect(out.contains("<li><label class=\"task\"><input type=\"checkbox\" checked=\"\" disabled=\"\" /> Call the customer back</label></li>"))
        #expect(out.contains("<li><label class=\"task\"><input type=\"checkbox\" disabled=\"\" /> Close the ticket</label></li>"))
        #expect(out.contains("<li>[ ] not a task</li>"))
        #expect(out.contains("<li>[ ]no space</li>"))
    }

    @Test func alertsBecomeLabelledCallouts() {
        let out = html("> [!WARNING]\n> Never share a customer's **password**.\n\n> [!tip]\n> Lower case works too.\n\n> [!NOTE] text on the line\n")
        #expect(out.contains("<div class=\"alert alert-warning\" role=\"note\" aria-label=\"Warning\">\n<p class=\"alert-title\">Warning</p>\n<p>Never share a customer’s <strong>password</strong>.</p>\n</div>"))
        #expect(out.contains("<div class=\"alert alert-tip\" role=\"note\" aria-label=\"Tip\">"))
        #expect(out.contains("<blockquote>\n<p>[!NOTE] text on the line</p>"))
        #expect(MarkdownDocument(parsing: "> [!WARN]\n> Careful.\n").notes.map(\.message) == ["unknown alert '[!WARN]' (did you mean '[!WARNING]'?); expected one of [!NOTE], [!TIP], [!IMPORTANT], [!WARNING], [!CAUTION]; the quote is shown as a quote"])
        #expect(BlockExtensions.alertKinds.allSatisfy { html("> [!\($0.marker)]\n> x\n").contains("alert-\($0.marker.lowercased())") })
    }

    @Test func headingsGetStableEscapedIdsAndAnAnchor() {
        let document = MarkdownDocument(parsing: "## Tone & &lt;voice&gt;\n\n## Tone & &lt;voice&gt;\n\n### Main\n\n## Über uns — 2026!\n")
        #expect(document.headings.map(\.id) == ["tone--voice", "tone--voice-1", "main-1", "über-uns--2026"])
        let out = document.html(unsafeHTML: false)
        #expect(out.contains("<div class=\"heading\">\n<h2 id=\"tone--voice\">Tone &amp; &lt;voice&gt;</h2>\n<a class=\"heading-anchor\" href=\"#tone--voice\" aria-label=\"Link to the section “Tone &amp; &lt;voice&gt;”\"></a>\n</div>"))
        #expect(!out.contains("<voice>"))
    }

    @Test func headingIdsAvoidEveryIdTheTemplatesUse() throws {
        let templates = try FileManager.default.contentsOfDirectory(atPath: TestPaths.repository.appendingPathComponent("templates").path)
        var ids: Set<String> = []
        for name in templates where name.hasSuffix(".mustache") {
            let text = try String(contentsOf: TestPaths.repository.appendingPathComponent("templates/\(name)"), encoding: .utf8)
            for part in text.components(separatedBy: " id=\"").dropFirst() {
                let id = String(part.prefix { $0 != "\"" })
                if !id.contains("{") { ids.insert(id) }
            }
        }
        #expect(ids.subtracting(BlockExtensions.reservedIDs).isEmpty, "add to BlockExtensions.reservedIDs: \(ids.subtracting(BlockExtensions.reservedIDs).sorted())")
    }

    @Test func aDiagnosticInATableCellPointsAtItsFileLineAndColumn() {
        let deep = String(repeating: "*a ", count: 120) + "x" + String(repeating: " a*", count: 120)
        let site = site("---\ntitle: Matrix\n---\nIntro.\n\n| Tier | Owner |\n| --- | --- |\n| P1 | lead | pager | extra |\n| P2 | \\| x \(deep) |\n\n> [!WARN]\n> Careful.\n")
        let text = site.diagnosticText
        #expect(text.contains("content/handbook/page.md:8:15: warning: this table row has more cells than its header (2)"), "\(text)")
        #expect(text.contains("content/handbook/page.md:9:301: error: Markdown nested more than 100 levels deep"), "\(text)")
        #expect(text.contains("content/handbook/page.md:11:3: warning: unknown alert '[!WARN]' (did you mean '[!WARNING]'?)"), "\(text)")
    }

    @Test func aHandbookPageWithThreeHeadingsListsThem() throws {
        let body = "Intro.\n\n## Greeting\n\n### On the phone\n\n## Escalating\n\n| Tier | Owner |\n| --- | --- |\n| P1 | Ana Souza |\n"
        let page = try #require(site("---\ntitle: Calls\n---\n" + body).text("handbook/page/index.html"))
        #expect(page.contains("<nav class=\"toc\" aria-label=\"On this page\">\n<p class=\"toc-title\">On this page</p>\n<ol>\n<li><a href=\"#greeting\">Greeting</a>\n<ol>\n<li><a href=\"#on-the-phone\">On the phone</a></li>\n</ol></li>\n<li><a href=\"#escalating\">Escalating</a></li>\n</ol>\n</nav>"))
        let off = try #require(site("---\ntitle: Calls\ntoc: false\n---\n" + body).text("handbook/page/index.html"))
        #expect(!off.contains("class=\"toc\"") && off.contains("<h2 id=\"greeting\">"))
        let two = try #require(site("---\ntitle: Calls\n---\n## One\n\n## Two\n").text("handbook/page/index.html"))
        #expect(!two.contains("class=\"toc\""))
    }

    @Test func tableTextIsSearchable() throws {
        let site = site("---\ntitle: Calls\n---\n## Escalating\n\n| Tier | Owner |\n| --- | --- |\n| P1 | Zebulon Quayle |\n")
        #expect(site.diagnostics.isEmpty, "\(site.diagnosticText)")
        let index = try #require(site.text("search-index.js"))
        #expect(index.contains("zebulon") || index.contains("Zebulon"))
        #expect(index.contains("[\"Escalating\",\"escalating\",\"Tier Owner P1 Zebulon Quayle\"]"), "\(index)")
    }
}

/// Random pages made of the characters the extensions react to: every one renders, twice to
/// the same bytes, with balanced `<table>`/`<del>` tags, and every position the tree and the
/// notes give lies inside the text.
struct MarkdownExtensionsRandomTests {
    static let pieces = ["|", "\\|", " | ", "| --- |", ":-:", "---", "~", "~~", "\\~", "www.", "x.com", "http://", "https://a.b/(c)",
                         "@", "a@b.co", "a", "b c", " ", "\n", "\n\n", "> ", "> [!NOTE]\n", "> [!WARN]\n", "- ", "- [ ] ", "- [x] ",
                         "1. ", "## ", "# ", "*", "**", "_", "`", "```\n", "[x]", "[l]: /u\n", "[l]", "&amp;", "&#124;", "\\",
                         "(", ")", ".", "é", "\u{A0}", "<b>", "\t", "    ", "'", "\"", "--", "..."]

    @Test func randomPagesRenderAndKeepTheirPositions() {
        var random = SplitMix64(seed: 17)
        for _ in 0..<3000 {
            let text = (0..<Int.random(in: 1...40, using: &random)).map { _ in Self.pieces.randomElement(using: &random)! }.joined()
            let lines = text.utf8.count(where: { $0 == 0x0A }) + 1
            let document = MarkdownDocument(parsing: text)
            var inside = true
            document.root.forEachDescendant { node in
                if node.startLine > lines || node.startLine < 0 || node.startColumn < 0 { inside = false }
                return true
            }
            #expect(inside, "a node outside the text: \(text.debugDescription)")
            #expect(document.notes.allSatisfy { $0.line >= 1 && $0.line <= lines && $0.column >= 1 }, "\(text.debugDescription)")
            let html = document.html(unsafeHTML: false)
            #expect(html == MarkdownDocument(parsing: text).html(unsafeHTML: false), "\(text.debugDescription)")
            for tag in ["table", "del", "label", "tr"] {
                #expect(html.components(separatedBy: "<\(tag)>").count + html.components(separatedBy: "<\(tag) ").count - 1
                        == html.components(separatedBy: "</\(tag)>").count, "unbalanced <\(tag)> in \(text.debugDescription)")
            }
        }
    }
}

extension MarkdownExtensionsRandomTests {
    /// Inputs that would take quadratic time in a naive scan (every `www.` scanning to the end of
    /// the line, every tilde looking at every opener, every repeated heading counting up from 1)
    /// still render; `BadInputTests` has the same for cmark's own constructs.
    @Test func longHostileLinesRender() {
        let lines = [
            String(repeating: "www.a_", count: 40_000),
            String(repeating: "a ~~b ~c ", count: 30_000),
            String(repeating: "ahttps://", count: 30_000),
            String(repeating: "a@", count: 60_000),
        ]
        for line in lines {
            #expect(!MarkdownDocument(parsing: line).html(unsafeHTML: false).isEmpty)
        }
        let headings = MarkdownDocument(parsing: String(repeating: "## Same\n", count: 5_000)).headings
        #expect(headings.last?.id == "same-4999")
        let table = "| a | b |\n|---|---|\n" + String(repeating: "| \\| ~x~ www.y.z | [l] |\n", count: 5_000) + "\n[l]: /u\n"
        #expect(MarkdownDocument(parsing: table).html(unsafeHTML: false).components(separatedBy: "<tr>").count == 5_002)
    }
}
