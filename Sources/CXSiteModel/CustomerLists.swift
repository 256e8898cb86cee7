import CXSiteSupport

/// The customer lists of a project (`content/customers/`), reduced while reading to churn counts
/// per month and segment: no row, id or name is kept.
///
/// A list with a churned or status column describes one month (`customers: as_of:`); a list with
/// start and end dates describes every month from its first customer to its last date.
public struct CustomerLists: Sendable {
    /// Customers at a month's start (``Ratio/count``) and those of them who churned in it (``Ratio/hits``).
    public struct Churn: Sendable, Hashable {
        public var ratio: Ratio
        /// The first row of the list the month's count comes from.
        public var source: SourceLocation

        public init(ratio: Ratio, source: SourceLocation) {
            self.ratio = ratio
            self.source = source
        }
    }

    /// The `customers:` settings of `site.yml` the lists were read with.
    public var settings = CustomerListSettings()
    /// One summary per list, in path order.
    public var exports: [ExportSummary] = []
    /// Segment (nil: every customer) → month → churn. Segments of one column are its values; with
    /// several segment columns each is written `Column: value`.
    public var churn: [String?: [Period: Churn]] = [:]

    public init(settings: CustomerListSettings = CustomerListSettings()) { self.settings = settings }

    /// No list was read.
    public var isEmpty: Bool { exports.isEmpty }

    /// Adds `ratio` to `segment`'s count of `month` (lists of the same month add up).
    public mutating func add(_ ratio: Ratio, segment: String?, month: Period, source: SourceLocation) {
        if let known = churn[segment]?[month] {
            churn[segment]![month] = Churn(ratio: known.ratio + ratio, source: known.source)
        } else {
            churn[segment, default: [:]][month] = Churn(ratio: ratio, source: source)
        }
    }
}
