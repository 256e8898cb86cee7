/// The handbook index and one page per handbook file.
extension PageContext {
    func handbookIndex() -> OutputFile {
        let path = "handbook/index.html"
        var view = self.view(title: "Handbook", kind: "handbook-index", path: path, section: "handbook")
        if let intro = site.handbookIntro { view["intro"] = html(intro, page: path) }
        view["sections"] = site.sections.map { section -> [String: Any] in
            var entry = present(["title": section.title, "anchor": section.id.isEmpty ? "general" : Slug.make(section.id),
                                 "intro": section.intro.map { html($0, page: path) }])
            entry["pages"] = section.pages.map(pageLink)
            return entry
        }
        return render("handbook-index", view, to: path)
    }

    func handbookPage(_ page: HandbookPage, in section: HandbookSection) -> OutputFile {
        var crumbs: [(title: String, url: String)] = [("Handbook", "handbook/index.html")]
        if !section.id.isEmpty {
            crumbs.append((section.title, "handbook/index.html#" + Slug.make(section.id)))
        }
        var view = self.view(title: page.title, kind: "handbook-page", path: page.url, section: "handbook",
                             description: page.summary, breadcrumbs: crumbs)
        if let summary = page.summary, !summary.isEmpty { view["summary"] = summary }
        view["body"] = html(MarkdownText(path: page.path, text: page.body, firstLine: page.bodyFirstLine), page: page.url)
        view["tags"] = page.stages.map { ["kind": $0.rawValue, "title": $0.name, "url": FrameworkURL.stage($0)] }
            + page.pillars.map { ["kind": "pillar", "title": $0.name, "url": FrameworkURL.pillar($0)] }
            + page.steps.map { ["kind": "step", "title": "Step \($0.number): \($0.name)", "url": FrameworkURL.step($0)] }
        view["sectionTitle"] = section.title
        view["siblings"] = section.pages.count > 1
            ? section.pages.map { ["title": $0.title, "url": $0.url, "current": $0.path == page.path] as [String: Any] }
            : [[String: Any]]()
        return render("handbook-page", view, to: page.url)
    }

    /// A page in a list of pages: title, summary, link.
    func pageLink(_ page: HandbookPage) -> [String: Any] {
        present(["title": page.title, "summary": page.summary, "url": page.url])
    }
}
