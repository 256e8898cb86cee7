import Testing
import CXSiteSupport
import CXSiteModel
import CXSiteLoad
import CXSiteAnalyse
import CXSiteCharts
import CXSiteRender
import CXSiteWrite
import CXSite

/// The cohort table of `CustomerAnalysis` drawn with the existing `Heatmap`: no chart type of its
/// own is needed. Rows are cohorts, columns months since the first order, a cell the share of
/// the cohort ordering then; months after the orders end are empty cells, not zeros.
struct CohortHeatmapTests {
    @Test func cohortsFitTheHeatmap() throws {
        let cohorts = FixtureModel("orders-exports").analysis.customers.cohorts
        let width = try #require(cohorts.map(\.cells.count).max())
        let heatmap = Heatmap(
            id: "cohorts", title: "Share of each cohort ordering, by months since the first order",
            rows: cohorts.map { "\($0.month.label) (\($0.size))" }, columns: (0..<width).map(String.init),
            cells: cohorts.map { cohort in cohort.cells.map { Heatmap.Cell(value: $0.share, label: NumberFormat.value($0.share, unit: .percent)) } },
            colorScale: .sequential(maximum: 100), rowHeader: "Cohort")
        let svg = heatmap.render().svg
        #expect(svg.contains("Jan 2025 (\(cohorts[0].size))"))
        #expect(svg.contains("100.0%</title>"))
        let last = try #require(cohorts.last)
        #expect(last.cells.count < width, "the last cohort has fewer months than the first")
        #expect(heatmap.cell(cohorts.count - 1, last.cells.count) == nil, "a month after the orders end is an empty cell")
        #expect(svg.contains("cells without data"))
    }
}
