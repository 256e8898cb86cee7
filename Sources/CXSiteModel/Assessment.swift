import CXSiteSupport

/// An area that gets a maturity score: a CARE stage or a pillar.
public enum MaturityArea: Hashable, Sendable, Comparable {
    case stage(CAREStage)
    case pillar(Pillar)

    public var id: String {
        switch self {
        case .stage(let stage): stage.rawValue
        case .pillar(let pillar): pillar.rawValue
        }
    }

    public var name: String {
        switch self {
        case .stage(let stage): stage.name
        case .pillar(let pillar): pillar.name
        }
    }

    /// Every area, stages first, in their framework order.
    public static let all: [MaturityArea] = CAREStage.allCases.map(MaturityArea.stage) + Pillar.allCases.map(MaturityArea.pillar)

    /// The area named by an id or name (`resolve`, `Customer Service`), any case.
    public init?(named text: String) {
        if let stage = CAREStage(named: text) { self = .stage(stage) } else if let pillar = Pillar(named: text) { self = .pillar(pillar) } else { return nil }
    }

    public static func < (a: MaturityArea, b: MaturityArea) -> Bool {
        all.firstIndex(of: a)! < all.firstIndex(of: b)!
    }
}

/// One answer of the team's self-assessment (`content/assessment.csv`).
public struct AssessmentAnswer: Sendable {
    public var area: MaturityArea
    public var statement: String
    /// 1 (not at all true) … 5 (fully true).
    public var score: Int
    /// The month the answer was given; an undated answer counts for every month.
    public var month: Period?
    public var owner: String?
    public var note: String?
    /// The row's `score` cell.
    public var location: SourceLocation

    /// The memberwise initialiser, open to the other targets.
    package init(area: MaturityArea, statement: String, score: Int, month: Period? = nil, owner: String? = nil, note: String? = nil, location: SourceLocation) {
        self.area = area
        self.statement = statement
        self.score = score
        self.month = month
        self.owner = owner
        self.note = note
        self.location = location
    }
}

/// The team's self-assessment: statements per stage or pillar, scored 1–5, possibly repeated
/// in later months.
public struct Assessment: Sendable {
    public var answers: [AssessmentAnswer]

    /// The answers in force in `month` for `area`: for each statement, the latest answer given in
    /// or before `month` (undated answers count for every month). `nil` month means the latest of all.
    public func answers(for area: MaturityArea?, in month: Period?) -> [AssessmentAnswer] {
        var latest: [String: AssessmentAnswer] = [:]
        for answer in answers where area == nil || answer.area == area {
            if let month, let given = answer.month, given > month { continue }
            let key = answer.area.id + "\u{1F}" + answer.statement
            if let current = latest[key], let currentMonth = current.month, (answer.month ?? currentMonth) < currentMonth { continue }
            latest[key] = answer
        }
        return latest.values.sorted { ($0.area, $0.location) < ($1.area, $1.location) }
    }

    /// The memberwise initialiser, open to the other targets.
    package init(answers: [AssessmentAnswer]) {
        self.answers = answers
    }
}
