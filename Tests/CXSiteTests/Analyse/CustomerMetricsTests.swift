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

/// The `orders-exports` fixture: a Shopify, a Stripe, a WooCommerce and a mapped export (the
/// ugliest file) and a Telco customer list, all written by `generate.py`, which also computed
/// `expected.json` on its own (Python's csv, strptime and zoneinfo; the active customers of each
/// month end found by brute force). Every monthly value, n, breakdown and cohort must match it.
struct CustomerMetricsTests {
    static let model = FixtureModel("orders-exports")

    struct Expected: Decodable {
        struct Cohort: Decodable {
            var size: Int
            var active: [Int]
            var revenue: [Double]
        }

        /// metric → month → [value, n]
        var values: [String: [String: [Double]]]
        /// "metric|segment" → month → [value, n]
        var breakdowns: [String: [String: [Double]]]
        var cohorts: [String: Cohort]
    }

    static let expected: Expected = {
        let url = TestPaths.fixtures.appendingPathComponent("orders-exports/expected.json")
        return try! JSONDecoder().decode(Expected.self, from: Data(contentsOf: url))
    }()

    func check(_ key: MetricSeries.Key, _ months: [String: [Double]]) throws {
        let series = try #require(Self.model.site.metricSeries.first { $0.key == key }, "\(key.metric) \(key.segment ?? "")")
        #expect(Set(series.points.map(\.month.description)) == Set(months.keys), "\(key): months")
        for (month, pair) in months {
            let point = try #require(series.point(in: try Period(parsing: month)))
            #expect(abs(point.value - pair[0]) < 1e-9, "\(key) \(month): \(point.value) ≠ \(pair[0])")
            #expect(point.n == Int(pair[1]), "\(key) \(month): n \(String(describing: point.n)) ≠ \(pair[1])")
        }
    }

    @Test func everyExportIsRecognisedAndOnlyTheExpectedRowsAreLeftOut() {
        let model = Self.model
        #expect(!model.diagnostics.contains { $0.severity == .error }, "\(model.diagnosticText)")
        #expect(model.site.orders.exports.map(\.format) == ["order export mapped in site.yml", "Shopify orders export", "Stripe payments export", "WooCommerce orders export"])
        let mapped = model.site.orders.exports[0]
        #expect(mapped.delimiter == .semicolon)
        #expect(mapped.skipped.map(\.reason).sorted() == ["no customer", "unreadable order date", "wrong number of fields"])
        #expect(mapped.ignored.map(\.reason).sorted() == ["cancelled, failed or voided", "repeated header line"])
        #expect(mapped.unreadable.map(\.column) == ["Net amount"])
        let shopify = model.site.orders.exports[1]
        #expect(shopify.ignored.contains { $0.reason == "further line item of an order" && $0.count > 0 })
        #expect(model.site.customerLists.exports.map(\.format) == ["Telco customer churn list"])
        // The warnings name lines and columns, never a customer.
        #expect(model.diagnosticText.contains("content/orders/mapped.csv:80:22: warning: '12,3,4' is not an amount (column 'Net amount')"))
        #expect(!model.diagnosticText.contains("@"), "\(model.diagnosticText)")
    }

    @Test func everyMonthlyValueMatchesTheIndependentComputation() throws {
        #expect(Self.expected.values.count == 6)
        for (metric, months) in Self.expected.values {
            try check(MetricSeries.Key(metric: metric), months)
        }
    }

    @Test func segmentBreakdownsMatchTheIndependentComputation() throws {
        #expect(Self.expected.breakdowns.count > 9)
        for (name, months) in Self.expected.breakdowns {
            let parts = name.split(separator: "|", maxSplits: 1).map(String.init)
            try check(MetricSeries.Key(metric: parts[0], segment: parts[1]), months)
        }
        let computed = Self.model.site.metricSeries.filter { !$0.key.isOverall && CustomerMetrics.metricIDs.contains($0.key.metric) }
        #expect(computed.count == Self.expected.breakdowns.count)
    }

    @Test func theFirstMonthHasNoRetentionWithANote() throws {
        let first = try Period(parsing: "2025-01")
        for metric in ["retention_rate", "repurchase_rate", "churn_rate"] {
            #expect(Self.model.series(metric, "2025-01") == nil)
            #expect(Self.model.analysis.customers.metrics.notes[metric]?.contains { $0.hasPrefix("No value for \(first), the first month") } == true)
        }
    }

    @Test func sharesCarryTheirWilsonInterval() throws {
        let series = try #require(Self.model.site.overallSeries(of: "repurchase_rate"))
        for point in series.points {
            let n = try #require(point.n)
            let hits = Int((point.value * Double(n) / 100).rounded())
            let wilson = try #require(Statistics.wilson(hits: hits, of: n, confidence: 95))
            #expect(point.interval == wilson.low...wilson.high, "\(point.month)")
        }
    }

    @Test func theListWinsOverTheOrdersAndTheConflictIsLogged() throws {
        let december = try Period(parsing: "2025-12")
        #expect(Self.model.analysis.customers.metrics.fromLists["churn_rate"] == [december])
        let warning = Self.model.diagnostics.first { $0.message.hasPrefix("'churn_rate' for 2025-12 is given by the customer list content/customers/telco.csv") }
        #expect(warning?.location?.path == "content/customers/telco.csv")
        let bySegment = try #require(Self.model.analysis.customers.churnBySegment)
        #expect(bySegment.month == december)
        // The orders' plans and the list's contracts are both segments of December.
        #expect(bySegment.rows.map(\.segment) == ["Basic", "Month-to-month", "One year", "Pro; annual", "Team", "Two year"])
        for row in bySegment.rows {
            let expected = try #require(Self.expected.breakdowns["churn_rate|\(row.segment)"]?["2025-12"])
            #expect(abs(row.churnRate - expected[0]) < 1e-9 && row.n == Int(expected[1]))
        }
    }

    @Test func cohortsAndTwelveMonthRevenueMatchTheIndependentComputation() throws {
        let cohorts = Self.model.analysis.customers.cohorts
        #expect(cohorts.map(\.month.description) == Self.expected.cohorts.keys.sorted())
        for cohort in cohorts {
            let expected = try #require(Self.expected.cohorts[cohort.month.description])
            #expect(cohort.size == expected.size)
            #expect(cohort.cells.map(\.customers) == expected.active, "\(cohort.month)")
            #expect(cohort.cells.first?.share == 100)
            #expect(cohort.cumulativeRevenuePerCustomer.count == expected.revenue.count)
            for (a, b) in zip(cohort.cumulativeRevenuePerCustomer, expected.revenue) { #expect(abs(a - b) < 1e-9, "\(cohort.month)") }
        }
        // Only January 2025 has twelve months of orders: its revenue is a 12-month value, the others are partial.
        #expect(cohorts.filter { !$0.isPartial }.map(\.month.description) == ["2025-01"])
        #expect(cohorts[0].lifetimeValue12 == cohorts[0].cumulativeRevenuePerCustomer[11])
        #expect(cohorts.dropFirst().allSatisfy { $0.lifetimeValue12 == nil })
    }

    /// The sample project keeps growth.csv as its record (`orders: compute_metrics: false`): its
    /// Stripe payments give the cohorts, and no series value.
    @Test func computeMetricsFalseKeepsTheExportsOutOfTheSeries() throws {
        let sample = FixtureModel(root: TestPaths.repository)
        #expect(sample.site.orders.exports.map(\.format) == ["Stripe payments export"])
        #expect(!sample.analysis.customers.cohorts.isEmpty)
        #expect(sample.site.overallSeries(of: "active_customers") == nil && sample.site.overallSeries(of: "churn_rate") == nil)
        let retention = try #require(sample.site.overallSeries(of: "retention_rate"))
        #expect(retention.points.allSatisfy { $0.source.path == "content/metrics/growth.csv" })
        #expect(!sample.diagnostics.contains { $0.severity == .warning }, "\(sample.diagnosticText)")
    }
}
