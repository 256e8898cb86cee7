import CXSiteSupport

/// Everything a site is made of, as understood from the project: the input of the
/// analyse and render phases. The analysis adds the metric values computed from help-desk
/// exports to ``metricSeries`` (``SiteAnalysis/analyse(_:log:)``).
public struct Site: Sendable {
    public var config: SiteConfig
    /// Title and introduction of the home page (`content/index.md`).
    public var homeTitle: String?
    public var homeIntro: MarkdownText?
    /// Introduction of the handbook index (`content/handbook/index.md`).
    public var handbookIntro: MarkdownText?
    /// Handbook sections: the top level first, then folders by name.
    public var sections: [HandbookSection]
    public var staticFiles: [StaticFile]
    /// Monthly metric values from `content/metrics/`, one series per metric, segment and channel, sorted.
    public var metricSeries: [MetricSeries] = []
    /// Help-desk and survey exports (`content/tickets/`, `content/surveys/`) as monthly tallies.
    public var helpDesk = HelpDeskData()
    /// Order and payment exports (`content/orders/`), one small line per order, no customer id kept.
    public var orders = OrderBook()
    /// Customer lists (`content/customers/`) as churn counts per month and segment.
    public var customerLists = CustomerLists()

    /// The metric catalog in use (built in, changed by `site.yml`).
    public var catalog: MetricCatalog { config.catalog }
    /// Journey maps from `content/journeys/`, by title.
    public var journeys: [JourneyMap] = []
    /// The self-assessment from `content/assessment.csv`, when the project has one.
    public var assessment: Assessment?
    /// The team's monthly review notes (`content/reviews/YYYY-MM.md`), by month.
    public var reviewNotes: [ReviewNotes] = []
    /// Reviews frozen with `cxsite review freeze` (`content/reviews/YYYY-MM.frozen.json`), by month.
    public var frozenReviews: [FrozenReview] = []

    /// Pages with `draft: true` left out of the build (none when drafts are shown), by path.
    public var drafts: [HandbookPage] = []
    /// The tags of the handbook pages, by name.
    public var tags: [TopicTag] = []

    /// Every handbook page, section by section, in reading order.
    public var handbookPages: [HandbookPage] { sections.flatMap(\.pages) }

    /// The handbook pages for which `isIncluded` holds, in reading order: the others are not
    /// copied, as they are by `handbookPages.filter` (each page is a dozen strings to retain).
    public func handbookPages(where isIncluded: (HandbookPage) -> Bool) -> [HandbookPage] {
        sections.flatMap { $0.pages.filter(isIncluded) }
    }

    /// Output path of the page made from each content file (`content/handbook/a.md` →
    /// `handbook/a/index.html`), used to turn links between Markdown files into links between pages.
    public var pageURLs: [String: String] {
        var urls: [String: String] = ["content/index.md": Routes.home, "content/handbook/index.md": Routes.handbook]
        for section in sections {
            if let intro = section.intro { urls[intro.path] = Routes.handbook }
            for page in section.pages { urls[page.path] = page.url }
        }
        for journey in journeys { urls[journey.path] = journey.url }
        return urls
    }

    /// The memberwise initialiser, open to the other targets.
    package init(config: SiteConfig, homeTitle: String? = nil, homeIntro: MarkdownText? = nil, handbookIntro: MarkdownText? = nil, sections: [HandbookSection], staticFiles: [StaticFile], metricSeries: [MetricSeries] = [], helpDesk: HelpDeskData = HelpDeskData(), journeys: [JourneyMap] = [], assessment: Assessment? = nil, reviewNotes: [ReviewNotes] = [], frozenReviews: [FrozenReview] = [], drafts: [HandbookPage] = [], tags: [TopicTag] = []) {
        self.config = config
        self.homeTitle = homeTitle
        self.homeIntro = homeIntro
        self.handbookIntro = handbookIntro
        self.sections = sections
        self.staticFiles = staticFiles
        self.metricSeries = metricSeries
        self.helpDesk = helpDesk
        self.journeys = journeys
        self.assessment = assessment
        self.reviewNotes = reviewNotes
        self.frozenReviews = frozenReviews
        self.drafts = drafts
        self.tags = tags
    }
}
