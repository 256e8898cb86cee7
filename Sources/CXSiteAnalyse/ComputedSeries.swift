import CXSiteSupport
import CXSiteModel

/// Values computed from exports (help desks, orders, customer lists) added to the series read
/// from `content/metrics/`, the CSV winning.
package enum ComputedSeries {
    /// `series` with `values` added to the overall series of `metrics` (in that order) and
    /// `breakdowns` to their series; the months whose computed value gave way, by metric.
    ///
    /// A month that `content/metrics/` already gives keeps its CSV value: the CSV is what the team
    /// chose to publish, and dropping an export into a project must not break a build that worked.
    /// Each such metric gets one warning, at the first CSV value concerned, naming both sources;
    /// `alternative` ends its hint (`, or set 'compute_metrics: false' …`). Breakdown months the
    /// CSV gives are kept as they are, silently.
    package static func merge(_ values: [String: [TicketMetrics.Value]], breakdowns: [MetricSeries.Key: [TicketMetrics.Value]], metrics: [String],
                              into series: [MetricSeries], catalog: MetricCatalog, alternative: String,
                              log: inout DiagnosticLog) -> (series: [MetricSeries], superseded: [String: [Period]]) {
        var result = series
        var superseded: [String: [Period]] = [:]
        for metric in metrics {
            guard let computed = values[metric], let definition = catalog.metric(metric) else { continue }
            let key = MetricSeries.Key(metric: metric)
            let existing = result.firstIndex { $0.key == key }
            var points: [MetricSeries.Point] = []
            var clashes: [MetricSeries.Point] = []
            for value in computed {
                if let existing, let point = result[existing].point(in: value.month) {
                    clashes.append(point)
                    continue
                }
                points.append(point(value, target: definition.target))
            }
            if let first = clashes.first {
                superseded[metric] = clashes.map(\.month)
                let exports = Set(computed.filter { v in clashes.contains { $0.month == v.month } }.map(\.source.path)).sorted()
                let one = clashes.count == 1
                log.warning("'\(metric)' for \(TicketMetrics.monthsText(clashes.map(\.month))) is also computed from \(exports.joined(separator: " and ")); the value\(one ? "" : "s") in content/metrics/ \(one ? "is" : "are") used (remove \(one ? "it" : "them") to use the computed value\(one ? "" : "s")\(alternative))",
                            at: first.source)
            }
            guard !points.isEmpty else { continue }
            if let existing {
                result[existing] = MetricSeries(key: key, points: result[existing].points + points)
            } else {
                result.append(MetricSeries(key: key, points: points))
            }
        }
        for (key, computed) in breakdowns.sorted(by: { $0.key < $1.key }) {
            guard let definition = catalog.metric(key.metric) else { continue }
            let existing = result.firstIndex { $0.key == key }
            let points = computed.filter { value in existing.map { result[$0].point(in: value.month) == nil } ?? true }
                .map { point($0, target: definition.target) }
            guard !points.isEmpty else { continue }
            if let existing {
                result[existing] = MetricSeries(key: key, points: (result[existing].points + points).sorted { $0.month < $1.month })
            } else {
                result.append(MetricSeries(key: key, points: points))
            }
        }
        return (result.sorted { $0.key < $1.key }, superseded)
    }

    /// A computed value as a point of a series: its basis is its n.
    private static func point(_ value: TicketMetrics.Value, target: Double?) -> MetricSeries.Point {
        MetricSeries.Point(month: value.month, value: value.value, target: target, source: value.source, rows: value.basis, n: value.basis,
                           interval: value.interval, sample: value.sample)
    }
}
