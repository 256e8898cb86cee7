import CXSiteSupport
import CXSiteModel

/// The contact reasons of one month: the most frequent values of the category column named under
/// `tickets: columns: category:`, with each one's count, its share of the month's tickets that
/// have a reason, and the change in count from the month before.
///
/// Only reasons that pass ``ContactReason/read(_:)`` are named: a value that looks like an e-mail
/// address or is longer than 80 characters is counted in ``hidden``, never shown.
public struct ContactReasons: Sendable, Hashable {
    /// How many reasons are listed; the rest are summed in ``others``.
    public static let shown = 10

    public struct Row: Sendable, Hashable {
        public var reason: String
        public var count: Int
        /// Percent of the month's tickets with a reason (shown or hidden).
        public var share: Double
        /// Count minus the previous month's count for the same reason; nil when the previous month has no reasons at all.
        public var change: Int?

        /// The memberwise initialiser, open to the other targets.
        package init(reason: String, count: Int, share: Double, change: Int? = nil) {
            self.reason = reason
            self.count = count
            self.share = share
            self.change = change
        }
    }

    public var month: Period
    /// Tickets created in the month with a reason (shown or hidden).
    public var total: Int
    /// Tickets created in the month, with or without a reason.
    public var tickets: Int
    /// Most frequent first; ties by name.
    public var rows: [Row]
    /// Tickets whose reason is beyond the listed ones.
    public var others: Int
    /// Tickets whose reason is not shown (an e-mail address, or longer than 80 characters).
    public var hidden: Int

    /// The reasons of `month`; nil when its tickets have none (or the exports name no category column).
    public static func of(_ month: Period, in data: HelpDeskData) -> ContactReasons? {
        guard let t = data.tickets[month] else { return nil }
        let total = t.reasons.total + t.hiddenReasons
        guard total > 0 else { return nil }
        let previous = data.tickets[month.previous]
        let hasPrevious = previous.map { $0.reasons.total + $0.hiddenReasons > 0 } ?? false
        let sorted = t.reasons.counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        let rows = sorted.prefix(shown).map { reason, count in
            Row(reason: reason, count: count, share: 100 * Double(count) / Double(total),
                change: hasPrevious ? count - (previous?.reasons.counts[reason] ?? 0) : nil)
        }
        let listed = rows.reduce(0) { $0 + $1.count }
        return ContactReasons(month: month, total: total, tickets: t.tickets, rows: rows,
                              others: t.reasons.total - listed, hidden: t.hiddenReasons)
    }

    /// Every month that has reasons, newest first.
    public static func all(in data: HelpDeskData) -> [ContactReasons] {
        data.tickets.keys.sorted(by: >).compactMap { of($0, in: data) }
    }

    /// The memberwise initialiser, open to the other targets.
    package init(month: Period, total: Int, tickets: Int, rows: [Row], others: Int, hidden: Int) {
        self.month = month
        self.total = total
        self.tickets = tickets
        self.rows = rows
        self.others = others
        self.hidden = hidden
    }
}
