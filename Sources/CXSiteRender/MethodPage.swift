import CXSiteSupport
import CXSiteAnalyse

/// "How the numbers are computed" (`method.mustache`): each interval and test in words and
/// symbols, with the confidence and `min_n` this site is built with. Every interval links here.
package struct MethodView: FramedPageView {
    package static let template = "method"
    package var frame: PageFrame
    /// `95`.
    package var confidence: String
    /// The two-sided normal critical value at the confidence: `1.96`.
    package var z: String
    /// The significance level, 1 − confidence: `0.05`.
    package var alpha: String
    package var minN: Int
    /// `orders: active_days:`.
    package var activeDays: Int

    package static let fields = ViewFields<Self>(base: { $0.frame }, [
        .text("confidence") { $0.confidence },
        .text("z") { $0.z },
        .text("alpha") { $0.alpha },
        .number("minN") { $0.minN },
        .number("activeDays") { $0.activeDays },
    ])
}

extension PageContext {
    package func methodPage() -> OutputFile {
        let settings = site.config.statistics
        let view = MethodView(
            frame: frame(title: "How the numbers are computed", kind: "method", path: Routes.method, section: "metrics",
                         description: "Sample sizes, intervals and tests of change behind every number of the site.",
                         breadcrumbs: [Link(title: "Metrics", url: Routes.metrics)]),
            confidence: confidenceText,
            z: NumberFormat.fixed(Statistics.normalCritical(confidence: settings.confidence), decimals: 2),
            alpha: NumberFormat.trimmed((100 - settings.confidence) / 100, maxDecimals: 3),
            minN: settings.minimumN,
            activeDays: site.orders.settings.activeDays)
        return render(view, to: Routes.method)
    }
}
