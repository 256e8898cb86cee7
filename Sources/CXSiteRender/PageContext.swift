import CXSiteSupport
import CXSiteModel
import CXSiteAnalyse
import CXSiteCharts

/// What every page's view shares: the site, the navigation, the way back to the root.
///
/// Views are dictionaries (`[String: Any]`) because Mustache looks keys up in them
/// directly; each page kind builds its own on top of ``view(title:kind:path:section:)``.
package struct PageContext: Sendable {
    package let site: Site
    package let analysis: SiteAnalysis
    package let templates: TemplateSet

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

    /// The parts of ``view(title:kind:path:section:description:breadcrumbs:)`` that are the
    /// same on every page, made once: the site's fields, and the navigation with each entry current.
    /// (`Any` is not Sendable, but these hold only strings and booleans and are never changed.)
    nonisolated(unsafe) private let siteView: [String: Any]
    nonisolated(unsafe) private let navigationViews: [String: [[String: Any]]]
    private let siteInfo: PageFrame.SiteInfo
    private let navigations: [String: [Link]]

    package init(site: Site, analysis: SiteAnalysis, templates: TemplateSet) {
        self.site = site
        self.analysis = analysis
        self.templates = templates
        let config = site.config
        self.siteView = present(["title": config.title, "description": config.description,
                                 "company": config.company, "language": config.language])
        var navigationViews: [String: [[String: Any]]] = [:]
        for section in Self.navigation.map(\.id) + [""] {
            navigationViews[section] = Self.navigation.map { ["title": $0.title, "url": $0.url, "current": $0.id == section] as [String: Any] }
        }
        self.navigationViews = navigationViews
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
        PageFrame(root: Routes.root(from: path), site: siteInfo,
                  page: PageFrame.PageInfo(title: title, kind: kind, description: description),
                  nav: navigations[section] ?? Self.navigation.map { Link(title: $0.title, url: $0.url, current: $0.id == section) },
                  breadcrumbs: breadcrumbs)
    }

    /// The base view of a page at `path` (`stages/connect/index.html`), whose navigation
    /// entry `section` is marked current.
    package func view(title: String, kind: String, path: String, section: String,
              description: String? = nil, breadcrumbs: [(title: String, url: String)] = []) -> [String: Any] {
        [
            "root": Routes.root(from: path),
            "site": siteView,
            "page": present(["title": title, "kind": kind, "description": description]),
            "nav": navigationViews[section] ?? Self.navigation.map { ["title": $0.title, "url": $0.url, "current": $0.id == section] as [String: Any] },
            "breadcrumbs": breadcrumbs.map { ["title": $0.title, "url": $0.url] },
        ]
    }

    /// A Markdown text's HTML (made in the load phase, for the page it is shown on).
    package func html(_ markdown: MarkdownText, page path: String) -> String {
        markdown.html
    }

    package func render<View: PageView>(_ view: View, to path: String) -> OutputFile {
        OutputFile(path: path, text: templates.render(View.template, view))
    }

    package func render(_ template: String, _ view: [String: Any], to path: String) -> OutputFile {
        OutputFile(path: path, text: templates.render(template, view))
    }
}

/// The entries of `values` that have text: Mustache treats an empty string as true in
/// `{{#key}}` sections, so absent values are left out rather than set to "".
package func present(_ values: [String: String?]) -> [String: Any] {
    var view: [String: Any] = [:]
    for (key, value) in values {
        if let value, !value.isEmpty { view[key] = value }
    }
    return view
}

extension Int {
    /// "page" or "pages" for this count.
    package var pageNoun: String { self == 1 ? "page" : "pages" }
}
