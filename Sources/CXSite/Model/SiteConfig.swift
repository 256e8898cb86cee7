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

    public init() {}

    /// Top-level keys `site.yml` understands.
    static let knownKeys = ["title", "description", "company", "language", "base_url", "markdown", "metrics", "tickets", "surveys"]
}
