import CXSiteSupport
import CXSiteModel
import CXSiteAnalyse
import CXSiteCharts

/// `data/metrics.csv`: the tidy monthly series as cxsite understood them, for other tools and tests.
///
/// Columns `month,metric,segment,channel,value,target,n,ci_low,ci_high` (`week,…` under a weekly
/// cadence); one row per series and period with a value; `n` (the answers or tickets behind the value) and the interval bounds
/// (at `statistics: confidence:`) are empty where unknown; sorted by month, then metric id, segment and channel (an empty segment or channel
/// first); numbers by ``NumberFormat/data(_:)``; LF line endings. The same input always gives
/// the same bytes.
package enum MetricsData {
    package static let path = Routes.metricsData
    /// The header; its first column is `week` under a weekly cadence.
    package static func header(_ cadence: Cadence) -> String { cadence.unit + ",metric,segment,channel,value,target,n,ci_low,ci_high" }

    /// The CSV text of `series`.
    package static func csv(_ series: [MetricSeries], cadence: Cadence = .monthly) -> String {
        // Series in key order, each with a cursor into its month-ordered points: one pass per
        // month emits the rows in (month, key) order without comparing keys row by row.
        let ordered = series.sorted { $0.key < $1.key }
        let months = Set(ordered.flatMap { $0.points.map(\.month) }).sorted()
        var cursors = [Int](repeating: 0, count: ordered.count)
        let keyFields = ordered.map { s in
            "," + Escape.csv(s.key.metric) + "," + Escape.csv(s.key.segment ?? "") + "," + Escape.csv(s.key.channel ?? "") + ","
        }
        var text = header(cadence) + "\n"
        for month in months {
            let monthText = month.description
            for (index, s) in ordered.enumerated() {
                let cursor = cursors[index]
                guard cursor < s.points.count, s.points[cursor].month == month else { continue }
                let point = s.points[cursor]
                cursors[index] = cursor + 1
                text += monthText
                text += keyFields[index]
                text += NumberFormat.data(point.value)
                text += ","
                text += point.target.map(NumberFormat.data) ?? ""
                text += ","
                text += point.n.map(String.init) ?? ""
                text += ","
                text += point.interval.map { NumberFormat.data($0.lowerBound) } ?? ""
                text += ","
                text += point.interval.map { NumberFormat.data($0.upperBound) } ?? ""
                text += "\n"
            }
        }
        return text
    }

    /// Path of the CSV of one metric's series, beside its page.
    package static func path(of metric: String) -> String { Routes.metricData(metric) }
}

extension PageContext {
    /// `data/metrics.csv` and, for each metric with values, `metrics/<id>/<id>.csv`.
    package func metricsDataFiles() -> [OutputFile] {
        var files = [OutputFile(path: MetricsData.path, text: MetricsData.csv(site.metricSeries, cadence: site.config.cadence))]
        for metric in site.catalog.metrics {
            let series = site.series(of: metric.id)
            if !series.isEmpty { files.append(OutputFile(path: MetricsData.path(of: metric.id), text: MetricsData.csv(series, cadence: site.config.cadence))) }
        }
        return files
    }
}
