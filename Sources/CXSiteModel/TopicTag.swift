import CXSiteSupport

/// A tag given to handbook pages in their front matter (`tags: [refunds, tone]`), with its page.
public struct TopicTag: Sendable {
    /// `refunds`: the tag's page is `tags/refunds/index.html` (``Slug/tag(_:)``).
    public var slug: String
    /// The spelling most pages use (`Refunds`); on a tie, the first in sort order.
    public var name: String
    /// The pages that have the tag, in reading order (section by section).
    public var pages: [HandbookPage]

    public var url: String { Self.url(slug: slug) }

    /// The index of every tag.
    public static let indexURL = Routes.tags

    package static func url(slug: String) -> String { Routes.tag(slug) }

    /// Every tag of `pages`, by name (case-insensitively, then by slug).
    package static func collect(from pages: [HandbookPage]) -> [TopicTag] {
        var bySlug: [String: (spellings: [String: Int], pages: [HandbookPage])] = [:]
        for page in pages {
            for name in page.metadata.tags {
                let slug = Slug.tag(name)
                bySlug[slug, default: ([:], [])].spellings[name, default: 0] += 1
                bySlug[slug]!.pages.append(page)
            }
        }
        return bySlug.map { slug, found in
            let name = found.spellings.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }!.key
            return TopicTag(slug: slug, name: name, pages: found.pages)
        }.sorted { ($0.name.lowercased(), $0.slug) < ($1.name.lowercased(), $1.slug) }
    }

    /// The memberwise initialiser, open to the other targets.
    package init(slug: String, name: String, pages: [HandbookPage]) {
        self.slug = slug
        self.name = name
        self.pages = pages
    }
}
