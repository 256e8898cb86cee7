/// `data/metrics.csv`: the tidy monthly series as cxsite understood them, for other tools and tests.
///
/// Columns `month,metric,segment,channel,value,target`; one row per series and month with a
/// value; sorted by month, then metric id, segment and channel (an empty segment or channel
/// first); numbers by ``NumberFormat/data(_:)``; LF line endings. The same input always gives
/// the same bytes.
enum MetricsData {
    static let path = "data/metrics.csv"
    static let header = "month,metric,segment,channel,value,target"

    /// The CSV text of `series`.
    static func csv(_ series: [MetricSeries]) -> String {
        var rows: [(month: Month, key: MetricSeries.Key, point: MetricSeries.Point)] = []
        for s in series {
            for point in s.points { rows.append((point.month, s.key, point)) }
        }
        rows.sort { ($0.month, $0.key) < ($1.month, $1.key) }
        var text = header + "\n"
        for row in rows {
            let fields = [
                row.month.description, row.key.metric, row.key.segment ?? "", row.key.channel ?? "",
                NumberFormat.data(row.point.value), row.point.target.map(NumberFormat.data) ?? "",
            ]
            text += fields.map { Escape.csv($0) }.joined(separator: ",") + "\n"
        }
        return text
    }

    /// Path of the CSV of one metric's series, beside its page.
    static func path(of metric: String) -> String { "metrics/\(metric)/\(metric).csv" }
}

extension PageContext {
    /// `data/metrics.csv` and, for each metric with values, `metrics/<id>/<id>.csv`.
    func metricsDataFiles() -> [OutputFile] {
        var files = [OutputFile(path: MetricsData.path, text: MetricsData.csv(site.metricSeries))]
        for metric in site.catalog.metrics {
            let series = site.series(of: metric.id)
            if !series.isEmpty { files.append(OutputFile(path: MetricsData.path(of: metric.id), text: MetricsData.csv(series))) }
        }
        return files
    }
}
