import CXSiteSupport
import CXSiteModel

/// How far one metric is towards its target in a month.
public struct MetricAttainment: Sendable {
    public var metric: MetricDefinition
    public var value: Double
    public var target: Double
    /// 0…1: see ``MaturityModel/attainment(value:target:better:)``.
    public var attainment: Double
    /// The answers or tickets the value rests on, when known (the maturity page marks small samples).
    public var n: Int?

    /// The memberwise initialiser, open to the other targets.
    package init(metric: MetricDefinition, value: Double, target: Double, attainment: Double, n: Int? = nil) {
        self.metric = metric
        self.value = value
        self.target = target
        self.attainment = attainment
        self.n = n
    }
}

/// A practice the maturity model looks for, found, half found or missing, with its evidence.
public struct PracticeCheck: Sendable {
    /// Stable id (`journeys-cover-resolve`, `step-4`), used in `data/scores.json`.
    public var id: String
    /// What is looked for, as a sentence.
    public var title: String
    /// 1 found, 0.5 partly (a step in progress), 0 missing.
    public var credit: Double
    /// What was found or is missing, in a few words.
    public var detail: String
    /// Links to the pages that show it.
    public var evidence: [EvidenceLink]

    public var found: Bool { credit >= 1 }

    /// The memberwise initialiser, open to the other targets.
    package init(id: String, title: String, credit: Double, detail: String, evidence: [EvidenceLink]) {
        self.id = id
        self.title = title
        self.credit = credit
        self.detail = detail
        self.evidence = evidence
    }
}

/// A link to the page behind a piece of evidence.
public struct EvidenceLink: Sendable, Hashable {
    public var title: String
    /// Output path (`journeys/onboarding/index.html`); nil when the evidence has no page.
    public var url: String?

    /// The memberwise initialiser, open to the other targets.
    package init(title: String, url: String? = nil) {
        self.title = title
        self.url = url
    }
}

/// The maturity of one area (or the whole programme) in one month, with every input.
public struct MaturityScore: Sendable {
    /// nil for the overall score.
    public var area: MaturityArea?
    public var month: Period?
    public var metrics: [MetricAttainment]
    public var practices: [PracticeCheck]
    public var assessment: [AssessmentAnswer]
    /// Mean metric attainment (0…1), nil without metric data.
    public var metricsComponent: Double?
    /// Mean practice credit (0…1), nil without practices to check.
    public var practicesComponent: Double?
    /// Mean self-assessment answer mapped from 1…5 to 0…1, nil without answers.
    public var assessmentComponent: Double?
    /// 0…100.
    public var score: Double
    /// 1…5.
    public var level: Int

    /// The memberwise initialiser, open to the other targets.
    package init(area: MaturityArea? = nil, month: Period? = nil, metrics: [MetricAttainment], practices: [PracticeCheck], assessment: [AssessmentAnswer], metricsComponent: Double? = nil, practicesComponent: Double? = nil, assessmentComponent: Double? = nil, score: Double, level: Int) {
        self.area = area
        self.month = month
        self.metrics = metrics
        self.practices = practices
        self.assessment = assessment
        self.metricsComponent = metricsComponent
        self.practicesComponent = practicesComponent
        self.assessmentComponent = assessmentComponent
        self.score = score
        self.level = level
    }
}

/// The default rubric of the maturity model, as pure functions (DESIGN.md §2 "Maturity model").
///
/// - metric attainment: 1 at or beyond target; 0 at half the target (higher is better) or
///   1.5 × the target (lower is better); linear between;
/// - practice evidence: the share of practices found (a step in progress counts half);
/// - self-assessment: the mean answer, 1…5 mapped to 0…1;
/// - combined with the weights, renormalised over the inputs present, into 0…100;
/// - levels at 20-point bands: below 20 is level 1, 80 and above level 5.
public enum MaturityModel {
    /// Attainment of `value` against `target`, 0…1. A target of 0 or below (possible for NPS)
    /// has no "half the target": the value then scores 1 at or beyond target, else 0.
    public static func attainment(value: Double, target: Double, better: MetricDefinition.Direction) -> Double {
        switch better {
        case .higher:
            if value >= target { return 1 }
            guard target > 0 else { return 0 }
            let zero = target / 2
            return min(1, max(0, (value - zero) / (target - zero)))
        case .lower:
            if value <= target { return 1 }
            guard target > 0 else { return 0 }
            let zero = target * 1.5
            return min(1, max(0, (zero - value) / (zero - target)))
        case .neither:
            // Not reached: a metric without a better direction is not scored (SiteAnalysis.attainments).
            return 1
        }
    }

    /// The level of a 0…100 score.
    public static func level(for score: Double) -> Int {
        min(5, max(1, Int((score / 20).rounded(.down)) + 1))
    }

    /// The score a level starts at (level 2 → 20).
    public static func threshold(of level: Int) -> Double { Double(level - 1) * 20 }

    /// Combines the components with `settings`' weights, renormalised over those present.
    /// Returns nil when no component is present.
    public static func combine(metrics: Double?, practices: Double?, assessment: Double?, settings: MaturitySettings) -> Double? {
        var weighted = 0.0, total = 0.0
        for (component, weight) in [(metrics, settings.metricsWeight), (practices, settings.practicesWeight), (assessment, settings.assessmentWeight)] {
            guard let component, weight > 0 else { continue }
            weighted += component * weight
            total += weight
        }
        return total > 0 ? 100 * weighted / total : nil
    }

    /// Scores one area from its inputs; nil when it has none.
    public static func score(area: MaturityArea?, month: Period?, metrics: [MetricAttainment], practices: [PracticeCheck],
                             assessment: [AssessmentAnswer], settings: MaturitySettings) -> MaturityScore? {
        let metricsComponent = mean(metrics.map(\.attainment))
        let practicesComponent = mean(practices.map(\.credit))
        let assessmentComponent = mean(assessment.map { (Double($0.score) - 1) / 4 })
        guard let score = combine(metrics: metricsComponent, practices: practicesComponent, assessment: assessmentComponent, settings: settings) else { return nil }
        return MaturityScore(area: area, month: month, metrics: metrics, practices: practices, assessment: assessment,
                             metricsComponent: metricsComponent, practicesComponent: practicesComponent,
                             assessmentComponent: assessmentComponent, score: score, level: level(for: score))
    }

    /// One change that would raise a score, and by how much.
    public struct Gain: Sendable {
        public var action: String
        /// Score points gained (0…100 scale).
        public var points: Double
        public var link: EvidenceLink?

        /// The memberwise initialiser, open to the other targets.
        package init(action: String, points: Double, link: EvidenceLink? = nil) {
            self.action = action
            self.points = points
            self.link = link
        }
    }

    /// The inputs whose improvement would raise `score` most, largest first: a metric brought to
    /// target, a missing practice put in place, a self-assessment answer raised to 5.
    public static func gains(for score: MaturityScore, settings: MaturitySettings, limit: Int = 3) -> [Gain] {
        let attainments = score.metrics.map(\.attainment)
        let credits = score.practices.map(\.credit)
        let answers = score.assessment.map { (Double($0.score) - 1) / 4 }
        func gain(metrics: [Double] = attainments, practices: [Double] = credits, assessment: [Double] = answers) -> Double {
            (combine(metrics: mean(metrics), practices: mean(practices), assessment: mean(assessment), settings: settings) ?? score.score) - score.score
        }
        func raised(_ values: [Double], at index: Int) -> [Double] {
            var copy = values
            copy[index] = 1
            return copy
        }
        var gains: [Gain] = []
        for (index, input) in score.metrics.enumerated() where input.attainment < 1 {
            gains.append(Gain(action: "Bring \(input.metric.name) to its target", points: gain(metrics: raised(attainments, at: index)),
                              link: EvidenceLink(title: input.metric.name, url: Routes.metric(input.metric.id))))
        }
        for (index, practice) in score.practices.enumerated() where practice.credit < 1 {
            gains.append(Gain(action: practice.title, points: gain(practices: raised(credits, at: index)), link: practice.evidence.first))
        }
        for (index, answer) in score.assessment.enumerated() where answer.score < 5 {
            gains.append(Gain(action: "Make this fully true: “\(answer.statement)” (self-assessed \(answer.score) of 5)",
                              points: gain(assessment: raised(answers, at: index)), link: nil))
        }
        return gains.filter { $0.points > 0.0001 }
            .sorted { $0.points != $1.points ? $0.points > $1.points : $0.action < $1.action }
            .prefix(limit).map { $0 }
    }

    package static func mean(_ values: [Double]) -> Double? {
        values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
    }
}
