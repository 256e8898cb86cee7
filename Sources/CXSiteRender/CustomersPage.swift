import CXSiteSupport
import CXSiteModel
import CXSiteAnalyse
import CXSiteCharts

/// The Customers page under Enhance (`customers.mustache`): the customer metrics as tiles, the
/// cohort table, each cohort's revenue per customer over its first 12 months, and churn by
/// segment; from the order exports and customer lists (docs/CUSTOMERS.md). No customer id,
/// e-mail or name reaches it: cohorts and segments are counts.
package struct CustomersView: FramedPageView {
    package static let template = "customers"
    package var frame: PageFrame
    package var tiles: [KPITile]
    package var activeDays: Int
    /// The cohort heatmap, as SVG.
    package var cohortChart: String?
    /// `14 cohorts, Jan 2025 to Feb 2026`.
    package var cohortSpan: String?
    package var lifetime: Lifetime?
    package var churn: Churn?
    /// Notes of the analysis: months without a value and why.
    package var notes: [String]
    package var methodURL: String

    package static let fields = ViewFields<Self>(base: { $0.frame }, [
        .flag("hasData") { !$0.tiles.isEmpty || $0.cohortChart != nil },
        .list("tiles") { $0.tiles },
        .number("activeDays") { $0.activeDays },
        .text("cohortChart") { $0.cohortChart },
        .text("cohortSpan") { $0.cohortSpan },
        .view("lifetime") { $0.lifetime },
        .view("churn") { $0.churn },
        .texts("notes") { $0.notes },
        .text("methodURL") { $0.methodURL },
    ])

    /// Revenue per customer over each cohort's first 12 months.
    package struct Lifetime: TemplateView {
        /// The 12-month values of the cohorts that have 12 months of orders, as SVG.
        package var chart: String?
        /// Month-since headings of the table: `0` … `11`.
        package var columns: [String]
        package var rows: [Row]

        package static let fields = ViewFields<Self>([
            .text("chart") { $0.chart },
            .texts("columns") { $0.columns },
            .list("rows") { $0.rows },
        ])

        package struct Row: TemplateView {
            package var cohort: String
            package var monthID: String
            package var size: String
            /// Cumulative revenue per customer at the end of each month since the first order.
            package var cells: [String]
            /// The 12-month value, or `partial: 7 months`.
            package var value: String
            package var partial: Bool

            package static let fields = ViewFields<Self>([
                .text("cohort") { $0.cohort },
                .text("monthID") { $0.monthID },
                .text("size") { $0.size },
                .texts("cells") { $0.cells },
                .text("value") { $0.value },
                .flag("partial") { $0.partial },
            ])
        }
    }

    /// Churn by segment in the latest month with a churn rate.
    package struct Churn: TemplateView {
        package var month: String
        package var chart: String
        package var rows: [Row]
        package var intervalName: String

        package static let fields = ViewFields<Self>([
            .text("month") { $0.month },
            .text("chart") { $0.chart },
            .list("rows") { $0.rows },
            .text("intervalName") { $0.intervalName },
        ])

        package struct Row: TemplateView {
            package var segment: String
            package var rate: String
            package var n: String
            package var interval: String
            package var smallSample: Bool

            package static let fields = ViewFields<Self>([
                .text("segment") { $0.segment },
                .text("rate") { $0.rate },
                .text("n") { $0.n },
                .text("interval") { $0.interval },
                .flag("smallSample") { $0.smallSample },
            ])
        }
    }
}

extension PageContext {
    /// Columns of the cohort heatmap at most: periods 0 to 11 since the first order.
    static let cohortColumns = 12

    package func customersPage() -> OutputFile {
        let customers = analysis.customers
        let path = Routes.customers
        let metrics = CustomerMetrics.metricIDs.compactMap { id in site.overallSeries(of: id) == nil ? nil : site.catalog.metric(id) }
        let cohorts = customers.cohorts
        var cohortChart: String?
        var cohortSpan: String?
        if let first = cohorts.first, let last = cohorts.last, let span = cohorts.map(\.cells.count).max() {
            // Periods 0 to 11 at most, as in the revenue table below: a year of monthly cohorts;
            // a year of weeks would leave cells too narrow to read.
            let width = min(span, Self.cohortColumns)
            cohortChart = Heatmap(
                id: "cohorts", title: "Share of each cohort ordering, by \(cadence.units) since its first order",
                rows: cohorts.map { "\($0.month.label) (\(HelpDeskData.grouped($0.size)))" }, columns: (0..<width).map(String.init),
                // Whole percents: a dozen columns leave no room for decimals.
                cells: cohorts.map { cohort in cohort.cells.prefix(width).map { Heatmap.Cell(value: $0.share, label: NumberFormat.fixed($0.share, decimals: 0) + "%") } },
                colorScale: .sequential(maximum: 100), rowHeader: "Cohort (customers)", legendTitle: "Share ordering").render().html
            cohortSpan = "\(cohorts.count) \(cohorts.count == 1 ? "cohort" : "cohorts"), \(first.month.label)\(first.month == last.month ? "" : " to \(last.month.label)")"
                + (span > width ? " (shown for their first \(cadence.count(width)), 0 to \(width - 1), of the \(span) the orders reach)" : "")
        }
        let view = CustomersView(
            frame: frame(title: "Customers", kind: "customers", path: path, section: "stages",
                         description: "Retention, repurchase, churn and revenue per customer from the order exports and customer lists.",
                         breadcrumbs: [Link(title: "CARE stages", url: Routes.stages), Link(title: CAREStage.enhance.name, url: Routes.stage(CAREStage.enhance.rawValue))]),
            tiles: tiles(metrics),
            activeDays: customers.activeDays,
            cohortChart: cohortChart,
            cohortSpan: cohortSpan,
            lifetime: cohorts.isEmpty ? nil : lifetime(cohorts),
            churn: customers.churnBySegment.map(churnView),
            notes: CustomerMetrics.metricIDs.flatMap { customers.metrics.notes[$0] ?? [] }.reduce(into: []) { kept, note in
                if !kept.contains(note) { kept.append(note) }
            },
            methodURL: Routes.method + "#how-customers")
        return render(view, to: path)
    }

    private func lifetime(_ cohorts: [CustomerAnalysis.Cohort]) -> CustomersView.Lifetime {
        let amount = { (value: Double) in NumberFormat.value(value, unit: .amount) }
        let complete = cohorts.filter { !$0.isPartial }
        var chart: String?
        if !complete.isEmpty {
            chart = BarChart(id: "lifetime-value", title: "Revenue per customer in the first 12 \(cadence.units), by cohort",
                             bars: complete.map { BarChart.Bar(label: $0.month.label, value: $0.lifetimeValue12) }, unit: .amount,
                             better: nil, labelHeader: "Cohort", valueHeader: "Revenue per customer, 12 \(cadence.units)").render().html
        }
        return CustomersView.Lifetime(
            chart: chart,
            columns: (0..<12).map(String.init),
            rows: cohorts.map { cohort in
                let months = cohort.cumulativeRevenuePerCustomer.count
                return CustomersView.Lifetime.Row(
                    cohort: cohort.month.label, monthID: cohort.month.description, size: HelpDeskData.grouped(cohort.size),
                    cells: (0..<12).map { $0 < months ? amount(cohort.cumulativeRevenuePerCustomer[$0]) : "–" },
                    value: cohort.lifetimeValue12.map(amount) ?? "partial: \(cadence.count(months))",
                    partial: cohort.isPartial)
            })
    }

    private func churnView(_ churn: CustomerAnalysis.SegmentChurn) -> CustomersView.Churn {
        let target = site.catalog.metric("churn_rate")?.target
        return CustomersView.Churn(
            month: churn.month.longLabel,
            chart: BarChart(id: "churn-by-segment", title: "Churn by segment, \(churn.month.longLabel)",
                            bars: churn.rows.map { BarChart.Bar(label: $0.segment, value: $0.churnRate) }, unit: .percent,
                            target: target, better: .lower, labelHeader: "Segment", valueHeader: "Churn rate").render().html,
            rows: churn.rows.map { row in
                CustomersView.Churn.Row(segment: row.segment, rate: NumberFormat.value(row.churnRate, unit: .percent), n: HelpDeskData.grouped(row.n),
                                        interval: row.interval.map { NumberFormat.range($0, unit: .percent) } ?? "–",
                                        smallSample: site.config.statistics.isSmallSample(row.n))
            },
            intervalName: intervalName)
    }
}
