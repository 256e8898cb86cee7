import CXSiteSupport
import CXSiteModel
import CXSiteAnalyse
import CXSiteCharts

/// The render phase: the whole site as output files, a pure function of the model.
public enum SiteRenderer {
    /// Renders `site` with `templates`.
    ///
    /// Pages are rendered on all cores (see ``Parallel``); the files come back in the same
    /// order, with the same bytes, as one core would give.
    public static func render(_ site: Site, analysis: SiteAnalysis, templates: TemplateSet, monthly: MonthlyView? = nil) -> [OutputFile] {
        renderKeepingSearchLines(PageContext(site: site, analysis: analysis, templates: templates, monthly: monthly)).files
    }

    /// Renders `site` and hands the files to `deliver` batch by batch as they are made, so that
    /// they can be written at once instead of all kept in memory (the build does this).
    ///
    /// The page batches are delivered from the threads that render them, in no particular
    /// order; then the sitemap, the assets, the copied content files and the search index,
    /// from the calling thread. Returns what `deliver` returned for each batch, in the order of
    /// ``render(_:analysis:templates:)``'s files.
    public static func render<Delivered: Sendable>(_ site: Site, analysis: SiteAnalysis, templates: TemplateSet, monthly: MonthlyView? = nil,
                                                   deliver: @Sendable ([OutputFile]) -> Delivered) -> [Delivered] {
        renderAll(PageContext(site: site, analysis: analysis, templates: templates, monthly: monthly), deliver: deliver).delivered
    }

    /// Every file, and each page's line of the search index in path order (what ``RenderedSite`` keeps).
    package static func renderKeepingSearchLines(_ context: PageContext) -> (files: [OutputFile], searchLines: [SearchLine]) {
        let (batches, lines) = renderAll(context) { $0 }
        return (batches.flatMap { $0 }, lines)
    }

    /// A page's path and its line of the search index.
    package typealias SearchLine = (url: String, line: String)

    private static func renderAll<Delivered: Sendable>(_ context: PageContext,
                                                       deliver: @Sendable ([OutputFile]) -> Delivered) -> (delivered: [Delivered], searchLines: [SearchLine]) {
        let site = context.site
        let jobs = jobs(context)
        // The few long jobs (indexes listing every page, metric pages) start first, so that no
        // core is left finishing one of them after the handbook pages are done; the results
        // are put back in output order. Each page's line of the search index is made while
        // the page is at hand, so no page is kept for the index.
        let handbookPages = 3..<(3 + site.sections.reduce(0) { $0 + $1.pages.count })
        let order = Array(jobs.indices.filter { !handbookPages.contains($0) }) + Array(handbookPages)
        // Alias pages only redirect: they are neither searched nor in the sitemap.
        let redirects = Set(site.redirects.map(\.alias.path))
        let done = Parallel.map(order) { index in
            let (files, search) = jobs[index]()
            let pages = redirects.isEmpty ? files : files.filter { !redirects.contains($0.path) }
            return (paths: pages.map(\.path), searchLines: search.map { (url: $0.url, line: SearchIndex.line(for: $0)) }, delivered: deliver(files))
        }
        var pages = done
        for (position, index) in order.enumerated() { pages[index] = done[position] }
        var results = pages.map(\.delivered)
        var tail: [OutputFile] = []
        if let baseURL = site.config.baseURL {
            tail.append(Sitemap.file(for: pages.flatMap(\.paths), baseURL: baseURL))
        }
        for (path, text) in context.templates.assets.sorted(by: { $0.key < $1.key }) {
            tail.append(OutputFile(path: path, text: text))
        }
        for file in site.staticFiles {
            tail.append(OutputFile(path: file.path, bytes: file.bytes))
        }
        let lines = pages.flatMap(\.searchLines).sorted { $0.url < $1.url }
        tail.append(SearchIndex.file(sortedLines: lines.map(\.line)))
        results.append(deliver(tail))
        return (results, lines)
    }

    /// One page or a few related files to render, with the search index's entries of its pages.
    package typealias Job = @Sendable () -> (files: [OutputFile], search: [SearchIndex.Page])

    /// Every page of the site as independent jobs, in output order: one per handbook page and
    /// journey, one per group of generated pages. The handbook pages' jobs come fourth, after
    /// the home page, the handbook index and the 404 page (``render(_:analysis:templates:deliver:)``
    /// counts on it).
    package static func jobs(_ context: PageContext) -> [Job] {
        let site = context.site
        /// A job of generated pages: the files, and the entries of those pages the job made
        /// (a page shown only with data, such as the months compared, has an entry only then).
        func generated(_ kind: PageContext.GeneratedPages, _ render: @escaping @Sendable () -> [OutputFile]) -> Job {
            {
                let files = render()
                let paths = Set(files.map(\.path))
                return (files, context.searchEntries(of: kind).filter { paths.contains($0.url) })
            }
        }
        var jobs: [Job] = [
            generated(.home) { [context.homePage()] },
            generated(.handbookIndex) { [context.handbookIndex()] },
            { ([context.notFoundPage()], []) },
        ]
        for section in site.sections {
            for position in section.pages.indices {
                jobs.append { ([context.handbookPage(at: position, in: section)], [context.searchEntry(of: section.pages[position])]) }
            }
        }
        for (part, eyebrow, noun) in [(PageContext.FrameworkPart.stages, "CARE stage", "stage"), (.pillars, "Pillar", "pillar"), (.steps, "Step", "step")] {
            jobs.append {
                let items = context.items(of: part)
                return (context.frameworkPages(kind: part.folder, title: part.title, guide: part.guide, items: items, eyebrow: eyebrow, kindNoun: noun, key: noun),
                        context.searchEntries(of: part, items: items))
            }
        }
        jobs.append(generated(.tags) { context.tagPages() })
        // Alias pages only redirect: they are neither searched nor in the sitemap.
        jobs.append { (context.aliasPages(), []) }
        jobs.append(generated(.journeysIndex) { [context.journeysIndex()] })
        for journey in site.journeys {
            jobs.append(generated(.journey(journey)) { [context.journeyPage(journey), JourneyJSON.file(for: journey)] })
        }
        jobs.append(generated(.maturity) { [context.maturityPage(), ScoresData.file(context.analysis, settings: site.config.maturity, cadence: site.config.cadence)] })
        jobs.append(generated(.metricsIndex) { [context.metricsIndex()] })
        let metrics = site.metricsByStage
        for (position, metric) in metrics.enumerated() {
            jobs.append(generated(.metric(metric)) {
                [context.metricPage(metric, previous: position > 0 ? metrics[position - 1] : nil,
                                    next: position + 1 < metrics.count ? metrics[position + 1] : nil)]
            })
        }
        jobs.append { (context.metricsDataFiles(), []) }
        for review in context.analysis.reviews {
            jobs.append(generated(.review(review)) { [context.reviewPage(review)] })
        }
        for summary in context.monthSummaries() {
            jobs.append { ([summary()], []) }
        }
        jobs.append(generated(.reviewsArchive) { context.reviewsArchive() })
        jobs.append(generated(.checks) { [context.checksPage()] })
        jobs.append(generated(.method) { [context.methodPage()] })
        jobs.append(generated(.customers) { [context.customersPage()] })
        return jobs
    }
}
