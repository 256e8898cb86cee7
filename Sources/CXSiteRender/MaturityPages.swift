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

/// `maturity/index.html`: every score of the reporting month with its inputs, what would raise
/// it, the history, and the rubric in words.
extension PageContext {
    package var levelNames: [String] { site.config.maturity.levelNames }

    package func levelName(_ level: Int) -> String { levelNames[level - 1] }

    /// The view of one score: level, number, change, components, inputs and gains.
    package func scoreView(_ score: MaturityScore, previous: MaturityScore?) -> [String: Any] {
        let settings = site.config.maturity
        var view: [String: Any] = [
            "level": score.level, "levelName": levelName(score.level), "score": MaturityView.score(score.score),
            "components": [
                ("Metrics", score.metricsComponent, settings.metricsWeight),
                ("Practices", score.practicesComponent, settings.practicesWeight),
                ("Self-assessment", score.assessmentComponent, settings.assessmentWeight),
            ].map { name, value, weight -> [String: Any] in
                var item: [String: Any] = ["name": name, "weight": NumberFormat.fixed(weight * 100, decimals: 0)]
                if let value { item["value"] = MaturityView.percent(value); item["width"] = NumberFormat.fixed(100 * value, decimals: 1) } else { item["missing"] = true }
                return item
            },
            "metrics": score.metrics.map { input -> [String: Any] in
                ["name": input.metric.name, "url": Routes.metric(input.metric.id),
                 "value": NumberFormat.value(input.value, unit: input.metric.unit),
                 "target": NumberFormat.target(input.target, unit: input.metric.unit),
                 "attainment": MaturityView.percent(input.attainment), "met": input.attainment >= 1]
            },
            "practices": score.practices.map { practice -> [String: Any] in
                ["title": practice.title, "detail": practice.detail, "state": practice.found ? "found" : practice.credit > 0 ? "partial" : "missing",
                 "stateText": practice.found ? "Found" : practice.credit > 0 ? "Partly" : "Missing",
                 "evidence": practice.evidence.filter { $0.url != nil }.prefix(6).map { ["title": $0.title, "url": $0.url!] }]
            },
            "answers": score.assessment.map { ["statement": $0.statement, "score": $0.score] as [String: Any] },
            "gains": MaturityModel.gains(for: score, settings: settings).map { gain -> [String: Any] in
                var item: [String: Any] = ["action": gain.action, "points": "+" + MaturityView.score(gain.points)]
                if let url = gain.link?.url { item["url"] = url }
                return item
            },
        ]
        if let mean = MaturityView.assessmentMean(score.assessment) {
            view["assessmentMean"] = NumberFormat.fixed(mean, decimals: 2)
            view["answerCount"] = score.assessment.count
        }
        let next = score.level < 5 ? MaturityModel.threshold(of: score.level + 1) - score.score : nil
        if let next { view["toNext"] = MaturityView.score(next); view["nextLevel"] = levelName(score.level + 1) }
        if let previous {
            let change = NumberFormat.rounded(score.score, decimals: 1) - NumberFormat.rounded(previous.score, decimals: 1)
            view["change"] = change == 0 ? "±0" : (change > 0 ? "+" : "−") + NumberFormat.fixed(abs(change), decimals: 1)
            view["changeClass"] = change > 0 ? "better" : change < 0 ? "worse" : "flat"
            if let month = previous.month { view["previousLabel"] = month.label }
            if previous.level != score.level { view["levelChange"] = "from level \(previous.level)" }
            let inputs: [(name: String, before: Double?, now: Double?)] = [
                ("metrics", previous.metricsComponent, score.metricsComponent),
                ("practices", previous.practicesComponent, score.practicesComponent),
                ("self-assessment", previous.assessmentComponent, score.assessmentComponent),
            ]
            var changed: [String] = []
            for input in inputs where (input.before == nil) != (input.now == nil) {
                changed.append(input.now == nil ? "no \(input.name) this month" : "\(input.name) counted from this month")
            }
            if !changed.isEmpty { view["inputsChanged"] = changed.joined(separator: "; ") }
        }
        return view
    }

    package func areaViews(_ areas: [MaturityArea], month: MonthMaturity, previous: MonthMaturity?) -> [[String: Any]] {
        areas.compactMap { area in
            guard let score = month.score(area) else { return nil }
            var view = scoreView(score, previous: previous?.score(area))
            view["id"] = area.id
            view["name"] = area.name
            switch area {
            case .stage(let stage): view["url"] = Routes.stage(stage.rawValue); view["kind"] = "stage"
            case .pillar(let pillar): view["url"] = Routes.pillar(pillar.rawValue); view["kind"] = "pillar"
            }
            return view
        }
    }

    package func maturityPage() -> OutputFile {
        let path = Routes.maturity
        var view = self.view(title: "Maturity", kind: "maturity", path: path, section: "maturity",
                             description: "Where the team stands on the CARE stages and the five pillars, and why.")
        let settings = site.config.maturity
        view["weights"] = ["metrics": NumberFormat.fixed(settings.metricsWeight * 100, decimals: 0),
                           "practices": NumberFormat.fixed(settings.practicesWeight * 100, decimals: 0),
                           "assessment": NumberFormat.fixed(settings.assessmentWeight * 100, decimals: 0)]
        view["levels"] = (1...5).map { ["level": $0, "name": levelName($0), "from": Int(MaturityModel.threshold(of: $0)),
                                        "to": $0 == 5 ? 100 : Int(MaturityModel.threshold(of: $0 + 1))] as [String: Any] }
        guard let latest = analysis.latest, let overall = latest.overall else {
            return render("maturity", view, to: path)
        }
        let previous = analysis.maturity(before: latest.month)
        var overallView = scoreView(overall, previous: previous?.overall)
        overallView["monthLabel"] = latest.month?.label ?? "now"
        view["overall"] = overallView
        view["stages"] = areaViews(CAREStage.allCases.map(MaturityArea.stage), month: latest, previous: previous)
        view["pillars"] = areaViews(Pillar.allCases.map(MaturityArea.pillar), month: latest, previous: previous)
        view["radar"] = pillarRadar(latest: latest, previous: previous).html
        if analysis.maturity.count > 1 {
            let months = analysis.maturity.compactMap(\.month)
            let series = [LineChart.Series(name: "Overall", values: analysis.maturity.map { $0.overall.map { NumberFormat.rounded($0.score, decimals: 1) } })]
                + CAREStage.allCases.map { stage in
                    LineChart.Series(name: stage.name, values: analysis.maturity.map { $0.score(.stage(stage)).map { NumberFormat.rounded($0.score, decimals: 1) } })
                }
            var chart = LineChart(id: "maturity-history", title: "Maturity score by month, overall and per CARE stage",
                                  months: months.map(\.description), series: series)
            chart.yDomain = 0...100
            view["history"] = chart.render().html
        }
        return render("maturity", view, to: path)
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
