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

/// The `orders-exports` fixture built end to end, then every output file (pages, JSON, CSV, the
/// search index, charts, feeds) scanned for every customer id, e-mail address and name the
/// fixture's exports and list hold (`secrets.json`, written by its generate.py): none may appear.
struct CustomerPrivacyTests {
    static let site = FixtureSite("orders-exports")
    static let secrets: [String] = {
        let url = TestPaths.fixtures.appendingPathComponent("orders-exports/secrets.json")
        return try! JSONDecoder().decode([String].self, from: Data(contentsOf: url))
    }()

    @Test func noCustomerIdEmailOrNameReachesAnyOutputFile() {
        #expect(Self.secrets.count > 100)
        #expect(Self.secrets.contains("ann@example.com") && Self.secrets.contains("cus_Q0001X") && Self.secrets.contains("A-ONCE"))
        #expect(Self.site.files.count > 50, "\(Self.site.diagnosticText)")
        #expect(Self.site.files["metrics/churn_rate/index.html"] != nil && Self.site.files["stages/enhance/customers/index.html"] != nil)
        for (path, file) in Self.site.files {
            let text = file.text.lowercased()
            for secret in Self.secrets where text.contains(secret.lowercased()) {
                Issue.record("\(path) contains '\(secret)'")
            }
        }
    }

    @Test func theDiagnosticsNameLinesNotCustomers() {
        let text = Self.site.diagnosticText.lowercased()
        #expect(!text.isEmpty)
        for secret in Self.secrets where text.contains(secret.lowercased()) {
            Issue.record("the diagnostics contain '\(secret)'")
        }
    }

    /// The model keeps numbers, not ids: an order line is a customer number, a day, an amount and a segment.
    @Test func theModelKeepsCustomerNumbersOnly() {
        let model = FixtureModel("orders-exports")
        let book = model.site.orders
        #expect(book.customerCount > 40 && book.orders.allSatisfy { Int($0.customer) < book.customerCount })
        let dumped = "\(book) \(model.site.customerLists) \(model.analysis.customers)".lowercased()
        for secret in Self.secrets where dumped.contains(secret.lowercased()) {
            Issue.record("the model holds '\(secret)'")
        }
    }
}
