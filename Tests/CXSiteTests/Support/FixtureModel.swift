import Foundation
import CXSiteSupport
import CXSiteModel
import CXSiteLoad
import CXSiteAnalyse
import CXSiteCharts
import CXSiteRender
import CXSiteWrite
import CXSite

/// A fixture project read into the model and analysed (load → model → analyse), for tests that look at `Site` itself
/// rather than at the rendered pages.
struct FixtureModel {
    let site: Site
    let analysis: SiteAnalysis
    let diagnostics: [Diagnostic]

    init(_ name: String) {
        self.init(root: TestPaths.fixtures.appendingPathComponent(name))
    }

    init(root: URL) {
        var log = DiagnosticLog()
        let builder = SiteBuilder(root: root)
        var files = builder.load(log: &log)
        var site = builder.model(&files, log: &log)
        analysis = builder.analyse(&site, log: &log)
        self.site = site
        diagnostics = log.sorted
    }

    var diagnosticText: String { diagnostics.map { $0.description + "\n" }.joined() }

    /// The computed value of `metric` in `month` (`2025-01`), if any.
    func computed(_ metric: String, _ month: String) -> TicketMetrics.Value? {
        analysis.ticketMetrics.value(of: metric, in: try! Period(parsing: month))
    }

    /// The value of the overall series of `metric` in `month`, as the site shows it.
    func series(_ metric: String, _ month: String) -> Double? {
        site.overallSeries(of: metric)?.value(in: try! Period(parsing: month))
    }

    /// The check of `rule` in `month`.
    func check(_ rule: TicketRuleCheck.Rule, _ month: String) -> TicketRuleCheck? {
        analysis.ticketRuleChecks[try! Period(parsing: month)]?.first { $0.rule == rule }
    }
}
