import CXSiteSupport
import CXSiteModel
import CXSiteAnalyse
import CXSiteCharts

/// The metrics index (every metric by CARE stage with trend, latest value, change and status),
/// one page per metric, and the scorecards on stage and pillar pages.
extension PageContext {
    // MARK: Index

    package func metricsIndex() -> OutputFile {
        let path = Routes.metrics
        let month = site.latestMetricMonth
        var view = self.view(title: "Metrics", kind: "metrics-index", path: path, section: "metrics",
                             description: "Every CX metric of the CARE cycle: trend, latest value, change and target.")
        let statuses = site.metricsByStage.map { MetricStatus(metric: $0, series: site.overallSeries(of: $0.id), reportingMonth: month) }
        view["stages"] = CAREStage.allCases.compactMap { stage -> [String: Any]? in
            let rows = statuses.filter { $0.metric.stage == stage }
            guard !rows.isEmpty else { return nil }
            return ["id": stage.rawValue, "name": stage.name, "tagline": stage.guide.tagline, "url": Routes.stage(stage.rawValue),
                    "scorecard": scorecard(rows, month: month, showStage: false)]
        }
        view["metricCount"] = statuses.count
        view["metricNoun"] = statuses.count == 1 ? "metric" : "metrics"
        if let month {
            view["month"] = month.longLabel
            var counts: [[String: Any]] = []
            for (standing, label) in [(MetricStatus.Standing.met, "on target"), (.missed, "off target"),
                                      (.noTarget, "without a target"), (.noData, "without data")] {
                let count = statuses.filter { $0.standing == standing }.count
                if count > 0 { counts.append(["count": count, "label": label, "class": standing.rawValue]) }
            }
            view["counts"] = counts
        }
        if !site.metricSeries.isEmpty { view["dataURL"] = MetricsData.path }
        view["checksURL"] = Routes.checks
        return render("metrics-index", view, to: path)
    }

    /// The scorecard of the metrics of a stage (`kind` "stages") or pillar ("pillars"); nil for
    /// other kinds, and when the project has no metric values at all.
    package func metricScorecard(kind: String, id: String) -> [String: Any]? {
        guard !site.metricSeries.isEmpty else { return nil }
        let metrics: [MetricDefinition]
        switch kind {
        case "stages": metrics = site.metricsByStage.filter { $0.stage.rawValue == id }
        case "pillars": metrics = site.metricsByStage.filter { $0.pillar.rawValue == id }
        default: return nil
        }
        guard !metrics.isEmpty else { return nil }
        let month = site.latestMetricMonth
        let statuses = metrics.map { MetricStatus(metric: $0, series: site.overallSeries(of: $0.id), reportingMonth: month) }
        return scorecard(statuses, month: month, showStage: kind == "pillars")
    }

    /// The view of a scorecard table: a header naming the month, one row per metric.
    package func scorecard(_ statuses: [MetricStatus], month: Month?, showStage: Bool) -> [String: Any] {
        var view: [String: Any] = ["rows": statuses.map { scorecardRow($0, showStage: showStage) }]
        if let month {
            view["headerMonth"] = month.label
            view["headerPrevious"] = month.previous.label
        }
        return view
    }

    private func scorecardRow(_ status: MetricStatus, showStage: Bool) -> [String: Any] {
        let metric = status.metric
        var row = statusView(status)
        if let sparkline = sparkline(metric) { row["sparkline"] = sparkline }
        if status.standing == .noData, !site.series(of: metric.id).isEmpty {
            row["statusText"] = "Breakdowns only"
        }
        row["id"] = metric.id
        row["name"] = metric.name
        row["url"] = Routes.metric(metric.id)
        row["stage"] = metric.stage.rawValue
        row["context"] = showStage ? metric.stage.name : metric.pillar.name
        return row
    }

    /// Value, change, target and standing of `status` as display text and CSS classes.
    /// What a value rests on, said once under it: "95 % interval 81.2%–88.2%, n = 400"; "n = 412,
    /// no interval" (an NPS, mean or median typed in with its n only, or a median of fewer than
    /// six values, docs/STATISTICS.md); or "n unknown". Nil for a count (it rests on itself).
    package func basisText(_ point: MetricSeries.Point?, unit: MetricDefinition.Unit) -> String? {
        guard let point, unit != .count else { return nil }
        let confidence = NumberFormat.trimmed(site.config.statistics.confidence, maxDecimals: 1)
        guard let n = point.n else { return "n unknown: no sample size was given with this value" }
        guard let interval = point.interval else { return "n = \(n), no interval" }
        return "\(confidence) % interval \(NumberFormat.value(interval.lowerBound, unit: unit))–\(NumberFormat.value(interval.upperBound, unit: unit)), n = \(n)"
    }

    package func statusView(_ status: MetricStatus) -> [String: Any] {
        let metric = status.metric
        var view: [String: Any] = ["status": status.standing.rawValue, "statusText": statusText(status)]
        if let value = status.value { view["value"] = NumberFormat.value(value, unit: metric.unit) }
        if let month = status.month {
            view["monthLabel"] = month.label
            view["previousLabel"] = month.previous.label
            if status.isStale { view["stale"] = true }
        }
        if let delta = status.delta, let month = status.month {
            view["delta"] = NumberFormat.delta(delta, unit: metric.unit)
            let flat = NumberFormat.isZero(delta, unit: metric.unit)
            let word = flat ? "unchanged" : status.improved.map { $0 ? "better" : "worse" } ?? (delta > 0 ? "more" : "fewer")
            view["deltaClass"] = flat ? "flat" : status.improved.map { $0 ? "better" : "worse" } ?? "neutral"
            view["deltaTitle"] = "\(word) than \(month.previous.label)"
        } else if let month = status.month {
            view["deltaTitle"] = "no value for \(month.previous.label)"
        }
        if let target = status.target { view["target"] = NumberFormat.target(target, unit: metric.unit) }
        if let n = status.n, site.config.statistics.isSmallSample(n), metric.unit != .count {
            view["smallSample"] = "small sample, n = \(n)"
        }
        view["betterText"] = Self.directionText(metric.better).lowercased()
        return view
    }

    private func statusText(_ status: MetricStatus) -> String {
        switch status.standing {
        case .met: "On target"
        case .missed: status.metric.better == .lower ? "Above target" : "Below target"
        case .noTarget: "No target"
        case .noData: "No data"
        }
    }

    // MARK: One metric

    package func metricPage(_ metric: MetricDefinition, previous: MetricDefinition?, next: MetricDefinition?) -> OutputFile {
        let path = Routes.metric(metric.id)
        let reporting = site.latestMetricMonth
        let allSeries = site.series(of: metric.id)
        let overall = allSeries.first { $0.key.isOverall }
        let breakdowns = allSeries.filter { !$0.key.isOverall }
        let status = MetricStatus(metric: metric, series: overall, reportingMonth: reporting)

        var view = self.view(title: metric.name, kind: "metric", path: path, section: "metrics",
                             description: metric.definition, breadcrumbs: [("Metrics", Routes.metrics)])
        view["metric"] = present([
            "id": metric.id, "name": metric.name, "definition": metric.definition,
            "unit": metric.unit.rawValue, "better": Self.directionText(metric.better),
            "aggregate": aggregateText(metric.aggregate),
            "target": metric.target.map { NumberFormat.target($0, unit: metric.unit) },
        ])
        view["stage"] = ["id": metric.stage.rawValue, "name": metric.stage.name, "url": Routes.stage(metric.stage.rawValue)]
        view["pillar"] = ["id": metric.pillar.rawValue, "name": metric.pillar.name, "url": Routes.pillar(metric.pillar.rawValue)]
        if let overall {
            var summary = statusView(status)
            if let basis = basisText(status.month.flatMap { overall.point(in: $0) }, unit: metric.unit) { summary["basis"] = basis }
            // The line above gives n already.
            if summary["smallSample"] != nil { summary["smallSample"] = "small sample: fewer than \(site.config.statistics.minimumN)" }
            view["summary"] = summary
        }

        if !allSeries.isEmpty {
            view["hasData"] = true
            view["csvURL"] = MetricsData.path(of: metric.id)
            view["csvName"] = "\(metric.id).csv"
            view["table"] = monthlyTable(metric, overall: overall, breakdowns: breakdowns)
            view["sources"] = sourcesView(allSeries)
        }
        if let overall, let first = overall.points.first?.month, let last = overall.points.last?.month {
            let months = first.through(last)
            view["trendChart"] = LineChart(
                id: "trend", title: "\(metric.name), monthly", months: months.map(\.description),
                values: months.map { overall.value(in: $0) }, unit: metric.unit,
                target: overall.target, better: chartDirection(metric.better)).render().html
        }
        if !breakdowns.isEmpty {
            view["breakdowns"] = breakdownGroups(breakdowns, of: metric).map { group -> [String: Any] in
                let rows = group.series.map { series -> [String: Any] in
                    var row = statusView(MetricStatus(metric: metric, series: series, reportingMonth: reporting))
                    row["name"] = group.label(series.key)
                    return row
                }
                var view: [String: Any] = ["id": group.id, "title": group.title, "rows": rows]
                if group.series.count <= Self.maxBreakdownLines {
                    view["chart"] = breakdownChart(metric, group: group, overall: overall)
                } else {
                    view["chartNote"] = "\(group.series.count) lines are too many to tell apart in one chart (at most \(Self.maxBreakdownLines)); the tables show every value."
                }
                if let reporting {
                    view["headerMonth"] = reporting.label
                    view["headerPrevious"] = reporting.previous.label
                }
                return view
            }
        }
        if let computed = computedMetricView(metric) { view["computed"] = computed }
        if let previous { view["previous"] = ["title": previous.name, "url": Routes.metric(previous.id)] }
        if let next { view["next"] = ["title": next.name, "url": Routes.metric(next.id)] }
        return render("metric", view, to: path)
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
        let chartSeries = lines.map { series in
            LineChart.Series(name: series.key.isOverall ? "Overall" : group.label(series.key), values: months.map { series.value(in: $0) })
        }
        return LineChart(id: "breakdown-\(group.id)-chart", title: "\(metric.name) \(group.title.lowercased())",
                         months: months.map(\.description), series: chartSeries, unit: metric.unit,
                         target: targets.count == 1 ? targets.first! : nil, better: chartDirection(metric.better)).render().html
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
    private func monthlyTable(_ metric: MetricDefinition, overall: MetricSeries?, breakdowns: [MetricSeries]) -> [String: Any] {
        let all = (overall.map { [$0] } ?? []) + breakdowns
        guard let first = all.compactMap({ $0.points.first?.month }).min(),
              let last = all.compactMap({ $0.points.last?.month }).max() else { return [:] }
        let groups = breakdownGroups(breakdowns, of: metric)
        var columns: [[String: Any]] = []
        // What the overall values rest on, when any of them says.
        let showsBasis = overall?.points.contains { $0.n != nil } == true && metric.unit != .count
        let confidence = NumberFormat.trimmed(site.config.statistics.confidence, maxDecimals: 1)
        if overall != nil {
            columns += [["title": "Overall"], ["title": "Change", "sub": "vs month before"], ["title": "Target"]]
            if showsBasis { columns += [["title": "n", "sub": "answers or tickets"], ["title": "Interval", "sub": "\(confidence) % confidence"]] }
        }
        for group in groups {
            for series in group.series {
                var sub = group.title.replacingOccurrences(of: "By ", with: "").capitalizedFirst
                if let target = series.target, target != metric.target {
                    sub += " · target " + NumberFormat.target(target, unit: metric.unit)
                }
                columns.append(["title": group.label(series.key), "sub": sub])
            }
        }
        let ordered = groups.flatMap(\.series)
        let missing: [String: Any] = ["text": "–", "cls": "missing", "label": "no value"]
        let rows = first.through(last).reversed().map { month -> [String: Any] in
            var cells: [[String: Any]] = []
            if let overall {
                if let point = overall.point(in: month) {
                    cells.append(["text": NumberFormat.value(point.value, unit: metric.unit), "cls": standingClass(point, metric: metric)])
                    if let previous = overall.value(in: month.previous) {
                        let delta = point.value - previous
                        let cls = NumberFormat.isZero(delta, unit: metric.unit) ? "flat"
                            : metric.isImprovement(delta).map { $0 ? "better" : "worse" } ?? "neutral"
                        cells.append(["text": NumberFormat.delta(delta, unit: metric.unit), "cls": "delta " + cls])
                    } else {
                        cells.append(missing)
                    }
                    cells.append(point.target.map { ["text": NumberFormat.target($0, unit: metric.unit), "cls": "target"] } ?? missing)
                    if showsBasis {
                        let small = site.config.statistics.isSmallSample(point.n)
                        cells.append(point.n.map { ["text": small ? "\($0) (small sample)" : "\($0)", "cls": small ? "n small-sample" : "n"] } ?? missing)
                        cells.append(point.interval.map { ["text": NumberFormat.value($0.lowerBound, unit: metric.unit) + "–" + NumberFormat.value($0.upperBound, unit: metric.unit), "cls": "interval"] } ?? missing)
                    }
                } else {
                    cells += Array(repeating: missing, count: showsBasis ? 5 : 3)
                }
            }
            for series in ordered {
                if let point = series.point(in: month) {
                    cells.append(["text": NumberFormat.value(point.value, unit: metric.unit), "cls": standingClass(point, metric: metric)])
                } else {
                    cells.append(missing)
                }
            }
            return ["month": month.label, "monthID": month.description, "cells": cells]
        }
        return ["rows": rows, "columns": columns]
    }

    private func standingClass(_ point: MetricSeries.Point, metric: MetricDefinition) -> String {
        guard let target = point.target else { return "no-target" }
        return MetricStatus.meets(point.value, target: target, better: metric.better) ? "met" : "missed"
    }

    /// The files the values came from: path, how many monthly values and lines.
    private func sourcesView(_ series: [MetricSeries]) -> [[String: Any]] {
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
            var view: [String: Any] = ["path": path, "values": entry.values, "valueNoun": entry.values == 1 ? "monthly value" : "monthly values"]
            if entry.rows > entry.values { view["rows"] = "aggregated from \(entry.rows) dated rows" }
            return view
        }
    }

    private func aggregateText(_ aggregate: MetricDefinition.Aggregate) -> String {
        switch aggregate {
        case .mean: "mean of the month's dated values"
        case .median: "median of the month's dated values"
        case .sum: "sum of the month's dated values"
        case .last: "value of the month's latest date"
        }
    }
}

extension String {
    /// The text with its first letter upper-cased: `segment` → `Segment`.
    package var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
