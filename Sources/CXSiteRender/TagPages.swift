import CXSiteSupport
import CXSiteModel
import CXSiteAnalyse
import CXSiteCharts

/// The tag index (`tags/index.html`) and one page per tag listing the handbook pages that have it.
extension PageContext {
    package func tagPages() -> [OutputFile] {
        guard !site.tags.isEmpty else { return [] }
        let crumbs: [(title: String, url: String)] = [("Handbook", Routes.handbook)]
        var index = view(title: "Tags", kind: "tag-index", path: TopicTag.indexURL, section: "handbook",
                         description: "Every tag of the handbook pages, with how many pages have it.", breadcrumbs: crumbs)
        index["tags"] = site.tags.map { tag -> [String: Any] in
            ["name": tag.name, "url": tag.url, "count": tag.pages.count, "pageNoun": tag.pages.count.pageNoun]
        }
        var files = [render("tag-index", index, to: TopicTag.indexURL)]
        for tag in site.tags {
            var page = view(title: tag.name, kind: "tag", path: tag.url, section: "handbook",
                            description: "Handbook pages tagged \(tag.name).", breadcrumbs: crumbs + [("Tags", TopicTag.indexURL)])
            page["count"] = tag.pages.count
            page["pageNoun"] = tag.pages.count.pageNoun
            page["pages"] = tag.pages.map { handbookPage -> [String: Any] in
                var link = pageLink(handbookPage)
                link["section"] = site.sections.first { $0.id == handbookPage.section }?.title
                return link
            }
            files.append(render("tag", page, to: tag.url))
        }
        return files
    }
}
