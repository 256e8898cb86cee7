public import Foundation
import CXSiteSupport
import CXSiteModel
import CXSiteLoad
import CXSiteAnalyse
import CXSiteCharts
import CXSiteRender
import CXSiteWrite

/// The pipeline, load → model → analyse → render → write, as one function per phase, and the
/// commands made of them. Everything that builds goes through these functions: `cxsite build`
/// and `check`, `cxsite serve`'s rebuilds (``render()``), the review commands (``prepare(log:)``),
/// the tests' fixture sites and the benchmark.
///
/// ```swift
/// let report = SiteBuilder(root: URL(fileURLWithPath: ".")).build()
/// for diagnostic in report.diagnostics { print(diagnostic) }
/// ```
public struct SiteBuilder {
    public let root: URL
    public let output: URL
    /// Build the pages marked `draft: true` too (`cxsite serve --drafts`).
    public let includingDrafts: Bool

    /// `output` defaults to `root/public`.
    public init(root: URL, output: URL? = nil, includingDrafts: Bool = false) {
        self.root = root.standardizedFileURL
        self.output = (output ?? root.appendingPathComponent("public")).standardizedFileURL
        self.includingDrafts = includingDrafts
    }

    /// What a run did: its diagnostics (sorted), what it wrote, how long each phase took.
    public struct Report: Sendable {
        public var diagnostics: [Diagnostic] = []
        /// HTML pages written (0 when nothing was written).
        public var pages = 0
        /// All files written, pages included.
        public var files = 0
        public var phases: [(name: String, seconds: Double)] = []
        /// The help-desk and survey exports read, by format (`tickets: 1 Zendesk ticket export (…)`); nil without any.
        public var exports: String?
        /// The handbook pages left out because they are drafts (`draft: true`), by path.
        public var drafts: [(path: String, title: String)] = []
        public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
        public var warningCount: Int { diagnostics.filter { $0.severity == .warning }.count }
        public var seconds: Double { phases.reduce(0) { $0 + $1.seconds } }

        /// The memberwise initialiser, open to the other targets.
        package init(diagnostics: [Diagnostic] = [], pages: Int = 0, files: Int = 0, phases: [(name: String, seconds: Double)] = [], exports: String? = nil, drafts: [(path: String, title: String)] = []) {
            self.diagnostics = diagnostics
            self.pages = pages
            self.files = files
            self.phases = phases
            self.exports = exports
            self.drafts = drafts
        }
    }

    /// What the phases before rendering make of a project: all that rendering needs (not the
    /// files read, whose memory is given back before rendering starts).
    public struct Prepared: Sendable {
        public let site: Site
        public let analysis: SiteAnalysis
        public let templates: TemplateSet
        /// Under a weekly cadence, the project counted per month, for the months' summaries.
        public let monthly: MonthlyView?

        /// The memberwise initialiser, open to the other targets (the benchmark times the phases one by one).
        package init(site: Site, analysis: SiteAnalysis, templates: TemplateSet, monthly: MonthlyView? = nil) {
            self.site = site
            self.analysis = analysis
            self.templates = templates
            self.monthly = monthly
        }
    }

    // MARK: The phases

    /// Load: reads `site.yml`, `content/` and `templates/` within the project's boundary.
    public func load(log: inout DiagnosticLog) -> ProjectFiles {
        ProjectReader(root: root).read(log: &log)
    }

    /// Model: parses what was read into the site's values, Markdown made HTML. Takes the
    /// Markdown files out of `files` once they are parsed: each page keeps its own text until
    /// it is rendered, and a large site's sources would otherwise be held twice meanwhile.
    public func model(_ files: inout ProjectFiles, log: inout DiagnosticLog) -> Site {
        var site = Site.assemble(from: files, includingDrafts: includingDrafts, log: &log)
        files.markdown = []
        site.renderMarkdown(log: &log)
        return site
    }

    /// The built-in templates with the project's overrides, checked.
    public func templates(for files: ProjectFiles, log: inout DiagnosticLog) -> TemplateSet {
        TemplateSet.load(overrides: files.templates, log: &log)
    }

    /// Analyse: ticket metrics, reviews, scores and checks, with the analysis' warnings
    /// (restated frozen reviews). Run it only on a site without errors.
    public func analyse(_ site: inout Site, log: inout DiagnosticLog) -> SiteAnalysis {
        let analysis = SiteAnalysis.analyse(&site, log: &log)
        log.append(contentsOf: MonthlyReviews.diagnostics(analysis.reviews, site: site))
        return analysis
    }

    /// Load, model, templates and analyse in a row; nil when loading or modelling found an error.
    public func prepare(log: inout DiagnosticLog) -> Prepared? {
        var report = Report()
        return prepare(log: &log, report: &report)
    }

    /// Render: every output file, in memory.
    public static func render(_ prepared: Prepared) -> [OutputFile] {
        SiteRenderer.render(prepared.site, analysis: prepared.analysis, templates: prepared.templates, monthly: prepared.monthly)
    }

    // MARK: The commands

    /// Reads and checks the project without writing anything; with no errors, also analyses it
    /// for the warnings of the analysis (restated frozen reviews).
    public func check() -> Report {
        var report = Report()
        var log = DiagnosticLog()
        _ = prepare(log: &log, report: &report)
        report.diagnostics = log.sorted
        return report
    }

    /// Builds the site into the output folder. Nothing is written when there is an error.
    public func build() -> Report {
        var report = Report()
        var log = DiagnosticLog()
        let writer = OutputWriter(target: output)
        do {
            try writer.check(projectRoot: root)
        } catch {
            log.error(error.description, at: nil)
        }
        guard let prepared = prepare(log: &log, report: &report), !log.hasErrors else {
            report.diagnostics = log.sorted
            return report
        }
        do {
            // Each page is written as soon as it is rendered, on the thread that rendered it:
            // rendering and writing overlap, and no more than a few pages are held in memory.
            let staging = try writer.begin()
            let batches = timed("render+write", &report) {
                SiteRenderer.render(prepared.site, analysis: prepared.analysis, templates: prepared.templates, monthly: prepared.monthly) { files in
                    Result { () throws -> (files: Int, pages: Int) in
                        try staging.write(files)
                        return (files.count, files.count { $0.path.hasSuffix(".html") })
                    }
                }
            }
            var files = 0, pages = 0
            for batch in batches {
                switch batch {
                case .success(let counts):
                    files += counts.files
                    pages += counts.pages
                case .failure(let error):
                    writer.abandon(staging)
                    throw error
                }
            }
            try timed("replace", &report) { try writer.commit(staging) }
            report.files = files
            report.pages = pages
        } catch {
            log.error("could not write the site to '\(output.path)': \(FileSystem.reason(error)); the previous output is unchanged", at: nil)
        }
        report.diagnostics = log.sorted
        return report
    }

    /// Loads, models and renders the site without writing it, keeping it in memory; nil when
    /// there is an error (`cxsite serve` writes the files itself, only those that changed).
    public func render() -> (report: Report, rendered: RenderedSite?) {
        var report = Report()
        var log = DiagnosticLog()
        var rendered: RenderedSite?
        if let prepared = prepare(log: &log, report: &report), !log.hasErrors {
            let warnings = log.sorted
            rendered = timed("render", &report) { RenderedSite(prepared, diagnostics: warnings) }
        }
        report.diagnostics = log.sorted
        return (report, rendered)
    }

    /// ``prepare(log:)``, each phase timed in `report`, which also gets the exports and drafts.
    private func prepare(log: inout DiagnosticLog, report: inout Report) -> Prepared? {
        var files = timed("load", &report) { load(log: &log) }
        report.exports = HelpDeskData.summary(of: files.helpDesk.exports + files.orders.exports + files.customerLists.exports)
        var site = timed("model", &report) { model(&files, log: &log) }
        report.drafts = site.drafts.map { ($0.path, $0.title) }
        let templates = templates(for: files, log: &log)
        guard !log.hasErrors else { return nil }
        // Made before the analysis adds the exports' values to the site's (weekly) series.
        let monthSite = Site.monthlyView(of: site, files: files)
        let analysis = timed("analyse", &report) { analyse(&site, log: &log) }
        var monthly: MonthlyView?
        if var monthSite {
            // The months' summaries repeat what the weeks' analysis already reported.
            var ignored = DiagnosticLog()
            let monthAnalysis = analyse(&monthSite, log: &ignored)
            monthly = MonthlyView(site: monthSite, analysis: monthAnalysis)
        }
        return Prepared(site: site, analysis: analysis, templates: templates, monthly: monthly)
    }

    private func timed<T>(_ name: String, _ report: inout Report, _ work: () throws -> T) rethrows -> T {
        let start = DispatchTime.now().uptimeNanoseconds
        defer { report.phases.append((name, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)) }
        return try work()
    }
}
