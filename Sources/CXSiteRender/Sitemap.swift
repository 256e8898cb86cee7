import CXSiteSupport
import CXSiteModel
import CXSiteAnalyse
import CXSiteCharts

/// `sitemap.xml`, written only when `site.yml` sets `base_url` (a sitemap needs absolute URLs).
package enum Sitemap {
    /// The sitemap of the files at `paths` (every file of the site; its pages are picked out).
    package static func file(for paths: [String], baseURL: String) -> OutputFile {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for page in paths.sorted() where page.hasSuffix(".html") && page != Routes.notFound {
            xml += "  <url><loc>\(Escape.html(baseURL + Routes.pretty(page)))</loc></url>\n"
        }
        xml += "</urlset>\n"
        return OutputFile(path: Routes.sitemap, text: xml)
    }
}
