import Foundation
import Testing
import Mustache
import CXSiteRender

/// `nav`, `search`, `footer`, `header` and `head-links` are rendered once per navigation section
/// and folder depth and reused (``SharedPartials``). A project overriding one still sees its own
/// on every page, with the links right for each page's depth and the right entry marked current.
struct SharedPartialsTests {
    static func project() -> TemporaryFolder {
        let folder = TemporaryFolder()
        folder.write("site.yml", "title: Team CX\n")
        folder.write("content/handbook/team/a.md", "---\ntitle: A\n---\nText.\n")
        folder.write("content/handbook/team/b.md", "---\ntitle: B\n---\nText.\n")
        return folder
    }

    @Test func aProjectsOwnNavIsOnEveryPageWithItsDepthAndCurrentEntry() throws {
        let folder = Self.project()
        folder.write("templates/nav.mustache", """
            <nav class="own-nav">{{#nav}}<a href="{{root}}{{url}}"{{#current}} data-here{{/current}}>{{title}}</a>{{/nav}} {{site.title}} per {{cadence.unit}}</nav>

            """)
        let site = FixtureSite(root: folder.url)
        let home = try #require(site.text("index.html"))
        let page = try #require(site.text("handbook/team/a/index.html"))
        let stage = try #require(site.text("stages/connect/index.html"))
        #expect(home.contains(#"<a href="index.html" data-here>Home</a><a href="handbook/index.html">Handbook</a>"#))
        #expect(page.contains(#"<a href="../../../index.html">Home</a><a href="../../../handbook/index.html" data-here>Handbook</a>"#))
        #expect(stage.contains(#"<a href="../../handbook/index.html">Handbook</a><a href="../../stages/index.html" data-here>CARE stages</a>"#))
        #expect(page.contains("Team CX per month</nav>"))
        for text in [home, page, stage] {
            #expect(text.components(separatedBy: "<nav class=\"own-nav\">").count == 2)
            #expect(!text.contains("class=\"site-nav\""))
        }
    }

    @Test func aLayoutIncludingTheNavDirectlyStillGetsIt() throws {
        let folder = Self.project()
        folder.write("templates/layout.mustache", "<body>{{> nav}}<main>{{$content}}{{/content}}</main>{{> footer}}</body>\n")
        let site = FixtureSite(root: folder.url)
        let page = try #require(site.text("handbook/team/b/index.html"))
        #expect(page.hasPrefix("<body><nav class=\"site-nav\" aria-label=\"Main\">"))
        #expect(page.contains(#"<li><a href="../../../handbook/index.html" aria-current="page">Handbook</a></li>"#))
        #expect(page.contains("<footer class=\"site-footer\">"))
    }

    @Test func aSharedPartialsLinksAreRightAtEveryDepth() throws {
        // The 404 page sits at the root, the handbook index one folder down and a handbook page
        // three: each gets its own rendering of the header's links, the last two in one section.
        let folder = Self.project()
        let site = FixtureSite(root: folder.url)
        let notFound = try #require(site.text("404.html"))
        let page = try #require(site.text("handbook/team/a/index.html"))
        #expect(notFound.contains(#"<link rel="stylesheet" href="assets/style.css">"#))
        #expect(notFound.contains(#"<a class="brand" href="index.html">"#))
        let index = try #require(site.text("handbook/index.html"))
        #expect(index.contains(#"<a class="brand" href="../index.html">"#))
        #expect(index.contains(#"<li><a href="../handbook/index.html" aria-current="page">Handbook</a></li>"#))
        #expect(page.contains(#"<link rel="stylesheet" href="../../../assets/style.css">"#))
        #expect(page.contains(#"<a class="brand" href="../../../index.html">"#))
        #expect(page.contains(#"data-index="../../../search-index.js""#))
    }
}

/// A shared partial's text becomes a template that renders as the text, byte for byte.
struct SharedPartialLiteralTests {
    @Test(arguments: [
        "<header>\n  <a href=\"x\">{{root}}</a>\n</header>\n",
        "{{#nav}}{{/nav}} {{> nav}} {{=<% %>=}} <%x%>\n",
        "\u{1}{{x}}\u{1}\u{1}\u{2}\n",
        "\n\n  \n\tindented\r\nwindows\r\n",
        "no newline at the end",
        "  leading spaces, trailing text",
        "",
    ])
    func rendersAsTheText(_ text: String) throws {
        let template = try #require(SharedPartials.literal(text))
        #expect(template.render(()) == text)
    }

    @Test func aLastLineOfOnlySpacesIsRenderedOnEachPageInstead() throws {
        #expect(SharedPartials.literal("<footer>\n  ") == nil)
        // A text can end so only through a value: here the site's description.
        let folder = SharedPartialsTests.project()
        folder.write("site.yml", "title: Team CX\ndescription: \"Ends in spaces\\n  \"\n")
        folder.write("templates/footer.mustache", "<footer>{{site.description}}")
        let site = FixtureSite(root: folder.url)
        let page = try #require(site.text("handbook/team/a/index.html"))
        #expect(page.contains("<footer>Ends in spaces\n  </body>"))
    }
}
