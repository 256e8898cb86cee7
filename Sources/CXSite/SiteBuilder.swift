public import Foundation
import CXSiteSupport
import CXSiteModel
import CXSiteLoad
import CXSiteAnalyse
import CXSiteCharts
import CXSiteRender
import CXSiteWrite

/// The whole pipeline in one flat function per command: load → model → analyse → render → write,
/// each phase timed.
///
/// ```swift
/// let report = SiteBuilder(root: URL(fileURLWithPath: "."), output: nil).build()
/// for diagnostic in report.diagnostics { print(diagnostic) }
/// ```
public struct SiteBuilder {
    public let root: URL
    public let output: URL
    /// Build the pages marked `draft: true` too (`cxsite serve --drafts`).
    public let includingDrafts: Bool

    /// `output` defaults to `root/public`.
    public init(root: URL, output: URL?, includingDrafts: Bool = false) {
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

    /// Reads and checks the project without writing anything; with no errors, also analyses it
    /// for the warnings of the analysis (restated frozen reviews).
    public func check() -> Report {
        var report = Report()
        var log = DiagnosticLog()
        _ = analysed(log: &log, report: &report)
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
        guard let (site, analysis, templates) = analysed(log: &log, report: &report), !log.hasErrors else {
            report.diagnostics = log.sorted
            return report
        }
        do {
            // Each page is written as soon as it is rendered, on the thread that rendered it:
            // rendering and writing overlap, and no more than a few pages are held in memory.
            let staging = try writer.begin()
            let batches = timed("render+write", &report) {
                SiteRenderer.render(site, analysis: analysis, templates: templates) { files in
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
        if let (site, analysis, templates) = analysed(log: &log, report: &report), !log.hasErrors {
            let warnings = log.sorted
            rendered = timed("render", &report) { RenderedSite(site: site, analysis: analysis, templates: templates, diagnostics: warnings) }
        }
        report.diagnostics = log.sorted
        return (report, rendered)
    }

    /// Load, model and analyse (with the analysis' diagnostics), and the templates; nil when
    /// modelling found an error.
    private func analysed(log: inout DiagnosticLog, report: inout Report) -> (Site, SiteAnalysis, TemplateSet)? {
        let (model, templates) = loadAndModel(log: &log, report: &report)
        guard !log.hasErrors else { return nil }
        var site = model
        let analysis = timed("analyse", &report) { SiteAnalysis.analyse(&site, log: &log) }
        log.append(contentsOf: MonthlyReviews.diagnostics(analysis.reviews, site: site))
        return (site, analysis, templates)
    }

    private func loadAndModel(log: inout DiagnosticLog, report: inout Report) -> (Site, TemplateSet) {
        let files = timed("load", &report) { ProjectReader(root: root).read(log: &log) }
        report.exports = files.helpDesk.summary
        let site = timed("model", &report) { Site.assemble(from: files, includingDrafts: includingDrafts, log: &log) }
        report.drafts = site.drafts.map { ($0.path, $0.title) }
        return (site, TemplateSet.load(overrides: files.templates, log: &log))
    }

    private func timed<T>(_ name: String, _ report: inout Report, _ work: () throws -> T) rethrows -> T {
        let start = DispatchTime.now().uptimeNanoseconds
        defer { report.phases.append((name, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)) }
        return try work()
    }
}
