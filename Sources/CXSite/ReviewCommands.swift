public import Foundation
import CXSiteSupport
import CXSiteModel
import CXSiteLoad
import CXSiteAnalyse
import CXSiteCharts
import CXSiteRender
import CXSiteWrite

/// The review commands of the CLI over a project folder: `cxsite review freeze YYYY-MM` and
/// `cxsite new review YYYY-MM`. Both read and check the project like `cxsite check`, then write
/// one file under `content/reviews/`.
///
/// ```swift
/// let commands = ReviewCommands(root: URL(fileURLWithPath: "."))
/// let result = try commands.freeze(month: "2026-10", on: "2026-11-03")
/// print(result.path)   // content/reviews/2026-10.frozen.json
/// ```
public struct ReviewCommands: Sendable {
    public let root: URL

    public init(root: URL) { self.root = root.standardizedFileURL }

    /// Why a command wrote nothing.
    public enum Failure: Error, Sendable, CustomStringConvertible {
        /// The project has errors (they are in the diagnostics, with the warnings).
        case project([Diagnostic])
        /// A one-line reason.
        case refused(String)

        public var description: String {
            switch self {
            case .project(let diagnostics):
                let errors = diagnostics.filter { $0.severity == .error }.count
                return "the project has \(errors) error\(errors == 1 ? "" : "s"); fix \(errors == 1 ? "it" : "them") first"
            case .refused(let reason): return reason
            }
        }
    }

    /// What a command wrote, and the warnings it met on the way.
    public struct Written: Sendable {
        /// Relative to the project: `content/reviews/2026-10.frozen.json`.
        public var path: String
        /// True when an existing file was replaced (`freeze --force`).
        public var replaced: Bool
        public var warnings: [Diagnostic]

        /// The memberwise initialiser, open to the other targets.
        package init(path: String, replaced: Bool, warnings: [Diagnostic]) {
            self.path = path
            self.replaced = replaced
            self.warnings = warnings
        }
    }

    /// Records the scorecard, scores and highlights of `month` in `content/reviews/<month>.frozen.json`,
    /// dated `day` (`YYYY-MM-DD`). An existing frozen review is replaced only with `force`.
    public func freeze(month text: String, on day: String, force: Bool = false) throws(Failure) -> Written {
        let month = try parse(text)
        guard (try? Period.parseDate(day)) != nil else { throw .refused("'\(day)' is not a date; expected YYYY-MM-DD") }
        let (site, analysis, warnings) = try load()
        try fits(month, site)
        guard let review = analysis.review(of: month), review.live.metrics.contains(where: { $0.value != nil }) || review.live.overall != nil else {
            throw .refused("there is no data for \(month.longLabel) to freeze; the \(site.config.cadence.units) with data are \(range(analysis))")
        }
        let path = FrozenReview.path(for: month)
        let existing = site.frozenReviews.first { $0.month == month }
        if let existing, !force {
            let when = existing.frozenOn.map { " on \($0)" } ?? ""
            let restated = review.restatements.isEmpty ? "" : " (its \(StepTracker.count(review.restatements.count, "restated figure")) would become the published ones)"
            throw .refused("\(path) already records the review as frozen\(when); use --force to replace it with today's numbers\(restated)")
        }
        try write(FrozenReviewJSON.text(review.live, frozenOn: day), to: path, replacing: existing != nil)
        return Written(path: path, replaced: existing != nil, warnings: warnings)
    }

    /// Writes `content/reviews/<month>.md`, pre-filled with the open improvements and the month's
    /// highlights as prompts; never replaces an existing file.
    public func newReview(month text: String) throws(Failure) -> Written {
        let month = try parse(text)
        let path = "content/reviews/\(month).md"
        guard !FileSystem.exists(root.appendingPathComponent(path).path) else {
            throw .refused("\(path) already exists; cxsite never overwrites it")
        }
        let (site, analysis, warnings) = try load()
        try fits(month, site)
        try write(ReviewStarter.text(month: month, site: site, analysis: analysis), to: path)
        return Written(path: path, replaced: false, warnings: warnings)
    }

    private func parse(_ text: String) throws(Failure) -> Period {
        do {
            return try Period(parsing: text)
        } catch {
            throw .refused(error.description)
        }
    }

    private func load() throws(Failure) -> (Site, SiteAnalysis, [Diagnostic]) {
        var log = DiagnosticLog()
        guard let prepared = SiteBuilder(root: root).prepare(log: &log), !log.hasErrors else { throw .project(log.sorted) }
        return (prepared.site, prepared.analysis, log.sorted)
    }

    /// A review is for a period of the project's cadence: a month, or under `cadence: weekly` an ISO week.
    private func fits(_ period: Period, _ site: Site) throws(Failure) {
        let cadence = site.config.cadence
        guard period.cadence != cadence else { return }
        throw .refused(cadence == .weekly
            ? "the project reports weekly (cadence: weekly in site.yml); give an ISO week such as \(Period(containing: period.firstDay, cadence: .weekly))"
            : "'\(period)' is a week but the project reports monthly; give a month YYYY-MM, or add 'cadence: weekly' to site.yml")
    }

    private func range(_ analysis: SiteAnalysis) -> String {
        let months = analysis.reviews.filter { $0.live.metrics.contains { $0.value != nil } }.map(\.month)
        guard let first = months.first, let last = months.last else { return "none (no metric data yet)" }
        return first == last ? first.description : "\(first) to \(last)"
    }

    /// A frozen review replaces the old one only with `--force` (checked above); a new review never replaces a file.
    private func write(_ text: String, to path: String, replacing: Bool = false) throws(Failure) {
        let url = root.appendingPathComponent(path)
        do {
            if replacing {
                try ProjectFileWriter.replace(Array(text.utf8), at: url)
            } else {
                try ProjectFileWriter.create(Array(text.utf8), at: url)
            }
        } catch {
            switch error {
            case .exists:
                throw .refused("\(path) already exists; cxsite never overwrites it")
            case .folder(let reason), .file(let reason):
                throw .refused("could not write \(path): \(reason)")
            }
        }
    }
}
