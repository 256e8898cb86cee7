import CXSiteSupport

/// The monthly values of one metric for one slice of customers: the overall series (no segment,
/// no channel) or one breakdown (a segment, a channel, or both).
///
/// Breakdown series are kept apart from the overall series and are never summed into it.
public struct MetricSeries: Sendable, Hashable {
    /// Which series a value belongs to: metric id, segment and channel (nil when not given).
    public struct Key: Hashable, Sendable, Comparable {
        public var metric: String
        public var segment: String?
        public var channel: String?

        public init(metric: String, segment: String? = nil, channel: String? = nil) {
            self.metric = metric
            self.segment = segment
            self.channel = channel
        }

        /// True for the overall series: no segment and no channel.
        public var isOverall: Bool { segment == nil && channel == nil }

        /// `segment small`, `channel email`, `segment small, channel email`; `overall` for the overall series.
        public var breakdownLabel: String {
            let parts = [segment.map { "segment \($0)" }, channel.map { "channel \($0)" }].compactMap { $0 }
            return parts.isEmpty ? "overall" : parts.joined(separator: ", ")
        }

        /// By metric id, then segment, then channel; a missing segment or channel sorts first
        /// (an empty segment or channel is never stored: it means none).
        public static func < (a: Key, b: Key) -> Bool {
            (a.metric, a.segment ?? "", a.channel ?? "") < (b.metric, b.segment ?? "", b.channel ?? "")
        }
    }

    /// One month's value and where it came from.
    public struct Point: Sendable, Hashable {
        public var month: Period
        public var value: Double
        /// The target that applies this month: the row's `target` column, else the catalog's.
        public var target: Double?
        /// The value cell it was read from (the first of the month's rows when several were aggregated).
        public var source: SourceLocation
        /// How many dated rows were aggregated into this value (1 for a monthly row).
        public var rows: Int
        /// The answers or tickets the value rests on; nil where unknown.
        public var n: Int?
        /// The value's confidence interval (at `statistics: confidence:`), in its unit; nil where
        /// it cannot be known (no n, or a kind of value without one, such as a count).
        public var interval: ClosedRange<Double>?
        /// What the value was computed from, for testing its change; nil where unknown.
        public var sample: MetricSample?

        public init(month: Period, value: Double, target: Double?, source: SourceLocation, rows: Int = 1, n: Int? = nil, interval: ClosedRange<Double>? = nil,
                    sample: MetricSample? = nil) {
            self.month = month
            self.value = value
            self.target = target
            self.source = source
            self.rows = rows
            self.n = n
            self.interval = interval
            self.sample = sample
        }
    }

    public var key: Key
    /// One point per month that has a value, in month order; months without a value are absent.
    public var points: [Point]

    public init(key: Key, points: [Point]) {
        self.key = key
        self.points = points.sorted { $0.month < $1.month }
    }

    public var metric: String { key.metric }
    public var segment: String? { key.segment }
    public var channel: String? { key.channel }

    /// The target shown with the series as a whole (chart line, status): the latest month's target.
    public var target: Double? { points.last?.target }

    /// Files and lines the values came from, in file order.
    public var sources: [SourceLocation] { points.map(\.source).sorted() }

    /// The value of `month`, if the series has one.
    public func value(in month: Period) -> Double? { point(in: month)?.value }

    /// The point of `month`, if the series has one.
    public func point(in month: Period) -> Point? {
        var low = 0, high = points.count
        while low < high {
            let mid = (low + high) / 2
            if points[mid].month < month { low = mid + 1 } else { high = mid }
        }
        return low < points.count && points[low].month == month ? points[low] : nil
    }
}
