import CXSiteSupport
import CXSiteModel
import CXSiteAnalyse
import CXSiteCharts

/// Numbers of the maturity model as pages and `data/scores.json` show them.
package enum MaturityView {
    /// A 0–100 score with one decimal: `71.3`.
    package static func score(_ value: Double) -> String { NumberFormat.fixed(NumberFormat.rounded(value, decimals: 1), decimals: 1) }

    /// A 0…1 fraction as a 0–100 number with one decimal.
    package static func percent(_ fraction: Double) -> String { score(100 * fraction) }

    /// Mean self-assessment answer, two decimals; nil without answers.
    package static func assessmentMean(_ answers: [AssessmentAnswer]) -> Double? {
        guard !answers.isEmpty else { return nil }
        return (Double(answers.map(\.score).reduce(0, +)) / Double(answers.count) * 100).rounded() / 100
    }
}

/// One maturity score as the maturity page, its area cards and the home page show it
/// (`maturity-components.mustache`, `maturity-inputs.mustache`).
package struct ScoreView: TemplateView {
    package var level: Int
    package var levelName: String
    package var score: String
    package var components: [Component]
    package var metrics: [MetricInput]
    package var practices: [Practice]
    package var answers: [Answer]
    package var gains: [Gain]
    package var assessmentMean: String?
    package var answerCount: Int?
    /// Points to the next level, and its name; nil at level 5.
    package var toNext: String?
    package var nextLevel: String?
    /// The change since the month before: `+2.5`, `−1.0`, `±0`.
    package var change: String?
    package var changeClass: String?
    package var previousLabel: String?
    /// The inputs counted in one month and not in the other.
    package var inputsChanged: String?

    package static let fields = ViewFields<Self>([
        .number("level") { $0.level },
        .text("levelName") { $0.levelName },
        .text("score") { $0.score },
        .list("components") { $0.components },
        .list("metrics") { $0.metrics },
        .list("practices") { $0.practices },
        .list("answers") { $0.answers },
        .list("gains") { $0.gains },
        .text("assessmentMean") { $0.assessmentMean },
        .number("answerCount") { $0.answerCount },
        .text("toNext") { $0.toNext },
        .text("nextLevel") { $0.nextLevel },
        .text("change") { $0.change },
        .text("changeClass") { $0.changeClass },
        .text("previousLabel") { $0.previousLabel },
        .text("inputsChanged") { $0.inputsChanged },
    ])

    /// Metrics, practices or self-assessment: its weight and value (0–100), or missing.
    package struct Component: TemplateView {
        package var name: String
        package var weight: String
        package var value: String?
        /// The bar's width in percent.
        package var width: String?

        package static let fields = ViewFields<Self>([
            .text("name") { $0.name },
            .text("weight") { $0.weight },
            .text("value") { $0.value },
            .text("width") { $0.width },
            .flag("missing") { $0.value == nil },
        ])
    }

    package struct MetricInput: TemplateView {
        package var name: String
        package var url: String
        package var value: String
        package var target: String
        package var attainment: String
        package var met: Bool
        /// `small sample, n = 12` when the value rests on fewer than `min_n` answers.
        package var smallSample: String?

        package static let fields = ViewFields<Self>([
            .text("smallSample") { $0.smallSample },
            .text("name") { $0.name },
            .text("url") { $0.url },
            .text("value") { $0.value },
            .text("target") { $0.target },
            .text("attainment") { $0.attainment },
            .flag("met") { $0.met },
        ])
    }

    package struct Practice: TemplateView {
        package var title: String
        package var detail: String
        /// `found`, `partial` or `missing`.
        package var state: String
        package var stateText: String
        package var evidence: [Link]

        package static let fields = ViewFields<Self>([
            .text("title") { $0.title },
            .text("detail") { $0.detail },
            .text("state") { $0.state },
            .text("stateText") { $0.stateText },
            .list("evidence") { $0.evidence },
        ])
    }

    package struct Answer: TemplateView {
        package var statement: String
        package var score: Int

        package static let fields = ViewFields<Self>([
            .text("statement") { $0.statement },
            .number("score") { $0.score },
        ])
    }

    /// An input whose improvement would add points, and where to act on it.
    package struct Gain: TemplateView {
        package var action: String
        package var points: String
        package var url: String?

        package static let fields = ViewFields<Self>([
            .text("action") { $0.action },
            .text("points") { $0.points },
            .text("url") { $0.url },
        ])
    }
}

/// A stage's or pillar's card on the maturity page (`maturity-area.mustache`).
package struct AreaScoreView: TemplateView {
    package var score: ScoreView
    package var id: String
    package var name: String
    /// The stage's or pillar's page.
    package var url: String

    package static let fields = ViewFields<Self>(base: { $0.score }, [
        .text("id") { $0.id },
        .text("name") { $0.name },
        .text("url") { $0.url },
    ])
}

/// The maturity page (`maturity.mustache`).
package struct MaturityPageView: FramedPageView {
    package static let template = "maturity"
    package var frame: PageFrame
    package var weights: Weights
    package var levels: [Level]
    package var overall: Overall?
    package var stages: [AreaScoreView] = []
    package var pillars: [AreaScoreView] = []
    package var radar: String?
    package var history: String?

    package static let fields = ViewFields<Self>(base: { $0.frame }, [
        .view("weights") { $0.weights },
        .list("levels") { $0.levels },
        .view("overall") { $0.overall },
        .list("stages") { $0.stages },
        .list("pillars") { $0.pillars },
        .text("radar") { $0.radar },
        .text("history") { $0.history },
    ])

    /// The weights of the three inputs, in percent.
    package struct Weights: TemplateView {
        package var metrics: String
        package var practices: String
        package var assessment: String

        package static let fields = ViewFields<Self>([
            .text("metrics") { $0.metrics },
            .text("practices") { $0.practices },
            .text("assessment") { $0.assessment },
        ])
    }

    /// A level's band of scores.
    package struct Level: TemplateView {
        package var level: Int
        package var name: String
        package var from: Int
        package var to: Int

        package static let fields = ViewFields<Self>([
            .number("level") { $0.level },
            .text("name") { $0.name },
            .number("from") { $0.from },
            .number("to") { $0.to },
        ])
    }

    /// The overall score of the reporting month.
    package struct Overall: TemplateView {
        package var score: ScoreView
        package var monthLabel: String

        package static let fields = ViewFields<Self>(base: { $0.score }, [.text("monthLabel") { $0.monthLabel }])
    }
}

/// `maturity/index.html`: every score of the reporting month with its inputs, what would raise
/// it, the history, and the rubric in words.
extension PageContext {
    package var levelNames: [String] { site.config.maturity.levelNames }

    package func levelName(_ level: Int) -> String { levelNames[level - 1] }

    /// The view of one score: level, number, change, components, inputs and gains.
    package func scoreView(_ score: MaturityScore, previous: MaturityScore?) -> ScoreView {
        let settings = site.config.maturity
        typealias Component = ScoreView.Component
        var view = ScoreView(
            level: score.level, levelName: levelName(score.level), score: MaturityView.score(score.score),
            components: [
                ("Metrics", score.metricsComponent, settings.metricsWeight),
                ("Practices", score.practicesComponent, settings.practicesWeight),
                ("Self-assessment", score.assessmentComponent, settings.assessmentWeight),
            ].map { name, value, weight in
                Component(name: name, weight: NumberFormat.fixed(weight * 100, decimals: 0), value: value.map(MaturityView.percent),
                          width: value.map { NumberFormat.fixed(100 * $0, decimals: 1) })
            },
            metrics: score.metrics.map { input in
                ScoreView.MetricInput(name: input.metric.name, url: Routes.metric(input.metric.id),
                                      value: NumberFormat.value(input.value, unit: input.metric.unit),
                                      target: NumberFormat.target(input.target, unit: input.metric.unit),
                                      attainment: MaturityView.percent(input.attainment), met: input.attainment >= 1,
                                      smallSample: smallSampleText(n: input.n, unit: input.metric.unit))
            },
            practices: score.practices.map { practice in
                ScoreView.Practice(title: practice.title, detail: practice.detail,
                                   state: practice.found ? "found" : practice.credit > 0 ? "partial" : "missing",
                                   stateText: practice.found ? "Found" : practice.credit > 0 ? "Partly" : "Missing",
                                   evidence: Array(practice.evidence.compactMap { link in link.url.map { Link(title: link.title, url: $0) } }.prefix(6)))
            },
            answers: score.assessment.map { ScoreView.Answer(statement: $0.statement, score: $0.score) },
            gains: MaturityModel.gains(for: score, settings: settings).map { gain in
                ScoreView.Gain(action: gain.action, points: "+" + MaturityView.score(gain.points), url: gain.link?.url)
            })
        if let mean = MaturityView.assessmentMean(score.assessment) {
            view.assessmentMean = NumberFormat.fixed(mean, decimals: 2)
            view.answerCount = score.assessment.count
        }
        if score.level < 5 {
            view.toNext = MaturityView.score(MaturityModel.threshold(of: score.level + 1) - score.score)
            view.nextLevel = levelName(score.level + 1)
        }
        if let previous {
            let change = NumberFormat.rounded(score.score, decimals: 1) - NumberFormat.rounded(previous.score, decimals: 1)
            view.change = change == 0 ? "±0" : (change > 0 ? "+" : "−") + NumberFormat.fixed(abs(change), decimals: 1)
            view.changeClass = change > 0 ? "better" : change < 0 ? "worse" : "flat"
            view.previousLabel = previous.month?.label
            let inputs: [(name: String, before: Double?, now: Double?)] = [
                ("metrics", previous.metricsComponent, score.metricsComponent),
                ("practices", previous.practicesComponent, score.practicesComponent),
                ("self-assessment", previous.assessmentComponent, score.assessmentComponent),
            ]
            var changed: [String] = []
            for input in inputs where (input.before == nil) != (input.now == nil) {
                changed.append(input.now == nil ? "no \(input.name) this \(cadence.unit)" : "\(input.name) counted from this \(cadence.unit)")
            }
            if !changed.isEmpty { view.inputsChanged = changed.joined(separator: "; ") }
        }
        return view
    }

    package func areaViews(_ areas: [MaturityArea], month: MonthMaturity, previous: MonthMaturity?) -> [AreaScoreView] {
        areas.compactMap { area in
            guard let score = month.score(area) else { return nil }
            let url = switch area {
            case .stage(let stage): Routes.stage(stage.rawValue)
            case .pillar(let pillar): Routes.pillar(pillar.rawValue)
            }
            return AreaScoreView(score: scoreView(score, previous: previous?.score(area)), id: area.id, name: area.name, url: url)
        }
    }

    package func maturityPage() -> OutputFile {
        let path = Routes.maturity
        let settings = site.config.maturity
        var view = MaturityPageView(
            frame: frame(title: "Maturity", kind: "maturity", path: path, section: "maturity",
                         description: "Where the team stands on the CARE stages and the five pillars, and why."),
            weights: MaturityPageView.Weights(metrics: NumberFormat.fixed(settings.metricsWeight * 100, decimals: 0),
                                              practices: NumberFormat.fixed(settings.practicesWeight * 100, decimals: 0),
                                              assessment: NumberFormat.fixed(settings.assessmentWeight * 100, decimals: 0)),
            levels: (1...5).map { MaturityPageView.Level(level: $0, name: levelName($0), from: Int(MaturityModel.threshold(of: $0)),
                                                         to: $0 == 5 ? 100 : Int(MaturityModel.threshold(of: $0 + 1))) })
        guard let latest = analysis.latest, let overall = latest.overall else {
            return render(view, to: path)
        }
        let previous = analysis.maturity(before: latest.month)
        view.overall = MaturityPageView.Overall(score: scoreView(overall, previous: previous?.overall), monthLabel: latest.month?.label ?? "now")
        view.stages = areaViews(CAREStage.allCases.map(MaturityArea.stage), month: latest, previous: previous)
        view.pillars = areaViews(Pillar.allCases.map(MaturityArea.pillar), month: latest, previous: previous)
        view.radar = pillarRadar(latest: latest, previous: previous).html
        if analysis.maturity.count > 1 {
            let months = analysis.maturity.compactMap(\.month)
            let series = [LineChart.Series(name: "Overall", values: analysis.maturity.map { $0.overall.map { NumberFormat.rounded($0.score, decimals: 1) } })]
                + CAREStage.allCases.map { stage in
                    LineChart.Series(name: stage.name, values: analysis.maturity.map { $0.score(.stage(stage)).map { NumberFormat.rounded($0.score, decimals: 1) } })
                }
            var chart = LineChart(id: "maturity-history", title: "Maturity score by \(cadence.unit), overall and per CARE stage",
                                  months: months.map(\.description), series: series)
            chart.yDomain = 0...100
            view.history = chart.render().html
        }
        return render(view, to: path)
    }

    /// The five pillars' scores, this month solid and last month dashed.
    package func pillarRadar(latest: MonthMaturity, previous: MonthMaturity?) -> ChartFigure {
        var series = [RadarChart.Series(name: latest.month?.label ?? "Now",
                                        values: Pillar.allCases.map { latest.score(.pillar($0)).map { NumberFormat.rounded($0.score, decimals: 1) } })]
        if let previous {
            series.append(RadarChart.Series(name: previous.month?.label ?? "Before",
                                            values: Pillar.allCases.map { previous.score(.pillar($0)).map { NumberFormat.rounded($0.score, decimals: 1) } }))
        }
        return RadarChart(id: "pillar-radar", title: "Maturity score of each pillar (0–100)", axes: Pillar.allCases.map(\.name), series: series).render()
    }
}
