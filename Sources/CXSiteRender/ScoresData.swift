import CXSiteSupport
import CXSiteModel
import CXSiteAnalyse
import CXSiteCharts

/// `data/scores.json`: every month's maturity scores with their inputs, for other tools.
///
/// Scores, components and attainments are on a 0–100 scale rounded to one decimal: the same
/// numbers the maturity page shows. See docs/MATURITY.md for the schema.
package enum ScoresData {
    package static func file(_ analysis: SiteAnalysis, settings: MaturitySettings, cadence: Cadence = .monthly) -> OutputFile {
        let months: [JSONValue] = analysis.maturity.map { month in
            var areas: [String: [String: JSONValue]] = ["stages": [:], "pillars": [:]]
            for (area, score) in month.areas {
                switch area {
                case .stage(let stage): areas["stages"]![stage.rawValue] = scoreValue(score, settings: settings)
                case .pillar(let pillar): areas["pillars"]![pillar.rawValue] = scoreValue(score, settings: settings)
                }
            }
            return .object([
                cadence.unit: .string(month.month?.description),
                "overall": month.overall.map { scoreValue($0, settings: settings) } ?? .null,
                "stages": .object(areas["stages"]!),
                "pillars": .object(areas["pillars"]!),
            ])
        }
        let document = JSONValue.object([
            "levels": .array(settings.levelNames.map { .string($0) }),
            "weights": .object(["metrics": .number(settings.metricsWeight), "practices": .number(settings.practicesWeight),
                                "assessment": .number(settings.assessmentWeight)]),
            cadence.units: .array(months),
        ])
        return OutputFile(path: Routes.scoresData, text: document.text)
    }

    /// A 0…1 fraction as the 0–100 number pages show, one decimal.
    package static func percent(_ fraction: Double?) -> JSONValue {
        fraction.map { .number(NumberFormat.rounded(100 * $0, decimals: 1)) } ?? .null
    }


    package static func scoreValue(_ score: MaturityScore, settings: MaturitySettings) -> JSONValue {
        .object([
            "score": .number(NumberFormat.rounded(score.score, decimals: 1)),
            "level": .number(Double(score.level)),
            "level_name": .string(settings.levelNames[score.level - 1]),
            "components": .object(["metrics": percent(score.metricsComponent), "practices": percent(score.practicesComponent),
                                   "assessment": percent(score.assessmentComponent)]),
            "metrics": .array(score.metrics.map { input in
                .object(["id": .string(input.metric.id), "value": .number(input.value), "target": .number(input.target),
                         "attainment": percent(input.attainment)])
            }),
            "practices": .array(score.practices.map { practice in
                .object(["id": .string(practice.id), "title": .string(practice.title), "credit": .number(practice.credit)])
            }),
            "assessment": .object([
                "answers": .number(Double(score.assessment.count)),
                "mean": score.assessment.isEmpty ? .null : .number(MaturityView.assessmentMean(score.assessment)!),
            ]),
        ])
    }
}
