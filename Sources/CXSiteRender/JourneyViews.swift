import CXSiteSupport
import CXSiteModel

/// The journeys index (`journeys-index.mustache`).
package struct JourneysIndexView: FramedPageView {
    package static let template = "journeys-index"
    package var frame: PageFrame
    package var journeys: [JourneySummary]
    /// Journeys × CARE stages, as SVG.
    package var heatmap: String?
    package var channels: [Channel]

    package static let fields = ViewFields<Self>(base: { $0.frame }, [
        .list("journeys") { $0.journeys },
        .text("heatmap") { $0.heatmap },
        .list("channels") { $0.channels },
    ])

    /// A channel named on touchpoints, with how many touchpoints and journeys name it.
    package struct Channel: TemplateView {
        package var name: String
        package var touchpointCount: Int
        package var journeyCount: Int

        package static let fields = ViewFields<Self>([
            .text("name") { $0.name },
            .number("touchpointCount") { $0.touchpointCount },
            .text("touchpointNoun") { $0.touchpointCount.touchpointNoun },
            .number("journeyCount") { $0.journeyCount },
            .text("journeyNoun") { $0.journeyCount == 1 ? "journey" : "journeys" },
        ])
    }
}

/// A journey's card on the index, and the facts its page shows in its header.
package struct JourneySummary: TemplateView {
    package var title: String
    package var url: String
    package var persona: String?
    package var owner: String?
    package var scenario: String?
    package var status: String?
    package var stageCounts: [StageCount]
    package var touchpointCount: Int
    package var painCount: Int
    package var improvementCount: Int
    package var averageEmotion: EmotionView?
    /// The stages without touchpoints, named.
    package var missingStages: String?

    /// The fields the journey's page shows too (all but title, link and stage counts).
    package static let facts: [ViewFields<Self>.Entry] = [
        .text("persona") { $0.persona },
        .text("owner") { $0.owner },
        .text("scenario") { $0.scenario },
        .text("status") { $0.status },
        .number("touchpointCount") { $0.touchpointCount },
        .text("touchpointNoun") { $0.touchpointCount.touchpointNoun },
        .number("painCount") { $0.painCount },
        .text("painNoun") { $0.painCount == 1 ? "pain point" : "pain points" },
        .number("improvementCount") { $0.improvementCount },
        .text("improvementNoun") { $0.improvementCount == 1 ? "improvement" : "improvements" },
        .view("averageEmotion") { $0.averageEmotion },
    ]

    package static let fields = ViewFields<Self>(facts + [
        .text("title") { $0.title },
        .text("url") { $0.url },
        .list("stageCounts") { $0.stageCounts },
        .text("missingStages") { $0.missingStages },
    ])

    package struct StageCount: TemplateView {
        package var id: String
        package var name: String
        package var count: Int

        package static let fields = ViewFields<Self>([
            .text("id") { $0.id },
            .text("name") { $0.name },
            .number("count") { $0.count },
        ])
    }
}

/// An emotion for display: `−1`, `unhappy` and a colour class (`e-n1`) that is never the only cue.
package struct EmotionView: TemplateView {
    package var value: String
    package var word: String
    package var cls: String

    package static let fields = ViewFields<Self>([
        .text("value") { $0.value },
        .text("word") { $0.word },
        .text("class") { $0.cls },
    ])
}

/// One journey map's page (`journey.mustache`).
package struct JourneyView: FramedPageView {
    package static let template = "journey"
    package var frame: PageFrame
    package var summary: JourneySummary
    /// The Markdown file the map was read from.
    package var sourcePath: String
    package var intro: String?
    /// The emotion curve, as SVG.
    package var curve: String
    package var stages: [StageColumn]
    package var improvementStages: [ImprovementStage]
    package var metrics: [NamedMetric]

    package static let fields = ViewFields<Self>(base: { $0.frame }, JourneySummary.facts.map { entry in
        let read = entry.read
        return ViewFields<Self>.Entry(name: entry.name, kind: entry.kind) { read($0.summary) }
    } + [
        .text("dataURL") { _ in "journey.json" },
        .text("sourcePath") { $0.sourcePath },
        .text("intro") { $0.intro },
        .text("curve") { $0.curve },
        .list("stages") { $0.stages },
        .list("improvementStages") { $0.improvementStages },
        .list("metrics") { $0.metrics },
    ])

    /// One CARE column of the map.
    package struct StageColumn: TemplateView {
        package var id: String
        package var name: String
        package var number: Int
        package var url: String
        package var subtitle: String?
        package var prose: String?
        package var averageEmotion: EmotionView?
        package var touchpoints: [TouchpointCard]

        package static let fields = ViewFields<Self>([
            .text("id") { $0.id },
            .text("name") { $0.name },
            .number("number") { $0.number },
            .text("url") { $0.url },
            .text("subtitle") { $0.subtitle },
            .text("prose") { $0.prose },
            .view("averageEmotion") { $0.averageEmotion },
            .number("count") { $0.touchpoints.count },
            .text("countNoun") { $0.touchpoints.count.touchpointNoun },
            .list("touchpoints") { $0.touchpoints },
        ])
    }

    /// A touchpoint's card: every attribute, by kind, then its prose.
    package struct TouchpointCard: TemplateView {
        package var title: String
        package var anchor: String
        package var number: Int
        package var stage: String
        package var prose: String?
        package var emotion: EmotionView?
        /// The target emotion, when it differs from the emotion.
        package var target: EmotionView?
        package var channels: [String]
        package var owners: [String]
        package var actions: [String]
        package var thoughts: [String]
        package var pains: [String]
        package var opportunities: [String]
        package var improvements: [Improvement]
        package var metrics: [MetricChip]
        package var steps: [StepChip]
        /// Attributes cxsite has no place for, as written.
        package var others: [Attribute]

        package static let fields = ViewFields<Self>([
            .text("title") { $0.title },
            .text("anchor") { $0.anchor },
            .number("number") { $0.number },
            .text("stage") { $0.stage },
            .text("prose") { $0.prose },
            .view("emotion") { $0.emotion },
            .view("target") { $0.target },
            .texts("channels") { $0.channels },
            .texts("owners") { $0.owners },
            .texts("actions") { $0.actions },
            .texts("thoughts") { $0.thoughts },
            .texts("pains") { $0.pains },
            .texts("opportunities") { $0.opportunities },
            .list("improvements") { $0.improvements },
            .list("metrics") { $0.metrics },
            .list("steps") { $0.steps },
            .list("others") { $0.others },
        ])

        package struct Improvement: TemplateView {
            package var text: String
            package var owner: String?

            package static let fields = ViewFields<Self>([
                .text("text") { $0.text },
                .text("owner") { $0.owner },
            ])
        }

        package struct MetricChip: TemplateView {
            package var id: String
            package var name: String

            package static let fields = ViewFields<Self>([
                .text("id") { $0.id },
                .text("name") { $0.name },
            ])
        }

        package struct StepChip: TemplateView {
            package var number: Int
            package var name: String
            package var url: String

            package static let fields = ViewFields<Self>([
                .number("number") { $0.number },
                .text("name") { $0.name },
                .text("url") { $0.url },
            ])
        }

        package struct Attribute: TemplateView {
            package var key: String
            package var value: String

            package static let fields = ViewFields<Self>([
                .text("key") { $0.key },
                .text("value") { $0.value },
            ])
        }
    }

    /// A stage's improvements, each with its owner and touchpoint.
    package struct ImprovementStage: TemplateView {
        package var id: String
        package var name: String
        package var items: [Item]

        package static let fields = ViewFields<Self>([
            .text("id") { $0.id },
            .text("name") { $0.name },
            .list("items") { $0.items },
        ])

        package struct Item: TemplateView {
            package var text: String
            package var owner: String?
            package var touchpoint: String
            package var anchor: String

            package static let fields = ViewFields<Self>([
                .text("text") { $0.text },
                .text("owner") { $0.owner },
                .text("touchpoint") { $0.touchpoint },
                .text("anchor") { $0.anchor },
            ])
        }
    }

    /// A metric the journey's touchpoints name, and where.
    package struct NamedMetric: TemplateView {
        package var id: String
        package var name: String
        package var definition: String?
        /// The metric's CARE stage; nil for an id the catalog does not know.
        package var stage: String?
        package var touchpoints: [Touchpoint]

        package static let fields = ViewFields<Self>([
            .text("id") { $0.id },
            .text("name") { $0.name },
            .text("definition") { $0.definition },
            .text("stage") { $0.stage },
            .list("touchpoints") { $0.touchpoints },
        ])

        package struct Touchpoint: TemplateView {
            package var title: String
            package var anchor: String

            package static let fields = ViewFields<Self>([
                .text("title") { $0.title },
                .text("anchor") { $0.anchor },
            ])
        }
    }
}

/// The "touchpoints in our journeys" section of a stage or step page (`journey-touchpoints.mustache`).
package struct JourneyTouchpointsView: TemplateView {
    package var title: String
    /// The stage, on a stage page (for the empty note).
    package var stageName: String?
    /// The step, on a step page.
    package var stepNumber: String?
    package var groups: [Group] = []

    package static let fields = ViewFields<Self>([
        .text("title") { $0.title },
        .text("stageName") { $0.stageName },
        .text("stepNumber") { $0.stepNumber },
        .list("groups") { $0.groups },
    ])

    /// One journey's touchpoints.
    package struct Group: TemplateView {
        package var title: String
        package var url: String
        package var persona: String?
        package var touchpoints: [Entry]

        package static let fields = ViewFields<Self>([
            .text("title") { $0.title },
            .text("url") { $0.url },
            .text("persona") { $0.persona },
            .list("touchpoints") { $0.touchpoints },
        ])
    }

    package struct Entry: TemplateView {
        package var title: String
        package var url: String
        package var channel: String?
        package var stage: String
        package var stageName: String
        package var emotion: EmotionView?
        package var improvement: String?

        package static let fields = ViewFields<Self>([
            .text("title") { $0.title },
            .text("url") { $0.url },
            .text("channel") { $0.channel },
            .text("stage") { $0.stage },
            .text("stageName") { $0.stageName },
            .view("emotion") { $0.emotion },
            .text("improvement") { $0.improvement },
        ])
    }
}
