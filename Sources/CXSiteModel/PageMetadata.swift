import Foundation
import CXSiteSupport

/// What a handbook page's front matter says in the keys Hugo, Jekyll and MkDocs use:
/// dates, draft, tags, author, description, slug and aliases (`weight` becomes `order`).
/// The rules, and the decisions behind them, are in docs/HANDBOOK.md.
public struct PageMetadata: Sendable, Equatable {
    /// Front matter `date` (MkDocs: `date: {created: …}`).
    public var date: PageDate?
    /// Front matter `lastmod` or `updated` (MkDocs: `date: {updated: …}`).
    public var updated: PageDate?
    /// `draft: true`: the page is left out of `cxsite build` (`cxsite serve --drafts` shows it).
    public var draft = false
    /// Tags as the page spells them, each once (tags that make the same slug are one tag).
    public var tags: [String] = []
    /// Front matter `author`: one name, or a list joined as "A, B and C".
    public var author: String?
    /// Front matter `description`: the page's meta description (and its summary when it has none).
    public var description: String?
    /// Front matter `weight`, Hugo's name for `order`.
    public var weight: Int?
    /// Front matter `slug`, already a URL segment: replaces the file name in the page's URL.
    public var slug: String?
    /// Where `slug` is written, for the error when two pages get the same URL.
    public var slugLocation: SourceLocation?
    /// Old addresses that redirect to the page.
    public var aliases: [Alias] = []

    /// An old address of a page: `written` in the front matter, `path` in the output.
    public struct Alias: Sendable, Equatable {
        public var written: String
        /// `old/escalation/index.html`.
        public var path: String
        public var location: SourceLocation

        /// The memberwise initialiser, open to the other targets.
        package init(written: String, path: String, location: SourceLocation) {
            self.written = written
            self.path = path
            self.location = location
        }
    }

    /// The keys read here.
    package static let keys = ["date", "lastmod", "updated", "draft", "tags", "author", "description", "weight", "slug", "aliases"]

    /// The day shown as "Last updated": `lastmod`/`updated`, else `date`.
    public var lastUpdated: PageDate? { updated ?? date }

    public init() {}
}
