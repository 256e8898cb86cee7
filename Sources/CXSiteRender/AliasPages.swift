import CXSiteSupport
import CXSiteModel
import CXSiteAnalyse
import CXSiteCharts

/// One small page per alias (an old address of a handbook page): it sends the browser on with a
/// `<meta http-equiv="refresh">`, which works from `file://` as well as over HTTP, links to the
/// page for anyone it does not, names the page as canonical and asks search engines not to index it.
extension PageContext {
    package func aliasPages() -> [OutputFile] {
        site.redirects.map { redirect in
            let root = Routes.root(from: redirect.alias.path)
            let target = root + redirect.page.url
            let view: [String: Any] = ["language": site.config.language, "siteTitle": site.config.title,
                                       "title": redirect.page.title, "target": target,
                                       "canonical": site.config.baseURL.map { $0 + redirect.page.url } ?? target]
            return render("alias", view, to: redirect.alias.path)
        }
    }
}
