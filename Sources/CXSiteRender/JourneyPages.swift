import CXSiteSupport
import CXSiteModel
import CXSiteAnalyse
import CXSiteCharts

/// The journeys index and one page per journey map: CARE stage columns of touchpoint cards,
/// the emotion curve, improvements per stage and the metrics the touchpoints name; and the
/// lists of touchpoints shown on stage and step pages.
extension PageContext {

    package func journeysIndex() -> OutputFile {
        let path = Routes.journeys
        let view = JourneysIndexView(
            frame: frame(title: "Journeys", kind: "journeys-index", path: path, section: "journeys",
                         description: "Customer journey maps across the four CARE stages."),
            journeys: site.journeys.map(journeySummary),
            heatmap: site.journeys.isEmpty ? nil : coverageHeatmap().render().html,
            channels: site.channels.map { JourneysIndexView.Channel(name: $0.name, touchpointCount: $0.touchpointCount, journeyCount: $0.journeys.count) })
        return render(view, to: path)
    }

    /// Journeys × CARE stages: a cell's label is the number of touchpoints, its colour the
    /// average emotion there (frustrated … delighted); a stage without touchpoints is an empty cell.
    package func coverageHeatmap() -> Heatmap {
        let cells = site.journeys.map { journey in
            journey.stages.map { stage -> Heatmap.Cell? in
                guard !stage.touchpoints.isEmpty else { return nil }
                let count = stage.touchpoints.count
                let label = "\(count) \(count.touchpointNoun)"
                guard let average = stage.averageEmotion else { return Heatmap.Cell(value: 0, label: label, note: "no emotion recorded") }
                let shown = (average * 10).rounded() / 10
                return Heatmap.Cell(value: average, label: label, note: "avg \(EmotionScale.signed(shown)) \(EmotionScale.word(for: shown))")
            }
        }
        return Heatmap(id: "journey-coverage", title: "Touchpoints and average emotion by journey and CARE stage",
                       rows: site.journeys.map(\.title), columns: CAREStage.allCases.map(\.name), cells: cells,
                       colorScale: .diverging(limit: 2), columnStages: CAREStage.allCases, rowHeader: "Journey",
                       legendLabels: EmotionScale.words, legendTitle: "Average emotion")
    }

    /// The journey's emotion curve: one point per touchpoint in journey order, the target dashed.
    package func emotionCurve(_ journey: JourneyMap) -> EmotionCurve {
        EmotionCurve(id: "emotion-\(journey.slug)", title: "Emotion across \(journey.title)",
                     touchpoints: journey.touchpoints.map {
                         EmotionCurve.Touchpoint(title: $0.title, stage: $0.stage, emotion: $0.emotion, target: $0.targetEmotion)
                     })
    }

    /// A journey in the index: who, what, and its numbers per stage.
    package func journeySummary(_ journey: JourneyMap) -> JourneySummary {
        let missing = journey.stages.filter { $0.touchpoints.isEmpty }.map(\.stage.name)
        return JourneySummary(
            title: journey.title, url: journey.url, persona: journey.persona, owner: journey.owner,
            scenario: journey.scenario, status: journey.status,
            stageCounts: journey.stages.map { JourneySummary.StageCount(id: $0.stage.rawValue, name: $0.stage.name, count: $0.touchpoints.count) },
            touchpointCount: journey.touchpoints.count, painCount: journey.painCount, improvementCount: journey.improvementCount,
            averageEmotion: journey.averageEmotion.map { emotionView($0, decimals: 1) },
            missingStages: missing.isEmpty ? nil : missing.joined(separator: ", "))
    }

    package func journeyPage(_ journey: JourneyMap) -> OutputFile {
        let path = journey.url
        let view = JourneyView(
            frame: frame(title: journey.title, kind: "journey", path: path, section: "journeys",
                         description: journey.scenario, breadcrumbs: [Link(title: "Journeys", url: Routes.journeys)]),
            summary: journeySummary(journey),
            sourcePath: journey.path,
            intro: html(journey.intro, page: path),
            curve: emotionCurve(journey).render().html,
            stages: journey.stages.enumerated().map { number, stage in stageColumn(stage, number: number + 1, page: path) },
            improvementStages: journey.stages.map { stage in
                JourneyView.ImprovementStage(id: stage.stage.rawValue, name: stage.stage.name, items: stage.improvements.map { touchpoint, improvement in
                    JourneyView.ImprovementStage.Item(text: improvement.text, owner: improvement.owner, touchpoint: touchpoint.title, anchor: touchpoint.anchor)
                })
            },
            metrics: namedMetrics(journey))
        return render(view, to: path)
    }

    /// One CARE column of the map.
    package func stageColumn(_ stage: JourneyStage, number: Int, page: String) -> JourneyView.StageColumn {
        JourneyView.StageColumn(
            id: stage.stage.rawValue, name: stage.stage.name, number: number, url: Routes.stage(stage.stage.rawValue),
            subtitle: stage.subtitles.isEmpty ? nil : stage.subtitles.joined(separator: " · "),
            prose: html(stage.prose, page: page),
            averageEmotion: stage.averageEmotion.map { emotionView($0, decimals: 1) },
            touchpoints: stage.touchpoints.map { touchpointCard($0, page: page) })
    }

    /// A touchpoint's card: every attribute, by kind, then its prose.
    package func touchpointCard(_ touchpoint: Touchpoint, page: String) -> JourneyView.TouchpointCard {
        JourneyView.TouchpointCard(
            title: touchpoint.title, anchor: touchpoint.anchor, number: touchpoint.index + 1, stage: touchpoint.stage.rawValue,
            prose: html(touchpoint.prose, page: page),
            emotion: touchpoint.emotion.map { emotionView($0) },
            target: touchpoint.targetEmotion.flatMap { $0 == touchpoint.emotion ? nil : emotionView($0) },
            channels: touchpoint.channels, owners: touchpoint.owners, actions: touchpoint.actions,
            thoughts: touchpoint.thoughts.map(Self.unquoted), pains: touchpoint.pains, opportunities: touchpoint.opportunities,
            improvements: touchpoint.improvements.map { JourneyView.TouchpointCard.Improvement(text: $0.text, owner: $0.owner) },
            metrics: touchpoint.metrics.map { JourneyView.TouchpointCard.MetricChip(id: $0, name: MetricCatalog.builtIn.metric($0)?.name ?? $0) },
            steps: touchpoint.steps.map { JourneyView.TouchpointCard.StepChip(number: $0.number, name: $0.name, url: Routes.step($0.number)) },
            others: touchpoint.otherAttributes.map { JourneyView.TouchpointCard.Attribute(key: $0.key, value: $0.value) })
    }

    /// The metrics named on a journey's touchpoints, in catalog order, then unknown ids.
    package func namedMetrics(_ journey: JourneyMap) -> [JourneyView.NamedMetric] {
        var ids: [String] = []
        for touchpoint in journey.touchpoints { for id in touchpoint.metrics where !ids.contains(id) { ids.append(id) } }
        let catalog = MetricCatalog.builtIn
        let ordered = catalog.ids.filter(ids.contains) + ids.filter { catalog.metric($0) == nil }
        return ordered.map { id in
            let metric = catalog.metric(id)
            return JourneyView.NamedMetric(
                id: id, name: metric?.name ?? id, definition: metric?.definition, stage: metric?.stage.name,
                touchpoints: journey.touchpoints.filter { $0.metrics.contains(id) }.map { JourneyView.NamedMetric.Touchpoint(title: $0.title, anchor: $0.anchor) })
        }
    }

    /// An emotion for display: `−1`, `unhappy` and a colour class (`e-n1`) that is never the only cue.
    /// Averages are shown with one decimal (`decimals: 1`), single emotions as written.
    package func emotionView(_ value: Double, decimals: Int = 2) -> EmotionView {
        let scale = decimals == 1 ? 10.0 : 100.0
        let shown = (value * scale).rounded() / scale
        let step = Int(min(max(shown, -2), 2).rounded())
        let cls = step < 0 ? "e-n\(-step)" : step > 0 ? "e-p\(step)" : "e-0"
        return EmotionView(value: EmotionScale.signed(shown), word: EmotionScale.word(for: shown), cls: cls)
    }

    /// A thought without the quotation marks around it (the page sets it in `<q>`).
    package static func unquoted(_ text: String) -> String {
        let pairs: [(Character, Character)] = [("\u{201C}", "\u{201D}"), ("\"", "\""), ("\u{2018}", "\u{2019}"), ("\u{201E}", "\u{201C}")]
        guard text.count >= 2, let first = text.first, let last = text.last,
              pairs.contains(where: { $0.0 == first && $0.1 == last }) else { return text }
        let inner = text.dropFirst().dropLast()
        // Keep the marks when the text holds more than one quotation ("a" and "b").
        return inner.contains(last) ? text : String(inner).trimmingSpaces
    }

    /// Runs of Markdown as one HTML string (nil when there are none).
    package func html(_ runs: [MarkdownText], page: String) -> String? {
        runs.isEmpty ? nil : runs.map { html($0, page: page) }.joined()
    }

    // MARK: Stage and step pages

    /// The "touchpoints in our journeys" section of a framework page: the stage's touchpoints
    /// on a stage page, those that name the step on a step page; nil on a pillar page.
    package func journeyTouchpoints(for item: FrameworkItem) -> JourneyTouchpointsView? {
        let groups: [(journey: JourneyMap, touchpoints: [Touchpoint])]
        var section: JourneyTouchpointsView
        if let stage = CAREStage(rawValue: item.id) {
            groups = site.touchpoints(in: stage)
            section = JourneyTouchpointsView(title: "Touchpoints in our journeys", stageName: stage.name)
        } else if let number = item.number, let step = ImplementationStep(rawValue: number) {
            groups = site.touchpoints(naming: step)
            section = JourneyTouchpointsView(title: "Touchpoints for this step", stepNumber: String(number))
        } else {
            return nil
        }
        section.groups = groups.map { journey, touchpoints in
            JourneyTouchpointsView.Group(title: journey.title, url: journey.url, persona: journey.persona, touchpoints: touchpoints.map { touchpoint in
                JourneyTouchpointsView.Entry(title: touchpoint.title, url: journey.url + "#" + touchpoint.anchor,
                                             channel: touchpoint.channels.joined(separator: ", "), stage: touchpoint.stage.rawValue,
                                             stageName: touchpoint.stage.name, emotion: touchpoint.emotion.map { emotionView($0) },
                                             improvement: touchpoint.improvements.first?.text)
            })
        }
        return section
    }
}

extension Int {
    /// "touchpoint" or "touchpoints" for this count.
    package var touchpointNoun: String { self == 1 ? "touchpoint" : "touchpoints" }
}
