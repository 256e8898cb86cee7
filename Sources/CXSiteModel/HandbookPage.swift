import CXSiteSupport

/// A page the team wrote under `content/handbook/`, with what its front matter says.
public struct HandbookPage: Sendable {
    /// `content/handbook/care/connect.md`.
    public var path: String
    public var title: String
    /// Position within its section (front matter `order`); pages without one come last.
    public var order: Int?
    /// One sentence shown in lists of pages (front matter `summary`, else `description`).
    public var summary: String?
    public var stages: [CAREStage]
    public var pillars: [Pillar]
    public var steps: [ImplementationStep]
    /// Folder below `content/handbook/` (`care`, `teams/emea`), empty for top-level pages.
    public var section: String
    /// The Markdown body (the file line it starts on, its HTML and headings).
    public var body: MarkdownText
    /// Output path, `handbook/care/connect/index.html` (the last folder is front matter `slug`
    /// when the page has one).
    public var url: String
    /// Dates, draft, tags, author, description, slug and aliases: the keys other generators use.
    public var metadata = PageMetadata()

    /// The page's meta description: front matter `description`, else its summary.
    public var metaDescription: String? { metadata.description ?? summary }

    /// Whether the page lists its headings when it has enough of them (front matter `toc`).
    public var tableOfContents = true

    /// `pages` sorted by ``inReadingOrder(_:_:)``, moving each page once: the sort works on
    /// indices (a page is a dozen strings to copy).
    package static func inReadingOrder(_ pages: [HandbookPage]) -> [HandbookPage] {
        pages.indices.sorted { inReadingOrder(pages[$0], pages[$1]) }.map { pages[$0] }
    }

    /// Sorting within a section: by `order`, then title, then path.
    package static func inReadingOrder(_ a: HandbookPage, _ b: HandbookPage) -> Bool {
        switch (a.order, b.order) {
        case let (x?, y?) where x != y: return x < y
        case (_?, nil): return true
        case (nil, _?): return false
        default: return (a.title, a.path) < (b.title, b.path)
        }
    }

    /// The memberwise initialiser, open to the other targets.
    package init(path: String, title: String, order: Int? = nil, summary: String? = nil, stages: [CAREStage], pillars: [Pillar], steps: [ImplementationStep], section: String, body: MarkdownText, url: String, metadata: PageMetadata = PageMetadata(), tableOfContents: Bool = true) {
        self.path = path
        self.title = title
        self.order = order
        self.summary = summary
        self.stages = stages
        self.pillars = pillars
        self.steps = steps
        self.section = section
        self.body = body
        self.url = url
        self.metadata = metadata
        self.tableOfContents = tableOfContents
    }
}

/// A folder of handbook pages. A folder's own `index.md` names it and introduces it.
public struct HandbookSection: Sendable {
    /// Folder below `content/handbook/`, empty for the top level.
    public var id: String
    public var title: String
    /// The folder's `index.md` body, when it has one.
    public var intro: MarkdownText?
    public var pages: [HandbookPage]

    /// The id of the section's part of the handbook index (`general` for the top level).
    package var anchor: String { id.isEmpty ? "general" : Slug.make(id) }

    /// The memberwise initialiser, open to the other targets.
    package init(id: String, title: String, intro: MarkdownText? = nil, pages: [HandbookPage]) {
        self.id = id
        self.title = title
        self.intro = intro
        self.pages = pages
    }
}

/// Markdown from a file with the HTML the load phase made of it (once every page's URL is
/// known, so links between Markdown files become links between pages).
public struct MarkdownText: Sendable {
    /// The file it comes from (`content/index.md`); relative links resolve against its folder.
    public var path: String
    /// The Markdown source. Empty for a handbook page once the load phase has made its HTML,
    /// headings and sections (nothing later reads it).
    public var text: String
    public var firstLine: Int
    /// The text as HTML for the page it is shown on, links rewritten to work on the site.
    public var html = ""
    /// The headings the HTML gives ids to, in order.
    public var headings: [MarkdownHeading] = []
    /// The plain text, split at `##` and `###` headings, for the search index.
    public var sections: [MarkdownSection] = []

    /// The memberwise initialiser, open to the other targets.
    package init(path: String, text: String, firstLine: Int, html: String = "", headings: [MarkdownHeading] = [], sections: [MarkdownSection] = []) {
        self.path = path
        self.text = text
        self.firstLine = firstLine
        self.html = html
        self.headings = headings
        self.sections = sections
    }
}

/// A part of a Markdown text as plain text: the part before the first `##`/`###` heading (with
/// an empty heading and anchor), or one such heading with the id its element has and the text
/// under it, runs of white space as one space.
public struct MarkdownSection: Equatable, Sendable {
    public var heading: String
    public var anchor: String
    public var text: String

    /// The memberwise initialiser, open to the other targets.
    package init(heading: String, anchor: String, text: String) {
        self.heading = heading
        self.anchor = anchor
        self.text = text
    }
}

/// A heading of a Markdown text with the id its HTML element has.
public struct MarkdownHeading: Equatable, Sendable {
    public var level: Int
    public var id: String
    public var text: String

    /// The memberwise initialiser, open to the other targets.
    package init(level: Int, id: String, text: String) {
        self.level = level
        self.id = id
        self.text = text
    }
}
