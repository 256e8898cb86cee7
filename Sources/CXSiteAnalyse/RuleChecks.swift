import CXSiteSupport
import CXSiteModel

/// One CARE rule of thumb checked for a month (DESIGN.md §1): passed, failed, or not checkable.
public struct RuleCheck: Sendable {
    public enum Result: String, Sendable {
        case pass
        case fail
        case noData = "no-data"
    }

    /// What the check was computed from.
    public enum Source: String, Sendable {
        /// The month's overall metric values (the review's scorecard, frozen when the review is).
        case metrics
        /// The journey maps as they are now (they carry no dates).
        case journeys
        /// Individual tickets and surveys of the help-desk exports (`Site.ticketRuleChecks`, docs/TICKETS.md).
        case tickets
    }

    public var stage: CAREStage?
    /// The rule in a few words: "First response within 24 hours".
    public var rule: String
    public var result: Result
    /// What was found, in a sentence with the numbers.
    public var detail: String
    public var source: Source
    public var evidence: [EvidenceLink]

    /// The memberwise initialiser, open to the other targets.
    package init(stage: CAREStage? = nil, rule: String, result: Result, detail: String, source: Source, evidence: [EvidenceLink]) {
        self.stage = stage
        self.rule = rule
        self.result = result
        self.detail = detail
        self.source = source
        self.evidence = evidence
    }
}

/// The CARE rules a review checks from the data cxsite has today.
///
/// | stage | rule | from |
/// |---|---|---|
/// | Connect | first replies greet the customer by name | `personalised_greeting_rate` against its target |
/// | Assist | proactive help exists on every journey | journey maps: an Assist touchpoint that is proactive |
/// | Resolve | first response within 24 hours | `first_response_hours` (median) ≤ 24 |
/// | Resolve | not solved in 2 interactions → escalate to voice/video | `escalation_compliance` against its target |
/// | Enhance | "Did we solve it?" survey 24 h after resolution | `survey_delay_compliance` against its target |
/// | all | one improvement in each stage | journey maps |
///
/// Ticket-based checks (the same rules counted ticket by ticket from `content/tickets/`, docs/TICKETS.md)
/// join through ``ticketChecks(_:month:)``: they are appended after these, with source `.tickets`.
package enum RuleChecks {
    /// The CARE limit for a first human reply, in hours.
    package static let firstResponseLimit = 24.0

    package static func checks(month: Period, figures: [ReviewSnapshot.MetricFigures], site: Site, tickets: [TicketRuleCheck]) -> [RuleCheck] {
        var checks: [RuleCheck] = []
        func figure(_ id: String) -> (MetricDefinition, ReviewSnapshot.MetricFigures?)? {
            site.catalog.metric(id).map { ($0, figures.first { $0.id == id }) }
        }
        func metricLink(_ metric: MetricDefinition) -> [EvidenceLink] { [EvidenceLink(title: metric.name, url: Routes.metric(metric.id))] }
        func noValue(_ metric: MetricDefinition) -> String { "No value of \(metric.name) for \(month.longLabel)." }

        /// A rule checked as "the metric meets its target".
        func targetRule(_ id: String, stage: CAREStage, rule: String, finding: (String, String) -> String) {
            guard let (metric, row) = figure(id), row != nil || site.overallSeries(of: id) != nil else { return }
            guard let row, let value = row.value else {
                checks.append(RuleCheck(stage: stage, rule: rule, result: .noData, detail: noValue(metric), source: .metrics, evidence: metricLink(metric)))
                return
            }
            guard let target = row.target else {
                checks.append(RuleCheck(stage: stage, rule: rule, result: .noData,
                                        detail: "\(metric.name) was \(NumberFormat.value(value, unit: metric.unit)), but the metric has no target to check it against.",
                                        source: .metrics, evidence: metricLink(metric)))
                return
            }
            let met = MetricStatus.meets(value, target: target, better: metric.better)
            checks.append(RuleCheck(stage: stage, rule: rule, result: met ? .pass : .fail,
                                    detail: finding(NumberFormat.value(value, unit: metric.unit), NumberFormat.target(target, unit: metric.unit)),
                                    source: .metrics, evidence: metricLink(metric)))
        }

        targetRule("personalised_greeting_rate", stage: .connect, rule: "First replies greet the customer by name") {
            "\($0) of first replies used the customer's name (target \($1))."
        }
        if !site.journeys.isEmpty {
            let proactive = site.journeys.filter { journey in journey.stage(.assist).touchpoints.contains(where: isProactive) }
            let without = site.journeys.filter { journey in !proactive.contains { $0.path == journey.path } }
            checks.append(RuleCheck(
                stage: .assist, rule: "Proactive help exists on every journey", result: without.isEmpty ? .pass : .fail,
                detail: "\(proactive.count) of \(StepTracker.count(site.journeys.count, "journey map")) offer proactive help in Assist"
                    + (without.isEmpty ? "." : "; not yet: \(ReviewHighlights.list(without.map(\.title)))."),
                source: .journeys, evidence: without.map { EvidenceLink(title: $0.title, url: $0.url) }))
        }
        if let (metric, row) = figure("first_response_hours"), row != nil || site.overallSeries(of: metric.id) != nil {
            let rule = "First response within 24 hours"
            if let value = row?.value {
                let limit = NumberFormat.target(firstResponseLimit, unit: metric.unit)
                let within = value <= firstResponseLimit
                checks.append(RuleCheck(stage: .resolve, rule: rule, result: within ? .pass : .fail,
                                        detail: "The median first response took \(NumberFormat.value(value, unit: metric.unit)), \(within ? "within" : "over") the \(limit) limit.",
                                        source: .metrics, evidence: metricLink(metric)))
            } else {
                checks.append(RuleCheck(stage: .resolve, rule: rule, result: .noData, detail: noValue(metric), source: .metrics, evidence: metricLink(metric)))
            }
        }
        targetRule("escalation_compliance", stage: .resolve, rule: "Not solved in two interactions: escalate to a call") {
            "\($0) of tickets still open after two interactions were escalated to a voice or video call (target \($1))."
        }
        targetRule("survey_delay_compliance", stage: .enhance, rule: "“Did we solve it?” survey 24 hours after resolution") {
            "\($0) of surveys were sent at least 24 hours after resolution, not straight away (target \($1))."
        }
        if !site.journeys.isEmpty {
            let complete = site.journeys.filter { journey in journey.stages.allSatisfy { !$0.improvements.isEmpty } }
            let missing = site.journeys.filter { journey in !complete.contains { $0.path == journey.path } }
            checks.append(RuleCheck(
                stage: nil, rule: "One improvement in each CARE stage", result: missing.isEmpty ? .pass : .fail,
                detail: "\(complete.count) of \(StepTracker.count(site.journeys.count, "journey map")) define an improvement in all four stages"
                    + (missing.isEmpty ? "." : "; not yet: \(ReviewHighlights.list(missing.map(\.title)))."),
                source: .journeys, evidence: missing.map { EvidenceLink(title: $0.title, url: $0.url) }))
        }
        return checks + ticketChecks(tickets, month: month)
    }

    // MARK: Ticket-based checks (issue 7)

    /// Rule checks counted ticket by ticket from `content/tickets/` and `content/surveys/` (first
    /// reply within 24 h, escalation after two interactions, survey timing): the month's
    /// ``SiteAnalysis/ticketRuleChecks`` (docs/TICKETS.md), each passing when its share meets its target,
    /// with a link to the month's section of the checks page, where the offending tickets are listed.
    package static func ticketChecks(_ tickets: [TicketRuleCheck], month: Period) -> [RuleCheck] {
        tickets.map { check in
            RuleCheck(stage: check.rule.stage, rule: check.rule.title, result: check.meetsTarget ? .pass : .fail,
                      detail: check.sentence, source: .tickets,
                      evidence: [EvidenceLink(title: "the tickets on the checks page", url: Routes.checks(month: month))])
        }
    }

    /// An Assist touchpoint is proactive help when its title, channel or action says "proactive",
    /// or it is measured by `proactive_contact_rate` (a planned improvement does not count yet).
    package static func isProactive(_ touchpoint: Touchpoint) -> Bool {
        touchpoint.metrics.contains("proactive_contact_rate")
            || ([touchpoint.title] + touchpoint.channels + touchpoint.actions).contains { $0.lowercased().contains("proactive") }
    }
}
