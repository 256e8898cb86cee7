import CXSiteSupport
import CXSiteModel
import CXSiteAnalyse
import CXSiteCharts

/// An alias page (`alias.mustache`): a page of its own, without the layout.
package struct AliasView: PageView {
    package static let template = "alias"
    package var language: String
    package var siteTitle: String
    /// The title of the page it sends to.
    package var title: String
    /// The page it sends to, relative to the alias.
    package var target: String
    package var canonical: String

    package static let fields = ViewFields<Self>([
        .text("language") { $0.language },
        .text("siteTitle") { $0.siteTitle },
        .text("title") { $0.title },
        .text("target") { $0.target },
        .text("canonical") { $0.canonical },
    ])
}

/// One small page per alias (an old address of a handbook page): it sends the browser on with a
/// `<meta http-equiv="refresh">`, which works from `file://` as well as over HTTP, links to the
/// page for anyone it does not, names the page as canonical and asks search engines not to index it.
extension PageContext {
    package func aliasPages() -> [OutputFile] {
        site.redirects.map { redirect in
            let target = Routes.root(from: redirect.alias.path) + redirect.page.url
            let view = AliasView(language: site.config.language, siteTitle: site.config.title, title: redirect.page.title,
                                 target: target, canonical: site.config.baseURL.map { $0 + redirect.page.url } ?? target)
            return render(view, to: redirect.alias.path)
        }
    }
}
