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
        let view = HomeView(
            frame: frame(title: site.homeTitle ?? site.config.title, kind: "home", path: path, section: "home",
                         description: site.config.description),
            intro: site.homeIntro.map { html($0, page: path) },
            stages: stageItems, pillars: pillarItems, steps: stepItems,
            sections: site.sections.map { HomeView.Section(title: $0.title, url: Routes.handbookSection($0.anchor), pageCount: $0.pages.count) },
            dashboard: dashboard(path: path))
        return render(view, to: path)
    }

    /// The dashboard; nil when the project has nothing to score.
    private func dashboard(path: String) -> HomeView.Dashboard? {
        guard let latest = analysis.latest, let overall = latest.overall else { return nil }
        let previous = analysis.maturity(before: latest.month)
        let root = Routes.root(from: path)
        let stages = CAREStage.allCases.map { stage in
            let score = latest.score(.stage(stage))
            return CARECycle.Stage(stage: stage, score: score.map { NumberFormat.rounded($0.score, decimals: 1) },
                                   level: score.map { "Level \($0.level)" }, href: root + Routes.stage(stage.rawValue))
        }
        let weakest = CAREStage.allCases.compactMap { stage in latest.score(.stage(stage)).map { (stage, $0) } }.min { $0.1.score < $1.1.score }
        return HomeView.Dashboard(
            overall: scoreView(overall, previous: previous?.overall),
            monthLabel: latest.month?.label ?? "now",
            cycle: CARECycle(id: "home-cycle", title: "Maturity of the four CARE stages in \(latest.month?.label ?? "the reporting \(cadence.unit)")",
                             stages: stages, centerLabel: "Level \(overall.level)", centerCaption: levelName(overall.level)).render().html,
            radar: pillarRadar(latest: latest, previous: previous).html,
            weakest: weakest.map { HomeView.Weakest(name: $0.0.name, url: Routes.maturityArea($0.0.rawValue), score: MaturityView.score($0.1.score)) },
            latestReview: analysis.reviews.last { $0.hasData || $0.notes != nil }.map { HomeView.ReviewLink(label: $0.month.label, url: Routes.review($0.month)) },
            kpis: kpiTiles(),
            volume: tiles(TicketMetrics.metricIDs.filter(TicketMetrics.volumeMetricIDs.contains).compactMap { id in
                site.overallSeries(of: id) == nil ? nil : site.catalog.metric(id)
            }),
            tracker: analysis.steps.map { HomeView.TrackerEntry(progress: $0) })
    }

    /// The key metrics: the headline ones with data, then others up to eight (volumes have their own row).
    private func kpiTiles() -> [KPITile] {
        let withData = site.metricsByStage.filter { site.overallSeries(of: $0.id) != nil && !TicketMetrics.volumeMetricIDs.contains($0.id) }
        var chosen = Self.headlineMetrics.compactMap { id in withData.first { $0.id == id } }
        for metric in withData where chosen.count < 8 && !chosen.contains(where: { $0.id == metric.id }) { chosen.append(metric) }
        return tiles(chosen)
    }

    /// A KPI tile for each of `metrics`, in the reporting month.
    package func tiles(_ metrics: [MetricDefinition]) -> [KPITile] {
        metrics.map { metric in
            KPITile(status: statusView(status(of: metric, series: site.overallSeries(of: metric.id), month: site.latestMetricMonth)),
                    name: metric.name, url: Routes.metric(metric.id), stage: metric.stage.rawValue, spark: sparkline(metric))
        }
    }

    package func notFoundPage() -> OutputFile {
        render(NotFoundView(frame: frame(title: "Page not found", kind: "not-found", path: Routes.notFound, section: "")), to: Routes.notFound)
    }
}

/// The page for addresses with no page (`not-found.mustache`): the frame only.
package struct NotFoundView: FramedPageView {
    package static let template = "not-found"
    package var frame: PageFrame

    package static let fields = ViewFields<Self>(base: \.frame, [])
}

/// The home page (`home.mustache`).
package struct HomeView: FramedPageView {
    package static let template = "home"
    package var frame: PageFrame
    /// `content/index.md` as HTML.
    package var intro: String?
    package var stages: [PageContext.FrameworkItem]
    package var pillars: [PageContext.FrameworkItem]
    package var steps: [PageContext.FrameworkItem]
    package var sections: [Section]
    package var dashboard: Dashboard?

    package static let fields = ViewFields<Self>(base: { $0.frame }, [
        .text("intro") { $0.intro },
        .list("stages") { $0.stages },
        .list("pillars") { $0.pillars },
        .list("steps") { $0.steps },
        .list("sections") { $0.sections },
        .view("dashboard") { $0.dashboard },
    ])

    /// A handbook section's card.
    package struct Section: TemplateView {
        package var title: String
        package var url: String
        package var pageCount: Int

        package static let fields = ViewFields<Self>([
            .text("title") { $0.title },
            .text("url") { $0.url },
            .number("pageCount") { $0.pageCount },
            .text("pageNoun") { $0.pageCount.pageNoun },
        ])
    }

    /// The reporting month at a glance: maturity, charts, key metrics, workload, the steps.
    package struct Dashboard: TemplateView {
        package var overall: ScoreView
        package var monthLabel: String
        package var cycle: String
        package var radar: String
        package var weakest: Weakest?
        package var latestReview: ReviewLink?
        package var kpis: [KPITile]
        package var volume: [KPITile]
        package var tracker: [TrackerEntry]

        package static let fields = ViewFields<Self>([
            .view("overall") { $0.overall },
            .text("monthLabel") { $0.monthLabel },
            .text("cycle") { $0.cycle },
            .text("radar") { $0.radar },
            .view("weakest") { $0.weakest },
            .view("latestReview") { $0.latestReview },
            .list("kpis") { $0.kpis },
            .list("volume") { $0.volume },
            .list("tracker") { $0.tracker },
        ])
    }

    /// The lowest-scoring CARE stage.
    package struct Weakest: TemplateView {
        package var name: String
        package var url: String
        package var score: String

        package static let fields = ViewFields<Self>([
            .text("name") { $0.name },
            .text("url") { $0.url },
            .text("score") { $0.score },
        ])
    }

    package struct ReviewLink: TemplateView {
        package var label: String
        package var url: String

        package static let fields = ViewFields<Self>([
            .text("label") { $0.label },
            .text("url") { $0.url },
        ])
    }

    /// A step in the tracker strip.
    package struct TrackerEntry: TemplateView {
        package var progress: StepProgress

        package static let fields = ViewFields<Self>([
            .number("number") { $0.progress.step.number },
            .text("title") { $0.progress.step.name },
            .text("url") { Routes.step($0.progress.step.number) },
            .text("status") { $0.progress.status.rawValue },
            .text("statusClass") { $0.progress.status.rawValue.replacingOccurrences(of: " ", with: "-") },
        ])
    }
}

/// A metric's tile (`kpi-tile.mustache`): its status, name, link and sparkline.
package struct KPITile: TemplateView {
    package var status: MetricStatusView
    package var name: String
    package var url: String
    /// The CARE stage, for the tile's colour.
    package var stage: String
    package var spark: String?

    package static let fields = ViewFields<Self>(base: { $0.status }, [
        .text("name") { $0.name },
        .text("url") { $0.url },
        .text("stage") { $0.stage },
        .text("spark") { $0.spark },
    ])
}
