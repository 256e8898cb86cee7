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
        if let n = status.n, site.config.statistics.isSmallSample(n), metric.unit != .count {
            view.smallSample = "small sample, n = \(n)"
        }
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
}
