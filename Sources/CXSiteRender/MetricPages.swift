import CXSiteSupport
import CXSiteModel
import CXSiteAnalyse
import CXSiteCharts

/// The metrics index (`metrics-index.mustache`): every metric by CARE stage.
package struct MetricsIndexView: FramedPageView {
    package static let template = "metrics-index"
    package var frame: PageFrame
    package var stages: [Stage]
    package var metricCount: Int
    /// The reporting month, long (`October 2026`); nil without metric values.
    package var month: String?
    /// How many metrics are on target, off target…
    package var counts: [Count]
    package var dataURL: String?
    package var checksURL: String

    package static let fields = ViewFields<Self>(base: { $0.frame }, [
        .list("stages") { $0.stages },
        .number("metricCount") { $0.metricCount },
        .text("metricNoun") { $0.metricCount == 1 ? "metric" : "metrics" },
        .text("month") { $0.month },
        .list("counts") { $0.counts },
        .text("dataURL") { $0.dataURL },
        .text("checksURL") { $0.checksURL },
        .text("methodURL") { _ in Routes.method },
    ])

    package struct Stage: TemplateView {
        package var id: String
        package var name: String
        package var tagline: String
        package var url: String
        package var scorecard: ScorecardView

        package static let fields = ViewFields<Self>([
            .text("id") { $0.id },
            .text("name") { $0.name },
            .text("tagline") { $0.tagline },
            .text("url") { $0.url },
            .view("scorecard") { $0.scorecard },
        ])
    }

    package struct Count: TemplateView {
        package var count: Int
        package var label: String
        /// The standing as a CSS class.
        package var cls: String

        package static let fields = ViewFields<Self>([
            .number("count") { $0.count },
            .text("label") { $0.label },
            .text("class") { $0.cls },
        ])
    }
}

/// A scorecard table (`metric-scorecard.mustache`): a header naming the month, one row per metric.
package struct ScorecardView: TemplateView {
    package var rows: [Row]
    package var headerMonth: String?
    package var headerPrevious: String?

    package static let fields = ViewFields<Self>([
        .list("rows") { $0.rows },
        .text("headerMonth") { $0.headerMonth },
        .text("headerPrevious") { $0.headerPrevious },
    ])

    /// One metric's row: its status, name, link, trend and the stage or pillar it belongs to.
    package struct Row: TemplateView {
        package var status: MetricStatusView
        package var id: String
        package var name: String
        package var url: String
        /// The CARE stage, as the row's CSS class.
        package var stage: String
        /// The stage (on a pillar's page) or the pillar (elsewhere) the metric belongs to.
        package var context: String
        package var sparkline: String?

        package static let fields = ViewFields<Self>(base: { $0.status }, [
            .text("id") { $0.id },
            .text("name") { $0.name },
            .text("url") { $0.url },
            .text("stage") { $0.stage },
            .text("context") { $0.context },
            .text("sparkline") { $0.sparkline },
        ])
    }
}

/// One metric's page (`metric.mustache`).
package struct MetricView: FramedPageView {
    package static let template = "metric"
    package var frame: PageFrame
    package var metric: About
    package var stage: FrameworkLink
    package var pillar: FrameworkLink
    /// The latest value's strip.
    package var summary: MetricStatusView?
    package var hasData: Bool
    package var csvURL: String?
    package var csvName: String?
    package var table: MonthlyTable?
    package var sources: [Source]
    package var trendChart: String?
    package var breakdowns: [Breakdown]
    package var computed: ComputedMetricView?
    package var previous: Link?
    package var next: Link?

    package static let fields = ViewFields<Self>(base: { $0.frame }, [
        .view("metric") { $0.metric },
        .view("stage") { $0.stage },
        .view("pillar") { $0.pillar },
        .view("summary") { $0.summary },
        .flag("hasData") { $0.hasData },
        .text("csvURL") { $0.csvURL },
        .text("csvName") { $0.csvName },
        .view("table") { $0.table },
        .list("sources") { $0.sources },
        .text("trendChart") { $0.trendChart },
        .list("breakdowns") { $0.breakdowns },
        .view("computed") { $0.computed },
        .view("previous") { $0.previous },
        .view("next") { $0.next },
    ])

    /// The catalog's facts of the metric.
    package struct About: TemplateView {
        package var id: String
        package var name: String
        package var definition: String
        package var unit: String
        package var better: String
        package var aggregate: String
        package var target: String?

        package static let fields = ViewFields<Self>([
            .text("id") { $0.id },
            .text("name") { $0.name },
            .text("definition") { $0.definition },
            .text("unit") { $0.unit },
            .text("better") { $0.better },
            .text("aggregate") { $0.aggregate },
            .text("target") { $0.target },
        ])
    }

    /// One breakdown group: its chart (or why there is none) and its table.
    package struct Breakdown: TemplateView {
        package var id: String
        package var title: String
        package var rows: [Row]
        package var chart: String?
        package var chartNote: String?
        package var headerMonth: String?
        package var headerPrevious: String?

        package static let fields = ViewFields<Self>([
            .text("id") { $0.id },
            .text("title") { $0.title },
            .list("rows") { $0.rows },
            .text("chart") { $0.chart },
            .text("chartNote") { $0.chartNote },
            .text("headerMonth") { $0.headerMonth },
            .text("headerPrevious") { $0.headerPrevious },
        ])

        package struct Row: TemplateView {
            package var status: MetricStatusView
            package var name: String

            package static let fields = ViewFields<Self>(base: { $0.status }, [.text("name") { $0.name }])
        }
    }

    /// The monthly table: its column heads and one row per month, newest first.
    package struct MonthlyTable: TemplateView {
        package var columns: [Column]
        package var rows: [MonthRow]

        package static let fields = ViewFields<Self>([
            .list("columns") { $0.columns },
            .list("rows") { $0.rows },
        ])

        package struct Column: TemplateView {
            package var title: String
            package var sub: String?

            package static let fields = ViewFields<Self>([
                .text("title") { $0.title },
                .text("sub") { $0.sub },
            ])
        }
    }

    /// A file the values came from.
    package struct Source: TemplateView {
        package var path: String
        package var values: Int
        /// `monthly` or `weekly`.
        package var cadence: Cadence
        /// `aggregated from 40 dated rows`.
        package var rows: String?

        package static let fields = ViewFields<Self>([
            .text("path") { $0.path },
            .number("values") { $0.values },
            .text("valueNoun") { "\($0.cadence.rawValue) value\($0.values == 1 ? "" : "s")" },
            .text("rows") { $0.rows },
        ])
    }
}

/// A CARE stage or pillar a page links to.
package struct FrameworkLink: TemplateView {
    package var id: String
    package var name: String
    package var url: String

    package static let fields = ViewFields<Self>([
        .text("id") { $0.id },
        .text("name") { $0.name },
        .text("url") { $0.url },
    ])
}

/// The metrics index (every metric by CARE stage with trend, latest value, change and status),
/// one page per metric, and the scorecards on stage and pillar pages.
extension PageContext {
    // MARK: Index

    package func metricsIndex() -> OutputFile {
        let path = Routes.metrics
        let month = site.latestMetricMonth
        let statuses = site.metricsByStage.map { status(of: $0, series: site.overallSeries(of: $0.id), month: month) }
        let standings: [(MetricStatus.Standing, String)] = month == nil ? [] : [(.met, "on target"), (.missed, "off target"),
                                                                               (.noTarget, "without a target"), (.noData, "without data")]
        let counts = standings.compactMap { standing, label -> MetricsIndexView.Count? in
            let count = statuses.filter { $0.standing == standing }.count
            return count > 0 ? MetricsIndexView.Count(count: count, label: label, cls: standing.rawValue) : nil
        }
        let view = MetricsIndexView(
            frame: frame(title: "Metrics", kind: "metrics-index", path: path, section: "metrics",
                         description: "Every CX metric of the CARE cycle: trend, latest value, change and target."),
            stages: CAREStage.allCases.compactMap { stage in
                let rows = statuses.filter { $0.metric.stage == stage }
                guard !rows.isEmpty else { return nil }
                return MetricsIndexView.Stage(id: stage.rawValue, name: stage.name, tagline: stage.guide.tagline, url: Routes.stage(stage.rawValue),
                                              scorecard: scorecard(rows, month: month, showStage: false))
            },
            metricCount: statuses.count,
            month: month?.longLabel,
            counts: counts,
            dataURL: site.metricSeries.isEmpty ? nil : MetricsData.path,
            checksURL: Routes.checks)
        return render(view, to: path)
    }

    /// The scorecard of the metrics of a stage (`kind` "stages") or pillar ("pillars"); nil for
    /// other kinds, and when the project has no metric values at all.
    package func metricScorecard(kind: String, id: String) -> ScorecardView? {
        guard !site.metricSeries.isEmpty else { return nil }
        let metrics: [MetricDefinition]
        switch kind {
        case "stages": metrics = site.metricsByStage.filter { $0.stage.rawValue == id }
        case "pillars": metrics = site.metricsByStage.filter { $0.pillar.rawValue == id }
        default: return nil
        }
        guard !metrics.isEmpty else { return nil }
        let month = site.latestMetricMonth
        let statuses = metrics.map { status(of: $0, series: site.overallSeries(of: $0.id), month: month) }
        return scorecard(statuses, month: month, showStage: kind == "pillars")
    }

    /// A scorecard table of `statuses`, its header naming `month`.
    package func scorecard(_ statuses: [MetricStatus], month: Period?, showStage: Bool) -> ScorecardView {
        ScorecardView(rows: statuses.map { scorecardRow($0, showStage: showStage) },
                      headerMonth: month?.label, headerPrevious: month?.previous.label)
    }

    private func scorecardRow(_ status: MetricStatus, showStage: Bool) -> ScorecardView.Row {
        let metric = status.metric
        var row = statusView(status)
        if status.standing == .noData, !site.series(of: metric.id).isEmpty {
            row.statusText = "Breakdowns only"
        }
        return ScorecardView.Row(status: row, id: metric.id, name: metric.name, url: Routes.metric(metric.id), stage: metric.stage.rawValue,
                                 context: showStage ? metric.stage.name : metric.pillar.name, sparkline: sparkline(metric))
    }

    // MARK: One metric

    package func metricPage(_ metric: MetricDefinition, previous: MetricDefinition?, next: MetricDefinition?) -> OutputFile {
        let path = Routes.metric(metric.id)
        let reporting = site.latestMetricMonth
        let allSeries = site.series(of: metric.id)
        let overall = allSeries.first { $0.key.isOverall }
        let breakdowns = allSeries.filter { !$0.key.isOverall }
        let status = self.status(of: metric, series: overall, month: reporting)

        var summary: MetricStatusView?
        if overall != nil {
            summary = statusView(status)
            // The basis line gives n already.
            if summary?.smallSample != nil { summary?.smallSample = "small sample: fewer than \(site.config.statistics.minimumN)" }
        }
        var trendChart: String?
        if let overall, let first = overall.points.first?.month, let last = overall.points.last?.month {
            let months = first.through(last)
            let chart = LineChart(
                id: "trend", title: "\(metric.name), \(cadence.rawValue)", months: months.map(\.description),
                values: months.map { overall.value(in: $0) }, intervals: months.map { overall.point(in: $0)?.interval },
                counts: months.map { overall.point(in: $0)?.n }, unit: metric.unit,
                target: overall.target, better: chartDirection(metric.better))
            trendChart = withStatistics(chart, unit: metric.unit).render().html
        }
        let view = MetricView(
            frame: frame(title: metric.name, kind: "metric", path: path, section: "metrics",
                         description: metric.definition, breadcrumbs: [Link(title: "Metrics", url: Routes.metrics)]),
            metric: MetricView.About(id: metric.id, name: metric.name, definition: metric.definition, unit: metric.unit.rawValue,
                                     better: Self.directionText(metric.better), aggregate: aggregateText(metric.aggregate),
                                     target: metric.target.map { NumberFormat.target($0, unit: metric.unit) }),
            stage: FrameworkLink(id: metric.stage.rawValue, name: metric.stage.name, url: Routes.stage(metric.stage.rawValue)),
            pillar: FrameworkLink(id: metric.pillar.rawValue, name: metric.pillar.name, url: Routes.pillar(metric.pillar.rawValue)),
            summary: summary,
            hasData: !allSeries.isEmpty,
            csvURL: allSeries.isEmpty ? nil : MetricsData.path(of: metric.id),
            csvName: allSeries.isEmpty ? nil : "\(metric.id).csv",
            table: allSeries.isEmpty ? nil : monthlyTable(metric, overall: overall, breakdowns: breakdowns),
            sources: sourcesView(allSeries),
            trendChart: trendChart,
            breakdowns: breakdownGroups(breakdowns, of: metric).map { group in
                MetricView.Breakdown(
                    id: group.id, title: group.title,
                    rows: group.series.map { series in
                        MetricView.Breakdown.Row(status: statusView(self.status(of: metric, series: series, month: reporting)),
                                                 name: group.label(series.key))
                    },
                    chart: group.series.count <= Self.maxBreakdownLines ? breakdownChart(metric, group: group, overall: overall) : nil,
                    chartNote: group.series.count <= Self.maxBreakdownLines ? nil
                        : "\(group.series.count) lines are too many to tell apart in one chart (at most \(Self.maxBreakdownLines)); the tables show every value.",
                    headerMonth: reporting?.label, headerPrevious: reporting?.previous.label)
            },
            computed: computedMetricView(metric),
            previous: previous.map { Link(title: $0.name, url: Routes.metric($0.id)) },
            next: next.map { Link(title: $0.name, url: Routes.metric($0.id)) })
        return render(view, to: path)
    }

    // MARK: Charts

    /// Breakdown lines a chart draws (beside the overall line): the chart kit tells six series
    /// apart by colour, dash and marker, and the overall line takes one of them.
    package static let maxBreakdownLines = 5

    /// The last 12 months of a metric's overall series up to the reporting month, as a sparkline; nil without data.
    package func sparkline(_ metric: MetricDefinition) -> String? {
        guard let series = site.overallSeries(of: metric.id), let end = site.latestMetricMonth else { return nil }
        var months = [end]
        while months.count < 12 { months.insert(months[0].previous, at: 0) }
        return Sparkline(id: "spark-\(metric.id)", title: metric.name, values: months.map { series.value(in: $0) },
                         months: months.map(\.description), unit: metric.unit, target: series.target,
                         better: chartDirection(metric.better)).render()
    }

    /// One line per breakdown series, with the overall series first for comparison; a target
    /// line only when every line has the same target.
    private func breakdownChart(_ metric: MetricDefinition, group: BreakdownGroup, overall: MetricSeries?) -> String {
        let lines = (overall.map { [$0] } ?? []) + group.series
        guard let first = lines.compactMap({ $0.points.first?.month }).min(),
              let last = lines.compactMap({ $0.points.last?.month }).max() else { return "" }
        let months = first.through(last)
        let targets = Set(lines.map(\.target))
        // n in the titles and the table; no bands, which six lines' would hide each other.
        let chartSeries = lines.map { series in
            LineChart.Series(name: series.key.isOverall ? "Overall" : group.label(series.key), values: months.map { series.value(in: $0) },
                             counts: months.map { series.point(in: $0)?.n })
        }
        let chart = LineChart(id: "breakdown-\(group.id)-chart", title: "\(metric.name) \(group.title.lowercased())",
                              months: months.map(\.description), series: chartSeries, unit: metric.unit,
                              target: targets.count == 1 ? targets.first! : nil, better: chartDirection(metric.better))
        return withStatistics(chart, unit: metric.unit).render().html
    }

    /// `chart` with the site's interval name and small-sample threshold (none for a count).
    private func withStatistics(_ chart: LineChart, unit: MetricDefinition.Unit) -> LineChart {
        var chart = chart
        chart.intervalName = intervalName
        chart.smallSampleBelow = unit == .count ? nil : site.config.statistics.minimumN
        return chart
    }

    /// `Higher is better`, `Lower is better`, `Neither: a volume, read rather than judged`.
    package static func directionText(_ better: MetricDefinition.Direction) -> String {
        switch better {
        case .higher: "Higher is better"
        case .lower: "Lower is better"
        case .neither: "Neither: a volume, read rather than judged"
        }
    }

    private func chartDirection(_ better: MetricDefinition.Direction) -> ChartDirection {
        // `neither` draws like `higher`: it matters only with a target, which a volume has only if set.
        better == .lower ? .lower : .higher
    }

    /// Breakdown series grouped by what they split: segment, channel, or both.
    private struct BreakdownGroup {
        package var id: String
        package var title: String
        package var series: [MetricSeries]

        /// A series' name within its group: `small`, `email`, `small · email`.
        package func label(_ key: MetricSeries.Key) -> String {
            [key.segment, key.channel].compactMap { $0 }.joined(separator: " · ")
        }

        /// The memberwise initialiser, open to the other targets.
        package init(id: String, title: String, series: [MetricSeries]) {
            self.id = id
            self.title = title
            self.series = series
        }
    }

    private func breakdownGroups(_ breakdowns: [MetricSeries], of metric: MetricDefinition) -> [BreakdownGroup] {
        let segment = TicketMetrics.segmentLabel(of: metric.id)
        let groups = [
            BreakdownGroup(id: "segment", title: "By \(segment)", series: breakdowns.filter { $0.segment != nil && $0.channel == nil }),
            BreakdownGroup(id: "channel", title: "By channel", series: breakdowns.filter { $0.segment == nil && $0.channel != nil }),
            BreakdownGroup(id: "segment-channel", title: "By \(segment) and channel", series: breakdowns.filter { $0.segment != nil && $0.channel != nil }),
        ]
        return groups.filter { !$0.series.isEmpty }
    }

    /// The monthly table: newest month first; overall value, change, target, then one column per
    /// breakdown series. Every cell is `{text, cls}` so no lookup falls through to an outer context.
    private func monthlyTable(_ metric: MetricDefinition, overall: MetricSeries?, breakdowns: [MetricSeries]) -> MetricView.MonthlyTable? {
        let all = (overall.map { [$0] } ?? []) + breakdowns
        guard let first = all.compactMap({ $0.points.first?.month }).min(),
              let last = all.compactMap({ $0.points.last?.month }).max() else { return nil }
        let groups = breakdownGroups(breakdowns, of: metric)
        typealias Column = MetricView.MonthlyTable.Column
        typealias Cell = TableCell
        var columns: [Column] = []
        // What the overall values rest on, when any of them says.
        let showsBasis = overall?.points.contains { $0.n != nil } == true && metric.unit != .count
        if overall != nil {
            columns += [Column(title: "Overall"), Column(title: "Change", sub: "vs \(cadence.unit) before"), Column(title: "Target")]
            if showsBasis { columns += [Column(title: "n", sub: "answers or tickets"), Column(title: "Interval", sub: "\(confidenceText) % confidence")] }
        }
        for group in groups {
            for series in group.series {
                var sub = group.title.replacingOccurrences(of: "By ", with: "").capitalizedFirst
                if let target = series.target, target != metric.target {
                    sub += " · target " + NumberFormat.target(target, unit: metric.unit)
                }
                columns.append(Column(title: group.label(series.key), sub: sub))
            }
        }
        let ordered = groups.flatMap(\.series)
        let missing = Cell.missing
        let rows = first.through(last).reversed().map { month in
            var cells: [Cell] = []
            if let overall {
                if let point = overall.point(in: month) {
                    cells.append(Cell(text: NumberFormat.value(point.value, unit: metric.unit), cls: standingClass(point, metric: metric)))
                    if let previous = overall.point(in: month.previous) {
                        cells.append(changeCell(metric, series: overall, point: point, previous: previous, before: month.previous.label).cell)
                    } else {
                        cells.append(missing)
                    }
                    cells.append(point.target.map { Cell(text: NumberFormat.target($0, unit: metric.unit), cls: "target") } ?? missing)
                    if showsBasis {
                        let small = site.config.statistics.isSmallSample(point.n)
                        cells.append(point.n.map { Cell(text: small ? "\($0) (small sample)" : "\($0)", cls: small ? "n small-sample" : "n") } ?? missing)
                        cells.append(point.interval.map { Cell(text: NumberFormat.range($0, unit: metric.unit), cls: "interval") } ?? missing)
                    }
                } else {
                    cells += Array(repeating: missing, count: showsBasis ? 5 : 3)
                }
            }
            for series in ordered {
                if let point = series.point(in: month) {
                    cells.append(Cell(text: NumberFormat.value(point.value, unit: metric.unit), cls: standingClass(point, metric: metric)))
                } else {
                    cells.append(missing)
                }
            }
            return MonthRow(month: month.label, monthID: month.description, cells: cells)
        }
        return MetricView.MonthlyTable(columns: columns, rows: rows)
    }

    private func standingClass(_ point: MetricSeries.Point, metric: MetricDefinition) -> String {
        guard let target = point.target else { return "no-target" }
        return MetricStatus.meets(point.value, target: target, better: metric.better) ? "met" : "missed"
    }

    /// The files the values came from: path, how many monthly values and lines.
    private func sourcesView(_ series: [MetricSeries]) -> [MetricView.Source] {
        var byPath: [String: (values: Int, rows: Int, first: Int, last: Int)] = [:]
        for s in series {
            for point in s.points {
                var entry = byPath[point.source.path] ?? (0, 0, .max, 0)
                entry.values += 1
                entry.rows += point.rows
                entry.first = min(entry.first, point.source.line)
                entry.last = max(entry.last, point.source.line)
                byPath[point.source.path] = entry
            }
        }
        return byPath.keys.sorted().map { path in
            let entry = byPath[path]!
            return MetricView.Source(path: path, values: entry.values, cadence: cadence,
                                     rows: entry.rows > entry.values ? "aggregated from \(entry.rows) dated rows" : nil)
        }
    }

    private func aggregateText(_ aggregate: MetricDefinition.Aggregate) -> String {
        switch aggregate {
        case .mean: "mean of the \(cadence.unit)'s dated values"
        case .median: "median of the \(cadence.unit)'s dated values"
        case .sum: "sum of the \(cadence.unit)'s dated values"
        case .last: "value of the \(cadence.unit)'s latest date"
        }
    }
}

extension String {
    /// The text with its first letter upper-cased: `segment` → `Segment`.
    package var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
