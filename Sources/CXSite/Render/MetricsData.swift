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
        // Rows as (month, series) pairs of integers: with the series in key order, sorting the
        // pairs orders the rows by month, then key, without comparing strings.
        let series = series.sorted { $0.key < $1.key }
        var rows: [(month: Month, series: Int32, point: Int32)] = []
        rows.reserveCapacity(series.reduce(0) { $0 + $1.points.count })
        for (s, one) in series.enumerated() {
            for p in one.points.indices { rows.append((one.points[p].month, Int32(s), Int32(p))) }
        }
        rows.sort { ($0.month, $0.series) < ($1.month, $1.series) }
        var text = header + "\n"
        text.reserveCapacity(rows.count * 48)
        for row in rows {
            let key = series[Int(row.series)].key
            let point = series[Int(row.series)].points[Int(row.point)]
            text += row.month.description
            text += ","
            text += Escape.csv(key.metric)
            text += ","
            text += Escape.csv(key.segment ?? "")
            text += ","
            text += Escape.csv(key.channel ?? "")
            text += ","
            text += NumberFormat.data(point.value)
            text += ","
            if let target = point.target { text += NumberFormat.data(target) }
            text += "\n"
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
