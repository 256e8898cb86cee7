import CXSiteSupport
import CXSiteModel
import CXSiteAnalyse
import CXSiteCharts

/// A metric's value, change, target and standing in one month, as display text and CSS classes:
/// what a scorecard row, a KPI tile and a metric page's summary show. The views of those
/// read its fields through theirs (``ViewFields/init(base:_:)``).
package struct MetricStatusView: TemplateView {
    /// The standing as a CSS class: `met`, `missed`, `no-target`, `no-data`.
    package var status: String
    package var statusText: String
    package var value: String?
    package var monthLabel: String?
    package var previousLabel: String?
    /// The value is from an earlier month than the one reported on.
    package var stale = false
    package var delta: String?
    /// How the change reads (``ChangeReading``): `better`, `worse`, `steady`, `untested`, `flat` or `neutral`.
    package var deltaClass: String?
    package var deltaTitle: String?
    package var target: String?
    /// `small sample, n = 12` when the value rests on fewer than `statistics.min_n`.
    package var smallSample: String?
    /// What the value rests on: `95 % interval 81.2%–88.2%, n = 400`, `n = 412, no interval`,
    /// `n unknown: …`; nil for a count.
    package var basis: String?
    /// The value's n is known (tiles show the basis only then).
    package var hasN = false
    /// The part of the method page that explains ``basis``.
    package var methodURL = Routes.method
    /// `higher is better`…
    package var betterText: String

    package static let fields = ViewFields<Self>([
        .text("status") { $0.status },
        .text("statusText") { $0.statusText },
        .text("value") { $0.value },
        .text("monthLabel") { $0.monthLabel },
        .text("previousLabel") { $0.previousLabel },
        .flag("stale") { $0.stale },
        .text("delta") { $0.delta },
        .text("deltaClass") { $0.deltaClass },
        .text("deltaTitle") { $0.deltaTitle },
        .text("target") { $0.target },
        .text("smallSample") { $0.smallSample },
        .text("basis") { $0.basis },
        .flag("hasN") { $0.hasN },
        .text("methodURL") { $0.methodURL },
        .text("betterText") { $0.betterText },
    ])
}

extension PageContext {
    /// The status of `metric`'s `series` in `month` (or its latest month), its change tested at the site's confidence.
    package func status(of metric: MetricDefinition, series: MetricSeries?, month: Period?) -> MetricStatus {
        MetricStatus(metric: metric, series: series, reportingMonth: month, confidence: site.config.statistics.confidence)
    }

    package func statusView(_ status: MetricStatus) -> MetricStatusView {
        let metric = status.metric
        var view = MetricStatusView(status: status.standing.rawValue, statusText: statusText(status),
                                    betterText: Self.directionText(metric.better).lowercased())
        view.value = status.value.map { NumberFormat.value($0, unit: metric.unit) }
        if let month = status.month {
            view.monthLabel = month.label
            view.previousLabel = month.previous.label
            view.stale = status.isStale
            if let delta = status.delta, let reading = status.reading {
                view.delta = NumberFormat.delta(delta, unit: metric.unit)
                view.deltaClass = reading.rawValue
                view.deltaTitle = changeTitle(reading, delta: delta, pValue: status.pValue, knowsN: status.n != nil && status.previousN != nil,
                                              before: month.previous.label)
            } else {
                view.deltaTitle = "no value for \(month.previous.label)"
            }
        }
        view.target = status.target.map { NumberFormat.target($0, unit: metric.unit) }
        view.smallSample = smallSampleText(n: status.n, unit: metric.unit)
        if status.month != nil {
            view.basis = basisText(n: status.n, interval: status.interval, unit: metric.unit)
            view.hasN = status.n != nil && view.basis != nil
            view.methodURL = Routes.method + (status.interval != nil ? "#how-intervals" : "#how-n")
        }
        return view
    }

    /// A change as a table cell's title says it: "better than Sep 2026 (p = 0.004)", "steady:
    /// within chance of Sep 2026 (p = 0.41)", "higher than Sep 2026, not tested against chance (n
    /// unknown)". `knowsN`: both values have their n.
    package func changeTitle(_ reading: ChangeReading, delta: Double, pValue: Double?, knowsN: Bool, before: String) -> String {
        let p = pValue.map { " (\(NumberFormat.pValue($0)))" } ?? ""
        switch reading {
        case .better, .worse: return "\(reading.rawValue) than \(before)\(p)"
        case .steady: return "steady: within chance of \(before)\(p)"
        case .flat: return "unchanged from \(before)"
        case .neutral: return "\(delta > 0 ? "more" : "fewer") than \(before)"
        case .untested:
            return "\(delta > 0 ? "higher" : "lower") than \(before), not tested against chance (\(knowsN ? "the spread of the values is not known" : "n unknown"))"
        }
    }

    /// The change of `series` from `previous` to `point` (any two months), tested at the site's
    /// confidence, as a table cell: `+1.2 pts` with its reading as class and its title.
    package func changeCell(_ metric: MetricDefinition, series: MetricSeries, point: MetricSeries.Point, previous: MetricSeries.Point,
                            before: String) -> (cell: TableCell, reading: ChangeReading) {
        let change = MetricChange(key: series.key, month: point.month, point: point, previous: previous, unit: metric.unit,
                                  confidence: site.config.statistics.confidence)
        let reading = ChangeReading(metric: metric, delta: change.change, significant: change.significant)!
        let title = changeTitle(reading, delta: change.change, pValue: change.pValue, knowsN: change.n != nil && change.previousN != nil, before: before)
        return (TableCell(text: NumberFormat.delta(change.change, unit: metric.unit), cls: "delta " + reading.rawValue, title: title), reading)
    }

    /// What a value rests on, said once beside it: "95 % interval 81.2%–88.2%, n = 400"; "n = 412,
    /// no interval" (an NPS, mean or median typed in with its n only, or a median of fewer than
    /// six values, docs/STATISTICS.md); or "n unknown". Nil for a count (it rests on itself).
    package func basisText(n: Int?, interval: ClosedRange<Double>?, unit: MetricDefinition.Unit) -> String? {
        guard unit != .count else { return nil }
        guard let n else { return "n unknown: no sample size was given with this value" }
        guard let interval else { return "n = \(n), no interval" }
        return "\(intervalName) \(NumberFormat.range(interval, unit: unit)), n = \(n)"
    }

    /// `small sample, n = 12` for a value resting on fewer than `statistics: min_n` answers; nil
    /// otherwise, and for a count (not a sample).
    package func smallSampleText(n: Int?, unit: MetricDefinition.Unit) -> String? {
        guard let n, unit != .count, site.config.statistics.isSmallSample(n) else { return nil }
        return "small sample, n = \(n)"
    }

    /// The site's confidence in percent, as pages write it: `95`, `99.5`.
    package var confidenceText: String { NumberFormat.trimmed(site.config.statistics.confidence, maxDecimals: 1) }

    /// What the site's intervals are called: `95 % interval`.
    package var intervalName: String { "\(confidenceText) % interval" }

    private func statusText(_ status: MetricStatus) -> String {
        switch status.standing {
        case .met: "On target"
        case .missed: status.metric.better == .lower ? "Above target" : "Below target"
        case .noTarget: "No target"
        case .noData: "No data"
        }
    }
}
