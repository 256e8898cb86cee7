import CXSiteSupport
import CXSiteModel

/// One month's review: the numbers shown (frozen or live), the team's notes, the improvements
/// loop, the rule checks, and what changed in the data since the review was frozen.
public struct MonthlyReview: Sendable {
    public var month: Period
    /// The numbers the page shows: the frozen ones when the review is frozen, else ``live``.
    public var snapshot: ReviewSnapshot
    /// The numbers computed from today's data.
    public var live: ReviewSnapshot
    public var frozen: FrozenReview?
    /// Numbers of a frozen review that today's data gives differently.
    public var restatements: [Restatement]
    public var notes: ReviewNotes?
    public var improvements: ImprovementLoop
    public var ruleChecks: [RuleCheck]
    /// The change of every series (overall and breakdowns) from the month before, tested against
    /// chance, from today's data, in series order (`data/reviews.json`).
    public var changes: [MetricChange] = []
    /// The months of the reviews before and after this one.
    public var previous: Period?
    public var next: Period?

    /// The scorecard has at least one value this month.
    public var hasData: Bool { snapshot.metrics.contains { $0.value != nil } }

    /// The restatements of metric `id` (value, previous month, target).
    public func restatements(of metric: String) -> [Restatement] {
        restatements.filter { $0.subject == .metric(metric) }
    }

    /// The memberwise initialiser, open to the other targets.
    package init(month: Period, snapshot: ReviewSnapshot, live: ReviewSnapshot, frozen: FrozenReview? = nil, restatements: [Restatement], notes: ReviewNotes? = nil, improvements: ImprovementLoop, ruleChecks: [RuleCheck], previous: Period? = nil, next: Period? = nil) {
        self.month = month
        self.snapshot = snapshot
        self.live = live
        self.frozen = frozen
        self.restatements = restatements
        self.notes = notes
        self.improvements = improvements
        self.ruleChecks = ruleChecks
        self.previous = previous
        self.next = next
    }
}

/// A number of a frozen review that today's data gives differently.
public struct Restatement: Sendable {
    public enum Subject: Sendable, Equatable {
        case metric(String)
        case overall
        case area(MaturityArea)
    }

    public enum Field: String, Sendable {
        /// The month's value.
        case value
        /// The value of the month before (behind the change).
        case previous
        case target
        /// A maturity score.
        case score
    }

    public var month: Period
    public var subject: Subject
    /// "First response time", "Overall maturity", "Resolve maturity".
    public var name: String
    public var field: Field
    public var published: Double?
    public var now: Double?
    /// The metric's unit; nil for scores.
    public var unit: MetricDefinition.Unit?
    /// Where the frozen number is.
    public var location: SourceLocation

    /// A number as the page shows it; "no value" for nil.
    public func text(_ value: Double?) -> String {
        guard let value else { return "no value" }
        return unit.map { NumberFormat.value(value, unit: $0) } ?? NumberFormat.fixed(value, decimals: 1)
    }

    /// What the number is: "First response time, October 2026", "target of CSAT", "Resolve maturity score".
    public var what: String {
        switch field {
        case .value: "\(name), \(month.longLabel)"
        case .previous: "\(name), \(month.previous.longLabel) (the \(month.cadence.unit) before)"
        case .target: "target of \(name)"
        case .score: "\(name) score, \(month.longLabel)"
        }
    }

    /// The memberwise initialiser, open to the other targets.
    package init(month: Period, subject: Subject, name: String, field: Field, published: Double? = nil, now: Double? = nil, unit: MetricDefinition.Unit? = nil, location: SourceLocation) {
        self.month = month
        self.subject = subject
        self.name = name
        self.field = field
        self.published = published
        self.now = now
        self.unit = unit
        self.location = location
    }
}

/// Builds the review of every month with data, with notes, or frozen.
package enum MonthlyReviews {
    package static func make(site: Site, maturity: [MonthMaturity], ticketRuleChecks: [Period: [TicketRuleCheck]]) -> [MonthlyReview] {
        var months = Set(maturity.compactMap(\.month))
        months.formUnion(site.reviewNotes.map(\.month))
        months.formUnion(site.frozenReviews.map(\.month))
        let ordered = months.sorted()
        let loops = ImprovementLoop.loops(notes: site.reviewNotes, months: ordered)
        let units = Dictionary(site.catalog.metrics.map { ($0.id, $0.unit) }) { first, _ in first }
        let series = site.metricSeries.sorted { $0.key < $1.key }
        return ordered.enumerated().map { index, month in
            let live = liveSnapshot(month: month, site: site, maturity: maturity)
            let frozen = site.frozenReviews.first { $0.month == month }
            let snapshot = frozen?.snapshot ?? live
            var review = MonthlyReview(
                month: month, snapshot: snapshot, live: live, frozen: frozen,
                restatements: frozen.map { restatements(frozen: $0, live: live, site: site) } ?? [],
                notes: site.reviewNotes.first { $0.month == month },
                improvements: loops[month] ?? ImprovementLoop(),
                ruleChecks: RuleChecks.checks(month: month, figures: snapshot.metrics, site: site, tickets: ticketRuleChecks[month] ?? []),
                previous: index > 0 ? ordered[index - 1] : nil,
                next: index + 1 < ordered.count ? ordered[index + 1] : nil)
            review.changes = series.compactMap { one in
                units[one.metric].flatMap { MetricChange(series: one, month: month, unit: $0, confidence: site.config.statistics.confidence) }
            }
            return review
        }
    }

    /// The numbers of `month` from today's data: every metric with values up to that month, the
    /// maturity scores, and the highlights.
    package static func liveSnapshot(month: Period, site: Site, maturity: [MonthMaturity]) -> ReviewSnapshot {
        let metrics = site.metricsByStage.compactMap { metric -> ReviewSnapshot.MetricFigures? in
            guard let series = site.overallSeries(of: metric.id), let first = series.points.first, first.month <= month else { return nil }
            let point = series.point(in: month)
            let target = point?.target ?? series.points.last(where: { $0.month < month })?.target ?? metric.target
            let standing: MetricStatus.Standing
            if let point {
                standing = target.map { MetricStatus.meets(point.value, target: $0, better: metric.better) ? .met : .missed } ?? .noTarget
            } else {
                standing = .noData
            }
            let previous = series.point(in: month.previous)
            var figures = ReviewSnapshot.MetricFigures(id: metric.id, value: point?.value, previous: previous?.value, target: target, standing: standing,
                                                       n: point?.n, previousN: previous?.n, interval: point?.interval)
            if let point, let previous {
                let change = MetricChange(key: series.key, month: month, point: point, previous: previous, unit: metric.unit,
                                          confidence: site.config.statistics.confidence)
                figures.pValue = change.pValue
                figures.significant = change.significant
            }
            return figures
        }
        let index = maturity.firstIndex { $0.month == month }
        let current = index.map { maturity[$0] }
        let before = index.flatMap { $0 > 0 && maturity[$0 - 1].month == month.previous ? maturity[$0 - 1] : nil }
        func figures(_ score: MaturityScore?, _ previous: MaturityScore?) -> ReviewSnapshot.ScoreFigures? {
            guard let score else { return nil }
            return .init(score: NumberFormat.rounded(score.score, decimals: 1), level: score.level,
                         previousScore: previous.map { NumberFormat.rounded($0.score, decimals: 1) }, previousLevel: previous?.level)
        }
        var areas: [MaturityArea: ReviewSnapshot.ScoreFigures] = [:]
        for area in MaturityArea.all {
            if let score = figures(current?.score(area), before?.score(area)) { areas[area] = score }
        }
        let overall = figures(current?.overall, before?.overall)
        // The self-assessment entering or leaving the overall score moves it with no change in the metrics: say so.
        var context: String?
        if let now = current?.overall?.assessment.count, let then = before?.overall?.assessment.count, (now == 0) != (then == 0) {
            context = now > 0 ? "the self-assessment counts from this \(month.cadence.unit) (\(StepTracker.count(now, "answer")))" : "the self-assessment no longer counts (no answers apply this \(month.cadence.unit))"
        }
        return ReviewSnapshot(month: month, metrics: metrics, overall: overall, areas: areas,
                              highlights: ReviewHighlights.make(month: month, figures: metrics, site: site, overall: overall, areas: areas, scoreContext: context))
    }

    /// Where `live` gives a number of `frozen` differently (at the six decimals a frozen file keeps;
    /// scores at one decimal).
    package static func restatements(frozen: FrozenReview, live: ReviewSnapshot, site: Site) -> [Restatement] {
        let month = frozen.month
        func same(_ a: Double?, _ b: Double?) -> Bool { a.map(JSONValue.format) == b.map(JSONValue.format) }
        var result: [Restatement] = []
        var ids = frozen.snapshot.metrics.map(\.id)
        ids += live.metrics.filter { row in row.value != nil && !ids.contains(row.id) }.map(\.id)
        for id in ids {
            guard let metric = site.catalog.metric(id) else { continue }
            let old = frozen.snapshot.figures(id), new = live.figures(id)
            let fields: [(Restatement.Field, Double?, Double?)] = [
                (.value, old?.value, new?.value), (.previous, old?.previous, new?.previous), (.target, old?.target, new?.target),
            ]
            for (field, published, now) in fields where !same(published, now) {
                // A field written as null or left out has no place of its own: point at the metric's entry.
                let location = frozen.locations["metric/\(id)/\(field.rawValue)"] ?? frozen.location("metric/\(id)")
                result.append(Restatement(month: month, subject: .metric(id), name: metric.name, field: field, published: published,
                                          now: now, unit: metric.unit, location: location))
            }
        }
        var scores: [(Restatement.Subject, String, String, ReviewSnapshot.ScoreFigures?, ReviewSnapshot.ScoreFigures?)] = [
            (.overall, "Overall maturity", "overall", frozen.snapshot.overall, live.overall),
        ]
        scores += MaturityArea.all.map { (.area($0), "\($0.name) maturity", $0.id, frozen.snapshot.areas[$0], live.areas[$0]) }
        for (subject, name, key, old, new) in scores where old != nil && !same(old?.score, new?.score) {
            result.append(Restatement(month: month, subject: subject, name: name, field: .score, published: old?.score, now: new?.score,
                                      unit: nil, location: frozen.location("score/\(key)")))
        }
        return result
    }

    /// Warnings about the reviews: each restatement of a frozen review (so `cxsite check` lists
    /// them), and a feed without `base_url`.
    package static func diagnostics(_ reviews: [MonthlyReview], site: Site) -> DiagnosticLog {
        var log = DiagnosticLog()
        for review in reviews {
            for restatement in review.restatements {
                log.warning("restated: \(restatement.what) was \(restatement.text(restatement.published)) when the review was frozen, and is \(restatement.text(restatement.now)) in today's data; the review keeps the frozen number and shows the new one beside it",
                            at: restatement.location)
            }
        }
        if !reviews.isEmpty && site.config.baseURL == nil {
            log.warning("site.yml has no base_url, so reviews/feed.xml links to the reviews relatively and most feed readers cannot follow them; set base_url to the address the site is published at", at: nil)
        }
        return log
    }
}
