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

/// The "More in <section>" list at the foot of a handbook page: every page of a short section,
/// a window of neighbours and a link to the whole list in a long one, so that a page's size
/// does not grow with its section.
struct HandbookPagesTests {
    /// A project whose `team/` section holds `count` pages `p01` … titled "Page 01" ….
    private func section(of count: Int) -> FixtureSite {
        let folder = TemporaryFolder()
        for n in 1...count {
            let number = n < 10 ? "0\(n)" : "\(n)"
            folder.write("content/handbook/team/p\(number).md", "---\ntitle: Page \(number)\norder: \(n)\n---\nText.\n")
        }
        return FixtureSite(root: folder.url)
    }

    /// The titles listed under "More in Team" on `page`, and whether the list links to the whole section.
    private func siblings(_ site: FixtureSite, _ page: String) throws -> (titles: [String], allLink: Bool) {
        let html = try #require(site.text("handbook/team/\(page)/index.html"))
        let nav = try #require(html.range(of: "<nav class=\"section-nav\"").map { String(html[$0.lowerBound...]) })
        let list = String(nav[..<nav.range(of: "</nav>")!.lowerBound])
        let titles = list.components(separatedBy: "\">Page ").dropFirst().map { String($0.prefix(2)) }
        return (titles, list.contains("All \(site.htmlPages.filter { $0.hasPrefix("handbook/team/") }.count) pages in Team</a>"))
    }

    @Test func aShortSectionListsEveryPage() throws {
        let site = section(of: PageContext.fullSiblingListLimit)
        #expect(site.diagnostics.isEmpty, "\(site.diagnosticText)")
        let (titles, allLink) = try siblings(site, "p15")
        #expect(titles.count == PageContext.fullSiblingListLimit)
        #expect(!allLink)
    }

    @Test func aLongSectionListsNeighboursAndLinksToTheIndex() throws {
        let site = section(of: 40)
        #expect(try siblings(site, "p01").titles == (1...11).map { $0 < 10 ? "0\($0)" : "\($0)" })
        #expect(try siblings(site, "p20").titles == (15...25).map(String.init))
        #expect(try siblings(site, "p40").titles == (30...40).map(String.init))
        #expect(try siblings(site, "p20").allLink)
        let page = try #require(site.text("handbook/team/p20/index.html"))
        #expect(page.contains("<a href=\"../../../handbook/index.html#team\">All 40 pages in Team</a>"))
        #expect(page.contains("<a href=\"../../../handbook/team/p20/index.html\" aria-current=\"page\">Page 20</a>"))
        let index = try #require(site.text("handbook/index.html"))
        #expect(index.contains("id=\"team\""), "the link's target exists")
    }

    @Test func eachPageMarksOnlyItselfInTheList() throws {
        // A page's line in its neighbours' lists is rendered once and reused; its own page
        // renders it marked current, and that marked line must never reach another page.
        let site = section(of: 40)
        for n in 1...40 {
            let number = n < 10 ? "0\(n)" : "\(n)"
            let html = try #require(site.text("handbook/team/p\(number)/index.html"))
            let nav = try #require(html.range(of: "<nav class=\"section-nav\"").map { String(html[$0.lowerBound...]) })
            let marked = nav.components(separatedBy: "aria-current=\"page\"").count - 1
            #expect(marked == 1, "p\(number)")
            #expect(nav.contains("<a href=\"../../../handbook/team/p\(number)/index.html\" aria-current=\"page\">Page \(number)</a>"))
        }
    }

    @Test func aProjectsOwnSiblingLinkTemplateIsUsed() throws {
        let folder = TemporaryFolder()
        for n in 1...3 { folder.write("content/handbook/team/p\(n).md", "---\ntitle: Page \(n)\norder: \(n)\n---\nText.\n") }
        folder.write("templates/sibling-link.mustache", "<li class=\"mine\">{{#current}}<strong>{{title}}</strong>{{/current}}{{^current}}<a href=\"{{href}}\">{{title}}</a>{{/current}}</li>\n")
        let site = FixtureSite(root: folder.url)
        let page = try #require(site.text("handbook/team/p2/index.html"))
        #expect(page.contains("""
            <ul class="page-list compact">
            <li class="mine"><a href="../../../handbook/team/p1/index.html">Page 1</a></li>
            <li class="mine"><strong>Page 2</strong></li>
            <li class="mine"><a href="../../../handbook/team/p3/index.html">Page 3</a></li>
            </ul>
            """))
    }

    @Test func windowKeepsItsSizeAtBothEnds() {
        #expect(PageContext.siblingWindow(around: 0, count: 100) == 0..<11)
        #expect(PageContext.siblingWindow(around: 50, count: 100) == 45..<56)
        #expect(PageContext.siblingWindow(around: 99, count: 100) == 89..<100)
        #expect(PageContext.siblingWindow(around: 3, count: 5) == 0..<5)
    }
}
