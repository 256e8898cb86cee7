import CXSiteSupport
import CXSiteModel

/// A value's change from the month before, and whether it is more than chance at the site's
/// confidence (docs/STATISTICS.md, "Tests of a month-over-month change").
///
/// ```swift
/// let change = MetricChange(series: csat, month: october, unit: .percent, confidence: 95)
/// change?.significant   // true: p = 0.0004 < 0.05
/// ```
public struct MetricChange: Sendable, Equatable {
    /// Why a change has no test.
    public enum Untested: Sendable, Equatable {
        /// A count (tickets created) is not a sample: its change is exact.
        case count
        /// One of the two months does not say how many answers or tickets it rests on.
        case nUnknown
        /// Both months give n, but not what the test needs (an NPS typed in without its promoters
        /// and detractors, a median without its values).
        case notTestable
        /// The values differ but the test has nothing to work with (for the median test: no value
        /// of either month above the two months' median).
        case noVariation
    }

    public var key: MetricSeries.Key
    public var month: Period
    public var value: Double
    public var previous: Double
    public var n: Int?
    public var previousN: Int?
    /// The test's two-sided p-value; nil when untested.
    public var pValue: Double?
    /// The change is more than chance: p < 1 − confidence/100. Nil when untested (``untested``).
    public var significant: Bool?
    /// Why there is no test, when there is none.
    public var untested: Untested?

    public var change: Double { value - previous }

    /// The change of `series` into `month` from the month before; nil unless both months have a value.
    public init?(series: MetricSeries, month: Period, unit: MetricDefinition.Unit, confidence: Double) {
        guard let point = series.point(in: month), let before = series.point(in: month.previous) else { return nil }
        self.init(key: series.key, month: month, point: point, previous: before, unit: unit, confidence: confidence)
    }

    /// The change from `previous` to `point`.
    package init(key: MetricSeries.Key, month: Period, point: MetricSeries.Point, previous: MetricSeries.Point,
                 unit: MetricDefinition.Unit, confidence: Double) {
        self.key = key
        self.month = month
        value = point.value
        self.previous = previous.value
        n = point.n
        previousN = previous.n
        if unit == .count {
            untested = .count
        } else if point.n == nil || previous.n == nil {
            untested = .nUnknown
        } else if let sample = point.sample, let earlier = previous.sample {
            if let test = Statistics.changeTest(sample, against: earlier) {
                pValue = test.pValue
                significant = test.isSignificant(confidence: confidence)
            } else if point.value == previous.value {
                // Both months all hits (or none): no change, so none that chance could explain.
                pValue = 1
                significant = false
            } else {
                untested = .noVariation
            }
        } else {
            untested = .notTestable
        }
    }
}
