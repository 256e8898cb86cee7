import CXSiteSupport
import CXSiteModel

/// Where one series of a metric stands in the reporting month: the value shown, the change
/// from the month before, and whether it meets its target.
///
/// The reporting month is the latest month with any metric data (``Site/latestMetricMonth``).
/// A series without a value that month shows its own latest value instead (``isStale``).
///
/// ```swift
/// let status = MetricStatus(metric: csat, series: site.overallSeries(of: "csat"), reportingMonth: site.latestMetricMonth, confidence: 95)
/// status.standing   // .met
/// status.delta      // 1.2 (points up from the month before)
/// ```
public struct MetricStatus: Sendable {
    /// Standing against the target (``MetricStanding``, which frozen reviews keep too).
    public typealias Standing = MetricStanding

    public var metric: MetricDefinition
    /// The month of ``value``: the reporting month, or the series' latest month when it has no value then.
    public var month: Period?
    public var value: Double?
    /// The value of the month before ``month``, if the series has one.
    public var previous: Double?
    /// The target that applies in ``month``.
    public var target: Double?
    public var standing: Standing
    /// The value is older than the reporting month.
    public var isStale: Bool
    /// The answers or tickets ``value`` rests on, when known.
    public var n: Int?
    /// ``value``'s confidence interval, when known (docs/STATISTICS.md).
    public var interval: ClosedRange<Double>?
    /// The answers or tickets ``previous`` rests on, when known.
    public var previousN: Int?
    /// The p-value of the test of ``delta``, when it was tested.
    public var pValue: Double?
    /// ``delta`` is more than chance; nil when it was not tested (``MetricChange/significant``).
    public var significant: Bool?

    /// The status of `series` in `reportingMonth` (or its latest month), its change tested at `confidence` percent.
    public init(metric: MetricDefinition, series: MetricSeries?, reportingMonth: Period?, confidence: Double) {
        self.metric = metric
        guard let series, let last = series.points.last else {
            self.standing = .noData
            self.isStale = false
            return
        }
        let point = reportingMonth.flatMap { series.point(in: $0) } ?? last
        month = point.month
        value = point.value
        n = point.n
        interval = point.interval
        if let before = series.point(in: point.month.previous) {
            previous = before.value
            previousN = before.n
            let change = MetricChange(key: series.key, month: point.month, point: point, previous: before, unit: metric.unit, confidence: confidence)
            pValue = change.pValue
            significant = change.significant
        }
        target = point.target
        isStale = reportingMonth.map { point.month < $0 } ?? false
        if let target, metric.isJudged {
            standing = Self.meets(point.value, target: target, better: metric.better) ? .met : .missed
        } else {
            standing = .noTarget
        }
    }

    /// Value minus the previous month's value, when both exist.
    public var delta: Double? {
        guard let value, let previous else { return nil }
        return value - previous
    }

    /// How the change from the previous month reads (nil without one).
    public var reading: ChangeReading? { ChangeReading(metric: metric, delta: delta, significant: significant) }

    /// `value` is at or beyond `target` in the direction that is better.
    public static func meets(_ value: Double, target: Double, better: MetricDefinition.Direction) -> Bool {
        better == .higher ? value >= target : value <= target
    }
}

extension Site {
    /// The reporting month of the metrics: the latest month with a value in any series.
    public var latestMetricMonth: Period? {
        metricSeries.compactMap { $0.points.last?.month }.max()
    }

    /// Every series of `metric`: the overall one first, then breakdowns by segment and channel.
    public func series(of metric: String) -> [MetricSeries] {
        metricSeries.filter { $0.metric == metric }
    }

    /// The overall series of `metric` (no segment, no channel), if it has values.
    public func overallSeries(of metric: String) -> MetricSeries? {
        metricSeries.first { $0.metric == metric && $0.key.isOverall }
    }

    /// The catalog's metrics in CARE-stage order, catalog order within a stage.
    public var metricsByStage: [MetricDefinition] {
        CAREStage.allCases.flatMap { stage in catalog.metrics.filter { $0.stage == stage } }
    }
}

extension MetricStatus {
    /// The status of a review's scorecard row: its month's value, never a stale one.
    package init(metric: MetricDefinition, figures: ReviewSnapshot.MetricFigures, month: Period) {
        self.metric = metric
        self.month = month
        self.value = figures.value
        self.previous = figures.previous
        self.target = figures.target
        self.standing = figures.standing
        self.isStale = false
        self.n = figures.n
        self.interval = figures.interval
        self.previousN = figures.previousN
        self.pValue = figures.pValue
        self.significant = figures.significant
    }
}
