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

/// The search index: what it holds for real pages, how it splits and escapes them, and that it
/// is deterministic.
struct SearchIndexTests {
    /// The object assigned to `window.CXSITE_SEARCH`, parsed as JSON (the literal is JSON too).
    static func payload(_ file: OutputFile) throws -> [String: Any] {
        let text = file.text
        let start = try #require(text.range(of: "window.CXSITE_SEARCH = "))
        let end = try #require(text.range(of: ";\n", options: .backwards))
        let json = Data(text[start.upperBound..<end.lowerBound].utf8)
        return try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
    }

    static func page(_ html: String, path: String = "handbook/a/index.html") -> SearchIndex.Page? {
        SearchIndex(pages: [OutputFile(path: path, text: html)]).pages.first
    }

    @Test func basicSiteIndexMatchesItsGoldenFile() throws {
        let site = FixtureSite("basic-site")
        let index = try #require(site.files["search-index.js"])
        assertSnapshot(index.text, named: "basic-site/search-index.js")
        let pages = try #require(try Self.payload(index)["pages"] as? [[String: Any]])
        let urls = pages.compactMap { $0["u"] as? String }
        #expect(urls == site.htmlPages.filter { $0 != "404.html" }, "every page but the 404 page, in path order")
    }

    @Test func theSameSiteGivesTheSameBytes() {
        let a = FixtureSite("basic-site").files["search-index.js"]?.bytes
        let b = FixtureSite("basic-site").files["search-index.js"]?.bytes
        #expect(a != nil && a == b)
    }

    @Test func sampleSiteFindsEscalationOnTheResolvePages() throws {
        let site = FixtureSite(root: TestPaths.repository)
        #expect(!site.diagnostics.contains { $0.severity == .error }, "\(site.diagnosticText)")
        let index = SearchIndex(pages: Array(site.files.values))
        func mentions(_ url: String, _ prefix: String) -> Bool {
            guard let page = index.pages.first(where: { $0.url == url }) else { return false }
            let text = ([page.title, page.words] + page.sections.flatMap { [$0.heading, $0.excerpt] }).joined(separator: " ")
            return SearchIndex.words(in: text).contains { $0.hasPrefix(prefix) }
        }
        #expect(mentions("stages/resolve/index.html", "escalat"))
        #expect(mentions("handbook/escalation-policy/index.html", "escalat"))
        #expect(!mentions("stages/connect/index.html", "escalat"))
        let resolve = try #require(index.pages.first { $0.url == "stages/resolve/index.html" })
        #expect(resolve.title == "Resolve" && resolve.kind == "CARE stage")
        #expect(resolve.sections.map(\.heading).contains("Rules of thumb"))
    }

    @Test func sectionsFollowHeadingsAndKeepTheirAnchors() throws {
        // The shape a journey page gives its touchpoints: a card with an id, its heading first.
        let html = """
            <!DOCTYPE html><html><head><title>Billing dispute · Site</title></head><body>
            <header class="site-header"><nav><a href="#">Home</a></nav></header>
            <main id="main"><nav class="breadcrumbs"><ol><li>Journeys</li></ol></nav>
            <h1>Billing dispute</h1><p>Why this journey matters.</p>
            <section class="stage" id="resolve"><h2>Resolve</h2>
            <article class="touchpoint" id="escalation-to-a-call"><h3>Escalation to a call</h3>
            <ul><li>Channel: phone</li><li>Pain: Two chats without a fix</li></ul></article>
            <article class="touchpoint"><p>x</p><h3 id="own-id">Survey</h3><p>Sent 24 hours later</p></article>
            <h3>No anchor</h3><p>Plain text</p>
            </section></main><footer>Footer text</footer></body></html>
            """
        let page = try #require(Self.page(html, path: "journeys/billing-dispute/index.html"))
        #expect(page.title == "Billing dispute")
        #expect(page.kind == "Journey")
        #expect(page.sections.map(\.heading) == ["", "Resolve", "Escalation to a call", "Survey", "No anchor"])
        #expect(page.sections.map(\.anchor) == ["", "resolve", "escalation-to-a-call", "own-id", ""])
        #expect(page.sections[0].excerpt == "Why this journey matters.", "navigation and breadcrumbs are left out")
        #expect(page.sections[2].excerpt == "Channel: phone Pain: Two chats without a fix x", "text before the next heading belongs to this section")
        #expect(!page.sections.contains { $0.excerpt.contains("Footer") } && !page.words.contains("footer"))
    }

    @Test func scriptsStylesAndDrawingsAreNotText() throws {
        let html = """
            <main><h1>T</h1><script>var secret = "</p>";</script><style>p{}</style>
            <svg><title>Chart</title><text>42</text></svg><p>Visible &amp; kept &lt;b&gt; &#8212; &#x2014; caf&eacute;</p><!-- note --></main>
            """
        let page = try #require(Self.page(html))
        #expect(page.sections.map(\.excerpt) == ["Visible & kept <b> — — caf&eacute;"])
    }

    @Test func theFileIsSafeJavaScriptAndRoundTrips() throws {
        let nasty = "Quote \" backslash \\ </script><!-- line\u{2028}para\u{2029}tab\tbell\u{07} & done"
        let html = "<main><h1>\(nasty.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;"))</h1><p>x</p></main>"
        let index = SearchIndex(pages: [OutputFile(path: "a/index.html", text: html)])
        let file = index.file
        #expect(file.path == "search-index.js")
        #expect(!file.text.contains("</script"), "no closing script tag can appear")
        #expect(!file.text.contains("<!--"))
        #expect(!file.text.contains("\u{2028}") && !file.text.contains("\u{2029}"))
        #expect(!file.text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        let pages = try #require(try Self.payload(file)["pages"] as? [[String: Any]])
        #expect(pages.first?["t"] as? String == HTMLText.collapse(nasty), "whitespace (U+2028, U+2029, tab) collapses to spaces")
        // Each escape on its own, read back by a JSON parser.
        let literal = JavaScript.string(nasty)
        #expect(!literal.contains("</") && !literal.contains("\u{2028}"))
        let decoded = try JSONSerialization.jsonObject(with: Data("[\(literal)]".utf8)) as? [String]
        #expect(decoded == [nasty])
    }

    @Test func wordListsLeaveOutShownWordsAndCommonWordsAndAreBounded() throws {
        let long = (1...400).map { "word\($0)" }.joined(separator: " ")
        let page = try #require(Self.page("<main><h1>Title</h1><p>The start of the text. \(long) start the and</p></main>"))
        let words = page.words.split(separator: " ").map(String.init)
        #expect(!words.contains("the") && !words.contains("and"), "common words are left out")
        #expect(!words.contains("start"), "words already in the excerpt are not repeated")
        #expect(words.contains("word400"))
        #expect(Set(words).count == words.count)
        let many = (1...2000).map { "w\($0)" }.joined(separator: " ")
        let bounded = try #require(Self.page("<main><h1>T</h1><p>\(many)</p></main>"))
        #expect(bounded.words.split(separator: " ").count == SearchIndex.wordsPerPage)
    }

    @Test func titleFallsBackToTheDocumentTitle() throws {
        let page = try #require(Self.page("<html><head><title>Plain page · Site</title></head><body><p>Text</p></body></html>", path: "extra.html"))
        #expect(page.title == "Plain page")
        #expect(page.kind == "Extra")
    }
}
