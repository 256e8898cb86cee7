import CXSiteSupport

/// One order (or refund) as kept after reading: who, which day, how much, which segment. The
/// customer is a number given while reading (the same id or e-mail, the same number); the id
/// itself is not kept, so nothing in the model can show it.
public struct OrderLine: Sendable, Hashable {
    /// The customer's number, 0 ..< ``OrderBook/customerCount``.
    public var customer: Int32
    /// Days since 1970-01-01, counted in `orders: timezone:`.
    public var day: Int32
    /// The amount after refunds written on the same row; nil when the export has no amount or the
    /// cell could not be read (the order still counts as an order).
    public var amount: Double?
    /// Index into ``OrderBook/segmentNames``; -1 without a segment.
    public var segment: Int32

    public init(customer: Int32, day: Int32, amount: Double?, segment: Int32 = -1) {
        self.customer = customer
        self.day = day
        self.amount = amount
        self.segment = segment
    }
}

/// The order and payment exports of a project (`content/orders/`), reduced while streaming to
/// one small ``OrderLine`` per order and per refund: no row, id, e-mail or name is kept.
public struct OrderBook: Sendable {
    /// The `orders:` settings of `site.yml` the exports were read with.
    public var settings = OrderSettings()
    /// One summary per export file, in path order.
    public var exports: [ExportSummary] = []
    /// Orders, in file order.
    public var orders: [OrderLine] = []
    /// Rows with a negative amount (refunds written as rows of their own): they reduce the
    /// revenue of their month and are not orders.
    public var refunds: [OrderLine] = []
    /// Distinct customers seen (orders and refunds).
    public var customerCount = 0
    /// Segment values as exported (trimmed, blanks collapsed), at most 200; the rest are `Other`.
    public var segmentNames: [String] = []
    /// Exports without an amount column (a mapping without `amount:`): their orders have no amount.
    public var withoutAmountColumn: [String] = []
    /// The first row used of each month, where the month's values are said to come from.
    public var sources: [Period: SourceLocation] = [:]

    public init(settings: OrderSettings = OrderSettings()) { self.settings = settings }

    /// No export was read.
    public var isEmpty: Bool { exports.isEmpty }

    /// The index of segment `name`, adding it if there is room (at most ``segmentLimit`` names, then `Other`).
    public mutating func segmentIndex(_ name: String) -> Int32 {
        if let known = segmentNames.firstIndex(of: name) { return Int32(known) }
        if segmentNames.count >= Self.segmentLimit - 1 {
            if let other = segmentNames.firstIndex(of: "Other") { return Int32(other) }
            segmentNames.append("Other")
            return Int32(segmentNames.count - 1)
        }
        segmentNames.append(name)
        return Int32(segmentNames.count - 1)
    }

    /// Distinct segment names kept.
    public static let segmentLimit = 200
}
