import Mustache
import CXSiteSupport
import CXSiteModel
import CXSiteAnalyse
import CXSiteCharts

/// What every page's view is made from: the site, its analysis and the templates, and the
/// parts of a page's frame that are the same on every page.
///
/// Each page kind has a view type of its own (``PageKinds``), made by a function of this type
/// and rendered with ``render(_:to:)``.
package struct PageContext: Sendable {
    package let site: Site
    package let analysis: SiteAnalysis
    package let templates: TemplateSet
    /// Under a weekly cadence, the months' summaries; nil otherwise.
    package let monthly: MonthlyView?

    /// Top-level navigation: (id, title, url).
    package static let navigation: [(id: String, title: String, url: String)] = [
        ("home", "Home", Routes.home),
        ("handbook", "Handbook", Routes.handbook),
        ("stages", "CARE stages", Routes.stages),
        ("pillars", "Pillars", Routes.pillars),
        ("steps", "Seven steps", Routes.steps),
        ("journeys", "Journeys", Routes.journeys),
        ("metrics", "Metrics", Routes.metrics),
        ("maturity", "Maturity", Routes.maturity),
        ("reviews", "Reviews", Routes.reviews),
    ]

    /// The site's fields, and the navigation with each entry current (`""`: none), made once.
    private let siteInfo: PageFrame.SiteInfo
    private let navigations: [String: [Link]]
    /// The templates with the shared partials rendered, by section and root (``SharedPartials``).
    private let shared = RenderedOnce<MustacheLibrary>()
    /// Lines of links that many pages show the same way, by `href`, for each template of a line
    /// (``lines(_:template:key:)``).
    private let lineTexts = Dictionary(uniqueKeysWithValues: PageKinds.parts.map { ($0.template, RenderedOnce<String>()) })

    package init(site: Site, analysis: SiteAnalysis, templates: TemplateSet, monthly: MonthlyView? = nil) {
        self.site = site
        self.analysis = analysis
        self.templates = templates
        self.monthly = monthly
        let config = site.config
        siteInfo = PageFrame.SiteInfo(title: config.title, description: config.description, company: config.company, language: config.language)
        var navigations: [String: [Link]] = [:]
        for section in Self.navigation.map(\.id) + [""] {
            navigations[section] = Self.navigation.map { Link(title: $0.title, url: $0.url, current: $0.id == section) }
        }
        self.navigations = navigations
    }

    /// The frame of a page at `path` (`stages/connect/index.html`), whose navigation entry
    /// `section` is marked current.
    package func frame(title: String, kind: String, path: String, section: String,
                       description: String? = nil, breadcrumbs: [Link] = []) -> PageFrame {
        let root = Routes.root(from: path)
        let current = navigations[section] == nil ? "" : section
        let nav = navigations[current]!
        let crumbs = breadcrumbs.map { Crumb(title: $0.title, url: $0.url, root: root) }
        return PageFrame(root: root, site: siteInfo,
                         page: PageFrame.PageInfo(title: title, kind: kind, description: description),
                         nav: nav, breadcrumbs: crumbs, crumbLinks: lines(crumbs, template: Crumb.template) { $0.href },
                         cadence: cadence,
                         templates: shared.value(for: current + "\u{0}" + root) {
                             SharedPartials.library(SharedPartials.View(root: root, site: siteInfo, nav: nav, cadence: cadence), templates: templates)
                         })
    }

    /// A Markdown text's HTML (made in the load phase, for the page it is shown on).
    package func html(_ markdown: MarkdownText, page path: String) -> String {
        markdown.html
    }

    /// The period the project reports in (`cadence:` in `site.yml`).
    package var cadence: Cadence { site.config.cadence }

    /// `items` rendered one by one with `template` and joined, without the last line's newline
    /// (the template that shows them has its own). The line of an item with a `key` is made once
    /// per site and reused: a link whose `href` is the same on every page showing it (a crumb, a
    /// tag, a neighbour in a section) comes out the same on each.
    package func lines<Line: TemplateView>(_ items: [Line], template: String, key: (Line) -> String?) -> String {
        var text = ""
        let kept = lineTexts[template]
        for item in items {
            if let kept, let key = key(item) {
                text += kept.value(for: key) { templates.render(template, item) }
            } else {
                text += templates.render(template, item)
            }
        }
        if text.hasSuffix("\n") { text.removeLast() }
        return text
    }

    /// The page `view` fills its template with, at `path`.
    package func render<View: PageView>(_ view: View, to path: String) -> OutputFile {
        OutputFile(path: path, text: templates.render(View.template, view, in: (view as? any FramedPageView)?.frame.templates))
    }
}

extension Int {
    /// "page" or "pages" for this count.
    package var pageNoun: String { self == 1 ? "page" : "pages" }
}
