import CXSiteSupport
import CXSiteModel

/// What the Customers page shows, from the order exports and the customer lists
/// (docs/CUSTOMERS.md): the customer metrics, a cohort table, each cohort's revenue per customer
/// over its first 12 months, and churn by segment. No customer id is in it: cohorts and
/// segments are counts.
///
/// ```swift
/// let customers = analysis.customers
/// customers.cohorts.first?.cells[1].share   // % of the first cohort ordering a month later
/// customers.churnBySegment?.rows            // latest month, with n
/// ```
public struct CustomerAnalysis: Sendable {
    /// One cell of the cohort table: the cohort's customers ordering `monthsSince` months after
    /// the month of their first order.
    public struct CohortCell: Sendable, Hashable {
        public var monthsSince: Int
        public var month: Period
        public var customers: Int
        /// `customers` ÷ the cohort's size, in percent (100 in month 0).
        public var share: Double
    }

    /// The customers whose first order is in ``month``.
    public struct Cohort: Sendable, Hashable {
        public var month: Period
        public var size: Int
        /// Months since 0 … up to the last month of the orders.
        public var cells: [CohortCell]
        /// Cumulative revenue per customer of the cohort at the end of each of its first 12
        /// months (fewer when the orders end sooner): entry k covers months since 0 … k.
        public var cumulativeRevenuePerCustomer: [Double]
        /// The 12-month value (customer lifetime value over the first year); nil when partial.
        public var lifetimeValue12: Double? { isPartial ? nil : cumulativeRevenuePerCustomer.last }
        /// The orders end before the cohort's twelfth month: its revenue is not a 12-month value.
        public var isPartial: Bool { cumulativeRevenuePerCustomer.count < 12 }
    }

    /// Churn of each segment in the latest month with a churn rate.
    public struct SegmentChurn: Sendable, Hashable {
        public struct Row: Sendable, Hashable {
            /// As in the series key: the value, or `Column: value` for lists with several segment columns.
            public var segment: String
            public var churnRate: Double
            /// Customers the rate is taken over.
            public var n: Int
            public var interval: ClosedRange<Double>?
        }

        public var month: Period
        /// By segment name.
        public var rows: [Row]
    }

    /// The customer metrics (also merged into `Site.metricSeries`), their notes and conflicts.
    public var metrics = CustomerMetrics()
    /// Oldest cohort first.
    public var cohorts: [Cohort] = []
    public var churnBySegment: SegmentChurn?
    /// `orders: active_days:` the activity windows were counted with.
    public var activeDays = 90

    public init() {}

    /// True when the project has neither order exports nor customer lists.
    public var isEmpty: Bool { cohorts.isEmpty && metrics.values.isEmpty }

    /// Computes everything from the site's order exports and customer lists.
    package static func compute(orders: OrderBook, lists: CustomerLists, confidence: Double, log: inout DiagnosticLog) -> CustomerAnalysis {
        var result = CustomerAnalysis()
        result.activeDays = orders.settings.activeDays
        let activity = CustomerActivity(orders, activeDays: orders.settings.activeDays)
        result.metrics = CustomerMetrics.compute(activity, book: orders, lists: lists, confidence: confidence, log: &log)
        if let activity { result.cohorts = cohorts(activity) }
        result.churnBySegment = segmentChurn(result.metrics)
        return result
    }

    private static func cohorts(_ a: CustomerActivity) -> [Cohort] {
        a.months.indices.compactMap { c in
            let size = a.cohortSize[c]
            guard size > 0 else { return nil }
            let cells = a.cohortActive[c].enumerated().map { k, customers in
                CohortCell(monthsSince: k, month: a.months[c + k], customers: customers, share: 100 * Double(customers) / Double(size))
            }
            var total = 0.0
            let cumulative = a.cohortRevenue[c].prefix(12).map { amount in
                total += amount
                return total / Double(size)
            }
            return Cohort(month: a.months[c], size: size, cells: cells, cumulativeRevenuePerCustomer: cumulative)
        }
    }

    private static func segmentChurn(_ metrics: CustomerMetrics) -> SegmentChurn? {
        guard let month = metrics.values["churn_rate"]?.last?.month else { return nil }
        let rows = metrics.breakdowns.compactMap { key, values -> SegmentChurn.Row? in
            guard key.metric == "churn_rate", let segment = key.segment, let value = values.first(where: { $0.month == month }) else { return nil }
            return SegmentChurn.Row(segment: segment, churnRate: value.value, n: value.basis, interval: value.interval)
        }.sorted { $0.segment < $1.segment }
        return rows.isEmpty ? nil : SegmentChurn(month: month, rows: rows)
    }
}
