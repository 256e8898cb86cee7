import CXSiteSupport

/// The numbers of one month's review: the scorecard, the maturity scores and the highlights.
///
/// A review page shows a snapshot: the one computed from today's data, or the one recorded by
/// `cxsite review freeze` (``FrozenReview``), so that a published review does not change when a
/// CSV file is corrected later. Comparing the two gives the restatements.
public struct ReviewSnapshot: Sendable, Equatable {
    /// One row of the scorecard: a metric's overall value in the month and the month before.
    public struct MetricFigures: Sendable, Equatable {
        public var id: String
        public var value: Double?
        /// The value of the calendar month before.
        public var previous: Double?
        public var target: Double?
        public var standing: MetricStanding
        /// The answers or tickets the value rests on, and the previous month's; nil where unknown
        /// (and in reviews frozen before cxsite recorded them).
        public var n: Int?
        public var previousN: Int?
        /// The value's confidence interval, when known.
        public var interval: ClosedRange<Double>?
        /// The two-sided p-value of the change from the month before, when it was tested.
        public var pValue: Double?
        /// The change is more than chance at the site's confidence; nil when it was not tested
        /// (a count, n unknown, or a value typed in without what its test needs).
        public var significant: Bool?

        public init(id: String, value: Double?, previous: Double?, target: Double?, standing: MetricStanding,
                    n: Int? = nil, previousN: Int? = nil, interval: ClosedRange<Double>? = nil, pValue: Double? = nil, significant: Bool? = nil) {
            self.id = id
            self.value = value
            self.previous = previous
            self.target = target
            self.standing = standing
            self.n = n
            self.previousN = previousN
            self.interval = interval
            self.pValue = pValue
            self.significant = significant
        }

        /// `value − previous`, when both exist.
        public var delta: Double? {
            guard let value, let previous else { return nil }
            return value - previous
        }
    }

    /// A maturity score of the month (0–100, one decimal as pages show it) and of the month before.
    public struct ScoreFigures: Sendable, Equatable {
        public var score: Double
        public var level: Int
        public var previousScore: Double?
        public var previousLevel: Int?

        public init(score: Double, level: Int, previousScore: Double?, previousLevel: Int?) {
            self.score = score
            self.level = level
            self.previousScore = previousScore
            self.previousLevel = previousLevel
        }

        /// `score − previousScore`, at one decimal.
        public var change: Double? {
            previousScore.map { ((score - $0) * 10).rounded() / 10 }
        }
    }

    /// One generated sentence about the month.
    public struct Highlight: Sendable, Equatable {
        /// What the sentence reports; pages group and mark sentences by it.
        public enum Kind: String, Sendable, CaseIterable {
            /// A metric moved the good way by more than chance, met its target again, or a maturity level went up.
            case better
            /// A metric moved the bad way by more than chance, missed its target, or a maturity level went down.
            case worse
            /// A metric moved, but within chance: it held steady.
            case steady
            /// A metric moved, and nothing says how many answers its value rests on: its change was not tested.
            case untested
            /// A run of months on target.
            case onTarget = "on-target"
            /// A run of months off target.
            case offTarget = "off-target"
            /// Metrics without a value this month.
            case missing
        }

        public var kind: Kind
        /// The metric the sentence is about, if one.
        public var metric: String?
        public var text: String

        public init(kind: Kind, metric: String?, text: String) {
            self.kind = kind
            self.metric = metric
            self.text = text
        }
    }

    public var month: Period
    /// Scorecard rows in CARE-stage order.
    public var metrics: [MetricFigures]
    public var overall: ScoreFigures?
    public var areas: [MaturityArea: ScoreFigures]
    public var highlights: [Highlight]

    public init(month: Period, metrics: [MetricFigures], overall: ScoreFigures?, areas: [MaturityArea: ScoreFigures], highlights: [Highlight]) {
        self.month = month
        self.metrics = metrics
        self.overall = overall
        self.areas = areas
        self.highlights = highlights
    }

    public func figures(_ metric: String) -> MetricFigures? { metrics.first { $0.id == metric } }
}
