import CXSiteSupport
import CXSiteModel
import CXSiteAnalyse
import CXSiteCharts

/// A framework index (`framework-index.mustache`): the stages, pillars or steps as cards.
package struct FrameworkIndexView: FramedPageView {
    package static let template = "framework-index"
    package var frame: PageFrame
    package var guide: GuideView
    package var items: [PageContext.FrameworkItem]
    /// `stages`, `pillars` or `steps`: the list's CSS class.
    package var listClass: String

    package static let fields = ViewFields<Self>(base: { $0.frame }, [
        .view("guide") { $0.guide },
        .list("items") { $0.items },
        .text("listClass") { $0.listClass },
    ])
}

/// One stage's, pillar's or step's page (`framework-page.mustache`).
package struct FrameworkPageView: FramedPageView {
    package static let template = "framework-page"
    package var frame: PageFrame
    package var id: String
    package var tracker: TrackerView?
    package var maturity: MaturityBadge?
    /// `CARE stage`, `Step 3 of 7`.
    package var eyebrow: String
    package var guide: GuideView
    package var pages: [PageLink]
    /// ``pages`` as HTML (``PageContext/pageLines(_:)``).
    package var pageLinks: String
    /// `stage`, `pillar` or `step`.
    package var kindNoun: String
    /// The front matter line that lists a page here: `stage: connect`.
    package var frontMatterKey: String
    package var frontMatterValue: String
    package var journeyTouchpoints: JourneyTouchpointsView?
    package var scorecard: ScorecardView?
    /// The Customers page, on the Enhance stage's page.
    package var customersURL: String?
    package var previous: Link?
    package var next: Link?

    package static let fields = ViewFields<Self>(base: { $0.frame }, [
        .text("id") { $0.id },
        .view("tracker") { $0.tracker },
        .view("maturity") { $0.maturity },
        .text("eyebrow") { $0.eyebrow },
        .view("guide") { $0.guide },
        .list("pages") { $0.pages },
        .text("pageLinks") { $0.pageLinks },
        .text("kindNoun") { $0.kindNoun },
        .text("frontMatterKey") { $0.frontMatterKey },
        .text("frontMatterValue") { $0.frontMatterValue },
        .view("journeyTouchpoints") { $0.journeyTouchpoints },
        .view("scorecard") { $0.scorecard },
        .text("customersURL") { $0.customersURL },
        .view("previous") { $0.previous },
        .view("next") { $0.next },
    ])
}

/// The framework's own text of a stage, pillar, step or part.
package struct GuideView: TemplateView {
    package var guide: DomainGuide

    package static let fields = ViewFields<Self>([
        .text("tagline") { $0.guide.tagline },
        .texts("paragraphs") { $0.guide.paragraphs },
        .texts("practices") { $0.guide.practices },
        .texts("rulesOfThumb") { $0.guide.rulesOfThumb },
    ])
}

/// A step's status for its badge and its page: status, rule, finding, evidence, override note.
package struct TrackerView: TemplateView {
    package var progress: StepProgress

    package static let fields = ViewFields<Self>([
        .text("status") { $0.progress.status.rawValue },
        .text("statusClass") { $0.progress.status.rawValue.replacingOccurrences(of: " ", with: "-") },
        .text("rule") { $0.progress.rule },
        .text("finding") { $0.progress.finding },
        .list("evidence") { $0.progress.evidence.compactMap { link in link.url.map { Link(title: link.title, url: $0) } } },
        .flag("overridden") { $0.progress.overridden },
        .text("derived") { $0.progress.overridden ? $0.progress.derived.rawValue : nil },
        .text("note") { $0.progress.overridden ? $0.progress.note : nil },
    ])
}

/// An area's level and score in the reporting month, linking to its card on the maturity page.
package struct MaturityBadge: TemplateView {
    package var level: Int
    package var levelName: String
    package var score: String
    package var url: String

    package static let fields = ViewFields<Self>([
        .number("level") { $0.level },
        .text("levelName") { $0.levelName },
        .text("score") { $0.score },
        .text("url") { $0.url },
    ])
}

/// The generated pages for the CARE stages, the five pillars and the seven steps: the
/// framework's text joined with the team's handbook pages that name the stage, pillar or step.
extension PageContext {
    /// One entry of a framework index or the home page.
    package struct FrameworkItem: TemplateView {
        package var id: String
        package var number: Int?
        package var title: String
        package var url: String
        package var guide: DomainGuide
        package var pages: [HandbookPage]
        /// A step's tracker status, or a stage's or pillar's maturity, for badges and the page.
        package var tracker: TrackerView? = nil
        package var maturity: MaturityBadge? = nil

        package static let fields = ViewFields<Self>([
            .text("id") { $0.id },
            .number("number") { $0.number },
            .text("title") { $0.title },
            .text("url") { $0.url },
            .text("tagline") { $0.guide.tagline },
            .number("pageCount") { $0.pages.count },
            .text("pageNoun") { $0.pages.count.pageNoun },
            .view("tracker") { $0.tracker },
            .view("maturity") { $0.maturity },
        ])
    }

    package var stageItems: [FrameworkItem] {
        CAREStage.allCases.map { stage in
            FrameworkItem(id: stage.rawValue, title: stage.name, url: Routes.stage(stage.rawValue), guide: stage.guide,
                          pages: site.handbookPages(where: { $0.stages.contains(stage) }), maturity: maturityBadge(.stage(stage)))
        }
    }

    package var pillarItems: [FrameworkItem] {
        Pillar.allCases.map { pillar in
            FrameworkItem(id: pillar.rawValue, title: pillar.name, url: Routes.pillar(pillar.rawValue), guide: pillar.guide,
                          pages: site.handbookPages(where: { $0.pillars.contains(pillar) }), maturity: maturityBadge(.pillar(pillar)))
        }
    }

    package var stepItems: [FrameworkItem] {
        ImplementationStep.allCases.map { step in
            FrameworkItem(id: "step-\(step.number)", number: step.number, title: step.name, url: Routes.step(step.number),
                          guide: step.guide, pages: site.handbookPages(where: { $0.steps.contains(step) }),
                          tracker: analysis.steps.first { $0.step == step }.map(TrackerView.init))
        }
    }

    /// The index and the detail pages of one part of the framework.
    package func frameworkPages(kind: String, title: String, guide: DomainGuide, items: [FrameworkItem],
                                eyebrow: String, kindNoun: String, key: String) -> [OutputFile] {
        let indexPath = Routes.frameworkIndex(kind)
        let index = FrameworkIndexView(frame: frame(title: title, kind: "\(kind)-index", path: indexPath, section: kind, description: guide.tagline),
                                       guide: GuideView(guide: guide), items: items, listClass: kind)
        var files = [render(index, to: indexPath)]
        for (position, item) in items.enumerated() {
            let root = Routes.root(from: item.url)
            let pages = item.pages.map { pageLink($0, root: root) }
            let page = FrameworkPageView(
                frame: frame(title: item.title, kind: kind.dropLast() + "-page", path: item.url, section: kind,
                             description: item.guide.tagline, breadcrumbs: [Link(title: title, url: indexPath)]),
                id: item.id, tracker: item.tracker, maturity: item.maturity,
                eyebrow: item.number.map { "\(eyebrow) \($0) of \(items.count)" } ?? eyebrow,
                guide: GuideView(guide: item.guide), pages: pages, pageLinks: pageLines(pages),
                kindNoun: kindNoun, frontMatterKey: key, frontMatterValue: item.number.map(String.init) ?? item.id,
                journeyTouchpoints: journeyTouchpoints(for: item),
                scorecard: metricScorecard(kind: kind, id: item.id),
                customersURL: item.id == CAREStage.enhance.rawValue ? Routes.customers : nil,
                previous: position > 0 ? Link(title: items[position - 1].title, url: items[position - 1].url) : nil,
                next: position + 1 < items.count ? Link(title: items[position + 1].title, url: items[position + 1].url) : nil)
            files.append(render(page, to: item.url))
        }
        return files
    }

    /// Level and score of an area in the reporting month, linking to its card on the maturity page.
    package func maturityBadge(_ area: MaturityArea) -> MaturityBadge? {
        guard let score = analysis.latest?.score(area) else { return nil }
        return MaturityBadge(level: score.level, levelName: levelName(score.level), score: MaturityView.score(score.score),
                             url: Routes.maturityArea(area.id))
    }
}
