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
        var view = self.view(title: "Journeys", kind: "journeys-index", path: path, section: "journeys",
                             description: "Customer journey maps across the four CARE stages.")
        view["journeys"] = site.journeys.map(journeySummary)
        if !site.journeys.isEmpty { view["heatmap"] = coverageHeatmap().render().html }
        view["stageNames"] = CAREStage.allCases.map { ["id": $0.rawValue, "name": $0.name, "initial": String($0.name.prefix(1))] }
        view["channels"] = site.channels.map { channel -> [String: Any] in
            ["name": channel.name, "touchpointCount": channel.touchpointCount, "touchpointNoun": channel.touchpointCount.touchpointNoun,
             "journeyCount": channel.journeys.count, "journeyNoun": channel.journeys.count == 1 ? "journey" : "journeys"]
        }
        return render("journeys-index", view, to: path)
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
    package func journeySummary(_ journey: JourneyMap) -> [String: Any] {
        var entry = present(["title": journey.title, "url": journey.url, "persona": journey.persona, "owner": journey.owner,
                             "scenario": journey.scenario, "status": journey.status])
        entry["stageCounts"] = journey.stages.map { stage -> [String: Any] in
            ["id": stage.stage.rawValue, "name": stage.stage.name, "count": stage.touchpoints.count]
        }
        entry["touchpointCount"] = journey.touchpoints.count
        entry["touchpointNoun"] = journey.touchpoints.count.touchpointNoun
        entry["painCount"] = journey.painCount
        entry["painNoun"] = journey.painCount == 1 ? "pain point" : "pain points"
        entry["improvementCount"] = journey.improvementCount
        entry["improvementNoun"] = journey.improvementCount == 1 ? "improvement" : "improvements"
        if let average = journey.averageEmotion { entry["averageEmotion"] = emotionView(average, decimals: 1) }
        let missing = journey.stages.filter { $0.touchpoints.isEmpty }.map(\.stage.name)
        if !missing.isEmpty { entry["missingStages"] = missing.joined(separator: ", ") }
        return entry
    }

    package func journeyPage(_ journey: JourneyMap) -> OutputFile {
        let path = journey.url
        var view = self.view(title: journey.title, kind: "journey", path: path, section: "journeys",
                             description: journey.scenario, breadcrumbs: [("Journeys", Routes.journeys)])
        view.merge(present(["persona": journey.persona, "owner": journey.owner, "scenario": journey.scenario,
                            "status": journey.status])) { $1 }
        view["dataURL"] = "journey.json"
        view["sourcePath"] = journey.path
        view["intro"] = html(journey.intro, page: path)
        view["touchpointCount"] = journey.touchpoints.count
        view["touchpointNoun"] = journey.touchpoints.count.touchpointNoun
        view["painCount"] = journey.painCount
        view["painNoun"] = journey.painCount == 1 ? "pain point" : "pain points"
        view["improvementCount"] = journey.improvementCount
        view["improvementNoun"] = journey.improvementCount == 1 ? "improvement" : "improvements"
        if let average = journey.averageEmotion { view["averageEmotion"] = emotionView(average, decimals: 1) }
        view["curve"] = emotionCurve(journey).render().html
        view["stages"] = journey.stages.enumerated().map { number, stage in stageColumn(stage, number: number + 1, page: path) }
        view["improvementStages"] = journey.stages.map { stage -> [String: Any] in
            var entry: [String: Any] = ["id": stage.stage.rawValue, "name": stage.stage.name]
            entry["items"] = stage.improvements.map { touchpoint, improvement in
                present(["text": improvement.text, "owner": improvement.owner, "touchpoint": touchpoint.title, "anchor": touchpoint.anchor])
            }
            return entry
        }
        view["metrics"] = namedMetrics(journey)
        return render("journey", view, to: path)
    }

    /// One CARE column of the map.
    package func stageColumn(_ stage: JourneyStage, number: Int, page: String) -> [String: Any] {
        var column = present(["subtitle": stage.subtitles.isEmpty ? nil : stage.subtitles.joined(separator: " · "),
                              "prose": html(stage.prose, page: page)])
        column["id"] = stage.stage.rawValue
        column["name"] = stage.stage.name
        column["number"] = number
        column["url"] = Routes.stage(stage.stage.rawValue)
        column["count"] = stage.touchpoints.count
        column["countNoun"] = stage.touchpoints.count.touchpointNoun
        if let average = stage.averageEmotion { column["averageEmotion"] = emotionView(average, decimals: 1) }
        column["touchpoints"] = stage.touchpoints.map { touchpointCard($0, page: page) }
        return column
    }

    /// A touchpoint's card: every attribute, by kind, then its prose.
    package func touchpointCard(_ touchpoint: Touchpoint, page: String) -> [String: Any] {
        var card = present(["prose": html(touchpoint.prose, page: page)])
        card["title"] = touchpoint.title
        card["anchor"] = touchpoint.anchor
        card["number"] = touchpoint.index + 1
        card["stage"] = touchpoint.stage.rawValue
        if let emotion = touchpoint.emotion { card["emotion"] = emotionView(emotion) }
        if let target = touchpoint.targetEmotion, target != touchpoint.emotion { card["target"] = emotionView(target) }
        card["channels"] = touchpoint.channels
        card["owners"] = touchpoint.owners
        card["actions"] = touchpoint.actions
        card["thoughts"] = touchpoint.thoughts.map(Self.unquoted)
        card["pains"] = touchpoint.pains
        card["opportunities"] = touchpoint.opportunities
        card["improvements"] = touchpoint.improvements.map { present(["text": $0.text, "owner": $0.owner]) }
        card["metrics"] = touchpoint.metrics.map { id -> [String: Any] in
            present(["id": id, "name": MetricCatalog.builtIn.metric(id)?.name ?? id])
        }
        card["steps"] = touchpoint.steps.map { ["number": $0.number, "name": $0.name, "url": Routes.step($0.number)] as [String: Any] }
        card["others"] = touchpoint.otherAttributes.map { ["key": $0.key, "value": $0.value] }
        return card
    }

    /// The metrics named on a journey's touchpoints, in catalog order, then unknown ids.
    package func namedMetrics(_ journey: JourneyMap) -> [[String: Any]] {
        var ids: [String] = []
        for touchpoint in journey.touchpoints { for id in touchpoint.metrics where !ids.contains(id) { ids.append(id) } }
        let catalog = MetricCatalog.builtIn
        let ordered = catalog.ids.filter(ids.contains) + ids.filter { catalog.metric($0) == nil }
        return ordered.map { id in
            let metric = catalog.metric(id)
            var entry = present(["id": id, "name": metric?.name ?? id, "definition": metric?.definition,
                                 "stage": metric?.stage.name, "stageId": metric?.stage.rawValue])
            entry["touchpoints"] = journey.touchpoints.filter { $0.metrics.contains(id) }.map { ["title": $0.title, "anchor": $0.anchor] }
            return entry
        }
    }

    /// An emotion for display: `−1`, `unhappy` and a colour class (`e-n1`) that is never the only cue.
    /// Averages are shown with one decimal (`decimals: 1`), single emotions as written.
    package func emotionView(_ value: Double, decimals: Int = 2) -> [String: Any] {
        let scale = decimals == 1 ? 10.0 : 100.0
        let shown = (value * scale).rounded() / scale
        let step = Int(min(max(shown, -2), 2).rounded())
        let cls = step < 0 ? "e-n\(-step)" : step > 0 ? "e-p\(step)" : "e-0"
        return ["value": EmotionScale.signed(shown), "word": EmotionScale.word(for: shown), "class": cls]
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
    package func journeyTouchpoints(for item: FrameworkItem) -> [String: Any]? {
        let groups: [(journey: JourneyMap, touchpoints: [Touchpoint])]
        var section: [String: Any]
        if let stage = CAREStage(rawValue: item.id) {
            groups = site.touchpoints(in: stage)
            section = ["title": "Touchpoints in our journeys", "stageName": stage.name]
        } else if let number = item.number, let step = ImplementationStep(rawValue: number) {
            groups = site.touchpoints(naming: step)
            section = ["title": "Touchpoints for this step", "stepNumber": String(number)]
        } else {
            return nil
        }
        section["groups"] = groups.map { journey, touchpoints in
            var group = present(["title": journey.title, "url": journey.url, "persona": journey.persona])
            group["touchpoints"] = touchpoints.map { touchpoint -> [String: Any] in
                var entry = present(["title": touchpoint.title, "url": journey.url + "#" + touchpoint.anchor,
                                     "channel": touchpoint.channels.joined(separator: ", ")])
                entry["stage"] = touchpoint.stage.rawValue
                entry["stageName"] = touchpoint.stage.name
                if let emotion = touchpoint.emotion { entry["emotion"] = emotionView(emotion) }
                if let improvement = touchpoint.improvements.first { entry["improvement"] = improvement.text }
                return entry
            }
            return group
        }
        return section
    }
}

extension Int {
    /// "touchpoint" or "touchpoints" for this count.
    package var touchpointNoun: String { self == 1 ? "touchpoint" : "touchpoints" }
}
