import CXSiteSupport
import CXSiteModel
import CXSiteAnalyse
import CXSiteCharts

/// The text of `content/reviews/YYYY-MM.frozen.json` for a snapshot: keys sorted, two-space
/// indent, numbers with at most six decimals, one metric per block, so that re-freezing after a
/// correction shows as a small diff. ``FrozenReview`` reads it back.
package enum FrozenReviewJSON {
    package static func text(_ snapshot: ReviewSnapshot, frozenOn: String?) -> String {
        func score(_ figures: ReviewSnapshot.ScoreFigures) -> JSONValue {
            .object(["score": .number(figures.score), "level": .number(Double(figures.level)),
                     "previous_score": .number(figures.previousScore), "previous_level": .number(figures.previousLevel.map(Double.init))])
        }
        var stages: [String: JSONValue] = [:], pillars: [String: JSONValue] = [:]
        for (area, figures) in snapshot.areas {
            switch area {
            case .stage(let stage): stages[stage.rawValue] = score(figures)
            case .pillar(let pillar): pillars[pillar.rawValue] = score(figures)
            }
        }
        var document: [String: JSONValue] = [
            "version": .number(Double(FrozenReview.version)),
            snapshot.month.cadence.unit: .string(snapshot.month.description),
            "metrics": .array(snapshot.metrics.map { row in
                .object(["id": .string(row.id), "value": .number(row.value), "previous": .number(row.previous),
                         "target": .number(row.target), "status": .string(row.standing.rawValue),
                         "n": .number(row.n.map(Double.init)), "previous_n": .number(row.previousN.map(Double.init)),
                         "ci_low": .number(row.interval?.lowerBound), "ci_high": .number(row.interval?.upperBound),
                         "p_value": .number(row.pValue), "significant": row.significant.map(JSONValue.bool) ?? .null])
            }),
            "maturity": .object(["overall": snapshot.overall.map(score) ?? .null, "stages": .object(stages), "pillars": .object(pillars)]),
            "highlights": .array(snapshot.highlights.map { highlight in
                var entry: [String: JSONValue] = ["kind": .string(highlight.kind.rawValue), "text": .string(highlight.text)]
                if let metric = highlight.metric { entry["metric"] = .string(metric) }
                return .object(entry)
            }),
        ]
        if let frozenOn { document["frozen_on"] = .string(frozenOn) }
        return JSONValue.object(document).text
    }
}
