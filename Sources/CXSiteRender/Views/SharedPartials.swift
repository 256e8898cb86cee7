import Mustache
import CXSiteSupport

/// The partials that come out the same on every page of one navigation section at one folder
/// depth: the layout's `head-links` (style sheets, script), `header` (with `nav` and `search`)
/// and `footer`. Each is rendered once per (section, depth) and the text reused, instead of
/// being rendered again on each of 10,000 handbook pages (where their dozens of names were a
/// quarter of the template work).
///
/// The text goes into a copy of the site's templates as a template of plain text under the
/// partial's name: a page's frame holds that copy (``PageFrame/templates``), so a layout that
/// includes `{{> header}}` or `{{> nav}}` gets the text without one name looked up. A project's
/// own version of one of these partials may name only the fields of ``View``: `root`, `site`,
/// `nav` and `cadence` (README, "Templates"; docs/ARCHITECTURE.md).
package enum SharedPartials {
    /// The partials rendered once per section and depth.
    package static let names = ["footer", "head-links", "header", "nav", "search"]

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

    /// The site's templates with each shared partial replaced by its text as rendered with `view`.
    static func library(_ view: View, templates: TemplateSet) -> MustacheLibrary {
        var library = templates.library
        for name in names {
            if let literal = literal(templates.render(name, view)) { library.register(literal, named: name) }
        }
        return library
    }

    /// A template that renders as `text`, whatever it holds: its tags open with a run of U+0001
    /// longer than any in the text (set on a line of their own, which leaves no trace), so
    /// nothing in the text reads as a tag. Nil for a text whose last line is only spaces or tabs,
    /// which Mustache's parser drops (the partial is then rendered on each page instead).
    package static func literal(_ text: String) -> MustacheTemplate? {
        var longest = 0, run = 0
        for byte in text.utf8 {
            run = byte == 0x01 ? run + 1 : 0
            longest = max(longest, run)
        }
        let lastLine = text.utf8.reversed().prefix { $0 != 0x0A }
        if !lastLine.isEmpty && lastLine.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return nil }
        let open = String(repeating: "\u{1}", count: longest + 1)
        // The delimiters contain no white space or `=`, and the text no tag: it cannot fail.
        return try! MustacheTemplate(string: "{{=\(open) \u{2}=}}\n" + text)
    }
}
