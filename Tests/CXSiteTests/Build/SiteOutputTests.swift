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

/// A small fixture site in, pages out: the pages exist, link relatively, and match their golden files.
struct SiteOutputTests {
    let site = FixtureSite("basic-site")

    @Test func buildsWithoutDiagnostics() {
        #expect(site.diagnostics.isEmpty, "\(site.diagnosticText)")
    }

    @Test func everyGeneratedPageExists() {
        var expected = ["index.html", "404.html", "handbook/index.html", "stages/index.html", "pillars/index.html", "steps/index.html",
                        "handbook/greetings/index.html", "handbook/guides/escalation/index.html", "handbook/guides/surveys/index.html"]
        expected += CAREStage.allCases.map { "stages/\($0.rawValue)/index.html" }
        expected += Pillar.allCases.map { "pillars/\($0.rawValue)/index.html" }
        expected += (1...7).map { "steps/\($0)/index.html" }
        for path in expected { #expect(site.files[path] != nil, "missing \(path)") }
        #expect(site.files["assets/style.css"] != nil)
        #expect(site.files["handbook/guides/flow.txt"]?.text == "a text file copied as it is\n")
    }

    @Test func goldenPages() {
        for path in site.htmlPages + ["sitemap.xml"] {
            assertSnapshot(site.text(path) ?? "", named: "basic-site/\(path)")
        }
    }

    @Test func linksAreRelativeSoTheSiteWorksFromFileURLs() throws {
        for path in site.htmlPages {
            let html = try #require(site.text(path))
            #expect(!html.contains("href=\"/"), "\(path) has a root-absolute link")
            #expect(!html.contains("src=\"/"), "\(path) has a root-absolute source")
        }
        let page = try #require(site.text("handbook/greetings/index.html"))
        #expect(page.contains("href=\"../../assets/style.css\""))
        #expect(page.contains("href=\"../../handbook/guides/escalation/index.html#when\""), "a link to another .md file becomes a link to its page")
        #expect(page.contains("src=\"../../handbook/guides/flow.txt\""), "a link to a content file points at its copy")
        #expect(page.contains("href=\"../../stages/connect/index.html\""), "stage tag links to the stage page")
    }

    @Test func rawHTMLIsLeftOutUnlessEnabled() throws {
        let page = try #require(site.text("handbook/greetings/index.html"))
        #expect(!page.contains("<script>alert(\"raw html\")</script>"))
        #expect(page.contains("<!-- raw HTML omitted -->"))
    }

    @Test func frameworkPagesListTheHandbookPagesThatNameThem() throws {
        let connect = try #require(site.text("stages/connect/index.html"))
        #expect(connect.contains("Greeting customers"))
        let enhance = try #require(site.text("stages/enhance/index.html"))
        #expect(enhance.contains("Surveys") && !enhance.contains("Greeting customers"))
        let step7 = try #require(site.text("steps/7/index.html"))
        #expect(step7.contains("handbook/guides/surveys/index.html"))
    }

    @Test func titleFromFirstHeadingWhenFrontMatterHasNone() throws {
        let page = try #require(site.text("handbook/guides/escalation/index.html"))
        #expect(page.contains("<title>Escalating a ticket · Fixture CX handbook</title>"))
        #expect(!page.contains("<h1>Escalating a ticket</h1>\n<h2"), "the heading is not repeated in the body")
    }

    @Test func sitemapUsesBaseURL() throws {
        let sitemap = try #require(site.text("sitemap.xml"))
        #expect(sitemap.contains("<loc>https://cx.example.com/handbook/stages/connect/</loc>"))
        #expect(!sitemap.contains("404"))
    }

    @Test func noSitemapWithoutBaseURL() {
        let folder = TemporaryFolder()
        folder.write("content/handbook/a.md", "# A\n\nText.\n")
        #expect(FixtureSite(root: folder.url).files["sitemap.xml"] == nil)
    }

    @Test func unsafeHTMLCanBeTurnedOn() throws {
        let folder = TemporaryFolder()
        folder.write("site.yml", "markdown:\n  unsafe_html: true\n")
        folder.write("content/handbook/a.md", "# A\n\n<div class=\"note\">Kept</div>\n")
        let page = try #require(FixtureSite(root: folder.url).text("handbook/a/index.html"))
        #expect(page.contains("<div class=\"note\">Kept</div>"))
    }

    @Test func sameInputGivesSameBytes() {
        let again = FixtureSite("basic-site")
        #expect(again.files.keys.sorted() == site.files.keys.sorted())
        for (path, file) in site.files { #expect(again.files[path]?.bytes == file.bytes, "\(path) differs between two builds") }
    }

    @Test func contentIsEscapedOnEveryPageThatShowsIt() throws {
        let attack = "<script>alert(1)</script>"
        let folder = TemporaryFolder()
        folder.write("site.yml", "title: \"\(attack)\"\ndescription: \"\(attack)\"\ncompany: \"\(attack)\"\n")
        folder.write("content/index.md", "---\ntitle: \"\(attack)\"\n---\nHome\n")
        folder.write("content/handbook/x.md", "---\ntitle: \"\(attack)\"\nsummary: \"\(attack)\"\nstage: connect\n---\nBody\n")
        folder.write("content/handbook/sec/index.md", "---\ntitle: \"\(attack)\"\n---\n")
        folder.write("content/handbook/sec/y.md", "---\ntitle: \"\\\"><img src=x onerror=alert(2)>\"\n---\nText.\n")
        let site = FixtureSite(root: folder.url)
        #expect(site.diagnostics.isEmpty, "\(site.diagnosticText)")
        var shown = 0
        for path in site.htmlPages {
            let html = try #require(site.text(path))
            #expect(!html.contains(attack), "\(path) contains the script unescaped")
            #expect(!html.contains("<img src=x"), "\(path) contains the attribute break-out unescaped")
            if html.contains("&lt;script&gt;alert(1)&lt;/script&gt;") { shown += 1 }
        }
        #expect(shown == site.htmlPages.count, "the site title is on every page, escaped")
    }
}
