import CXSiteSupport
import CXSiteModel

/// The maturity of every area in one month.
public struct MonthMaturity: Sendable {
    /// nil when the project has no dated data at all (scores then describe "now").
    public var month: Period?
    public var overall: MaturityScore?
    public var areas: [MaturityArea: MaturityScore]

    public func score(_ area: MaturityArea) -> MaturityScore? { areas[area] }

    /// The memberwise initialiser, open to the other targets.
    package init(month: Period? = nil, overall: MaturityScore? = nil, areas: [MaturityArea: MaturityScore]) {
        self.month = month
        self.overall = overall
        self.areas = areas
    }
}

/// The analyse phase's result: step statuses and maturity scores for every month with data.
public struct SiteAnalysis: Sendable {
    /// The latest month with any metric data: the month the site reports on.
    public var reportingMonth: Period?
    public var steps: [StepProgress]
    /// One entry per month, oldest first.
    public var maturity: [MonthMaturity]
    /// One review per month with data, notes or a frozen review, oldest first (docs/REVIEWS.md).
    public var reviews: [MonthlyReview] = []
    /// Metric values computed from the help-desk exports, how, and what the exports lack (docs/TICKETS.md).
    public var ticketMetrics = TicketMetrics()
    /// CARE rule checks of the exports, by month of ticket creation (surveys: month sent).
    public var ticketRuleChecks: [Period: [TicketRuleCheck]] = [:]
    /// Customer metrics, cohorts and churn by segment from the order exports and customer lists (docs/CUSTOMERS.md).
    public var customers = CustomerAnalysis()

    public var latest: MonthMaturity? { maturity.last }

    /// The month before `month` in ``maturity``, if any.
    public func maturity(before month: Period?) -> MonthMaturity? {
        guard let index = maturity.firstIndex(where: { $0.month == month }), index > 0 else { return nil }
        return maturity[index - 1]
    }

    /// The analyse phase: computes the metric values of the help-desk exports, the order exports
    /// and the customer lists and adds them to `site`'s series (a metrics CSV winning, each
    /// conflict logged), counts the exports' rule checks, then scores every month and makes the reviews.
    public static func analyse(_ site: inout Site, log: inout DiagnosticLog) -> SiteAnalysis {
        // With `compute_metrics: false` the exports still give the volume (tickets created and
        // solved, backlog), which no metrics CSV of the team holds; a CSV that does still wins.
        var ticketMetrics = TicketMetrics.compute(from: site.helpDesk, confidence: site.config.statistics.confidence)
        if !site.helpDesk.settings.computeMetrics { ticketMetrics = ticketMetrics.volumeOnly }
        site.metricSeries = ticketMetrics.merge(into: site.metricSeries, catalog: site.catalog, log: &log)
        // With `orders: compute_metrics: false` nothing is merged, so a list and the orders giving
        // the same month is no conflict worth a warning.
        var customerLog = DiagnosticLog()
        var customers = CustomerAnalysis.compute(orders: site.orders, lists: site.customerLists, confidence: site.config.statistics.confidence, log: &customerLog)
        if site.orders.settings.computeMetrics {
            log.append(contentsOf: customerLog)
            site.metricSeries = customers.metrics.merge(into: site.metricSeries, catalog: site.catalog, log: &log)
        }
        site.metricSeries = intervalsOfTypedValues(site.metricSeries, confidence: site.config.statistics.confidence)
        let ruleChecks = TicketRuleChecks.evaluate(site.helpDesk, catalog: site.catalog)
        var analysis = SiteAnalysis(site, ticketMetrics: ticketMetrics, ticketRuleChecks: ruleChecks)
        analysis.customers = customers
        return analysis
    }

    /// The interval of every value typed into a metrics CSV with what it needs (docs/STATISTICS.md):
    /// a share with its n (Wilson), an NPS with its promoters and detractors (adjusted Wald), a mean
    /// with its sd (t). A median typed in, or an NPS or mean with its n alone, keeps no interval.
    static func intervalsOfTypedValues(_ series: [MetricSeries], confidence: Double) -> [MetricSeries] {
        series.map { one in
            guard one.points.contains(where: { $0.sample != nil && $0.interval == nil }) else { return one }
            var copy = one
            for i in copy.points.indices where copy.points[i].interval == nil {
                copy.points[i].interval = copy.points[i].sample?.interval(confidence: confidence)
            }
            return copy
        }
    }

    /// The analysis of a `site` whose series already hold the exports' values (``analyse(_:log:)``).
    package init(_ site: Site, ticketMetrics: TicketMetrics, ticketRuleChecks: [Period: [TicketRuleCheck]]) {
        self.ticketMetrics = ticketMetrics
        self.ticketRuleChecks = ticketRuleChecks
        let overall = site.metricSeries.filter(\.key.isOverall)
        let metricMonths = Set(overall.flatMap { $0.points.map(\.month) })
        reportingMonth = site.latestMetricMonth
        let steps = StepTracker.progress(of: site, reportingMonth: reportingMonth)
        self.steps = steps

        var months: [Period?] = metricMonths.sorted()
        if months.isEmpty, let dated = site.assessment?.answers.compactMap(\.month), !dated.isEmpty {
            months = Set(dated).sorted()
        }
        if months.isEmpty { months = [nil] }

        let settings = site.config.maturity
        let practicesByArea = Dictionary(uniqueKeysWithValues: MaturityArea.all.map { ($0, PracticeEvidence.practices(for: $0, site: site, steps: steps)) })
        let allPractices = PracticeEvidence.allPractices(site: site, steps: steps)
        maturity = months.map { month in
            let attainments = month.map { Self.attainments(in: $0, site: site) } ?? []
            var areas: [MaturityArea: MaturityScore] = [:]
            for area in MaturityArea.all {
                let metrics = attainments.filter { area == .stage($0.metric.stage) || area == .pillar($0.metric.pillar) }
                let answers = site.assessment?.answers(for: area, in: month) ?? []
                areas[area] = MaturityModel.score(area: area, month: month, metrics: metrics, practices: practicesByArea[area]!,
                                                  assessment: answers, settings: settings)
            }
            let total = MaturityModel.score(area: nil, month: month, metrics: attainments, practices: allPractices,
                                            assessment: site.assessment?.answers(for: nil, in: month) ?? [], settings: settings)
            return MonthMaturity(month: month, overall: total, areas: areas)
        }
        reviews = MonthlyReviews.make(site: site, maturity: maturity, ticketRuleChecks: ticketRuleChecks)
    }

    /// The review of `month`, if there is one.
    public func review(of month: Period) -> MonthlyReview? { reviews.first { $0.month == month } }

    /// Attainment of every catalog metric that has an overall value and a target in `month`.
    package static func attainments(in month: Period, site: Site) -> [MetricAttainment] {
        site.catalog.metrics.compactMap { metric in
            // A volume (no better direction) says how much work there was, not how mature the practice is.
            guard metric.isJudged, let point = site.overallSeries(of: metric.id)?.point(in: month), let target = point.target else { return nil }
            return MetricAttainment(metric: metric, value: point.value, target: target,
                                    attainment: MaturityModel.attainment(value: point.value, target: target, better: metric.better), n: point.n)
        }
    }
}
