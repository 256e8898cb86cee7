import Mustache
import CXSiteSupport

/// The partials that come out the same on every page of one navigation section at one folder
/// depth: the layout's `head-links` (style sheets, script), `header` (with `nav` and `search`)
/// and `footer`. Each is rendered once per (section, depth) and the text reused, instead of
/// being rendered again on each of 10,000 handbook pages (where their dozens of names were a
/// quarter of the template work).
///
/// So that a layout including them keeps working unchanged, the library that pages are rendered
/// with holds a one-tag stand-in under each name (`{{{shared.nav}}}`), and the real templates are
/// kept in a second library (``TemplateSet/sharedLibrary``) that renders them with a
/// ``SharedPartials/View``. A project's own version of one of them may name only that view's
/// fields: `root`, `site`, `nav` and `cadence` (README, "Templates"; docs/ARCHITECTURE.md).
package enum SharedPartials {
    /// The partials rendered once per section and depth.
    package static let names = ["footer", "head-links", "header", "nav", "search"]

    /// The stand-in registered under `name` in the pages' library.
    static func standIn(for name: String) -> String { "{{{shared.\(name)}}}" }

    /// What a shared partial can name: the parts of a page's frame that are the same on every
    /// page of a section at one depth.
    package struct View: TemplateView {
        package let root: String
        package let site: PageFrame.SiteInfo
        package let nav: [Link]
        package let cadence: Cadence

        package static let fields = ViewFields<Self>([
            .text("root") { $0.root },
            .view("site") { $0.site },
            .list("nav") { $0.nav },
            .view("cadence") { $0.cadence },
        ])
    }

    /// The shared partials' texts for one section and depth: a page frame's `shared` field.
    package struct Texts: TemplateView {
        let texts: [String: String]

        /// Every shared partial rendered with `view`, from the templates as written.
        init(_ view: View, templates: TemplateSet) {
            let box = ViewBox(view)
            texts = Dictionary(uniqueKeysWithValues: SharedPartials.names.map { ($0, templates.sharedLibrary.render(box, withTemplate: $0) ?? "") })
        }

        package static let fields = ViewFields<Self>(SharedPartials.names.map { name in
            .text(name) { $0.texts[name] }
        })
    }
}
