import CXSiteSupport
import CXSiteModel
import CXSiteLoad
import CXSiteAnalyse
import CXSiteCharts
import CXSiteRender
import CXSiteWrite

/// A rendered site kept in memory by `cxsite serve`, so that an edit to one file re-renders
/// only what depends on it.
///
/// A handbook page's body shows on its own page and in the search index only: other pages show
/// its title, summary, tags and place in its section, and link to it by a URL made from its
/// path. So when only the body of an existing page changed (or its author or dates, which only
/// its own page shows), that page and `search-index.js` are the two files to rewrite. Anything
/// else (a new or removed file, a changed title, order, summary, description, stage, pillar,
/// step, tag, slug, alias or draft, a journey, metrics, templates, `site.yml`) needs the whole
/// site assembled and rendered again.
///
/// ```swift
/// var log = DiagnosticLog()
/// if let changed = rendered.applyEdit(of: source, log: &log) {
///     try OutputWriter(target: output).replace(changed)   // a few ms on a 10,000-page site
/// } else {
///     // build the whole site again
/// }
/// ```
public struct RenderedSite: Sendable {
    public private(set) var site: Site
    public let analysis: SiteAnalysis
    /// Every output file, in ``SiteRenderer/render(_:analysis:templates:)``'s order.
    public private(set) var files: [OutputFile]
    /// The diagnostics of the build (warnings only: a site with errors is not rendered).
    public private(set) var diagnostics: [Diagnostic]
    /// What every page shares (navigation, the page URLs for links), made once: a body edit
    /// changes none of it.
    private let context: PageContext
    private var positions: [String: Int]
    /// Each page's line of the search index, in path order, and where each path is in it.
    private var searchLines: [String]
    private var searchPositions: [String: Int]

    /// Renders `prepared` whole and keeps what a later ``applyEdit(of:log:)`` needs; `diagnostics`
    /// are the build's warnings, kept for the error overlay.
    public init(_ prepared: SiteBuilder.Prepared, diagnostics: [Diagnostic]) {
        site = prepared.site
        analysis = prepared.analysis
        self.diagnostics = diagnostics
        context = PageContext(site: site, analysis: analysis, templates: prepared.templates, monthly: prepared.monthly)
        let (files, lines) = SiteRenderer.renderKeepingSearchLines(context)
        self.files = files
        positions = Self.positions(of: files)
        searchLines = lines.map(\.line)
        searchPositions = Dictionary(lines.indices.map { (lines[$0].url, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Takes `files` as the site's files: the same files with static ones replaced or added,
    /// after `cxsite serve` copied changed static files (nothing else depends on them).
    public mutating func replaceFiles(_ files: [OutputFile]) {
        self.files = files
        positions = Self.positions(of: files)
    }

    private static func positions(of files: [OutputFile]) -> [String: Int] {
        Dictionary(files.indices.map { (files[$0].path, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Applies the new text of the handbook page `file` (already in the site, at the same path)
    /// and returns the files that changed: its page and the search index. Returns nil, leaving
    /// everything as it was, when more than that page depends on the change: the file is not a
    /// handbook page, it no longer reads (the problems are in `log`), or anything but its body
    /// changed. The page's own diagnostics replace those it had.
    public mutating func applyEdit(of file: SourceText, log: inout DiagnosticLog) -> [OutputFile]? {
        guard let s = site.sections.firstIndex(where: { $0.pages.contains { $0.path == file.path } }),
              let p = site.sections[s].pages.firstIndex(where: { $0.path == file.path }) else { return nil }
        let old = site.sections[s].pages[p]
        var pageLog = DiagnosticLog()
        let slug = String(old.url.dropLast("/index.html".count).split(separator: "/").last ?? "")
        var edited = HandbookPage(file, section: old.section, slug: slug, log: &pageLog)
        if edited != nil { site.renderMarkdown(of: &edited!, log: &pageLog) }
        log.append(contentsOf: pageLog)
        guard let new = edited, !pageLog.hasErrors, new.url == old.url, new.sameListing(as: old),
              let position = positions[old.url], let indexPosition = positions[SearchIndex.path],
              let linePosition = searchPositions[old.url] else { return nil }
        var sections = site.sections
        sections[s].pages[p] = new
        let page = context.handbookPage(at: p, in: sections[s])
        site.sections = sections
        searchLines[linePosition] = SearchIndex.line(for: context.searchEntry(of: new))
        let index = SearchIndex.file(sortedLines: searchLines)
        files[position] = page
        files[indexPosition] = index
        var kept = DiagnosticLog()
        for diagnostic in diagnostics where diagnostic.location?.path != file.path { kept.record(diagnostic) }
        kept.append(contentsOf: pageLog)
        diagnostics = kept.sorted
        return [page, index]
    }
}

extension HandbookPage {
    /// True when everything other pages show of this page (and the analysis reads) is the same:
    /// all but the body, the author and the dates.
    package func sameListing(as other: HandbookPage) -> Bool {
        var (mine, theirs) = (metadata, other.metadata)
        (mine.date, mine.updated, mine.author) = (nil, nil, nil)
        (theirs.date, theirs.updated, theirs.author) = (nil, nil, nil)
        return path == other.path && title == other.title && order == other.order && summary == other.summary
            && stages == other.stages && pillars == other.pillars && steps == other.steps
            && section == other.section && url == other.url && mine == theirs
    }
}
