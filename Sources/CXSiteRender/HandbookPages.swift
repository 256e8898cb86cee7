import CXSiteSupport
import CXSiteModel
import CXSiteAnalyse
import CXSiteCharts

/// The handbook index (`handbook-index.mustache`).
package struct HandbookIndexView: FramedPageView {
    package static let template = "handbook-index"
    package var frame: PageFrame
    /// The handbook's `_index.md` text as HTML.
    package var intro: String?
    package var sections: [Section]
    package var tagIndex: TagIndexLink?

    package static let fields = ViewFields<Self>(base: \.frame, [
        .text("intro") { $0.intro },
        .list("sections") { $0.sections },
        .view("tagIndex") { $0.tagIndex },
    ])

    package struct Section: TemplateView {
        package var title: String
        package var anchor: String
        package var intro: String?
        package var pages: [PageLink]
        /// ``pages`` as HTML (``PageContext/pageLines(_:)``).
        package var pageLinks: String

        package static let fields = ViewFields<Self>([
            .text("title") { $0.title },
            .text("anchor") { $0.anchor },
            .text("intro") { $0.intro },
            .list("pages") { $0.pages },
            .text("pageLinks") { $0.pageLinks },
        ])
    }

    package struct TagIndexLink: TemplateView {
        package var url: String
        /// `12 tags`.
        package var count: String

        package static let fields = ViewFields<Self>([
            .text("url") { $0.url },
            .text("count") { $0.count },
        ])
    }
}

/// One handbook page (`handbook-page.mustache`).
package struct HandbookPageView: FramedPageView {
    package static let template = "handbook-page"
    package var frame: PageFrame
    package var summary: String?
    package var about: PageFacts?
    /// The page's Markdown as HTML.
    package var body: String
    /// The page's table of contents as HTML.
    package var toc: String?
    /// The stages, pillars and steps the page is about.
    package var tags: [FrameworkTag]
    /// ``tags`` as HTML: each rendered with `tag-link.mustache`, joined.
    package var tagLinks: String
    package var sectionTitle: String
    package var siblings: [SiblingLink]
    /// ``siblings`` as HTML: each link rendered with `sibling-link.mustache`, joined (the last
    /// line's newline left to the template).
    package var siblingLinks: String
    /// The link to the whole section, when ``siblings`` is only a window of it.
    package var allSiblings: SectionLink?

    package static let fields = ViewFields<Self>(base: \.frame, [
        .text("summary") { $0.summary },
        .view("about") { $0.about },
        .text("body") { $0.body },
        .text("toc") { $0.toc },
        .list("tags") { $0.tags },
        .text("tagLinks") { $0.tagLinks },
        .text("sectionTitle") { $0.sectionTitle },
        .list("siblings") { $0.siblings },
        .text("siblingLinks") { $0.siblingLinks },
        .view("allSiblings") { $0.allSiblings },
    ])

    package struct SectionLink: TemplateView {
        package var count: Int
        package var url: String
        /// The link from the page itself, as ``SiblingLink/href``.
        package var href: String

        package static let fields = ViewFields<Self>([
            .number("count") { $0.count },
            .text("url") { $0.url },
            .text("href") { $0.href },
        ])
    }
}

/// A page of the same section in a handbook page's "More in …" list (`sibling-link.mustache`).
/// `href` is the link from the page itself (`root` followed by `url`).
///
/// A page of a long section is listed on the ten pages around it, the same way on each but its
/// own: its line is rendered once and reused (``PageContext/lines(_:template:key:)``). The section
/// list was half the template work of a handbook page when each page rendered all eleven.
package struct SiblingLink: TemplateView {
    package var title: String
    package var url: String
    package var href: String
    package var current: Bool

    /// A link to `url` from a page whose way back to the site root is `root`.
    package init(title: String, url: String, root: String, current: Bool) {
        self.title = title
        self.url = url
        href = root + url
        self.current = current
    }

    /// The template of one link.
    package static let template = "sibling-link"

    package static let fields = ViewFields<Self>([
        .text("title") { $0.title },
        .text("url") { $0.url },
        .text("href") { $0.href },
        .flag("current") { $0.current },
    ])
}

/// A stage, pillar or step a page is about, as a tag (`tag-link.mustache`, in `tags.mustache`).
/// Its line is the same on every page of a section that has it, and is rendered once.
package struct FrameworkTag: TemplateView {
    /// `connect`…, `pillar` or `step`: the tag's class.
    package var kind: String
    package var title: String
    package var url: String
    /// The link from the page itself, as ``SiblingLink/href``.
    package var href: String

    package init(kind: String, title: String, url: String, root: String) {
        self.kind = kind
        self.title = title
        self.url = url
        href = root + url
    }

    /// The template of one tag.
    package static let template = "tag-link"

    package static let fields = ViewFields<Self>([
        .text("kind") { $0.kind },
        .text("title") { $0.title },
        .text("url") { $0.url },
        .text("href") { $0.href },
    ])
}

/// What the front matter says about a page beyond its text (`page-facts.mustache`).
package struct PageFacts: TemplateView {
    package var author: String?
    package var updated: PageDateView?
    package var tags: [TopicTagLink]
    package var tagIndex: String?
    package var byline: Bool
    package var draft: Bool

    package static let fields = ViewFields<Self>([
        .text("author") { $0.author },
        .view("updated") { $0.updated },
        .list("tags") { $0.tags },
        .text("tagIndex") { $0.tagIndex },
        .flag("byline") { $0.byline },
        .flag("draft") { $0.draft },
    ])

    package struct PageDateView: TemplateView {
        package var datetime: String
        package var label: String
        /// The first-written date, on the last-updated one when they differ.
        package var written: Written?

        package static let fields = ViewFields<Self>([
            .text("datetime") { $0.datetime },
            .text("label") { $0.label },
            .view("written") { $0.written },
        ])
    }

    package struct Written: TemplateView {
        package var datetime: String
        package var label: String

        package static let fields = ViewFields<Self>([
            .text("datetime") { $0.datetime },
            .text("label") { $0.label },
        ])
    }
}

/// A topic tag of the front matter, linking to its page.
package struct TopicTagLink: TemplateView {
    package var name: String
    package var url: String

    package static let fields = ViewFields<Self>([
        .text("name") { $0.name },
        .text("url") { $0.url },
    ])
}

/// A handbook page in a list of pages (`page-link.mustache` in `page-list.mustache`, the tag pages).
package struct PageLink: TemplateView {
    package var title: String
    package var summary: String?
    package var url: String
    /// The link from the page listing it, as ``SiblingLink/href``.
    package var href: String
    /// The title of the page's section, where a list mixes sections.
    package var section: String?

    /// The template of one link in `page-list.mustache`.
    package static let template = "page-link"

    package static let fields = ViewFields<Self>([
        .text("title") { $0.title },
        .text("summary") { $0.summary },
        .text("url") { $0.url },
        .text("href") { $0.href },
        .text("section") { $0.section },
    ])
}

/// The handbook index and one page per handbook file.
extension PageContext {
    package func handbookIndex() -> OutputFile {
        let path = Routes.handbook
        let root = Routes.root(from: path)
        let view = HandbookIndexView(
            frame: frame(title: "Handbook", kind: "handbook-index", path: path, section: "handbook"),
            intro: site.handbookIntro.map { html($0, page: path) },
            sections: site.sections.map { section in
                let pages = section.pages.map { pageLink($0, root: root) }
                return HandbookIndexView.Section(title: section.title, anchor: section.anchor,
                                                 intro: section.intro.map { html($0, page: path) }, pages: pages, pageLinks: pageLines(pages))
            },
            tagIndex: site.tags.isEmpty ? nil
                : HandbookIndexView.TagIndexLink(url: TopicTag.indexURL, count: "\(site.tags.count) \(site.tags.count == 1 ? "tag" : "tags")"))
        return render(view, to: path)
    }

    /// The page of `section.pages[position]`.
    package func handbookPage(at position: Int, in section: HandbookSection) -> OutputFile {
        let page = section.pages[position]
        var crumbs = [Link(title: "Handbook", url: Routes.handbook)]
        if !section.id.isEmpty {
            crumbs.append(Link(title: section.title, url: Routes.handbookSection(section.anchor)))
        }
        let pages = section.pages
        let listed = pages.count > Self.fullSiblingListLimit ? Self.siblingWindow(around: position, count: pages.count)
            : pages.count > 1 ? pages.indices : 0..<0
        let frame = frame(title: page.title, kind: "handbook-page", path: page.url, section: "handbook",
                          description: page.metaDescription, breadcrumbs: crumbs)
        let siblings = listed.map { SiblingLink(title: pages[$0].title, url: pages[$0].url, root: frame.root, current: $0 == position) }
        let tags = page.stages.map { FrameworkTag(kind: $0.rawValue, title: $0.name, url: Routes.stage($0.rawValue), root: frame.root) }
            + page.pillars.map { FrameworkTag(kind: "pillar", title: $0.name, url: Routes.pillar($0.rawValue), root: frame.root) }
            + page.steps.map { FrameworkTag(kind: "step", title: "Step \($0.number): \($0.name)", url: Routes.step($0.number), root: frame.root) }
        let view = HandbookPageView(
            frame: frame,
            summary: page.summary,
            about: pageFacts(page.metadata),
            body: page.body.html,
            toc: page.tableOfContents ? TableOfContents.html(page.body.headings) : nil,
            tags: tags,
            tagLinks: lines(tags, template: FrameworkTag.template) { $0.href },
            sectionTitle: section.title,
            siblings: siblings,
            siblingLinks: lines(siblings, template: SiblingLink.template) { $0.current ? nil : $0.href },
            allSiblings: pages.count > Self.fullSiblingListLimit
                ? HandbookPageView.SectionLink(count: pages.count, url: Routes.handbookSection(section.anchor),
                                               href: frame.root + Routes.handbookSection(section.anchor)) : nil)
        return render(view, to: page.url)
    }

    /// Sections up to this size list every page at the foot of each page; a longer one lists a
    /// window of neighbours and links to the whole list on the handbook index, so a page's size
    /// does not grow with its section (10,000 pages would otherwise make 10⁸ links).
    package static let fullSiblingListLimit = 30
    /// Pages listed before and after the current one in a long section.
    package static let siblingWindowRadius = 5

    /// Indexes of the pages listed around `position` in a section of `count` pages: the current
    /// page with `siblingWindowRadius` on each side, shifted at either end so the window keeps its size.
    package static func siblingWindow(around position: Int, count: Int) -> Range<Int> {
        let size = min(count, 2 * siblingWindowRadius + 1)
        let start = max(0, min(position - siblingWindowRadius, count - size))
        return start..<(start + size)
    }

    /// What the front matter says about a page beyond its text: author, dates, tags, draft.
    /// Nil when it says none of it.
    package func pageFacts(_ metadata: PageMetadata) -> PageFacts? {
        let author = metadata.author.flatMap { $0.isEmpty ? nil : $0 }
        let updated = metadata.lastUpdated.map { updated in
            PageFacts.PageDateView(datetime: updated.description, label: updated.label,
                                   written: metadata.date.flatMap { $0 == updated ? nil : PageFacts.Written(datetime: $0.description, label: $0.label) })
        }
        let byline = metadata.author != nil || metadata.lastUpdated != nil
        guard author != nil || updated != nil || !metadata.tags.isEmpty || byline || metadata.draft else { return nil }
        return PageFacts(author: author, updated: updated,
                         tags: metadata.tags.map { TopicTagLink(name: $0, url: TopicTag.url(slug: Slug.tag($0))) },
                         tagIndex: metadata.tags.isEmpty ? nil : TopicTag.indexURL,
                         byline: byline, draft: metadata.draft)
    }

    /// A page in a list of pages on a page whose way back to the site root is `root`: title,
    /// summary, link.
    package func pageLink(_ page: HandbookPage, root: String) -> PageLink {
        PageLink(title: page.title, summary: page.summary, url: page.url, href: root + page.url)
    }

    /// `links` rendered with `page-link.mustache`, each line made once per folder depth: the
    /// handbook index and the stage, pillar and step pages list all 10,000 pages of a large
    /// handbook between them.
    package func pageLines(_ links: [PageLink]) -> String {
        lines(links, template: PageLink.template) { $0.href }
    }
}
