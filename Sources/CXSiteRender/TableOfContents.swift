import CXSiteSupport
import CXSiteModel
import CXSiteAnalyse
import CXSiteCharts

/// The "On this page" list of a handbook page: its `##` and `###` headings, each `###` nested
/// under the `##` before it, shown when there are at least ``minimumHeadings`` of them
/// (front matter `toc: false` turns it off).
package enum TableOfContents {
    package static let minimumHeadings = 3

    /// The list as HTML (an `<ol>` of links to the headings' ids), or nil for too few headings.
    package static func html(_ headings: [MarkdownHeading]) -> String? {
        let entries = headings.filter { $0.level == 2 || $0.level == 3 }
        guard entries.count >= minimumHeadings else { return nil }
        var html = "<ol>"
        var itemOpen = false, sublistOpen = false
        for heading in entries {
            let link = "<a href=\"#\(Escape.html(heading.id))\">\(Escape.html(heading.text))</a>"
            if heading.level == 3, itemOpen {
                if !sublistOpen { html += "\n<ol>" }
                sublistOpen = true
                html += "\n<li>\(link)</li>"
            } else {
                if sublistOpen { html += "\n</ol>" }
                if itemOpen { html += "</li>" }
                sublistOpen = false
                itemOpen = true
                html += "\n<li>\(link)"
            }
        }
        if sublistOpen { html += "\n</ol>" }
        if itemOpen { html += "</li>" }
        return html + "\n</ol>"
    }
}
