import CXSiteSupport
import CXSiteModel
import CXSiteAnalyse
import CXSiteCharts

/// The home page: the dashboard of the reporting month (overall level, CARE cycle, pillar radar,
/// KPI tiles, the workload counted from help-desk exports, step tracker), then the introduction and the way into the framework and handbook.
extension PageContext {
    /// Metrics shown as KPI tiles, in this order, when they have data; other metrics with data
    /// fill the row up to eight.
    package static let headlineMetrics = ["csat", "nps", "first_response_hours", "fcr_rate", "escalation_compliance",
                                  "self_service_rate", "retention_rate", "personalised_greeting_rate"]

    package func homePage() -> OutputFile {
        let path = Routes.home
        var view = self.view(title: site.homeTitle ?? site.config.title, kind: "home", path: path, section: "home",
                             description: site.config.description)
        if let intro = site.homeIntro { view["intro"] = html(intro, page: path) }
        view["stages"] = stageItems.map(\.view)
        view["pillars"] = pillarItems.map(\.view)
        view["steps"] = stepItems.map(\.view)
        view["sections"] = site.sections.map { section -> [String: Any] in
            ["title": section.title, "url": Routes.handbookSection(section.anchor),
             "pageCount": section.pages.count, "pageNoun": section.pages.count.pageNoun]
        }
        if let dashboard = dashboard(path: path) { view["dashboard"] = dashboard }
        return render("home", view, to: path)
    }

    /// The dashboard view; nil when the project has nothing to score.
    private func dashboard(path: String) -> [String: Any]? {
        guard let latest = analysis.latest, let overall = latest.overall else { return nil }
        let previous = analysis.maturity(before: latest.month)
        var view: [String: Any] = ["overall": scoreView(overall, previous: previous?.overall),
                                   "monthLabel": latest.month?.label ?? "now"]
        let root = Routes.root(from: path)
        let stages = CAREStage.allCases.map { stage in
            let score = latest.score(.stage(stage))
            return CARECycle.Stage(stage: stage, score: score.map { NumberFormat.rounded($0.score, decimals: 1) },
                                   level: score.map { "Level \($0.level)" }, href: root + Routes.stage(stage.rawValue))
        }
        view["cycle"] = CARECycle(id: "home-cycle", title: "Maturity of the four CARE stages in \(latest.month?.label ?? "the reporting month")",
                                  stages: stages, centerLabel: "Level \(overall.level)", centerCaption: levelName(overall.level)).render().html
        view["radar"] = pillarRadar(latest: latest, previous: previous).html
        if let weakest = CAREStage.allCases.compactMap({ stage in latest.score(.stage(stage)).map { (stage, $0) } }).min(by: { $0.1.score < $1.1.score }) {
            view["weakest"] = ["name": weakest.0.name, "url": Routes.maturityArea(weakest.0.rawValue), "score": MaturityView.score(weakest.1.score)]
        }
        if let review = analysis.reviews.last(where: { $0.hasData || $0.notes != nil }) {
            view["latestReview"] = ["label": review.month.label, "url": Routes.review(review.month)]
        }
        view["kpis"] = kpiTiles()
        view["volume"] = tiles(TicketMetrics.metricIDs.filter(TicketMetrics.volumeMetricIDs.contains).compactMap { id in
            site.overallSeries(of: id) == nil ? nil : site.catalog.metric(id)
        })
        view["tracker"] = analysis.steps.map { progress -> [String: Any] in
            ["number": progress.step.number, "title": progress.step.name, "url": Routes.step(progress.step.number),
             "status": progress.status.rawValue, "statusClass": progress.status.rawValue.replacingOccurrences(of: " ", with: "-")]
        }
        return view
    }

    /// The key metrics: the headline ones with data, then others up to eight (volumes have their own row).
    private func kpiTiles() -> [[String: Any]] {
        let withData = site.metricsByStage.filter { site.overallSeries(of: $0.id) != nil && !TicketMetrics.volumeMetricIDs.contains($0.id) }
        var chosen = Self.headlineMetrics.compactMap { id in withData.first { $0.id == id } }
        for metric in withData where chosen.count < 8 && !chosen.contains(where: { $0.id == metric.id }) { chosen.append(metric) }
        return tiles(chosen)
    }

    private func tiles(_ metrics: [MetricDefinition]) -> [[String: Any]] {
        metrics.map { metric in
            var tile = statusView(MetricStatus(metric: metric, series: site.overallSeries(of: metric.id), reportingMonth: site.latestMetricMonth))
            tile["name"] = metric.name
            tile["url"] = Routes.metric(metric.id)
            tile["stage"] = metric.stage.rawValue
            if let spark = sparkline(metric) { tile["spark"] = spark }
            return tile
        }
    }

    package func notFoundPage() -> OutputFile {
        render(NotFoundView(frame: frame(title: "Page not found", kind: "not-found", path: Routes.notFound, section: "")), to: Routes.notFound)
    }
}

/// The page for addresses with no page (`not-found.mustache`): the frame only.
package struct NotFoundView: PageView {
    package static let template = "not-found"
    package var frame: PageFrame

    package static let fields = ViewFields<Self>(base: \.frame, [])
}
