import Testing
import CXSiteSupport
import CXSiteModel
import CXSiteLoad
import CXSiteAnalyse
import CXSiteCharts
import CXSiteRender
import CXSiteWrite
import CXSite

/// The Customers page under Enhance shows the customer analysis as computed (the values
/// themselves are checked against an independent computation in `CustomerMetricsTests`).
struct CustomersPageTests {
    static let site = FixtureSite("orders-exports")
    static let model = FixtureModel("orders-exports")

    @Test func cohortsLifetimeRevenueAndChurnBySegmentAreOnThePage() throws {
        let html = try #require(Self.site.text("stages/enhance/customers/index.html"))
        let customers = Self.model.analysis.customers
        let first = try #require(customers.cohorts.first)
        // The heatmap: one row per cohort, labelled with its month and size; its first cell is 100 %.
        #expect(html.contains("<svg") && html.contains("Share of each cohort ordering, by months since its first order"))
        #expect(html.contains("\(first.month.label) (\(first.size))"))
        for cohort in customers.cohorts {
            // The revenue table: each cohort's cumulative revenue per customer, then its 12-month value or "partial".
            let row = try #require(html.components(separatedBy: "<tr><th scope=\"row\"><time datetime=\"\(cohort.month)\">").dropFirst().first)
            let cells = row.components(separatedBy: "</tr>")[0]
            for value in cohort.cumulativeRevenuePerCustomer {
                #expect(cells.contains("<td class=\"num\">\(NumberFormat.value(value, unit: .amount))</td>"), "\(cohort.month): \(cells)")
            }
            #expect(cohort.isPartial ? cells.contains("partial: \(cohort.cumulativeRevenuePerCustomer.count) month") : cells.contains(NumberFormat.value(cohort.lifetimeValue12!, unit: .amount)))
        }
        let churn = try #require(customers.churnBySegment)
        #expect(html.contains("Churn by segment, \(churn.month.longLabel)"))
        for row in churn.rows {
            #expect(html.contains("<tr><th scope=\"row\">\(Escape.html(row.segment))</th><td class=\"num\">\(NumberFormat.value(row.churnRate, unit: .percent))</td>"), "\(row.segment)")
        }
        // The first month's missing retention is said once, not once per metric.
        let notes = html.components(separatedBy: "<ul class=\"meta notes\">").dropFirst().first?.components(separatedBy: "</ul>")[0] ?? ""
        let lines = notes.components(separatedBy: "<li>").dropFirst()
        #expect(Set(lines).count == lines.count, "\(notes)")
    }

    @Test func theEnhancePageLinksToItAndAProjectWithoutOrdersSaysWhatToAdd() throws {
        #expect(Self.site.text("stages/enhance/index.html")?.contains("<a href=\"../../stages/enhance/customers/index.html\">Customers</a>") == true)
        let empty = try #require(FixtureSite("basic-site").text("stages/enhance/customers/index.html"))
        #expect(empty.contains("No orders or customer lists yet. Put an order or payment export"))
        #expect(!empty.contains("<svg"))
    }

    @Test func goldenCustomersPage() {
        assertSnapshot(Self.site.text("stages/enhance/customers/index.html") ?? "", named: "orders-exports/stages/enhance/customers/index.html")
    }
}
