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

/// `Fixtures/frontmatter-site`: handbook pages written with Hugo's, Jekyll's and MkDocs' front
/// matter, built as a user would see them.
struct FrontMatterSiteTests {
    let site = FixtureSite("frontmatter-site")
    let model = FixtureModel("frontmatter-site")

    @Test func buildsWithoutDiagnostics() {
        #expect(site.diagnostics.isEmpty, "\(site.diagnosticText)")
    }

    @Test func goldenPages() {
        for path in ["handbook/escalations/index.html", "handbook/guides/tone/index.html", "handbook/guides/refunds/index.html",
                     "handbook/index.html", "tags/index.html", "tags/cafe/index.html", "escalation.html"] {
            assertSnapshot(site.text(path) ?? "", named: "frontmatter-site/\(path)")
        }
    }

    @Test func keysOfEachGeneratorAreRead() throws {
        let pages = Dictionary(uniqueKeysWithValues: model.site.handbookPages.map { ($0.path, $0) })
        let hugo = try #require(pages["content/handbook/escalation.md"])
        #expect(hugo.url == "handbook/escalations/index.html", "slug replaces the file name")
        #expect(hugo.order == 10, "weight is order")
        #expect(hugo.metadata.date?.description == "2024-02-02")
        #expect(hugo.metadata.lastUpdated?.description == "2026-10-21")
        #expect(hugo.metadata.author == "Tomás Byrne, Priya Nair and <b>Dev</b>")
        #expect(hugo.summary == "The triggers, the levels, and who owns an escalated ticket.", "description is the summary when there is none")
        let jekyll = try #require(pages["content/handbook/guides/tone.md"])
        #expect(jekyll.metadata.tags == ["tone", "writing"], "Jekyll's space-separated tags")
        #expect(jekyll.metadata.date?.description == "2025-11-03")
        #expect(jekyll.metadata.lastUpdated == jekyll.metadata.date)
        let mkdocs = try #require(pages["content/handbook/guides/refunds.md"])
        #expect(mkdocs.metadata.date?.description == "2026-01-05")
        #expect(mkdocs.metadata.updated?.description == "2026-02-01")
        #expect(model.site.handbookPages.map(\.title) == ["Escalation policy", "Tone of voice", "Refunds"], "weight orders each section")
    }

    @Test func pageShowsAuthorDatesTagsAndDescription() throws {
        let page = try #require(site.text("handbook/escalations/index.html"))
        #expect(page.contains("<meta name=\"description\" content=\"The triggers, the levels, and who owns an escalated ticket.\">"))
        #expect(page.contains("<span>By Tomás Byrne, Priya Nair and &lt;b&gt;Dev&lt;/b&gt;</span>"))
        #expect(page.contains("Last updated <time datetime=\"2026-10-21\">21 October 2026</time> (first written <time datetime=\"2024-02-02\">2 February 2024</time>)"))
        #expect(page.contains("<a class=\"tag topic\" href=\"../../tags/cafe/index.html\">Café</a>"))
        let jekyll = try #require(site.text("handbook/guides/tone/index.html"))
        #expect(jekyll.contains("Last updated <time datetime=\"2025-11-03\">3 November 2025</time></span>"), "no 'first written' when it is the same day")
    }

    @Test func tagsHaveAnIndexAndAPageEach() throws {
        #expect(model.site.tags.map(\.name) == ["<script>alert(1)</script>", "Café", "escalation", "Tone", "writing", "日本語"])
        let cafe = try #require(model.site.tags.first { $0.slug == "cafe" })
        #expect(cafe.pages.map(\.title) == ["Escalation policy", "Refunds"], "Café and cafe are one tag")
        let tone = try #require(site.text("tags/tone/index.html"))
        #expect(tone.contains("2 handbook pages tagged Tone."))
        #expect(tone.contains("href=\"../../handbook/guides/tone/index.html\""))
        #expect(tone.contains("href=\"../../handbook/guides/refunds/index.html\""))
        let index = try #require(site.text("tags/index.html"))
        for tag in model.site.tags { #expect(index.contains("href=\"../\(tag.url)\""), "\(tag.name) is on the index") }
        #expect(site.text("handbook/index.html")?.contains("href=\"../tags/index.html\">Browse the handbook by tag</a>") == true)
    }

    @Test func aTagCalledScriptIsHarmlessInTextAndURL() throws {
        for path in site.htmlPages {
            let html = try #require(site.text(path))
            #expect(!html.contains("<script>alert(1)"), "\(path) has the tag unescaped")
        }
        #expect(site.files["tags/script-alert-1-script/index.html"] != nil, "the URL is the slug of the name")
        #expect(site.text("tags/script-alert-1-script/index.html")?.contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>") == true)
    }

    @Test func tagsAreSearchable() throws {
        let index = try #require(site.text(SearchIndex.path))
        #expect(index.contains("{\"u\":\"tags/cafe/index.html\",\"t\":\"Café\",\"k\":\"Tag\""))
        #expect(index.contains("{\"u\":\"tags/index.html\",\"t\":\"Tags\",\"k\":\"Tag\""))
        // A page's tags are in its own entry too.
        let tone = try #require(index.split(separator: "\n").first { $0.contains("\"u\":\"handbook/guides/tone/index.html\"") })
        #expect(tone.contains("writing"))
    }

    /// Each alias page sends the browser to the page, from wherever it lies: its refresh and its
    /// link, resolved against the alias' own folder, name a page of the site.
    @Test func aliasesRedirectToThePage() throws {
        let expected = ["policies/escalations/index.html", "escalation.html", "handbook/old-escalation/index.html"]
        for alias in expected {
            let html = try #require(site.text(alias), "no page at \(alias)")
            let target = try #require(html.firstMatch(of: /content="0; url=([^"]+)"/)?.1)
            #expect(html.contains("<a href=\"\(target)\">Escalation policy</a>"))
            #expect(html.contains("<link rel=\"canonical\" href=\"\(target)\">"))
            #expect(html.contains("<meta name=\"robots\" content=\"noindex\">"))
            #expect(Self.resolve(String(target), from: alias) == "handbook/escalations/index.html")
        }
        let index = try #require(site.text(SearchIndex.path))
        for alias in expected { #expect(!index.contains("\"u\":\"\(alias)\""), "\(alias) is not searched") }
    }

    @Test func aliasesAreLeftOutOfTheSitemap() throws {
        let folder = TemporaryFolder()
        folder.write("site.yml", "base_url: https://cx.example.com/\n")
        folder.write("content/handbook/a.md", "---\ntitle: A\naliases: [/old-a/]\n---\nText.\n")
        let built = FixtureSite(root: folder.url)
        let sitemap = try #require(built.text("sitemap.xml"))
        #expect(sitemap.contains("https://cx.example.com/handbook/a/"))
        #expect(!sitemap.contains("old-a"))
        #expect(built.text("old-a/index.html")?.contains("<link rel=\"canonical\" href=\"https://cx.example.com/handbook/a/index.html\">") == true)
    }

    @Test func aDraftIsNotBuiltButCheckListsItAndServeDraftsShowsIt() throws {
        #expect(site.files["handbook/unfinished/index.html"] == nil)
        #expect(site.files["unfinished-old/index.html"] == nil, "nor are its aliases")
        #expect(site.files["tags/secret-tag/index.html"] == nil, "nor its tags")
        #expect(!(site.text(SearchIndex.path) ?? "").contains("Unfinished"))
        let root = TestPaths.fixtures.appendingPathComponent("frontmatter-site")
        let check = SiteBuilder(root: root, output: nil).check()
        #expect(check.drafts.map(\.path) == ["content/handbook/unfinished.md"])
        #expect(check.drafts.map(\.title) == ["Unfinished policy"])

        let output = TemporaryFolder()
        let report = SiteBuilder(root: root, output: output.url.appendingPathComponent("public"), includingDrafts: true).build()
        #expect(report.errorCount == 0, "\(report.diagnostics)")
        #expect(report.drafts.isEmpty)
        let draft = try String(contentsOf: output.url.appendingPathComponent("public/handbook/unfinished/index.html"), encoding: .utf8)
        #expect(draft.contains("<p class=\"draft-note\"><strong>Draft.</strong>"))
        #expect(FileManager.default.fileExists(atPath: output.url.appendingPathComponent("public/tags/secret-tag/index.html").path))
    }

    @Test func sameInputGivesSameBytes() {
        let again = FixtureSite("frontmatter-site")
        #expect(again.files.keys.sorted() == site.files.keys.sorted())
        for (path, file) in site.files { #expect(again.files[path]?.bytes == file.bytes, "\(path) differs between two builds") }
    }

    /// `url`, relative to the page at `page`, as a path from the site root.
    static func resolve(_ url: String, from page: String) -> String {
        var parts = page.split(separator: "/").dropLast().map(String.init)
        for part in url.split(separator: "/") {
            if part == ".." { parts.removeLast() } else if part != "." { parts.append(String(part)) }
        }
        return parts.joined(separator: "/")
    }
}
