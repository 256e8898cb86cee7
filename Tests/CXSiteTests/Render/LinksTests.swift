import Testing
import CXSiteSupport
import CXSiteModel
import CXSiteLoad
import CXSiteAnalyse
import CXSiteCharts
import CXSiteRender
import CXSiteWrite
import CXSite

/// Links written in Markdown, as they are rewritten for the page made from the file.
struct LinksTests {
    let pages = ["content/handbook/other.md": "handbook/other/index.html",
                 "content/handbook/sub/deep.md": "handbook/sub/deep/index.html"]

    private func rewrite(_ url: String, in source: String = "content/handbook/a.md", page: String = "handbook/a/index.html") -> String? {
        LinkRewriter(source: source, page: page, pageURLs: pages).rewrite(url)
    }

    @Test func markdownFilesBecomeTheirPages() {
        #expect(rewrite("other.md") == "../../handbook/other/index.html")
        #expect(rewrite("./other.md#when") == "../../handbook/other/index.html#when")
        #expect(rewrite("sub//deep.md?x=1") == "../../handbook/sub/deep/index.html?x=1")
        #expect(rewrite("../deep.md", in: "content/handbook/sub/x.md", page: "handbook/sub/x/index.html") == nil, "no such file: kept")
        #expect(rewrite("../other.md", in: "content/handbook/sub/x.md", page: "handbook/sub/x/index.html") == "../../../handbook/other/index.html")
    }

    @Test func otherContentFilesBecomeTheirCopies() {
        #expect(rewrite("img/p.png") == "../../handbook/img/p.png")
        #expect(rewrite("../data.csv") == "../../data.csv")
        #expect(rewrite("%2e%2E/data.csv") == "../../data.csv", "browsers read %2e as a dot")
        #expect(rewrite("%2e/img/p.png") == "../../handbook/img/p.png")
        #expect(rewrite("%2e%2e/%2e%2e/%2e%2e/site.yml") == nil, "leaves the project")
    }

    @Test func absoluteAndOutsideLinksAreKept() {
        for url in ["https://example.com/a.md", "mailto:a@example.com", "#top", "/root.md", "", "../../outside.md", "x:y/z"] {
            #expect(rewrite(url) == nil, "\(url)")
        }
        #expect(rewrite("a/b:c.png") == "../../handbook/a/b:c.png", "a colon after a slash is not a scheme")
    }
}
