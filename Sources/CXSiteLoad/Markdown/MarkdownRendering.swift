import CXSiteSupport
import CXSiteModel

/// The last step of assembling a site: every Markdown text becomes HTML, once every page's URL is
/// known, so that a link to another `.md` file becomes a link to its page. Each text is parsed
/// here once, and the problems found in it (nesting too deep, links leaving `content/`, alerts
/// and tables cmark cannot take) are logged at their lines; the render phase only reads the HTML.
extension Site {
    package mutating func renderMarkdown(log: inout DiagnosticLog) {
        let renderer = MarkdownRendering(pageURLs: pageURLs, unsafeHTML: config.unsafeHTML)
        if homeIntro != nil { renderer.render(&homeIntro!, page: Routes.home, log: &log) }
        if handbookIntro != nil { renderer.render(&handbookIntro!, page: Routes.handbook, log: &log) }
        for s in sections.indices where sections[s].intro != nil {
            renderer.render(&sections[s].intro!, page: Routes.handbook, log: &log)
        }
        // The handbook pages are most of a large site: on all cores, each with its own log,
        // merged in reading order. Each body is taken out of its page first and rendered in
        // place, so that its Markdown source, which nothing after the load phase reads (the
        // HTML, headings and plain-text sections are made), is freed as soon as it is rendered:
        // a 10,000-page site's sources are some 50 MB.
        let positions = sections.indices.flatMap { s in sections[s].pages.indices.map { (s, $0) } }
        var bodies = positions.map { s, p in
            let taken = (body: sections[s].pages[p].body, page: sections[s].pages[p].url)
            sections[s].pages[p].body.text = ""
            return taken
        }
        let logs = Parallel.update(&bodies) { taken -> DiagnosticLog in
            var pageLog = DiagnosticLog()
            renderer.render(&taken.body, page: taken.page, log: &pageLog)
            taken.body.text = ""
            return pageLog
        }
        for ((s, p), (taken, pageLog)) in zip(positions, zip(bodies, logs)) {
            sections[s].pages[p].body = taken.body
            log.append(contentsOf: pageLog)
        }
        for n in reviewNotes.indices {
            renderer.render(&reviewNotes[n].body, page: Routes.review(reviewNotes[n].month), log: &log)
        }
        // A journey's Markdown is checked whole as the journey is read (depth, links); its
        // pieces are rendered here.
        for j in journeys.indices {
            let page = journeys[j].url
            for r in journeys[j].intro.indices { renderer.render(&journeys[j].intro[r], page: page, checked: false, log: &log) }
            // A journey keeps its touchpoints both in order and under their stages.
            for t in journeys[j].touchpoints.indices {
                for r in journeys[j].touchpoints[t].prose.indices {
                    renderer.render(&journeys[j].touchpoints[t].prose[r], page: page, checked: false, log: &log)
                }
            }
            for s in journeys[j].stages.indices {
                for r in journeys[j].stages[s].prose.indices {
                    renderer.render(&journeys[j].stages[s].prose[r], page: page, checked: false, log: &log)
                }
                for t in journeys[j].stages[s].touchpoints.indices {
                    for r in journeys[j].stages[s].touchpoints[t].prose.indices {
                        renderer.render(&journeys[j].stages[s].touchpoints[t].prose[r], page: page, checked: false, log: &log)
                    }
                }
            }
        }
    }

    /// Renders the body of the handbook page `page` again (after `cxsite serve` read an edit of it).
    package func renderMarkdown(of page: inout HandbookPage, log: inout DiagnosticLog) {
        MarkdownRendering(pageURLs: pageURLs, unsafeHTML: config.unsafeHTML).render(&page.body, page: page.url, log: &log)
    }
}

/// Markdown to HTML for the pages of one site.
package struct MarkdownRendering: Sendable {
    package let pageURLs: [String: String]
    package let unsafeHTML: Bool

    /// Sets `text`'s HTML (for the page at `page`) and headings, and logs what the extensions
    /// could not take (a table row with too many cells, an unknown alert). With `checked` (texts
    /// a journey has not checked already), text nested deeper than ``MarkdownDocument/maximumDepth``
    /// is an error and gets no HTML, and links leaving `content/` are warnings.
    package func render(_ text: inout MarkdownText, page: String, checked: Bool = true, log: inout DiagnosticLog) {
        let document = MarkdownDocument(parsing: text.text, firstLine: text.firstLine)
        for note in document.notes {
            log.warning(note.message, at: SourceLocation(path: text.path, line: text.firstLine + note.line - 1, column: note.column))
        }
        if checked {
            guard document.isShallowEnough(path: text.path, firstLine: text.firstLine, log: &log) else { return }
            ContentLink.warnLeavingContent(document, path: text.path, firstLine: text.firstLine, log: &log)
        }
        let links = LinkRewriter(source: text.path, page: page, pageURLs: pageURLs)
        // A page links to the same few destinations again and again: each is worked out once.
        var rewritten: [String: String?] = [:]
        text.html = document.html(unsafeHTML: unsafeHTML) { url in
            if let known = rewritten[url] { return known }
            let result = links.rewrite(url)
            rewritten[url] = .some(result)
            return result
        }
        text.headings = document.headings
        text.sections = document.sections
    }

    /// The memberwise initialiser, open to the other targets.
    package init(pageURLs: [String: String], unsafeHTML: Bool) {
        self.pageURLs = pageURLs
        self.unsafeHTML = unsafeHTML
    }
}

extension MarkdownDocument {
    /// False, with an error at the first node too deep, when the document (of the file `path`,
    /// starting on `firstLine`) is nested deeper than ``maximumDepth``.
    package func isShallowEnough(path: String, firstLine: Int, log: inout DiagnosticLog) -> Bool {
        guard let deep = positionOfFirstNode(deeperThan: Self.maximumDepth) else { return true }
        log.error("Markdown nested more than \(Self.maximumDepth) levels deep (lists, quotes or emphasis inside one another); flatten the structure",
                  at: SourceLocation(path: path, line: firstLine + deep.line - 1, column: deep.column))
        return false
    }
}
