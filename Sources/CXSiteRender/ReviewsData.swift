import CXSiteSupport
import CXSiteModel
import CXSiteAnalyse

/// `data/reviews.json`: every review month's changes from the month before, each series (overall
/// and breakdowns) with its n, the test's p-value and whether the change is more than chance, for
/// other tools and for auditing a review's sentences. docs/REVIEWS.md gives the schema.
///
/// ```json
/// {"confidence": 95, "min_n": 30, "months": {"2026-10": {"changes": [{"metric": "csat", "segment": "", "channel": "",
///  "value": 85, "previous": 75, "change": 10, "n": 380, "previous_n": 400, "p_value": 0.000536, "significant": true,
///  "untested": null}]}}}
/// ```
package enum ReviewsData {
    package static func file(_ reviews: [MonthlyReview], statistics: StatisticsSettings, cadence: Cadence = .monthly) -> OutputFile {
        var months: [String: JSONValue] = [:]
        for review in reviews {
            months[review.month.description] = .object(["changes": .array(review.changes.map(change))])
        }
        let document = JSONValue.object([
            "confidence": .number(statistics.confidence),
            "min_n": .number(Double(statistics.minimumN)),
            cadence.units: .object(months),
        ])
        return OutputFile(path: Routes.reviewsData, text: document.text)
    }

    private static func change(_ change: MetricChange) -> JSONValue {
        .object([
            "metric": .string(change.key.metric),
            "segment": .string(change.key.segment ?? ""),
            "channel": .string(change.key.channel ?? ""),
            "value": .number(change.value),
            "previous": .number(change.previous),
            "change": .number(change.change),
            "n": .number(change.n.map(Double.init)),
            "previous_n": .number(change.previousN.map(Double.init)),
            "p_value": .number(change.pValue),
            "significant": change.significant.map(JSONValue.bool) ?? .null,
            "untested": change.untested.map { .string(untestedName($0)) } ?? .null,
        ])
    }

    /// Why a change has no test, as the file names it.
    private static func untestedName(_ reason: MetricChange.Untested) -> String {
        switch reason {
        case .count: "count"
        case .nUnknown: "n-unknown"
        case .notTestable: "not-testable"
        case .noVariation: "no-variation"
        }
    }
}
