import CXSiteSupport

/// How customer lists (`content/customers/*.csv`, one row per customer) are read: the
/// `customers:` section of `site.yml` (docs/CUSTOMERS.md).
///
/// ```yaml
/// customers:
///   columns: {customer: Customer ID, churned: Churn, segments: [Contract, Plan]}
///   as_of: "2026-10"
/// ```
public struct CustomerListSettings: Sendable {
    /// A single column a customer list can map under `customers: columns:` (`segments` is a list).
    public enum ListField: String, CaseIterable, Sendable {
        case customer
        /// Yes/no (1/0, true/false): whether the customer has churned.
        case churned
        /// A word such as active, churned, cancelled.
        case status
        /// When the customer started, and when the customer left (empty: still a customer).
        case start, end
    }

    /// The period rows are counted in: `site.yml`'s `cadence`.
    public var cadence = Cadence.monthly
    /// Field → column name as written in the header.
    public var columns: [ListField: String] = [:]
    /// Segment columns, each giving breakdowns of churn and retention.
    public var segments: [String] = []
    /// The month a list without dates describes.
    public var asOf: Period?
    /// `delimiter`, `decimal` and `date_format` of the lists.
    public var csv = CSVDialect()

    public init() {}
}
