import Mustache
import CXSiteSupport

/// What every page's view holds for the layout: the way back to the root, the site, the
/// page's title and kind, the navigation and the breadcrumbs. Each page kind's view has one
/// and reads its fields through it (``ViewFields/init(base:_:)``).
///
/// A class: each of the many names a page's templates look up in the frame (`{{root}}` in every
/// link) reaches it through the page's view, which would otherwise copy the frame for each one.
package final class PageFrame: TemplateView {
    /// `../../` from the page to the site root, so that links work from `file://`.
    package let root: String
    package let site: SiteInfo
    package let page: PageInfo
    package let nav: [Link]
    package let breadcrumbs: [Crumb]
    /// ``breadcrumbs`` as HTML: each rendered with `crumb.mustache`, joined.
    package let crumbLinks: String
    /// The project's cadence, for the words of templates: `{{cadence.unit}}` is `month` or `week`.
    package let cadence: Cadence
    /// The templates the page is rendered with: the site's, with the ``SharedPartials`` as
    /// rendered for this page's section and depth.
    package let templates: MustacheLibrary

    package init(root: String, site: SiteInfo, page: PageInfo, nav: [Link], breadcrumbs: [Crumb], crumbLinks: String, cadence: Cadence, templates: MustacheLibrary) {
        self.root = root
        self.site = site
        self.page = page
        self.nav = nav
        self.breadcrumbs = breadcrumbs
        self.crumbLinks = crumbLinks
        self.cadence = cadence
        self.templates = templates
    }

    package static let fields = ViewFields<PageFrame>([
        .text("root") { $0.root },
        .view("cadence") { $0.cadence },
        .view("site") { $0.site },
        .view("page") { $0.page },
        .list("nav") { $0.nav },
        .list("breadcrumbs") { $0.breadcrumbs },
        .text("crumbLinks") { $0.crumbLinks },
    ])

    /// The site's fields from `site.yml`.
    package struct SiteInfo: TemplateView {
        package var title: String
        package var description: String?
        package var company: String?
        package var language: String

        package static let fields = ViewFields<Self>([
            .text("title") { $0.title },
            .text("description") { $0.description },
            .text("company") { $0.company },
            .text("language") { $0.language },
        ])
    }

    /// The page's own title, kind (its `<body>` class) and meta description.
    package struct PageInfo: TemplateView {
        package var title: String
        package var kind: String
        package var description: String?

        package static let fields = ViewFields<Self>([
            .text("title") { $0.title },
            .text("kind") { $0.kind },
            .text("description") { $0.description },
        ])
    }
}

/// A link with its title, relative to the site root; `current` marks the page itself in a list.
package struct Link: TemplateView {
    package var title: String
    package var url: String
    package var current = false

    package init(title: String, url: String, current: Bool = false) {
        self.title = title
        self.url = url
        self.current = current
    }

    package static let fields = ViewFields<Self>([
        .text("title") { $0.title },
        .text("url") { $0.url },
        .flag("current") { $0.current },
    ])
}

/// A page above this one in the breadcrumbs (`crumb.mustache`). `href` is the link from the page
/// itself (`root` followed by `url`), the same on every page of a section at one depth, so each
/// crumb's line is rendered once per site (``PageContext/lines(_:template:key:)``).
package struct Crumb: TemplateView {
    package var title: String
    package var url: String
    package var href: String

    package init(title: String, url: String, root: String) {
        self.title = title
        self.url = url
        href = root + url
    }

    /// The template of one crumb.
    package static let template = "crumb"

    package static let fields = ViewFields<Self>([
        .text("title") { $0.title },
        .text("url") { $0.url },
        .text("href") { $0.href },
    ])
}

extension Cadence: TemplateView {
    /// `unit` (month, week), `Unit` (Month, Week), `units` (months, weeks), `adjective` (monthly,
    /// weekly), `Adjective` (Monthly, Weekly), `window` (the sparklines' 12 months or 12 weeks), `twelve` (year, 12 weeks).
    package static let fields = ViewFields<Self>([
        .text("unit") { $0.unit },
        .text("Unit") { $0.unitTitle },
        .text("units") { $0.units },
        .text("adjective") { $0.rawValue },
        .text("Adjective") { $0.adjectiveTitle },
        .text("window") { "12 " + $0.units },
        .text("twelve") { $0.twelve },
    ])
}
