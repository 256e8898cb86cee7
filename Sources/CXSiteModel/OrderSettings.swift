public import Foundation
import CXSiteSupport

/// How order and payment exports (`content/orders/*.csv`) are read: the `orders:` section of
/// `site.yml` (docs/CUSTOMERS.md).
///
/// Every key is optional. Without any, Shopify, Stripe and WooCommerce exports are recognised by
/// their headers, months are counted in UTC and a customer is active for 90 days after an order.
///
/// ```yaml
/// orders:
///   columns: {customer: Customer ID, date: Created at, amount: Total, segment: Plan}
///   date_format: "%Y%m%d"
///   timezone: Europe/Dublin
///   active_days: 90
/// ```
public struct OrderSettings: Sendable {
    /// A column an order export can map under `orders: columns:`.
    public enum OrderField: String, CaseIterable, Sendable {
        /// Who ordered: an id, or an e-mail address (compared lower-cased and trimmed).
        case customer
        /// When the order was placed.
        case date
        /// The order's amount; a negative amount is a refund.
        case amount
        /// The customer's segment (plan, region…), for the breakdowns.
        case segment
        /// The order's status: cancelled, failed and voided orders are left out.
        case status
    }

    /// Field → column name as written in the header (`date` and `customer` needed for a mapping).
    public var columns: [OrderField: String] = [:]
    /// The period rows are counted in: `site.yml`'s `cadence`.
    public var cadence = Cadence.monthly
    /// The zone months and days are counted in; timestamps without an offset are in it.
    public var timeZone = TimeZone(identifier: "UTC")!
    /// Order of slashed dates with the year last; nil accepts only unambiguous ones.
    public var dateOrder: TicketSettings.DateOrder?
    /// A customer counts as active on day d after an order on one of the `activeDays` days ending with d.
    public var activeDays = 90
    /// The customer metrics join `Site.metricSeries`; false keeps `content/metrics/` as the record
    /// and the exports for the Customers page's cohorts and churn by segment only.
    public var computeMetrics = true
    /// `delimiter`, `decimal` and `date_format` of the order exports.
    public var csv = CSVDialect()

    public init() {}
}
