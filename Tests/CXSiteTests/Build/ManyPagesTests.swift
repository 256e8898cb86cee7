import Foundation
import Testing
import CXSiteSupport

/// The handbook pages' Markdown is rendered on all cores, each body in place (its source freed
/// once its HTML is made). With many pages, each still gets its own HTML, and each page's
/// warning is reported at its own file and line.
struct ManyPagesTests {
    @Test func eachPageGetsItsOwnHTMLAndItsOwnWarning() throws {
        let folder = TemporaryFolder()
        folder.write("site.yml", "title: T\n")
        let count = 120
        for number in 0..<count {
            let name = String(format: "page-%03d", number)
            // Every page links out of content/ (a warning), on a line that depends on its number.
            let padding = String(repeating: "Filler line.\n\n", count: number % 4)
            folder.write("content/handbook/team/\(name).md", "---\ntitle: Page \(number)\n---\nThe text of page \(number).\n\n\(padding)[a link](../../../outside-\(number).txt)\n")
        }
        let site = FixtureSite(root: folder.url)
        for number in 0..<count {
            let page = try #require(site.text(String(format: "handbook/team/page-%03d/index.html", number)))
            #expect(page.contains("<p>The text of page \(number).</p>"))
            #expect(!page.contains("The text of page \(number == 0 ? 1 : 0).</p>"))
        }
        let warnings = site.diagnostics.map(\.description).filter { $0.contains("leads outside content/") }
        #expect(warnings.count == count)
        for number in 0..<count {
            let location = "content/handbook/team/\(String(format: "page-%03d", number)).md:\(6 + 2 * (number % 4)):"
            #expect(warnings.contains { $0.hasPrefix(location) && $0.contains("outside-\(number).txt") }, "\(location)")
        }
    }
}
