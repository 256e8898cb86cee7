/// The home page: introduction, the CARE cycle, pillars, steps and handbook sections.
extension PageContext {
    func homePage() -> OutputFile {
        let path = "index.html"
        var view = self.view(title: site.homeTitle ?? site.config.title, kind: "home", path: path, section: "home",
                             description: site.config.description)
        if let intro = site.homeIntro { view["intro"] = html(intro, page: path) }
        view["stages"] = stageItems.map(\.view)
        view["pillars"] = pillarItems.map(\.view)
        view["steps"] = stepItems.map(\.view)
        view["sections"] = site.sections.map { section -> [String: Any] in
            ["title": section.title, "url": "handbook/index.html#" + (section.id.isEmpty ? "general" : Slug.make(section.id)),
             "pageCount": section.pages.count, "pageNoun": section.pages.count.pageNoun]
        }
        return render("home", view, to: path)
    }

    func notFoundPage() -> OutputFile {
        render("not-found", view(title: "Page not found", kind: "not-found", path: "404.html", section: ""), to: "404.html")
    }
}
