import CXSiteSupport

/// What the site knows across all journey maps: their order, touchpoints by stage and step, channels.
extension Site {
    /// Every touchpoint of every journey in `stage`, journey by journey.
    public func touchpoints(in stage: CAREStage) -> [(journey: JourneyMap, touchpoints: [Touchpoint])] {
        journeys.compactMap { journey in
            let touchpoints = journey.stage(stage).touchpoints
            return touchpoints.isEmpty ? nil : (journey, touchpoints)
        }
    }

    /// Every touchpoint that names `step` (`Step: 3`), journey by journey.
    public func touchpoints(naming step: ImplementationStep) -> [(journey: JourneyMap, touchpoints: [Touchpoint])] {
        journeys.compactMap { journey in
            let touchpoints = journey.touchpoints.filter { $0.steps.contains(step) }
            return touchpoints.isEmpty ? nil : (journey, touchpoints)
        }
    }

    /// The channels named on touchpoints (`Channel: email`), grouped ignoring case and sorted by
    /// name; evidence for step 2 of the seven-step tracker ("channels named on touchpoints").
    public var channels: [JourneyChannel] {
        var byKey: [String: JourneyChannel] = [:]
        for journey in journeys {
            for touchpoint in journey.touchpoints {
                for name in touchpoint.channels {
                    let key = name.lowercased()
                    var channel = byKey[key] ?? JourneyChannel(name: name, touchpointCount: 0, journeys: [])
                    channel.touchpointCount += 1
                    if !channel.journeys.contains(journey.slug) { channel.journeys.append(journey.slug) }
                    byKey[key] = channel
                }
            }
        }
        return byKey.keys.sorted().map { byKey[$0]! }
    }
}

extension JourneyMap {
    /// Journeys sorted by title (then path); two files that would make the same page are an error.
    package static func siteOrder(_ journeys: [JourneyMap], log: inout DiagnosticLog) -> [JourneyMap] {
        var seen: [String: String] = [:]
        var kept: [JourneyMap] = []
        for journey in journeys.sorted(by: { $0.path < $1.path }) {
            if let other = seen[journey.slug] {
                log.error("'\(journey.path)' and '\(other)' would both become \(journey.url); rename one of them", at: SourceLocation(path: journey.path))
                continue
            }
            seen[journey.slug] = journey.path
            kept.append(journey)
        }
        return kept.sorted { ($0.title.lowercased(), $0.path) < ($1.title.lowercased(), $1.path) }
    }
}
