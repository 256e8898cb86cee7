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

    /// The pages of a built index, read back from its file.
    static func pages(_ file: OutputFile?) throws -> [[String: Any]] {
        let file = try #require(file)
        return try #require(try payload(file)["pages"] as? [[String: Any]])
    }

    static func page(_ text: String, url: String = "handbook/a/index.html", title: String = "T") -> SearchIndex.Page {
        SearchIndex.page(url: url, title: title, parts: [MarkdownSection(heading: "", anchor: "", text: text)])
    }

    @Test func basicSiteIndexMatchesItsGoldenFile() throws {
        let site = FixtureSite("basic-site")
        let index = try #require(site.files["search-index.js"])
        assertSnapshot(index.text, named: "basic-site/search-index.js")
        let urls = try Self.pages(index).compactMap { $0["u"] as? String }
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
        let pages = try Self.pages(site.files["search-index.js"])
        func entry(_ url: String) -> [String: Any]? { pages.first { $0["u"] as? String == url } }
        func mentions(_ url: String, _ prefix: String) -> Bool {
            guard let page = entry(url) else { return false }
            let sections = (page["s"] as? [[String]] ?? []).flatMap { $0 }
            let text = ([page["t"] as? String ?? "", page["w"] as? String ?? ""] + sections).joined(separator: " ")
            return SearchIndex.words(in: text).contains { $0.hasPrefix(prefix) }
        }
        #expect(mentions("stages/resolve/index.html", "escalat"))
        #expect(mentions("handbook/escalation-policy/index.html", "escalat"))
        #expect(!mentions("stages/connect/index.html", "escalat"))
        let resolve = try #require(entry("stages/resolve/index.html"))
        #expect(resolve["t"] as? String == "Resolve" && resolve["k"] as? String == "CARE stage")
        #expect((resolve["s"] as? [[String]])?.map { $0[0] }.contains("Rules of thumb") == true)
        // Every page but the 404 page and the alias redirects has an entry.
        let redirects = Set(FixtureModel(root: TestPaths.repository).site.redirects.map(\.alias.path))
        #expect(pages.compactMap { $0["u"] as? String } == site.htmlPages.filter { $0 != "404.html" && !redirects.contains($0) })
    }

    /// Each anchor of the index is an element id of its page, so a result links to its section;
    /// this holds the page kinds' entries to the built-in templates.
    @Test func everyAnchorIsAnIdOnItsPage() throws {
        for site in [FixtureSite(root: TestPaths.repository), FixtureSite("basic-site"), FixtureSite("journeys-site"), FixtureSite("tickets-zendesk")] {
            var anchors = 0
            for page in try Self.pages(site.files["search-index.js"]) {
                let url = try #require(page["u"] as? String)
                let html = try #require(site.text(url), "\(url) is a page")
                for section in page["s"] as? [[String]] ?? [] where !section[1].isEmpty {
                    anchors += 1
                    #expect(html.contains("id=\"\(section[1])\""), "\(url)#\(section[1])")
                }
            }
            #expect(anchors > 10)
        }
    }

    @Test func markdownSectionsComeFromCmarksTree() throws {
        let markdown = """
            Intro with `code` and **bold** text.

            # A level-one heading stays text

            ## Tone of voice
            Say *hello*. <span>raw</span> HTML is markup.
            <div>block HTML</div>

            | Cell one | Cell two |
            |---|---|
            | a | b |

            Struck ~~out~~word and a list:
            - first
            - second

            ### Details
            #### Level four stays text
            ```
            let x = 1
            ```
            """
        let sections = MarkdownDocument(parsing: markdown).sections
        #expect(sections.map(\.heading) == ["", "Tone of voice", "Details"])
        #expect(sections.map(\.anchor) == ["", "tone-of-voice", "details"], "the ids the headings have on the page")
        #expect(sections[0].text == "Intro with code and bold text. A level-one heading stays text")
        #expect(sections[1].text == "Say hello. raw HTML is markup. Cell one Cell two a b Struck outword and a list: first second")
        #expect(sections[2].text == "Level four stays text let x = 1")
    }

    /// A section's plain text is taken a run of words at a time: runs of spaces and tabs inside
    /// one text, and a space at either end of one, still come out as one space.
    @Test func spacesInsideAndAtTheEdgesOfATextAreOneSpace() {
        let sections = MarkdownDocument(parsing: "Two  spaces\tand a tab, `code` then *em* . End  \n").sections
        #expect(sections.map(\.text) == ["Two spaces and a tab, code then em . End"])
    }

    @Test func aHandbookPageEntryHasItsSummaryFilingAndText() throws {
        var log = DiagnosticLog()
        let prepared = try #require(SiteBuilder(root: TestPaths.fixtures.appendingPathComponent("basic-site")).prepare(log: &log))
        let page = try #require(prepared.site.handbookPages.first { $0.url == "handbook/greetings/index.html" })
        let entry = PageContext(site: prepared.site, analysis: prepared.analysis, templates: prepared.templates).searchEntry(of: page)
        #expect(entry.title == "Greeting customers" && entry.kind == "Handbook")
        #expect(entry.sections.map(\.heading) == ["", "Why"])
        #expect(entry.sections[0].excerpt.hasPrefix("Use the customer's name and tenure. Connect People"))
    }

    @Test func theFileIsSafeJavaScriptAndRoundTrips() throws {
        let nasty = "Quote \" backslash \\ </script><!-- line\u{2028}para\u{2029}tab\tbell\u{07} & done"
        let index = SearchIndex(pages: [Self.page("x", url: "a/index.html", title: nasty)])
        let file = index.file
        #expect(file.path == "search-index.js")
        #expect(!file.text.contains("</script"), "no closing script tag can appear")
        #expect(!file.text.contains("<!--"))
        #expect(!file.text.contains("\u{2028}") && !file.text.contains("\u{2029}"))
        #expect(!file.text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        let pages = try Self.pages(file)
        #expect(pages.first?["t"] as? String == SearchIndex.collapse(nasty), "whitespace (U+2028, U+2029, tab) collapses to spaces")
        #expect(SearchIndex.collapse(" a\u{2028} b\t\tc ") == "a b c")
        // Each escape on its own, read back by a JSON parser.
        let literal = JavaScript.string(nasty)
        #expect(!literal.contains("</") && !literal.contains("\u{2028}"))
        let decoded = try JSONSerialization.jsonObject(with: Data("[\(literal)]".utf8)) as? [String]
        #expect(decoded == [nasty])
    }

    /// Escapes at either end of a string, back to back, and a bidirectional control as its last
    /// three bytes: the unescaped runs between them come through whole.
    @Test func escapesAtTheEdgesAndBackToBackKeepTheTextBetween() throws {
        let cases = ["\"", "<<>>", "\"a\"", "ab\u{2028}", "\u{202E}x\u{202E}", "\\\n\r\t&", "plain", "", "é<ü\u{2029}"]
        for text in cases {
            let literal = JavaScript.string(text)
            #expect(!literal.contains("<") && !literal.contains("\u{2028}") && !literal.contains("\u{202E}"), "\(text)")
            let decoded = try JSONSerialization.jsonObject(with: Data("[\(literal)]".utf8)) as? [String]
            #expect(decoded == [text], "\(literal)")
        }
        #expect(JavaScript.string("a<b") == "\"a\\u003cb\"")
    }

    /// An excerpt is the first 160 Unicode scalars cut back to a space, with " …" when cut:
    /// checked against a reading of the text scalar by scalar, for texts of 150 to 170 scalars
    /// of one to four bytes each, with and without spaces and trailing punctuation.
    @Test func anExcerptIsCutAtTheLastSpaceWithinItsLength() {
        func expected(_ text: String) -> String {
            let scalars = Array(text.unicodeScalars)
            guard scalars.count > SearchIndex.excerptLength else { return text }
            var cut = Array(scalars[..<SearchIndex.excerptLength])
            if let space = cut.lastIndex(of: " ") { cut = Array(cut[..<space]) }
            while let last = cut.last, [",", ";", ":", " "].contains(last) { cut.removeLast() }
            var result = String.UnicodeScalarView()
            result.append(contentsOf: cut)
            return String(result) + " …"
        }
        let pieces = ["a", "é", "東", "🙂", " ", ",", "word ", "x;", "e\u{301}"]
        for length in 150...170 {
            for offset in pieces.indices {
                var text = ""
                var n = 0
                while text.unicodeScalars.count < length {
                    text += pieces[(n * 7 + offset) % pieces.count]
                    n += 1
                }
                #expect(SearchIndex.excerpt(text) == expected(text), "\(length) \(offset)")
            }
        }
        let noSpace = String(repeating: "ü", count: 200)
        #expect(SearchIndex.excerpt(noSpace) == String(repeating: "ü", count: 160) + " …")
        let exact = String(repeating: "ab ", count: 53) + "c"
        #expect(SearchIndex.excerpt(exact) == exact, "160 scalars: kept whole")
    }

    /// A result's label comes from the page's first path component.
    @Test func aResultsKindComesFromTheFirstFolder() {
        #expect(SearchIndex.kind(of: "index.html") == "Home")
        #expect(SearchIndex.kind(of: "handbook/team/a/index.html") == "Handbook")
        #expect(SearchIndex.kind(of: "stages/connect/index.html") == "CARE stage")
        #expect(SearchIndex.kind(of: "steps/3/index.html") == "Step")
        #expect(SearchIndex.kind(of: "checks/index.html") == Slug.humanize("checks"))
        #expect(SearchIndex.kind(of: "glossary.html") == Slug.humanize("glossary"))
    }

    /// A word is the same word whatever its case: runs of lowercase letters between capitals
    /// hash and read as the lowercased word.
    @Test func wordsInAnyCaseAreTheSameWord() {
        #expect(SearchIndex.words(in: "HeLLo hello HELLO, x2Y3z") == ["hello", "hello", "hello", "x2y3z"])
        var hashes: [UInt64] = []
        SearchIndex.forEachWord(in: "HeLLo hello HELLO") { _, hash in hashes.append(hash); return true }
        let expected = Array("hello".utf8).withUnsafeBufferPointer(SearchIndex.hash)
        #expect(hashes == [expected, expected, expected])
    }

    /// Words and white space are read from UTF-8 bytes; text in other scripts, with combining
    /// marks, non-breaking and ideographic spaces and four-byte characters, reads as the Unicode
    /// definitions (letters, digits, marks; `isWhitespace`) say.
    @Test func wordsAndSpacesOutsideASCIIFollowUnicode() {
        let text = "Zoë\u{00A0}Ça  va?\u{3000}Straße 東京 cafe\u{0301} ΣΟΦΙΑ ١٢٣ 🙂 x"
        #expect(SearchIndex.collapse(text) == "Zoë Ça va? Straße 東京 cafe\u{0301} ΣΟΦΙΑ ١٢٣ 🙂 x")
        #expect(SearchIndex.words(in: text) == ["zoë", "ça", "va", "straße", "東京", "cafe\u{0301}", "σοφια", "١٢٣"])
        #expect(SearchIndex.collapse("\u{2003}\u{1680}a\u{205F}\u{85}b\u{2029}") == "a b")
    }

    @Test func wordListsLeaveOutShownWordsAndCommonWordsAndAreBounded() throws {
        let long = (1...400).map { "word\($0)" }.joined(separator: " ")
        let page = Self.page("The start of the text. \(long) start the and", title: "Title")
        let words = page.words.split(separator: " ").map(String.init)
        #expect(!words.contains("the") && !words.contains("and"), "common words are left out")
        #expect(!words.contains("start"), "words already in the excerpt are not repeated")
        #expect(words.contains("word400"))
        #expect(Set(words).count == words.count)
        let many = (1...2000).map { "w\($0)" }.joined(separator: " ")
        #expect(Self.page(many).words.split(separator: " ").count == SearchIndex.wordsPerPage)
    }

    @Test func emptyPartsAreLeftOut() {
        let page = SearchIndex.page(url: "metrics/index.html", title: "Metrics", parts: [
            MarkdownSection(heading: "", anchor: "", text: "  "),
            MarkdownSection(heading: "Connect", anchor: "stage-connect", text: ""),
        ])
        #expect(page.sections.map(\.heading) == ["Connect"])
        #expect(page.kind == "Metric")
    }

    @Test func wordHashesAgreeWithASetOfTheSameHashes() {
        // Random hashes, clustered ones (the same high bits, neighbouring slots) and 0, through
        // several growths of the table.
        var random = SplitMix64(seed: 16)
        let values = (0..<3000).map { _ in random.next() } + (0..<500).map { UInt64($0) << 40 } + (0..<500).map(UInt64.init)
        var hashes = WordHashes(capacity: 4)
        var reference = Set<UInt64>()
        for value in values + values.prefix(700) {
            #expect(hashes.insert(value) == reference.insert(value).inserted, "\(value)")
        }
        for _ in 0..<3000 {
            let value = random.next()
            #expect(hashes.contains(value) == reference.contains(value))
        }
        #expect(values.allSatisfy(hashes.contains))
    }
}
