import CXSiteSupport
import CXSiteModel
import CXSiteAnalyse
import CXSiteCharts

/// The tag index (`tag-index.mustache`).
package struct TagIndexView: FramedPageView {
    package static let template = "tag-index"
    package var frame: PageFrame
    package var tags: [Entry]

    package static let fields = ViewFields<Self>(base: \.frame, [.list("tags") { $0.tags }])

    package struct Entry: TemplateView {
        package var name: String
        package var url: String
        package var count: Int

        package static let fields = ViewFields<Self>([
            .text("name") { $0.name },
            .text("url") { $0.url },
            .number("count") { $0.count },
            .text("pageNoun") { $0.count.pageNoun },
        ])
    }
}

/// One tag's page (`tag.mustache`): the handbook pages that have it.
package struct TagView: FramedPageView {
    package static let template = "tag"
    package var frame: PageFrame
    package var pages: [PageLink]

    package static let fields = ViewFields<Self>(base: \.frame, [
        .number("count") { $0.pages.count },
        .text("pageNoun") { $0.pages.count.pageNoun },
        .list("pages") { $0.pages },
    ])
}

/// The tag index (`tags/index.html`) and one page per tag listing the handbook pages that have it.
extension PageContext {
    package func tagPages() -> [OutputFile] {
        guard !site.tags.isEmpty else { return [] }
        let crumbs = [Link(title: "Handbook", url: Routes.handbook)]
        let index = TagIndexView(
            frame: frame(title: "Tags", kind: "tag-index", path: TopicTag.indexURL, section: "handbook",
                         description: "Every tag of the handbook pages, with how many pages have it.", breadcrumbs: crumbs),
            tags: site.tags.map { TagIndexView.Entry(name: $0.name, url: $0.url, count: $0.pages.count) })
        var files = [render(index, to: TopicTag.indexURL)]
        for tag in site.tags {
            let page = TagView(
                frame: frame(title: tag.name, kind: "tag", path: tag.url, section: "handbook",
                             description: "Handbook pages tagged \(tag.name).", breadcrumbs: crumbs + [Link(title: "Tags", url: TopicTag.indexURL)]),
                pages: tag.pages.map { handbookPage in
                    var link = pageLink(handbookPage, root: Routes.root(from: tag.url))
                    link.section = site.sections.first { $0.id == handbookPage.section }?.title
                    return link
                })
            files.append(render(page, to: tag.url))
        }
        return files
    }
}
