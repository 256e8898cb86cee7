import CXSiteSupport

/// The team's notes for one month (`content/reviews/YYYY-MM.md`): the narrative of that month's review.
public struct ReviewNotes: Sendable {
    public var month: Period
    public var path: String
    public var title: String?
    public var author: String?
    /// Decisions taken in the review, one sentence each.
    public var decisions: [String]
    /// Improvements the team committed to, with their status that month.
    public var improvements: [ReviewImprovement]
    public var body: MarkdownText

    /// The memberwise initialiser, open to the other targets.
    package init(month: Period, path: String, title: String? = nil, author: String? = nil, decisions: [String], improvements: [ReviewImprovement], body: MarkdownText) {
        self.month = month
        self.path = path
        self.title = title
        self.author = author
        self.decisions = decisions
        self.improvements = improvements
        self.body = body
    }
}

/// An improvement listed in a month's review notes.
public struct ReviewImprovement: Sendable, Hashable {
    public enum Status: String, Sendable, CaseIterable {
        case planned
        case inProgress = "in progress"
        case done

        /// The status named by `text`, accepting common spellings (`in-progress`, `todo`, `completed`).
        package init?(named text: String) {
            switch text.trimmingSpaces.lowercased() {
            case "planned", "todo", "to do", "not started": self = .planned
            case "in progress", "in-progress", "in_progress", "started", "doing", "ongoing": self = .inProgress
            case "done", "complete", "completed", "finished": self = .done
            default: return nil
            }
        }
    }

    public var title: String
    public var owner: String?
    public var status: Status
    public var location: SourceLocation

    /// The memberwise initialiser, open to the other targets.
    package init(title: String, owner: String? = nil, status: Status, location: SourceLocation) {
        self.title = title
        self.owner = owner
        self.status = status
        self.location = location
    }
}
