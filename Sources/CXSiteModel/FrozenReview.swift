import CXSiteSupport

/// A review recorded by `cxsite review freeze YYYY-MM` in `content/reviews/YYYY-MM.frozen.json`:
/// the scorecard, scores and highlights as they were published. Builds show these numbers and
/// mark where today's data differs (a restatement). docs/REVIEWS.md describes the format.
public struct FrozenReview: Sendable {
    /// `content/reviews/2026-10.frozen.json`.
    public var path: String
    /// The day the review was frozen (`YYYY-MM-DD`), when recorded.
    public var frozenOn: String?
    public var snapshot: ReviewSnapshot
    /// Where each recorded number is in the file: `metric/<id>/<field>` and `score/<area id or overall>`.
    public var locations: [String: SourceLocation]

    public var month: Period { snapshot.month }

    /// The version of the format written by this cxsite.
    public static let version = 1

    /// `content/reviews/2026-10.frozen.json` for `month`.
    public static func path(for month: Period) -> String { "content/reviews/\(month).frozen.json" }

    public func location(_ key: String) -> SourceLocation { locations[key] ?? SourceLocation(path: path) }

    /// The memberwise initialiser, open to the other targets.
    package init(path: String, frozenOn: String? = nil, snapshot: ReviewSnapshot, locations: [String: SourceLocation]) {
        self.path = path
        self.frozenOn = frozenOn
        self.snapshot = snapshot
        self.locations = locations
    }
}
