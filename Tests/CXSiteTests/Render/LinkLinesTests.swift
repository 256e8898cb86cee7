import Testing
import CXSiteRender

/// The lists whose lines are templates of their own (`crumb`, `tag-link`, `page-link`), each
/// line rendered once and reused on the pages that show it the same way.
struct LinkLinesTests {
    /// Two handbook pages about Connect and People, in the `team/` section.
    private func project(_ templates: [String: String] = [:]) -> FixtureSite {
        let folder = TemporaryFolder()
        for n in 1...2 {
            folder.write("content/handbook/team/p\(n).md", "---\ntitle: Page \(n)\nsummary: About \(n).\norder: \(n)\nstage: connect\npillar: people\n---\nText.\n")
        }
        for (name, text) in templates { folder.write("templates/\(name).mustache", text) }
        return FixtureSite(root: folder.url)
    }

    @Test func aProjectsOwnLineTemplatesAreUsedWithLinksRightAtEachDepth() throws {
        let site = project([
            "crumb": "<li class=\"my-crumb\"><a href=\"{{href}}\">{{title}}</a></li>\n",
            "tag-link": "<li class=\"my-tag {{kind}}\"><a href=\"{{href}}\">{{title}}</a></li>\n",
            "page-link": "<li class=\"my-page\"><a href=\"{{href}}\">{{title}}</a> ({{summary}})</li>\n",
        ])
        #expect(site.diagnostics.isEmpty, "\(site.diagnosticText)")
        let page = try #require(site.text("handbook/team/p2/index.html"))
        #expect(page.contains("""
            <ol>
            <li class="my-crumb"><a href="../../../handbook/index.html">Handbook</a></li>
            <li class="my-crumb"><a href="../../../handbook/index.html#team">Team</a></li>
            <li aria-current="page">Page 2</li>
            </ol>
            """))
        #expect(page.contains("""
            <ul class="tags" aria-label="Related">
            <li class="my-tag connect"><a href="../../../stages/connect/index.html">Connect</a></li>
            <li class="my-tag pillar"><a href="../../../pillars/people/index.html">People</a></li>
            </ul>
            """))
        // The same page listed one folder deep (the handbook index) and two deep (the stage and
        // pillar pages): each depth gets its own line.
        let list = """
            <ul class="page-list">
            <li class="my-page"><a href="ROOThandbook/team/p1/index.html">Page 1</a> (About 1.)</li>
            <li class="my-page"><a href="ROOThandbook/team/p2/index.html">Page 2</a> (About 2.)</li>
            </ul>
            """
        #expect(try #require(site.text("handbook/index.html")).contains(list.replacingOccurrences(of: "ROOT", with: "../")))
        #expect(try #require(site.text("stages/connect/index.html")).contains(list.replacingOccurrences(of: "ROOT", with: "../../")))
        #expect(try #require(site.text("pillars/people/index.html")).contains(list.replacingOccurrences(of: "ROOT", with: "../../")))
        let stage = try #require(site.text("stages/connect/index.html"))
        #expect(stage.contains("<li class=\"my-crumb\"><a href=\"../../stages/index.html\">CARE stages</a></li>"))
    }

    @Test func aProjectsOwnListPartialsThatLoopOverTheListsStillWork() throws {
        let site = project([
            "breadcrumbs": "{{#breadcrumbs}}<a class=\"old-crumb\" href=\"{{root}}{{url}}\">{{title}}</a>\n{{/breadcrumbs}}",
            "tags": "{{#tags}}<a class=\"old-tag\" href=\"{{root}}{{url}}\">{{title}}</a>\n{{/tags}}",
            "page-list": "{{#pages}}<a class=\"old-page\" href=\"{{root}}{{url}}\">{{title}}</a>\n{{/pages}}",
        ])
        #expect(site.diagnostics.isEmpty, "\(site.diagnosticText)")
        let page = try #require(site.text("handbook/team/p1/index.html"))
        #expect(page.contains("<a class=\"old-crumb\" href=\"../../../handbook/index.html#team\">Team</a>"))
        #expect(page.contains("<a class=\"old-tag\" href=\"../../../pillars/people/index.html\">People</a>"))
        let stage = try #require(site.text("stages/connect/index.html"))
        #expect(stage.contains("<a class=\"old-page\" href=\"../../handbook/team/p2/index.html\">Page 2</a>"))
    }

    @Test func aPageWithoutCrumbsOrTagsShowsNoEmptyList() throws {
        let folder = TemporaryFolder()
        folder.write("content/handbook/plain.md", "---\ntitle: Plain\n---\nText.\n")
        let site = FixtureSite(root: folder.url)
        let home = try #require(site.text("index.html"))
        #expect(!home.contains("class=\"breadcrumbs\""))
        let page = try #require(site.text("handbook/plain/index.html"))
        #expect(!page.contains("class=\"tags\""))
        #expect(page.contains("<li aria-current=\"page\">Plain</li>"))
    }
}
