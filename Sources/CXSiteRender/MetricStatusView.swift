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
    /// `better`, `worse`, `flat` or `neutral`.
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
    package func statusView(_ status: MetricStatus) -> MetricStatusView {
        let metric = status.metric
        var view = MetricStatusView(status: status.standing.rawValue, statusText: statusText(status),
                                    betterText: Self.directionText(metric.better).lowercased())
        view.value = status.value.map { NumberFormat.value($0, unit: metric.unit) }
        if let month = status.month {
            view.monthLabel = month.label
            view.previousLabel = month.previous.label
            view.stale = status.isStale
            if let delta = status.delta {
                view.delta = NumberFormat.delta(delta, unit: metric.unit)
                let flat = NumberFormat.isZero(delta, unit: metric.unit)
                let word = flat ? "unchanged" : status.improved.map { $0 ? "better" : "worse" } ?? (delta > 0 ? "more" : "fewer")
                view.deltaClass = flat ? "flat" : status.improved.map { $0 ? "better" : "worse" } ?? "neutral"
                view.deltaTitle = "\(word) than \(month.previous.label)"
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

    /// What a value rests on, said once beside it: "95 % interval 81.2%–88.2%, n = 400"; "n = 412,
    /// no interval" (an NPS, mean or median typed in with its n only, or a median of fewer than
    /// six values, docs/STATISTICS.md); or "n unknown". Nil for a count (it rests on itself).
    package func basisText(n: Int?, interval: ClosedRange<Double>?, unit: MetricDefinition.Unit) -> String? {
        guard unit != .count else { return nil }
        guard let n else { return "n unknown: no sample size was given with this value" }
        guard let interval else { return "n = \(n), no interval" }
        return "\(intervalName) \(intervalText(interval, unit: unit)), n = \(n)"
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

    /// An interval as two values: `81.2%–88.2%`.
    package func intervalText(_ interval: ClosedRange<Double>, unit: ValueUnit) -> String {
        NumberFormat.value(interval.lowerBound, unit: unit) + "–" + NumberFormat.value(interval.upperBound, unit: unit)
    }

    private func statusText(_ status: MetricStatus) -> String {
        switch status.standing {
        case .met: "On target"
        case .missed: status.metric.better == .lower ? "Above target" : "Below target"
        case .noTarget: "No target"
        case .noData: "No data"
        }
    }
}
