import CXSiteSupport
import CXSiteModel

/// The practices the maturity model looks for in each area, checked against the project.
///
/// Stages: journeys with touchpoints in the stage, an owner on each of those touchpoints, an
/// improvement in the stage in every journey that covers it (CARE: one improvement per stage),
/// and a handbook page on the stage. Pillars: a handbook page on the pillar, plus the
/// implementation steps that build it (strategy 1 and 4; technology 2 and 5; customer service 3;
/// operations 6 and 7), and for people, owners on every touchpoint and every improvement.
/// Journeys and the handbook carry no dates, so practices are the same in every month.
public enum PracticeEvidence {
    /// Steps that build each pillar; a step's status gives its credit.
    public static let stepsByPillar: [Pillar: [ImplementationStep]] = [
        .strategy: [.analyzeWants, .defineKPIs],
        .technology: [.recognizeChannels, .collectData],
        .service: [.planJourney],
        .operations: [.generateInsights, .refineProcess],
        .people: [],
    ]

    public static func practices(for area: MaturityArea, site: Site, steps: [StepProgress]) -> [PracticeCheck] {
        switch area {
        case .stage(let stage): stagePractices(stage, site: site)
        case .pillar(let pillar): pillarPractices(pillar, site: site, steps: steps)
        }
    }

    /// Every distinct practice of every area, for the overall score.
    public static func allPractices(site: Site, steps: [StepProgress]) -> [PracticeCheck] {
        var seen = Set<String>()
        return MaturityArea.all.flatMap { practices(for: $0, site: site, steps: steps) }.filter { seen.insert($0.id).inserted }
    }

    private static func links(_ journeys: [JourneyMap]) -> [EvidenceLink] { journeys.map { EvidenceLink(title: $0.title, url: $0.url) } }

    private static func check(_ id: String, _ title: String, found: Bool, _ detail: String, _ evidence: [EvidenceLink]) -> PracticeCheck {
        PracticeCheck(id: id, title: title, credit: found ? 1 : 0, detail: detail, evidence: evidence)
    }

    private static func stagePractices(_ stage: CAREStage, site: Site) -> [PracticeCheck] {
        let id = stage.rawValue
        let covering = site.journeys.filter { !$0.stage(stage).touchpoints.isEmpty }
        let touchpoints = covering.flatMap { $0.stage(stage).touchpoints }
        let owned = touchpoints.filter { !$0.owners.isEmpty }
        let improving = covering.filter { !$0.stage(stage).improvements.isEmpty }
        let pages = site.handbookPages(where: { $0.stages.contains(stage) })
        return [
            check("journeys-cover-\(id)", "Map \(stage.name) touchpoints in the journey maps", found: !covering.isEmpty,
                  "\(covering.count) of \(site.journeys.count) journeys have \(stage.name) touchpoints.", links(covering)),
            check("owners-\(id)", "Give every \(stage.name) touchpoint an owner", found: !touchpoints.isEmpty && owned.count == touchpoints.count,
                  "\(owned.count) of \(touchpoints.count) \(stage.name) touchpoints have an owner.", links(covering)),
            check("improvement-\(id)", "Define an improvement in \(stage.name) in every journey", found: !covering.isEmpty && improving.count == covering.count,
                  "\(improving.count) of \(covering.count) journeys define a \(stage.name) improvement.", links(improving)),
            check("handbook-\(id)", "Describe how the team works in \(stage.name) in the handbook", found: !pages.isEmpty,
                  "\(pages.count) handbook pages name \(stage.name).", pages.map { EvidenceLink(title: $0.title, url: $0.url) }),
        ]
    }

    private static func pillarPractices(_ pillar: Pillar, site: Site, steps: [StepProgress]) -> [PracticeCheck] {
        let pages = site.handbookPages(where: { $0.pillars.contains(pillar) })
        var practices = [check("handbook-\(pillar.rawValue)", "Describe how the team works on \(pillar.name) in the handbook", found: !pages.isEmpty,
                               "\(pages.count) handbook pages name \(pillar.name).", pages.map { EvidenceLink(title: $0.title, url: $0.url) })]
        for step in stepsByPillar[pillar] ?? [] {
            guard let progress = steps.first(where: { $0.step == step }) else { continue }
            practices.append(PracticeCheck(id: "step-\(step.number)", title: "Step \(step.number): \(step.name)", credit: progress.status.credit,
                                           detail: "\(progress.status.rawValue.prefix(1).uppercased() + progress.status.rawValue.dropFirst()): \(progress.finding)",
                                           evidence: [EvidenceLink(title: "Step \(step.number)", url: Routes.step(step.number))]))
        }
        if pillar == .people {
            let touchpoints = site.journeys.flatMap(\.touchpoints)
            let owned = touchpoints.filter { !$0.owners.isEmpty }
            let improvements = site.journeys.flatMap(\.touchpoints).flatMap(\.improvements)
            let ownedImprovements = improvements.filter { $0.owner != nil }
            practices.append(check("owners-all", "Give every touchpoint an owner", found: !touchpoints.isEmpty && owned.count == touchpoints.count,
                                   "\(owned.count) of \(touchpoints.count) touchpoints have an owner.", links(site.journeys)))
            practices.append(check("improvement-owners", "Give every improvement an owner", found: !improvements.isEmpty && ownedImprovements.count == improvements.count,
                                   "\(ownedImprovements.count) of \(improvements.count) improvements have an owner.", links(site.journeys)))
        }
        return practices
    }
}
