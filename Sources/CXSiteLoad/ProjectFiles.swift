import CXSiteSupport
import CXSiteModel

/// Everything `cxsite` reads from a project, before any of it is interpreted.
///
/// This is the only input of the model phase: later phases never touch the disk.
public struct ProjectFiles: Sendable {
    /// `site.yml`, when the project has one.
    public var siteConfig: SourceText?
    /// `site.yml`'s `cadence`: the exports and dated metrics were counted per month or per ISO week.
    public var cadence = Cadence.monthly
    /// Every `.md` file under `content/`, sorted by path.
    public var markdown: [SourceText] = []
    /// Every `.csv` file under `content/` but outside `content/metrics/` and the export folders (`tickets/`, `surveys/`, `orders/`, `customers/`), sorted by path.
    public var tables: [SourceText] = []
    /// Every `.csv` file under `content/metrics/`, read and checked cell by cell, sorted by path.
    public var metricTables: [MetricTable] = []
    /// Frozen reviews (`content/reviews/YYYY-MM.frozen.json`), sorted by path; read, never copied.
    public var frozenReviews: [SourceText] = []
    /// Help-desk and survey exports (`content/tickets/`, `content/surveys/`), reduced to monthly tallies.
    public var helpDesk = HelpDeskData()
    /// Order exports (`content/orders/`) and customer lists (`content/customers/`), reduced while read.
    public var orders = OrderBook()
    public var customerLists = CustomerLists()
    /// Under a weekly cadence, the help-desk exports and customer lists counted again per month,
    /// for the months' summaries (nil otherwise).
    public var monthlyHelpDesk: HelpDeskData?
    public var monthlyCustomerLists: CustomerLists?
    /// Other files under `content/`, copied to the output.
    public var staticFiles: [StaticFile] = []
    /// The project's own `templates/` files (overriding the built-in ones), by name relative to `templates/`.
    public var templates: [SourceText] = []

    /// The memberwise initialiser, open to the other targets.
    package init(siteConfig: SourceText? = nil, markdown: [SourceText] = [], tables: [SourceText] = [], metricTables: [MetricTable] = [], frozenReviews: [SourceText] = [], helpDesk: HelpDeskData = HelpDeskData(), staticFiles: [StaticFile] = [], templates: [SourceText] = []) {
        self.siteConfig = siteConfig
        self.markdown = markdown
        self.tables = tables
        self.metricTables = metricTables
        self.frozenReviews = frozenReviews
        self.helpDesk = helpDesk
        self.staticFiles = staticFiles
        self.templates = templates
    }
}
