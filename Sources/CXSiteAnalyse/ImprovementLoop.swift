import CXSiteSupport
import CXSiteModel

/// The improvements of one month's review, as the CARE "Enhance" loop and step 7 see them:
/// what was carried over from earlier reviews, what is new, and what was closed.
///
/// An improvement listed in a month's notes stays open, and appears in every later review as
/// carried over, until a month's notes mark it done. Improvements are matched by title,
/// ignoring case and surrounding spaces.
public struct ImprovementLoop: Sendable {
    public struct Item: Sendable {
        public var title: String
        public var owner: String?
        /// The status this month: from this month's notes, else the last status given.
        public var status: ReviewImprovement.Status
        /// The status at the end of the month before, for carried-over items.
        public var previousStatus: ReviewImprovement.Status?
        /// The month whose notes first listed it.
        public var since: Period
        /// The last month before this one whose notes listed it (carried-over items).
        public var lastListed: Period?
        /// This month's notes list it.
        public var updated: Bool
        /// Where this month's (or the last) notes list it.
        public var location: SourceLocation

        /// The memberwise initialiser, open to the other targets.
        package init(title: String, owner: String? = nil, status: ReviewImprovement.Status, previousStatus: ReviewImprovement.Status? = nil, since: Period, lastListed: Period? = nil, updated: Bool, location: SourceLocation) {
            self.title = title
            self.owner = owner
            self.status = status
            self.previousStatus = previousStatus
            self.since = since
            self.lastListed = lastListed
            self.updated = updated
            self.location = location
        }
    }

    /// Listed in an earlier review and still open at the end of this month.
    public var carried: [Item] = []
    /// First listed this month and not done.
    public var new: [Item] = []
    /// Marked done in this month's notes (carried over or new).
    public var done: [Item] = []

    public var isEmpty: Bool { carried.isEmpty && new.isEmpty && done.isEmpty }

    /// The loop of every month in `months` (sorted), from the notes of those and earlier months.
    public static func loops(notes: [ReviewNotes], months: [Period]) -> [Period: ImprovementLoop] {
        let byMonth = Dictionary(notes.map { ($0.month, $0) }, uniquingKeysWith: { first, _ in first })
        let allMonths = Set(months).union(byMonth.keys).sorted()
        var open: [(key: String, item: Item)] = []
        var result: [Period: ImprovementLoop] = [:]
        for month in allMonths {
            var loop = ImprovementLoop()
            var stillOpen: [(key: String, item: Item)] = []
            let listed = byMonth[month]?.improvements ?? []
            var seen = Set<String>()
            let listedByKey = Dictionary(listed.map { (key($0.title), $0) }, uniquingKeysWith: { first, _ in first })
            for (key, earlier) in open {
                var item = earlier
                item.previousStatus = earlier.status
                if let improvement = listedByKey[key] {
                    seen.insert(key)
                    item.status = improvement.status
                    item.owner = improvement.owner ?? item.owner
                    item.title = improvement.title
                    item.location = improvement.location
                    item.updated = true
                } else {
                    item.updated = false
                }
                if item.status == .done { loop.done.append(item) } else {
                    loop.carried.append(item)
                    stillOpen.append((key, item))
                }
            }
            for improvement in listed {
                let key = key(improvement.title)
                guard !seen.contains(key) else { continue }
                seen.insert(key)
                let item = Item(title: improvement.title, owner: improvement.owner, status: improvement.status, previousStatus: nil,
                                since: month, lastListed: nil, updated: true, location: improvement.location)
                if item.status == .done { loop.done.append(item) } else {
                    loop.new.append(item)
                    stillOpen.append((key, item))
                }
            }
            // Remember, for next month, the month each open item was last listed in.
            open = stillOpen.map { entry in
                var item = entry.item
                if item.updated { item.lastListed = month }
                return (entry.key, item)
            }
            result[month] = loop
        }
        return result
    }

    private static func key(_ title: String) -> String { title.trimmingSpaces.lowercased() }

    /// The memberwise initialiser, open to the other targets.
    package init(carried: [Item] = [], new: [Item] = [], done: [Item] = []) {
        self.carried = carried
        self.new = new
        self.done = done
    }
}
