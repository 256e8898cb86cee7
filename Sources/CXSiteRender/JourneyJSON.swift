import CXSiteSupport
import CXSiteModel
import CXSiteAnalyse
import CXSiteCharts

/// `journeys/<slug>/journey.json`: a parsed journey map as data for other tools (and tests).
///
/// The shape is documented in docs/JOURNEYS.md: title, persona, owner, scenario, and the four
/// stages in CARE order, each with its touchpoints in file order.
package enum JourneyJSON {
    package static func file(for journey: JourneyMap) -> OutputFile {
        OutputFile(path: journey.dataURL, text: value(for: journey).text)
    }

    package static func value(for journey: JourneyMap) -> JSONValue {
        .object([
            "title": .string(journey.title),
            "persona": .string(journey.persona),
            "owner": .string(journey.owner),
            "scenario": .string(journey.scenario),
            "stages": .array(journey.stages.map { stage in
                .object(["id": .string(stage.stage.rawValue), "touchpoints": .array(stage.touchpoints.map(value(for:)))])
            }),
        ])
    }

    package static func value(for touchpoint: Touchpoint) -> JSONValue {
        var attributes: [String: [JSONValue]] = [:]
        for attribute in touchpoint.attributes { attributes[attribute.key, default: []].append(.string(attribute.value)) }
        return .object([
            "title": .string(touchpoint.title),
            "emotion": .number(touchpoint.emotion),
            "target_emotion": .number(touchpoint.targetEmotion),
            "attributes": .object(attributes.mapValues { .array($0) }),
            "line": .number(Double(touchpoint.location.line)),
        ])
    }
}
