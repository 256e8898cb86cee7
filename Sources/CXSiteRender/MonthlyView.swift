import CXSiteModel
import CXSiteAnalyse

/// Under a weekly cadence, the project counted per month (``Site/monthlyView(of:files:)``) and
/// its analysis: what each month's summary page (`reviews/YYYY-MM/`) shows, so that the monthly
/// review meeting keeps its page (docs/REVIEWS.md).
public struct MonthlyView: Sendable {
    public let site: Site
    public let analysis: SiteAnalysis

    public init(site: Site, analysis: SiteAnalysis) {
        self.site = site
        self.analysis = analysis
    }
}
