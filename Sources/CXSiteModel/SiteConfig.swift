import CXSiteSupport

/// The project's settings from `site.yml`; every key is optional and has a default.
public struct SiteConfig: Sendable {
    /// Site title shown in the header and the browser tab.
    public var title = "Customer experience handbook"
    /// One sentence under the title on the home page and in the page description.
    public var description = ""
    /// The organisation the site is about (shown in the footer).
    public var company = ""
    /// `lang` of every page.
    public var language = "en"
    /// Absolute URL the site is published at, ending in `/`; enables `sitemap.xml`
    /// and absolute links in the feed. Pages never use it: their links stay relative.
    public var baseURL: String?
    /// Lets raw HTML in Markdown through (`markdown: {unsafe_html: true}`); off by default.
    public var unsafeHTML = false
    /// The metric catalog: the built-in one, changed and extended by `metrics:`.
    public var catalog = MetricCatalog.builtIn
    /// How maturity is scored (`maturity:`): input weights and level names.
    public var maturity = MaturitySettings()
    /// How values' intervals and changes are judged (`statistics:`).
    public var statistics = StatisticsSettings()
    /// The period every value is reported in (`cadence: monthly` or `weekly`).
    public var cadence = Cadence.monthly
    /// Statuses of the seven steps set by hand (`steps:`), overriding what the evidence says.
    public var stepOverrides: [ImplementationStep: StepOverride] = [:]

    public init() {}

    /// Top-level keys `site.yml` understands.
    package static let knownKeys = ["title", "description", "company", "language", "base_url", "markdown", "metrics", "maturity", "steps", "tickets", "surveys", "orders", "customers", "allow_outside", "csv", "statistics", "cadence"]
}

/// `statistics:` in `site.yml` (docs/STATISTICS.md).
public struct StatisticsSettings: Sendable, Equatable {
    /// The confidence of every interval and test, in percent: 80 to 99.9, 95 by default.
    public var confidence = 95.0
    /// Below this many answers or tickets a value is a small sample (30 by default).
    public var minimumN = 30

    public init() {}

    /// A value resting on `n` answers or tickets is a small sample (false when n is unknown).
    public func isSmallSample(_ n: Int?) -> Bool { n.map { $0 < minimumN } ?? false }
}

/// `maturity:` in `site.yml`.
public struct MaturitySettings: Sendable {
    /// Weights of metric attainment, practice evidence and self-assessment (renormalised over
    /// the inputs an area has).
    public var metricsWeight = 0.5
    public var practicesWeight = 0.25
    public var assessmentWeight = 0.25
    /// Names of levels 1…5.
    public var levelNames = ["Initial", "Developing", "Defined", "Managed", "Optimizing"]

    /// The defaults: weights 50/25/25 and the five usual level names.
    package init() {}
}

/// A step status set by hand in `site.yml` (`steps: {4: {status: done, note: "…"}}`).
public struct StepOverride: Sendable {
    public var status: StepStatus
    public var note: String?

    /// The memberwise initialiser, open to the other targets.
    package init(status: StepStatus, note: String? = nil) {
        self.status = status
        self.note = note
    }
}

/// Where the team is with one of the seven steps.
public enum StepStatus: String, Sendable, CaseIterable {
    case notStarted = "not started"
    case inProgress = "in progress"
    case done

    /// Share of the step achieved, for practice evidence: 0, ½, 1.
    public var credit: Double {
        switch self {
        case .notStarted: 0
        case .inProgress: 0.5
        case .done: 1
        }
    }

    package init?(named text: String) {
        switch text.trimmingSpaces.lowercased() {
        case "not started", "not-started", "todo", "planned": self = .notStarted
        case "in progress", "in-progress", "started", "ongoing": self = .inProgress
        case "done", "complete", "completed": self = .done
        default: return nil
        }
    }
}
