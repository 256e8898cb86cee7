import CXSiteSupport
import CXSiteModel

/// One pass over the orders, customer by customer: what the customer measures and the cohort
/// table are counted from (docs/CUSTOMERS.md).
///
/// A(d), the customers active on day d, are those with an order on one of the `active_days`
/// days ending with d. Month m (an index from the first month of the orders) then has: its
/// active and new customers, its revenue, and for m ≥ 1 the customers of A(last day of month
/// m − 1), how many of them are in A(last day of m) and how many ordered in m.
package struct CustomerActivity: Sendable {
    /// Counts over one group of customers (all, or one segment) for each month.
    package struct Retention: Sendable {
        package var previous: [Int]
        package var retained: [Int]
        package var repurchased: [Int]

        init(months: Int) {
            previous = Array(repeating: 0, count: months)
            retained = previous
            repurchased = previous
        }
    }

    package var first: Period
    package var months: [Period]
    package var active: [Int]
    package var new: [Int]
    /// Order amounts and refunds of each month.
    package var revenue: [Double]
    /// Orders of each month whose amount is unknown (no amount column, or an unreadable cell).
    package var withoutAmount: [Int]
    package var retention: Retention
    /// Segment index → retention counts of the customers whose latest order by the end of the
    /// month before was in that segment.
    package var bySegment: [Int32: Retention] = [:]
    /// Cohort index (month of the first order) → customers.
    package var cohortSize: [Int]
    /// `cohortActive[c][k]`: customers of cohort c with an order k months after it started.
    package var cohortActive: [[Int]]
    /// `cohortRevenue[c][k]`: their amounts (refunds subtracted) in that month.
    package var cohortRevenue: [[Double]]

    /// The activity of `book`'s orders with a window of `activeDays` days; nil without orders.
    package init?(_ book: OrderBook, activeDays: Int) {
        let orders = book.orders
        guard let minDay = orders.lazy.map(\.day).min(), let maxDay = orders.lazy.map(\.day).max() else { return nil }
        first = Period(containing: Int(minDay), cadence: book.settings.cadence)
        let last = Period(containing: Int(maxDay), cadence: book.settings.cadence)
        months = first.through(last)
        let count = months.count
        let ends = months.map(\.lastDay)
        let starts = months.map(\.firstDay)
        active = Array(repeating: 0, count: count)
        new = active
        withoutAmount = active
        revenue = Array(repeating: 0, count: count)
        retention = Retention(months: count)
        cohortSize = active
        cohortActive = (0..<count).map { Array(repeating: 0, count: count - $0) }
        cohortRevenue = (0..<count).map { Array(repeating: 0.0, count: count - $0) }

        // The orders grouped by customer (a counting sort), each customer's by day.
        let customers = max(book.customerCount, Int(orders.lazy.map(\.customer).max() ?? 0) + 1)
        var offsets = Array(repeating: 0, count: customers + 1)
        for order in orders { offsets[Int(order.customer) + 1] += 1 }
        for c in 0..<customers { offsets[c + 1] += offsets[c] }
        var next = offsets
        var grouped = [Int32](repeating: 0, count: orders.count)
        for (index, order) in orders.enumerated() {
            grouped[next[Int(order.customer)]] = Int32(index)
            next[Int(order.customer)] += 1
        }
        var cohortOf = [Int32](repeating: -1, count: customers)
        let window = activeDays
        var days: [Int] = []
        var monthOfOrder: [Int] = []
        for customer in 0..<customers where offsets[customer] < offsets[customer + 1] {
            var mine = Array(grouped[offsets[customer]..<offsets[customer + 1]])
            if mine.count > 1 { mine.sort { (orders[Int($0)].day, $0) < (orders[Int($1)].day, $1) } }
            days.removeAll(keepingCapacity: true)
            monthOfOrder.removeAll(keepingCapacity: true)
            var m = 0
            for index in mine {
                let day = Int(orders[Int(index)].day)
                while day > ends[m] { m += 1 }
                days.append(day)
                monthOfOrder.append(m)
            }
            let cohort = monthOfOrder[0]
            cohortOf[customer] = Int32(cohort)
            cohortSize[cohort] += 1
            new[cohort] += 1
            var counted = -1
            for (k, index) in mine.enumerated() {
                let month = monthOfOrder[k]
                if month != counted {
                    active[month] += 1
                    cohortActive[cohort][month - cohort] += 1
                    counted = month
                }
                if let amount = orders[Int(index)].amount {
                    revenue[month] += amount
                    cohortRevenue[cohort][month - cohort] += amount
                } else {
                    withoutAmount[month] += 1
                }
            }
            // Retention: walk the month ends with a pointer to the last order on or before each.
            var p = 0
            for m in (cohort + 1)..<count {
                let previousEnd = ends[m - 1]
                // days[p]: the latest order by the end of the month before (the first order is in
                // the cohort's month, so there is one). Past the window after the last order, the
                // customer is never active again.
                while p + 1 < days.count, days[p + 1] <= previousEnd { p += 1 }
                if days[p] <= previousEnd - window, p == days.count - 1 { break }
                guard days[p] > previousEnd - window else { continue }
                var q = p
                while q + 1 < days.count, days[q + 1] <= ends[m] { q += 1 }
                let retained = days[q] > ends[m] - window
                let repurchased = days[q] >= starts[m]
                retention.add(m, retained: retained, repurchased: repurchased)
                let segment = orders[Int(mine[p])].segment
                if segment >= 0 { bySegment[segment, default: Retention(months: count)].add(m, retained: retained, repurchased: repurchased) }
            }
        }
        for refund in book.refunds {
            let day = Int(refund.day)
            guard day >= starts[0], day <= ends[count - 1], let amount = refund.amount else { continue }
            let m = Period(containing: day, cadence: book.settings.cadence).periods(since: first)
            revenue[m] += amount
            if Int(refund.customer) < customers, cohortOf[Int(refund.customer)] >= 0, m >= Int(cohortOf[Int(refund.customer)]) {
                let cohort = Int(cohortOf[Int(refund.customer)])
                cohortRevenue[cohort][m - cohort] += amount
            }
        }
    }
}

extension CustomerActivity.Retention {
    mutating func add(_ month: Int, retained: Bool, repurchased: Bool) {
        previous[month] += 1
        if retained { self.retained[month] += 1 }
        if repurchased { self.repurchased[month] += 1 }
    }
}
