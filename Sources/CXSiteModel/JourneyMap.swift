import CXSiteSupport

/// A customer journey map from `content/journeys/<name>.md`: who the customer is, and the
/// touchpoints they pass through, sorted under the four CARE stages.
///
/// Read from cmark's syntax tree by `init(parsing:catalog:log:)` (JourneyMap+Parsing.swift);
/// see docs/JOURNEYS.md for the format.
public struct JourneyMap: Sendable {
    /// `content/journeys/onboarding.md`.
    public var path: String
    /// `onboarding`, from the file name; the page is `journeys/<slug>/index.html`.
    public var slug: String
    public var title: String
    /// Front matter `persona`, `owner`, `scenario`, `status`.
    public var persona: String?
    public var owner: String?
    public var scenario: String?
    public var status: String?
    /// Prose before the first stage heading.
    public var intro: [MarkdownText]
    /// The four CARE stages, always all four, in CARE order.
    public var stages: [JourneyStage]
    /// Every touchpoint in journey (file) order.
    public var touchpoints: [Touchpoint]

    /// Output path of the journey's page.
    public var url: String { Routes.journey(slug) }
    /// Output path of the journey's data.
    public var dataURL: String { Routes.journeyData(slug) }

    public func stage(_ stage: CAREStage) -> JourneyStage { stages.first { $0.stage == stage }! }

    /// The mean of the touchpoints' emotions, nil when none has one.
    public var averageEmotion: Double? { JourneyMap.mean(touchpoints.compactMap(\.emotion)) }
    public var painCount: Int { touchpoints.reduce(0) { $0 + $1.pains.count } }
    public var improvementCount: Int { touchpoints.reduce(0) { $0 + $1.improvements.count } }

    package static func mean(_ values: [Double]) -> Double? {
        values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
    }

    /// The memberwise initialiser, open to the other targets.
    package init(path: String, slug: String, title: String, persona: String? = nil, owner: String? = nil, scenario: String? = nil, status: String? = nil, intro: [MarkdownText], stages: [JourneyStage], touchpoints: [Touchpoint]) {
        self.path = path
        self.slug = slug
        self.title = title
        self.persona = persona
        self.owner = owner
        self.scenario = scenario
        self.status = status
        self.intro = intro
        self.stages = stages
        self.touchpoints = touchpoints
    }
}

/// One CARE stage of a journey map: the `##` headings that open it and the touchpoints under them.
public struct JourneyStage: Sendable {
    public var stage: CAREStage
    /// Subtitles of its headings (`Resolve — move day` → `move day`), in file order.
    public var subtitles: [String]
    /// Where its first heading is; nil when the journey has no heading for this stage.
    public var location: SourceLocation?
    /// Prose between a stage heading and its first touchpoint.
    public var prose: [MarkdownText]
    /// Its touchpoints in journey order.
    public var touchpoints: [Touchpoint]

    public var averageEmotion: Double? { JourneyMap.mean(touchpoints.compactMap(\.emotion)) }
    public var improvements: [(touchpoint: Touchpoint, improvement: Improvement)] {
        touchpoints.flatMap { touchpoint in touchpoint.improvements.map { (touchpoint, $0) } }
    }

    /// The memberwise initialiser, open to the other targets.
    package init(stage: CAREStage, subtitles: [String], location: SourceLocation? = nil, prose: [MarkdownText], touchpoints: [Touchpoint]) {
        self.stage = stage
        self.subtitles = subtitles
        self.location = location
        self.prose = prose
        self.touchpoints = touchpoints
    }
}

/// A channel named on touchpoints (`email`, `chat`), gathered over every journey.
public struct JourneyChannel: Sendable, Hashable {
    /// The name as first written (channels are grouped ignoring case).
    public var name: String
    /// How many touchpoints name it.
    public var touchpointCount: Int
    /// Slugs of the journeys that use it, in the site's journey order.
    public var journeys: [String]

    /// The memberwise initialiser, open to the other targets.
    package init(name: String, touchpointCount: Int, journeys: [String]) {
        self.name = name
        self.touchpointCount = touchpointCount
        self.journeys = journeys
    }
}
