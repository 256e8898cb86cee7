import CXSiteSupport
import CXSiteModel

/// Metric values computed from the order exports and the customer lists, one per metric and
/// month, with the definitions of docs/CUSTOMERS.md. Nothing is estimated: a month without the
/// customers a share needs has no value, and a note says why.
///
/// | metric | per month, from the orders (A(d): customers with an order on one of the `active_days` days ending with d) |
/// |---|---|
/// | active_customers | distinct customers with an order in the month |
/// | new_customers | customers whose first order is in the month |
/// | retention_rate | \|A(last day of the month before) ∩ A(last day of the month)\| ÷ \|A(last day of the month before)\| |
/// | repurchase_rate | customers of A(last day of the month before) with an order in the month ÷ \|A(last day of the month before)\| |
/// | churn_rate | 100 − retention_rate |
/// | revenue_per_customer | the month's amounts (refunds subtracted) ÷ active_customers |
///
/// A customer list gives `churn_rate` and `retention_rate` for the months it describes; where it
/// and the orders give the same month, the list's value is used.
public struct CustomerMetrics: Sendable {
    /// The metrics computed here, in the order they are merged.
    public static let metricIDs = ["active_customers", "new_customers", "retention_rate", "repurchase_rate", "churn_rate", "revenue_per_customer"]
    /// The metrics a customer list gives.
    public static let listMetricIDs: Set<String> = ["retention_rate", "churn_rate"]

    /// Metric id → monthly values in month order (only metrics with at least one value).
    public var values: [String: [TicketMetrics.Value]] = [:]
    /// Breakdown series (by segment) → monthly values in month order.
    public var breakdowns: [MetricSeries.Key: [TicketMetrics.Value]] = [:]
    /// Metric id → notes on the months without a value and on what a value leaves out.
    public var notes: [String: [String]] = [:]
    /// Metric id → months whose value from the orders gave way to a customer list's.
    public var fromLists: [String: [Period]] = [:]
    /// Metric id → months whose computed value gave way to the value in `content/metrics/`.
    public var superseded: [String: [Period]] = [:]

    public init() {}

    /// The computed value of `metric` in `month`.
    public func value(of metric: String, in month: Period) -> TicketMetrics.Value? {
        values[metric]?.first { $0.month == month }
    }

    /// The values of the orders (through `activity`) and of the lists, the lists winning (logged).
    package static func compute(_ activity: CustomerActivity?, book: OrderBook, lists: CustomerLists, confidence: Double,
                                log: inout DiagnosticLog) -> CustomerMetrics {
        var result = CustomerMetrics()
        if let activity { result.addOrders(activity, book: book, confidence: confidence) }
        result.addLists(lists, confidence: confidence, orderPaths: book.exports.map(\.path), log: &log)
        return result
    }

    private mutating func addOrders(_ a: CustomerActivity, book: OrderBook, confidence: Double) {
        let fallback = book.sources.values.min() ?? SourceLocation(path: "content/orders")
        func source(_ m: Int) -> SourceLocation { book.sources[a.months[m]] ?? fallback }
        func count(_ metric: String, _ counts: [Int]) {
            values[metric] = a.months.indices.map { TicketMetrics.Value(month: a.months[$0], value: Double(counts[$0]), basis: counts[$0], source: source($0)) }
        }
        count("active_customers", a.active)
        count("new_customers", a.new)
        func shares(_ r: CustomerActivity.Retention) -> [String: [TicketMetrics.Value]] {
            var out: [String: [TicketMetrics.Value]] = [:]
            for m in a.months.indices where m > 0 && r.previous[m] > 0 {
                let n = r.previous[m]
                for (metric, hits) in [("retention_rate", r.retained[m]), ("repurchase_rate", r.repurchased[m]), ("churn_rate", n - r.retained[m])] {
                    out[metric, default: []].append(TicketMetrics.share(hits: hits, of: n, month: a.months[m], source: source(m), confidence: confidence)!)
                }
            }
            return out
        }
        for (metric, list) in shares(a.retention) { values[metric] = list }
        for (segment, retention) in a.bySegment {
            for (metric, list) in shares(retention) {
                breakdowns[MetricSeries.Key(metric: metric, segment: book.segmentNames[Int(segment)])] = list
            }
        }
        let first = a.months[0]
        for metric in ["retention_rate", "repurchase_rate", "churn_rate"] {
            notes[metric, default: []].append("No value for \(first), the first \(first.cadence.unit) of the order exports: it needs the customers active at the end of the \(first.cadence.unit) before.")
            let empty = a.months.indices.filter { $0 > 0 && a.retention.previous[$0] == 0 }.map { a.months[$0] }
            if !empty.isEmpty {
                notes[metric, default: []].append("No value for \(TicketMetrics.monthsText(empty)): no customer was active (an order within \(book.settings.activeDays) days) at the end of the \(first.cadence.unit) before.")
            }
        }
        var revenue: [TicketMetrics.Value] = []
        if book.withoutAmountColumn.count < book.exports.count {
            for m in a.months.indices where a.active[m] > 0 {
                revenue.append(TicketMetrics.Value(month: a.months[m], value: a.revenue[m] / Double(a.active[m]), basis: a.active[m], source: source(m)))
            }
            values["revenue_per_customer"] = revenue
            let partial = a.months.indices.filter { a.withoutAmount[$0] > 0 }.map { a.months[$0] }
            if !partial.isEmpty {
                let orders = partial.map { a.withoutAmount[$0.periods(since: first)] }.reduce(0, +)
                notes["revenue_per_customer", default: []].append("\(HelpDeskData.grouped(orders)) order\(orders == 1 ? "" : "s") in \(TicketMetrics.monthsText(partial)) had no readable amount: they count as orders and their customers as active, but add nothing to revenue.")
            }
        }
        if !book.withoutAmountColumn.isEmpty {
            notes["revenue_per_customer", default: []].append("\(book.withoutAmountColumn.joined(separator: " and ")) \(book.withoutAmountColumn.count == 1 ? "has" : "have") no amount column: name it under 'orders: columns: amount:' in site.yml.")
        }
    }

    /// Churn and retention from the customer lists; a month the orders also give takes the list's value.
    private mutating func addLists(_ lists: CustomerLists, confidence: Double, orderPaths: [String], log: inout DiagnosticLog) {
        var replaced: [String: [Period]] = [:]
        for (segment, months) in lists.churn {
            for (month, churn) in months.sorted(by: { $0.key < $1.key }) {
                let n = churn.ratio.count
                for (metric, hits) in [("churn_rate", churn.ratio.hits), ("retention_rate", n - churn.ratio.hits)] {
                    guard let value = TicketMetrics.share(hits: hits, of: n, month: month, source: churn.source, confidence: confidence) else { continue }
                    if let segment {
                        let key = MetricSeries.Key(metric: metric, segment: segment)
                        breakdowns[key] = ((breakdowns[key] ?? []).filter { $0.month != month } + [value]).sorted { $0.month < $1.month }
                    } else {
                        if values[metric]?.contains(where: { $0.month == month }) == true { replaced[metric, default: []].append(month) }
                        values[metric] = ((values[metric] ?? []).filter { $0.month != month } + [value]).sorted { $0.month < $1.month }
                    }
                }
            }
        }
        for metric in ["churn_rate", "retention_rate"] {
            guard let months = replaced[metric], let first = values[metric]?.first(where: { months.contains($0.month) }) else { continue }
            fromLists[metric] = months.sorted()
            let lists = Set(lists.exports.map(\.path)).sorted().joined(separator: " and ")
            log.warning("'\(metric)' for \(TicketMetrics.monthsText(months)) is given by the customer list \(lists) and also computed from the order exports \(orderPaths.joined(separator: " and ")); the list's value is used (a list is the team's own statement of who left; remove the list to use the orders' values)",
                        at: first.source)
        }
        // A month a list gives has its value even when it is the orders' first month.
        for metric in CustomerMetrics.listMetricIDs where values[metric] != nil && !lists.isEmpty {
            notes[metric] = notes[metric]?.filter { note in !(values[metric] ?? []).contains { note.hasPrefix("No value for \($0.month),") } }
        }
    }

    /// `series` (from `content/metrics/`) with these values added, the CSV winning (each conflict logged).
    public mutating func merge(into series: [MetricSeries], catalog: MetricCatalog, log: inout DiagnosticLog) -> [MetricSeries] {
        let merged = ComputedSeries.merge(values, breakdowns: breakdowns, metrics: Self.metricIDs, into: series, catalog: catalog,
                                          alternative: "", log: &log)
        superseded = merged.superseded
        return merged.series
    }
}
