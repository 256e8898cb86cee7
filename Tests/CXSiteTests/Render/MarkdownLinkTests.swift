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

/// Links and images written in Markdown that leave `content/`: never copied (only files found
/// under `content/` are published), kept as written, and a warning at the link.
struct MarkdownLinkTests {
    @Test func linksLeavingContentAreWarnedAndNeverCopied() {
        let folder = TemporaryFolder()
        folder.write("secret.png", "not an image")
        folder.write("content/handbook/photo.png", "an image")
        folder.write("content/handbook/a.md", """
            ---
            title: A
            ---
            See [the settings](../../site.yml) and [the key](../../../../etc/passwd).

            ![secret](../../secret.png) and ![photo](photo.png), [home](../index.md), [web](https://example.com/x), [top](/x).
            """)
        folder.write("content/index.md", "# Home\n\n[up](../README.md) [encoded](%2e%2E/README.md)\n")
        let site = FixtureSite(root: folder.url)
        let advice = "only files under content/ are published, so nothing is copied and the %@ will not work on the site; point it to a file under content/ or to an absolute URL"
        func warning(_ at: String, _ what: String, _ url: String) -> String {
            "\(at): warning: \(what) '\(url)' leads outside content/; " + advice.replacingOccurrences(of: "%@", with: what) + "\n"
        }
        #expect(site.diagnosticText ==
            warning("content/handbook/a.md:4:5", "link", "../../site.yml")
            + warning("content/handbook/a.md:4:40", "link", "../../../../etc/passwd")
            + warning("content/handbook/a.md:6:1", "image", "../../secret.png")
            + warning("content/index.md:3:1", "link", "../README.md")
            + warning("content/index.md:3:20", "link", "%2e%2E/README.md"))
        // Nothing but what is under content/ is copied; the links are kept as written.
        #expect(site.files.keys.filter { !$0.hasSuffix(".html") && !$0.hasPrefix("assets/") && !$0.hasPrefix("data/") && $0 != "search-index.js" }.sorted()
                == ["handbook/photo.png"], "\(site.files.keys.sorted())")
        #expect(!site.files.values.contains { $0.text.contains("not an image") })
        let page = site.text("handbook/a/index.html") ?? ""
        #expect(page.contains("href=\"../../site.yml\""))
        #expect(page.contains("src=\"../../secret.png\""))
        #expect(page.contains("src=\"../../handbook/photo.png\""))
    }
}
