import CXSiteSupport
import CXSiteModel
import CXSiteAnalyse
import CXSiteCharts

/// The generated pages for the CARE stages, the five pillars and the seven steps: the
/// framework's text joined with the team's handbook pages that name the stage, pillar or step.
extension PageContext {
    /// One entry of a framework index or the home page.
    package struct FrameworkItem {
        package var id: String
        package var number: Int?
        package var title: String
        package var url: String
        package var guide: DomainGuide
        package var pages: [HandbookPage]
        /// A step's tracker status, or a stage's or pillar's maturity, for badges and the page.
        package var tracker: [String: Any]? = nil
        package var maturity: [String: Any]? = nil

        package var view: [String: Any] {
            var item: [String: Any] = ["id": id, "title": title, "url": url, "tagline": guide.tagline,
                                       "pageCount": pages.count, "pageNoun": pages.count.pageNoun]
            if let number { item["number"] = number }
            if let tracker { item["tracker"] = tracker }
            if let maturity { item["maturity"] = maturity }
            return item
        }

        /// The memberwise initialiser, open to the other targets.
        package init(id: String, number: Int? = nil, title: String, url: String, guide: DomainGuide, pages: [HandbookPage], tracker: [String: Any]? = nil, maturity: [String: Any]? = nil) {
            self.id = id
            self.number = number
            self.title = title
            self.url = url
            self.guide = guide
            self.pages = pages
            self.tracker = tracker
            self.maturity = maturity
        }
    }

    package var stageItems: [FrameworkItem] {
        CAREStage.allCases.map { stage in
            FrameworkItem(id: stage.rawValue, title: stage.name, url: Routes.stage(stage.rawValue), guide: stage.guide,
                          pages: site.handbookPages.filter { $0.stages.contains(stage) }, maturity: maturityBadge(.stage(stage)))
        }
    }

    package var pillarItems: [FrameworkItem] {
        Pillar.allCases.map { pillar in
            FrameworkItem(id: pillar.rawValue, title: pillar.name, url: Routes.pillar(pillar.rawValue), guide: pillar.guide,
                          pages: site.handbookPages.filter { $0.pillars.contains(pillar) }, maturity: maturityBadge(.pillar(pillar)))
        }
    }

    package var stepItems: [FrameworkItem] {
        ImplementationStep.allCases.map { step in
            FrameworkItem(id: "step-\(step.number)", number: step.number, title: step.name, url: Routes.step(step.number),
                          guide: step.guide, pages: site.handbookPages.filter { $0.steps.contains(step) },
                          tracker: analysis.steps.first { $0.step == step }.map(trackerView))
        }
    }

    /// The index and the detail pages of one part of the framework.
    package func frameworkPages(kind: String, title: String, guide: DomainGuide, items: [FrameworkItem],
                        eyebrow: String, kindNoun: String, key: String) -> [OutputFile] {
        let indexPath = Routes.frameworkIndex(kind)
        var index = view(title: title, kind: "\(kind)-index", path: indexPath, section: kind, description: guide.tagline)
        index["guide"] = guideView(guide)
        index["items"] = items.map(\.view)
        index["listClass"] = kind
        var files = [render("framework-index", index, to: indexPath)]
        for (position, item) in items.enumerated() {
            var page = view(title: item.title, kind: kind.dropLast() + "-page", path: item.url, section: kind,
                            description: item.guide.tagline, breadcrumbs: [(title, indexPath)])
            page["id"] = item.id
            if let tracker = item.tracker { page["tracker"] = tracker }
            if let maturity = item.maturity { page["maturity"] = maturity }
            page["eyebrow"] = item.number.map { "\(eyebrow) \($0) of \(items.count)" } ?? eyebrow
            page["guide"] = guideView(item.guide)
            page["pages"] = item.pages.map(pageLink)
            page["kindNoun"] = kindNoun
            page["frontMatterKey"] = key
            page["frontMatterValue"] = item.number.map(String.init) ?? item.id
            page["journeyTouchpoints"] = journeyTouchpoints(for: item)
            if let scorecard = metricScorecard(kind: kind, id: item.id) { page["scorecard"] = scorecard }
            if position > 0 { page["previous"] = ["title": items[position - 1].title, "url": items[position - 1].url] }
            if position + 1 < items.count { page["next"] = ["title": items[position + 1].title, "url": items[position + 1].url] }
            files.append(render("framework-page", page, to: item.url))
        }
        return files
    }

    package func guideView(_ guide: DomainGuide) -> [String: Any] {
        ["tagline": guide.tagline, "paragraphs": guide.paragraphs, "practices": guide.practices, "rulesOfThumb": guide.rulesOfThumb]
    }
}

extension PageContext {
    /// A step's status for its badge and its page: status, rule, finding, evidence, override note.
    package func trackerView(_ progress: StepProgress) -> [String: Any] {
        var view: [String: Any] = [
            "status": progress.status.rawValue, "statusClass": progress.status.rawValue.replacingOccurrences(of: " ", with: "-"),
            "rule": progress.rule, "finding": progress.finding,
            "evidence": progress.evidence.compactMap { link in link.url.map { ["title": link.title, "url": $0] } },
        ]
        if progress.overridden {
            view["overridden"] = true
            view["derived"] = progress.derived.rawValue
            if let note = progress.note { view["note"] = note }
        }
        return view
    }

    /// Level and score of an area in the reporting month, linking to its card on the maturity page.
    package func maturityBadge(_ area: MaturityArea) -> [String: Any]? {
        guard let score = analysis.latest?.score(area) else { return nil }
        return ["level": score.level, "levelName": levelName(score.level), "score": MaturityView.score(score.score),
                "url": Routes.maturityArea(area.id)]
    }
}
