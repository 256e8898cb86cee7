import CXSiteSupport
import CXSiteModel
import CXSiteAnalyse
import CXSiteCharts

/// The handbook index and one page per handbook file.
extension PageContext {
    package func handbookIndex() -> OutputFile {
        let path = Routes.handbook
        var view = self.view(title: "Handbook", kind: "handbook-index", path: path, section: "handbook")
        if let intro = site.handbookIntro { view["intro"] = html(intro, page: path) }
        view["sections"] = site.sections.map { section -> [String: Any] in
            var entry = present(["title": section.title, "anchor": section.anchor,
                                 "intro": section.intro.map { html($0, page: path) }])
            entry["pages"] = section.pages.map(pageLink)
            return entry
        }
        if !site.tags.isEmpty {
            view["tagIndex"] = ["url": TopicTag.indexURL, "count": "\(site.tags.count) \(site.tags.count == 1 ? "tag" : "tags")"]
        }
        return render("handbook-index", view, to: path)
    }

    /// The page of `section.pages[position]`.
    package func handbookPage(at position: Int, in section: HandbookSection) -> OutputFile {
        let page = section.pages[position]
        var crumbs: [(title: String, url: String)] = [("Handbook", Routes.handbook)]
        if !section.id.isEmpty {
            crumbs.append((section.title, Routes.handbookSection(section.anchor)))
        }
        var view = self.view(title: page.title, kind: "handbook-page", path: page.url, section: "handbook",
                             description: page.metaDescription, breadcrumbs: crumbs)
        if let summary = page.summary, !summary.isEmpty { view["summary"] = summary }
        view["about"] = pageFacts(page.metadata)
        view["body"] = page.body.html
        if page.tableOfContents, let contents = TableOfContents.html(page.body.headings) { view["toc"] = contents }
        view["tags"] = page.stages.map { ["kind": $0.rawValue, "title": $0.name, "url": Routes.stage($0.rawValue)] }
            + page.pillars.map { ["kind": "pillar", "title": $0.name, "url": Routes.pillar($0.rawValue)] }
            + page.steps.map { ["kind": "step", "title": "Step \($0.number): \($0.name)", "url": Routes.step($0.number)] }
        view["sectionTitle"] = section.title
        let pages = section.pages
        if pages.count > Self.fullSiblingListLimit {
            view["siblings"] = Self.siblingWindow(around: position, count: pages.count).map { index in
                ["title": pages[index].title, "url": pages[index].url, "current": index == position] as [String: Any]
            }
            view["allSiblings"] = ["count": pages.count, "url": Routes.handbookSection(section.anchor)] as [String: Any]
        } else {
            view["siblings"] = pages.count > 1
                ? pages.indices.map { ["title": pages[$0].title, "url": pages[$0].url, "current": $0 == position] as [String: Any] }
                : [[String: Any]]()
        }
        return render("handbook-page", view, to: page.url)
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
    package func pageFacts(_ metadata: PageMetadata) -> [String: Any]? {
        var facts = present(["author": metadata.author])
        if let updated = metadata.lastUpdated {
            facts["updated"] = ["datetime": updated.description, "label": updated.label]
            if let date = metadata.date, date != updated { facts["written"] = ["datetime": date.description, "label": date.label] }
        }
        if !metadata.tags.isEmpty {
            facts["tags"] = metadata.tags.map { ["name": $0, "url": TopicTag.url(slug: Slug.tag($0))] }
            facts["tagIndex"] = TopicTag.indexURL
        }
        if metadata.author != nil || metadata.lastUpdated != nil { facts["byline"] = true }
        if metadata.draft { facts["draft"] = true }
        return facts.isEmpty ? nil : facts
    }

    /// A page in a list of pages: title, summary, link.
    package func pageLink(_ page: HandbookPage) -> [String: Any] {
        present(["title": page.title, "summary": page.summary, "url": page.url])
    }
}
