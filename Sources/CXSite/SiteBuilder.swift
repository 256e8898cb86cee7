public import Foundation

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

    /// `output` defaults to `root/public`.
    public init(root: URL, output: URL?) {
        self.root = root.standardizedFileURL
        self.output = (output ?? root.appendingPathComponent("public")).standardizedFileURL
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
        public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
        public var warningCount: Int { diagnostics.filter { $0.severity == .warning }.count }
        public var seconds: Double { phases.reduce(0) { $0 + $1.seconds } }
    }

    /// Reads and checks the project without writing anything; with no errors, also analyses it
    /// for the warnings of the analysis (restated frozen reviews).
    public func check() -> Report {
        var report = Report()
        var log = DiagnosticLog()
        let site = loadAndModel(log: &log, report: &report)
        if !log.hasErrors {
            let analysis = timed("analyse", &report) { SiteAnalysis(site) }
            log.append(contentsOf: MonthlyReviews.diagnostics(analysis.reviews, site: site))
        }
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
        guard let files = render(log: &log, report: &report), !log.hasErrors else {
            report.diagnostics = log.sorted
            return report
        }
        do {
            try timed("write", &report) { try writer.write(files) }
            report.files = files.count
            report.pages = files.filter { $0.path.hasSuffix(".html") }.count
        } catch {
            log.error("could not write the site to '\(output.path)': \(FileSystem.reason(error)); the previous output is unchanged", at: nil)
        }
        report.diagnostics = log.sorted
        return report
    }

    /// Loads, models and renders the site without writing it: the output files, or nil when
    /// there is an error (`cxsite serve` writes them itself, only the files that changed).
    public func render() -> (report: Report, files: [OutputFile]?) {
        var report = Report()
        var log = DiagnosticLog()
        let files = render(log: &log, report: &report)
        report.diagnostics = log.sorted
        return (report, files)
    }

    /// Load, model and render; nil when the log has an error after modelling.
    private func render(log: inout DiagnosticLog, report: inout Report) -> [OutputFile]? {
        let site = loadAndModel(log: &log, report: &report)
        guard !log.hasErrors else { return nil }
        let analysis = timed("analyse", &report) { SiteAnalysis(site) }
        log.append(contentsOf: MonthlyReviews.diagnostics(analysis.reviews, site: site))
        return timed("render", &report) { SiteRenderer.render(site, analysis: analysis) }
    }

    private func loadAndModel(log: inout DiagnosticLog, report: inout Report) -> Site {
        let files = timed("load", &report) { ProjectReader(root: root).read(log: &log) }
        report.exports = files.helpDesk.summary
        return timed("model", &report) { Site.assemble(from: files, log: &log) }
    }

    private func timed<T>(_ name: String, _ report: inout Report, _ work: () throws -> T) rethrows -> T {
        let start = DispatchTime.now().uptimeNanoseconds
        defer { report.phases.append((name, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)) }
        return try work()
    }
}
