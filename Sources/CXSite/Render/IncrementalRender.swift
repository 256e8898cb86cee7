/// Rendering only what depends on one changed file, for `cxsite serve`.
///
/// A handbook page's body shows on its own page only: other pages show its title, summary,
/// tags and place in its section, and link to it by a URL made from its path. So when only the
/// body of an existing page changed, that page is the one file to rewrite. Anything else
/// (a new or removed file, a changed title, order, summary, stage, pillar or step, a journey,
/// metrics, templates, `site.yml`) needs the whole site assembled and rendered again.
///
/// ```swift
/// var log = DiagnosticLog()
/// if let page = IncrementalRender.handbookPage(changedFile, site: &site, analysis: analysis, log: &log) {
///     try OutputWriter(target: output).replace([page])   // about 1 ms on a 10,000-page site
/// } else {
///     // assemble and render the whole site again
/// }
/// ```
public enum IncrementalRender {
    /// Re-reads the handbook page `file` (already in `site`, at the same path) into `site` and
    /// returns its page, rendered again. Returns nil, leaving `site` as it was, when more than
    /// that page depends on the change: the file is not a page of `site`, it no longer reads
    /// (the problems are in `log`), or anything but its body changed.
    public static func handbookPage(_ file: SourceText, site: inout Site, analysis: SiteAnalysis,
                                    log: inout DiagnosticLog) -> OutputFile? {
        guard let s = site.sections.firstIndex(where: { $0.pages.contains { $0.path == file.path } }),
              let p = site.sections[s].pages.firstIndex(where: { $0.path == file.path }) else { return nil }
        let old = site.sections[s].pages[p]
        var pageLog = DiagnosticLog()
        let slug = String(old.url.dropLast("/index.html".count).split(separator: "/").last ?? "")
        guard let new = HandbookPage(file, section: old.section, slug: slug, log: &pageLog) else {
            log.append(contentsOf: pageLog)
            return nil
        }
        log.append(contentsOf: pageLog)
        guard !pageLog.hasErrors, new.url == old.url, new.sameListing(as: old) else { return nil }
        site.sections[s].pages[p] = new
        return PageContext(site: site, analysis: analysis).handbookPage(at: p, in: site.sections[s])
    }
}

extension HandbookPage {
    /// True when everything other pages show of this page (and the analysis reads) is the same:
    /// all but the body.
    func sameListing(as other: HandbookPage) -> Bool {
        path == other.path && title == other.title && order == other.order && summary == other.summary
            && stages == other.stages && pillars == other.pillars && steps == other.steps
            && section == other.section && url == other.url
    }
}
