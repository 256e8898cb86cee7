import CXSiteSupport
import CXSiteModel

/// Where the team stands on one of the seven implementation steps, and why.
public struct StepProgress: Sendable {
    public var step: ImplementationStep
    /// The status shown: the override from `site.yml` when there is one, else ``derived``.
    public var status: StepStatus
    /// The status the evidence alone gives.
    public var derived: StepStatus
    /// The note of a `site.yml` override.
    public var note: String?
    /// Set when `site.yml` overrides the evidence.
    public var overridden: Bool
    /// What the evidence rule looks for, as a sentence.
    public var rule: String
    /// What was found.
    public var finding: String
    public var evidence: [EvidenceLink]

    /// The memberwise initialiser, open to the other targets.
    package init(step: ImplementationStep, status: StepStatus, derived: StepStatus, note: String? = nil, overridden: Bool, rule: String, finding: String, evidence: [EvidenceLink]) {
        self.step = step
        self.status = status
        self.derived = derived
        self.note = note
        self.overridden = overridden
        self.rule = rule
        self.finding = finding
        self.evidence = evidence
    }
}

/// Derives each step's status from the project's evidence (DESIGN.md §2 "Seven-step tracker"):
///
/// 1. handbook pages with `step: 1`, and journeys with a persona;
/// 2. channels named on touchpoints;
/// 3. journey maps covering all four CARE stages;
/// 4. targets defined for the metrics in use;
/// 5. metric data for the reporting month;
/// 6. review notes for the reporting month;
/// 7. improvements carried from one month's review into the next.
///
/// Each is done, in progress (part of the evidence) or not started (none); `site.yml` `steps:` overrides.
public enum StepTracker {
    public static func progress(of site: Site, reportingMonth: Period?) -> [StepProgress] {
        ImplementationStep.allCases.map { step in
            var progress = derive(step, site: site, reportingMonth: reportingMonth)
            if let override = site.config.stepOverrides[step] {
                progress.status = override.status
                progress.note = override.note
                progress.overridden = true
            }
            return progress
        }
    }

    private static func journeyLinks(_ journeys: [JourneyMap]) -> [EvidenceLink] {
        journeys.map { EvidenceLink(title: $0.title, url: $0.url) }
    }

    private static func status(found: Int, of total: Int) -> StepStatus {
        found == 0 ? .notStarted : found >= total ? .done : .inProgress
    }

    private static func derive(_ step: ImplementationStep, site: Site, reportingMonth: Period?) -> StepProgress {
        let journeys = site.journeys
        func result(_ status: StepStatus, _ rule: String, _ finding: String, _ evidence: [EvidenceLink]) -> StepProgress {
            StepProgress(step: step, status: status, derived: status, note: nil, overridden: false, rule: rule, finding: finding, evidence: evidence)
        }
        let unit = site.config.cadence.unit
        switch step {
        case .analyzeWants:
            let pages = site.handbookPages(where: { $0.steps.contains(.analyzeWants) })
            let personas = journeys.filter { $0.persona != nil }
            let found = (pages.isEmpty ? 0 : 1) + (personas.isEmpty ? 0 : 1)
            return result(status(found: found, of: 2), "A handbook page with step: 1 and journeys that name a persona.",
                          "\(count(pages.count, "handbook page")) with step 1; \(count(personas.count, "journey")) with a persona.",
                          pages.map { EvidenceLink(title: $0.title, url: $0.url) } + journeyLinks(personas))
        case .recognizeChannels:
            let touchpoints = journeys.flatMap(\.touchpoints)
            let withChannel = touchpoints.filter { !$0.channels.isEmpty }.count
            let channels = site.channels.map(\.name)
            return result(status(found: withChannel, of: max(1, touchpoints.count)), "Every journey touchpoint names its channel.",
                          "\(withChannel) of \(count(touchpoints.count, "touchpoint")) name a channel" + (channels.isEmpty ? "." : ": \(channels.joined(separator: ", "))."),
                          journeyLinks(journeys.filter { $0.touchpoints.contains { !$0.channels.isEmpty } }))
        case .planJourney:
            let complete = journeys.filter { journey in journey.stages.allSatisfy { !$0.touchpoints.isEmpty } }
            let state: StepStatus = journeys.isEmpty ? .notStarted : complete.count == journeys.count ? .done : .inProgress
            return result(state,
                          "Journey maps with touchpoints in all four CARE stages.",
                          journeys.isEmpty ? "No journey maps yet." : "\(complete.count) of \(count(journeys.count, "journey map")) cover all four stages.",
                          journeyLinks(complete))
        case .defineKPIs:
            // A volume (tickets created, backlog) is read rather than judged: it needs no target.
            let inUse = metricsInUse(site).filter { site.catalog.metric($0)?.better != .neither }
            let withTarget = inUse.filter { id in site.metricSeries.contains { $0.key.metric == id && $0.target != nil } }
            return result(status(found: withTarget.count, of: max(1, inUse.count)), "A target for every metric the team reports (volumes, read rather than judged, need none).",
                          inUse.isEmpty ? "No metric data yet." : "\(withTarget.count) of \(count(inUse.count, "metric")) in use have a target.",
                          withTarget.compactMap { id in site.catalog.metric(id).map { EvidenceLink(title: $0.name, url: Routes.metric(id)) } })
        case .collectData:
            let inUse = metricsInUse(site)
            let current = inUse.filter { id in
                reportingMonth.map { month in site.metricSeries.contains { $0.key.metric == id && $0.key.isOverall && $0.point(in: month) != nil } } ?? false
            }
            return result(status(found: current.count, of: max(1, inUse.count)), "Data for every metric in use in the reporting \(unit).",
                          reportingMonth.map { "\(current.count) of \(count(inUse.count, "metric")) have data for \($0.label)." } ?? "No metric data yet.",
                          [EvidenceLink(title: "Metrics", url: Routes.metrics)].filter { _ in !inUse.isEmpty })
        case .generateInsights:
            let latest = site.reviewNotes.last
            let current = reportingMonth.flatMap { month in site.reviewNotes.first { $0.month == month } }
            let state: StepStatus = current != nil ? .done : latest != nil ? .inProgress : .notStarted
            let finding = current.map { "Review notes written for \($0.month.label)." }
                ?? latest.map { "Latest review notes are for \($0.month.label)" + (reportingMonth.map { ", not \($0.label)." } ?? ".") }
                ?? "No review notes yet."
            return result(state, "Review notes (content/reviews/\(site.config.cadence == .monthly ? "YYYY-MM" : "YYYY-Www").md) for the reporting \(unit).", finding,
                          (current ?? latest).map { [EvidenceLink(title: "Review \($0.month.label)", url: Routes.review($0.month))] } ?? [])
        case .refineProcess:
            let notes = site.reviewNotes
            var carried: [(ReviewNotes, ReviewImprovement)] = []
            for (previous, next) in zip(notes, notes.dropFirst()) where next.month == previous.month.next {
                let earlier = Set(previous.improvements.map { $0.title.lowercased() })
                carried += next.improvements.filter { earlier.contains($0.title.lowercased()) }.map { (next, $0) }
            }
            let any = notes.contains { !$0.improvements.isEmpty }
            let state: StepStatus = !carried.isEmpty ? .done : any ? .inProgress : .notStarted
            let finding = !carried.isEmpty ? "\(count(carried.count, "improvement")) carried from one \(unit)'s review into the next."
                : any ? "Improvements are listed, but none is followed up in the next \(unit)'s review yet." : "No improvements listed in review notes yet."
            return result(state, "Improvements listed in one \(unit)'s review and followed up in the next.", finding,
                          Array(Set(carried.map { $0.0.month })).sorted().map { EvidenceLink(title: "Review \($0.label)", url: Routes.review($0)) })
        }
    }

    /// Ids of catalog metrics with at least one value, in catalog order.
    package static func metricsInUse(_ site: Site) -> [String] {
        let ids = Set(site.metricSeries.filter { !$0.points.isEmpty }.map(\.key.metric))
        return site.catalog.ids.filter(ids.contains)
    }

    package static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
}
