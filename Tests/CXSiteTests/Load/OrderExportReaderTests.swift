import Foundation
import Testing
import CXSiteSupport
import CXSiteModel
import CXSiteLoad
import CXSiteAnalyse
import CXSiteCharts
import CXSiteRender
import CXSiteWrite
import CXSite

/// Reading order exports and customer lists: days in the configured zone, the loud errors, and
/// churn from a list with start and end dates.
struct OrderExportReaderTests {
    static func book(_ text: String, path: String = "content/orders/x.csv", zone: String = "Europe/Dublin") -> (OrderBook, [Diagnostic]) {
        var settings = OrderSettings()
        settings.timeZone = TimeZone(identifier: zone)!
        var book = OrderBook(settings: settings)
        var customers = OrderExportReader.CustomerNumbers()
        var log = DiagnosticLog()
        OrderExportReader.read(bytes: Array(text.utf8), path: path, into: &book, customers: &customers, log: &log)
        return (book, log.sorted)
    }

    /// Stripe writes UTC without an offset; Shopify writes an offset; WooCommerce writes the shop's
    /// local time. Each is taken to the day in Europe/Dublin (UTC+1 in summer, UTC in winter).
    @Test func daysAreCountedInTheConfiguredZone() throws {
        let (stripe, _) = Self.book("""
            id,Created (UTC),Amount,Amount Refunded,Status,Customer ID,Customer Email
            ch_1,2025-03-31 23:30,10.00,0.00,Paid,cus_1,
            ch_2,2025-10-31 23:30,10.00,0.00,Paid,cus_1,
            ch_3,2025-01-15 10:00,10.00,0.00,Failed,cus_1,
            """)
        #expect(stripe.orders.map { Period(monthContaining: Int($0.day)).description } == ["2025-04", "2025-10"])
        #expect(stripe.exports.first?.ignored.first?.reason == "cancelled, failed or voided")
        let (shopify, _) = Self.book("""
            Name,Email,Financial Status,Total,Created at,Lineitem name
            #1,a@example.com,paid,20.00,2025-07-31 23:30:00 +0000,Lite
            #1,a@example.com,,,,Pro
            #2,A@Example.com ,refunded,20.00,2025-07-30 10:00:00 +0000,Lite
            """)
        #expect(shopify.orders.map { Period(monthContaining: Int($0.day)).description } == ["2025-08", "2025-07"])
        #expect(shopify.customerCount == 1, "the e-mail is compared lower-cased and trimmed")
        #expect(shopify.exports.first?.ignored.first?.reason == "further line item of an order")
        let (woo, _) = Self.book("""
            order_id,order_date,status,order_total,customer_id,customer_email
            1,2025-07-31 23:30:00,wc-completed,20.00,0,guest@example.com
            2,2025-07-31 10:00:00,wc-refunded,20.00,7,x@example.com
            """)
        #expect(woo.orders.map { Period(monthContaining: Int($0.day)).description } == ["2025-07", "2025-07"])
        #expect(woo.orders.map(\.amount) == [20, 0])
    }

    @Test func anExportOfWhichNothingCanBeUsedSaysHowToFixIt() {
        var settings = OrderSettings()
        settings.columns = [.customer: "Customer", .date: "Day", .amount: "Total"]
        var book = OrderBook(settings: settings)
        var customers = OrderExportReader.CustomerNumbers()
        var log = DiagnosticLog()
        OrderExportReader.read(bytes: Array("Customer,Day,Total\nc1,20250304,10\nc2,20250305,12\n".utf8), path: "content/orders/y.csv",
                               into: &book, customers: &customers, log: &log)
        let errors = log.sorted.filter { $0.severity == .error }.map(\.description)
        #expect(errors == ["content/orders/y.csv:1:10: error: none of the 2 rows of this export can be used: the order date in column 'Day' cannot be read (such as '20250304' at line 2); set orders: date_format: \"%Y%m%d\" in site.yml"])
    }

    @Test func anUnknownHeaderIsAnErrorNamingTheFormats() {
        let (_, diagnostics) = Self.book("when,who\n2025-01-01,a\n")
        #expect(diagnostics.map(\.severity) == [.error])
        #expect(diagnostics.first?.message.hasPrefix("cannot tell the format of this order export from its header ('when', 'who')") == true)
    }

    @Test func settingsAreCheckedWhereTheyAreWritten() {
        let folder = TemporaryFolder()
        folder.write("site.yml", "orders:\n  timezone: Europe/Dubln\n  active_days: 0\ncustomers:\n  columns: {customer: ID}\n  as_of: October\n")
        folder.write("content/index.md", "# Home\n\nText.\n")
        let text = FixtureModel(root: folder.url).diagnosticText
        #expect(text.contains("site.yml:2:13: error: 'timezone' must be a time zone name such as Europe/Dublin or UTC"))
        #expect(text.contains("site.yml:3:16: error: 'active_days' must be between 1 and 3660, found 0"))
        #expect(text.contains("site.yml:5:12: error: 'customers: columns:' must name the 'customer' column and what says who left"))
        #expect(text.contains("site.yml:6:10: error: 'as_of' under 'customers:' must be a month such as \"2026-10\", found 'October'"))
    }

    @Test func aChurnListWithoutAMonthIsAnError() {
        let folder = TemporaryFolder()
        folder.write("content/customers/telco.csv", "customerID,gender,Contract,Churn\n7590-VHVEG,Female,Month-to-month,No\n")
        let text = FixtureModel(root: folder.url).diagnosticText
        #expect(text.contains("content/customers/telco.csv:1:1: error: this customer list says who churned but not when; set customers: as_of: \"YYYY-MM\" in site.yml"))
    }

    /// A list with start and end dates and two segment columns: each month's churn, counted
    /// again here customer by customer from the same rows.
    @Test func aDatedListGivesChurnForEveryMonthAndEachSegmentColumn() throws {
        let rows: [(start: String, end: String, plan: String, region: String)] = [
            ("2025-01-01", "", "Pro", "EU"), ("2025-01-15", "2025-03-10", "Pro", "US"), ("2024-12-20", "2025-02-01", "Basic", "EU"),
            ("2025-02-01", "", "Basic", "US"), ("2025-02-10", "2025-02-20", "Pro", "EU"), ("2025-01-31", "2025-04-30", "Basic", "EU"),
        ]
        var settings = CustomerListSettings()
        settings.columns = [.customer: "Account", .start: "Signed up", .end: "Cancelled on"]
        settings.segments = ["Plan", "Region"]
        settings.asOf = try Period(parsing: "2025-04")
        var lists = CustomerLists(settings: settings)
        var log = DiagnosticLog()
        let text = "Account,Signed up,Cancelled on,Plan,Region\n" + rows.enumerated().map { "c\($0.offset),\($0.element.start),\($0.element.end),\($0.element.plan),\($0.element.region)" }.joined(separator: "\n")
        CustomerListReader.read(bytes: Array(text.utf8), path: "content/customers/list.csv", into: &lists, log: &log)
        #expect(log.sorted.isEmpty, "\(log.sorted)")
        for month in try Period(parsing: "2025-01").through(Period(parsing: "2025-04")) {
            let first = "\(month)-01"
            let last = "\(month)-\(month.dayCount)"
            for segment in [nil, "Plan: Pro", "Plan: Basic", "Region: EU", "Region: US"] as [String?] {
                let members = rows.filter { row in
                    segment == nil || segment == "Plan: \(row.plan)" || segment == "Region: \(row.region)"
                }.filter { $0.start <= first && ($0.end.isEmpty || $0.end >= first) }
                let churned = members.filter { !$0.end.isEmpty && $0.end <= last }.count
                let got = lists.churn[segment]?[month]?.ratio
                if members.isEmpty {
                    #expect(got == nil, "\(month) \(segment ?? "all")")
                } else {
                    #expect(got == Ratio(count: members.count, hits: churned), "\(month) \(segment ?? "all")")
                }
            }
        }
    }
}
