import CXSiteSupport
import CXSiteModel

extension Site {
    /// Interprets the project's files: site settings, home text, handbook pages, journeys, metrics, reviews, exports.
    /// Every problem is logged; what can be understood is kept, so one run reports everything.
    /// Pages with `draft: true` are checked like any page, then left out unless `includingDrafts`.
    /// The Markdown texts are made HTML after this, by ``renderMarkdown(log:)`` (the builder's model phase does both).
    public static func assemble(from files: ProjectFiles, includingDrafts: Bool = false, log: inout DiagnosticLog) -> Site {
        let config = files.siteConfig.map { SiteConfig.load(yaml: $0.text, path: $0.path, log: &log) } ?? SiteConfig()
        var homeTitle: String?
        var homeIntro: MarkdownText?
        var handbookIntro: MarkdownText?
        var sectionIntros: [String: (title: String?, intro: MarkdownText)] = [:]
        var pages: [HandbookPage] = []
        var drafts: [HandbookPage] = []
        var seenURLs: [String: HandbookPage] = [:]
        var journeys: [JourneyMap] = []
        var reviewNotes: [ReviewNotes] = []

        // Handbook pages are most of a large site: their front matter is read on all cores
        // first, each page with its own log; the loop below takes the results in path order.
        let handbookPages = Parallel.map(files.markdown) { file -> (page: HandbookPage?, log: DiagnosticLog)? in
            guard let (folder, name) = handbookLocation(file.path), name.lowercased() != "index" else { return nil }
            var log = DiagnosticLog()
            let page = HandbookPage(file, section: folder, slug: Slug.make(name), log: &log)
            return (page, log)
        }

        for (file, parsed) in zip(files.markdown, handbookPages) {
            let path = file.path
            if file.text.utf8.allSatisfy(\.isBlank) {
                log.error("file is empty; write its Markdown text, or delete the file", at: SourceLocation(path: path))
                continue
            }
            if path == "content/index.md" {
                let document = FrontMatterFields.read(file, known: ["title", "description"], what: "the home page", log: &log)
                homeTitle = document.title
                homeIntro = document.markdown
            } else if let (folder, name) = handbookLocation(path) {
                if name.lowercased() == "index" {
                    let document = FrontMatterFields.read(file, known: ["title", "summary"], what: "a section introduction", log: &log)
                    if folder.isEmpty { handbookIntro = document.markdown } else { sectionIntros[folder] = (document.title, document.markdown) }
                    continue
                }
                guard let parsed else { continue }
                log.append(contentsOf: parsed.log)
                guard let page = parsed.page else { continue }
                if page.metadata.draft && !includingDrafts {
                    drafts.append(page)
                    continue
                }
                if let other = seenURLs[page.url] {
                    if let slug = page.metadata.slug ?? other.metadata.slug {
                        log.error("'\(path)' and '\(other.path)' would both become \(page.url) (slug '\(slug)'); give one of them another 'slug'",
                                  at: page.metadata.slugLocation ?? SourceLocation(path: path))
                    } else {
                        log.error("'\(path)' and '\(other.path)' would both become \(page.url); rename one of them", at: SourceLocation(path: path))
                    }
                    continue
                }
                seenURLs[page.url] = page
                pages.append(page)
            } else if path.hasPrefix("content/journeys/") {
                journeys.append(JourneyMap(parsing: file, catalog: config.catalog, log: &log))
            } else if path.hasPrefix("content/reviews/") {
                if let notes = ReviewNotes(file, log: &log) { reviewNotes.append(notes) }
            } else {
                log.warning("'\(path)' is not in content/handbook/, content/journeys/ or content/reviews/, so no page is made from it; move it into content/handbook/ to publish it", at: SourceLocation(path: path))
            }
        }

        var byFolder: [String: [HandbookPage]] = [:]
        for page in pages { byFolder[page.section, default: []].append(page) }
        for folder in sectionIntros.keys where byFolder[folder] == nil { byFolder[folder] = [] }
        let sections = byFolder.keys.sorted { ($0.isEmpty ? 0 : 1, $0) < ($1.isEmpty ? 0 : 1, $1) }.map { folder in
            HandbookSection(
                id: folder,
                title: sectionIntros[folder]?.title ?? (folder.isEmpty ? "General" : Slug.humanize(String(folder.split(separator: "/").last!))),
                intro: sectionIntros[folder]?.intro,
                pages: HandbookPage.inReadingOrder(byFolder[folder]!))
        }

        var site = Site(config: config, homeTitle: homeTitle, homeIntro: homeIntro, handbookIntro: handbookIntro,
                        sections: sections, staticFiles: files.staticFiles)
        site.drafts = drafts
        site.checkAliases(staticFiles: files.staticFiles, log: &log)
        site.tags = TopicTag.collect(from: site.handbookPages)
        site.metricSeries = MetricSeries.assemble(from: files.metricTables, catalog: config.catalog, cadence: files.cadence, log: &log)
        site.journeys = JourneyMap.siteOrder(journeys, log: &log)
        let frozen = files.frozenReviews.compactMap { FrozenReview($0, catalog: config.catalog, log: &log) }
        site.reviewNotes = fitting(reviewNotes, config.cadence, log: &log).sorted { $0.month < $1.month }
        site.frozenReviews = fitting(frozen, config.cadence, log: &log).sorted { $0.month < $1.month }
        if let file = files.tables.first(where: { $0.path == "content/assessment.csv" }) {
            site.assessment = AssessmentReader.read(file, dialect: files.helpDesk.settings.assessmentCSV, log: &log)
        }
        site.helpDesk = files.helpDesk
        site.orders = files.orders
        site.customerLists = files.customerLists
        return site
    }
}

extension Site {
    /// Under a weekly cadence, the project counted per month, for the months' summary pages
    /// (docs/REVIEWS.md): dated metric rows aggregated per month, the exports and customer lists
    /// counted per month, the orders' activity by month. Values given per week (a `week` column)
    /// cannot be split into months and are left out. No review notes: they are the weeks'.
    /// nil under a monthly cadence. Diagnostics were reported when `site` was made.
    public static func monthlyView(of site: Site, files: ProjectFiles) -> Site? {
        guard site.config.cadence == .weekly else { return nil }
        var month = site
        month.config.cadence = .monthly
        var ignored = DiagnosticLog()
        month.metricSeries = MetricSeries.assemble(from: files.metricTables, catalog: site.config.catalog, cadence: .monthly, log: &ignored)
        if let helpDesk = files.monthlyHelpDesk { month.helpDesk = helpDesk }
        month.helpDesk.settings.cadence = .monthly
        month.orders.settings.cadence = .monthly
        if let lists = files.monthlyCustomerLists { month.customerLists = lists }
        month.customerLists.settings.cadence = .monthly
        month.reviewNotes = []
        month.frozenReviews = []
        return month
    }
}

/// The reviews named for a period of `cadence`; each other one is an error saying how to fix it.
private func fitting<Review: ReviewFile>(_ reviews: [Review], _ cadence: Cadence, log: inout DiagnosticLog) -> [Review] {
    reviews.filter { review in
        guard review.month.cadence != cadence else { return true }
        let named = review.month.cadence == .monthly ? "a month" : "an ISO week"
        let fix = cadence == .monthly
            ? "add 'cadence: weekly' to site.yml, or name the file for a month (YYYY-MM)"
            : "name it for an ISO week (YYYY-Www, such as 2026-W44), or remove 'cadence: weekly' from site.yml"
        log.error("'\(review.path)' is named for \(named), \(review.month), but the project reports \(cadence.rawValue); \(fix)",
                  at: SourceLocation(path: review.path))
        return false
    }
}

/// A review file, named for its period.
private protocol ReviewFile {
    var month: Period { get }
    var path: String { get }
}
extension ReviewNotes: ReviewFile {}
extension FrozenReview: ReviewFile {}

/// The folder below `content/handbook/` and the file name without `.md` of a handbook file;
/// nil for a file elsewhere.
private func handbookLocation(_ path: String) -> (folder: String, name: String)? {
    guard path.hasPrefix("content/handbook/") else { return nil }
    let relative = path.dropFirst("content/handbook/".count).dropLast(3)
    // Split at the last "/" by bytes (Substring.split compares Characters); the reader's
    // paths have no empty components.
    guard let slash = relative.utf8.lastIndex(of: UInt8(ascii: "/")) else { return ("", String(relative)) }
    return (String(relative[..<slash]), String(relative[relative.utf8.index(after: slash)...]))
}

extension HandbookPage {
    /// Reads a handbook page's front matter: `title`, `order`, `summary`, `stage`, `pillar`, `step`
    /// (each of the last three one value or a list), `toc` (false: no table of contents), and the keys of
    /// other generators (``PageMetadata``).
    package init?(_ file: SourceText, section: String, slug: String, log: inout DiagnosticLog) {
        let known = ["title", "order", "summary", "stage", "pillar", "step", "toc"] + PageMetadata.keys
        let document = FrontMatterFields.read(file, known: known, what: "handbook front matter", log: &log)
        let fields = document.fields
        let folder = Routes.handbookFolder(section.split(separator: "/").map { Slug.make(String($0)) }.joined(separator: "/"))
        let metadata = fields.map { PageMetadata($0, folder: folder, log: &log) } ?? PageMetadata()
        if !document.unterminated, document.markdown.text.utf8.allSatisfy(\.isBlank) {
            log.error("the page has no text; write it below its \(document.fields == nil ? "title" : "front matter"), or delete the file",
                      at: SourceLocation(path: file.path, line: document.markdown.firstLine))
        }
        self.init(
            path: file.path,
            title: document.title ?? Slug.humanize(slug),
            order: fields?.int("order", log: &log) ?? metadata.weight,
            summary: fields?.string("summary", log: &log) ?? metadata.description,
            stages: fields?.values("stage", parse: CAREStage.init(named:), expected: CAREStage.allCases.map(\.rawValue), log: &log) ?? [],
            pillars: fields?.values("pillar", parse: Pillar.init(named:), expected: Pillar.allCases.map(\.rawValue), log: &log) ?? [],
            steps: fields?.values("step", parse: { Int($0).flatMap(ImplementationStep.init(rawValue:)) }, expected: (1...7).map(String.init), log: &log) ?? [],
            section: section,
            body: document.markdown,
            url: folder + (metadata.slug ?? slug) + "/index.html",
            metadata: metadata,
            tableOfContents: fields?.bool("toc", log: &log) ?? true)
    }
}
