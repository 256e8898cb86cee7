import CXSiteSupport

/// What a metric measures and how to read it: one row of the metric catalog.
public struct MetricDefinition: Sendable, Hashable {
    /// How values of a metric are written and compared (``ValueUnit``, shared with the charts).
    public typealias Unit = ValueUnit

    /// Which direction is good; `neither` for a volume, which is read, not judged (more tickets
    /// may be growth or trouble): its changes are shown without good or bad colour.
    public enum Direction: String, Sendable, CaseIterable {
        case higher, lower, neither
    }

    /// How dated rows of one month become that month's value.
    public enum Aggregate: String, Sendable, CaseIterable {
        case mean, median, sum, last
    }

    public var id: String
    public var name: String
    public var unit: Unit
    public var stage: CAREStage
    public var pillar: Pillar
    public var better: Direction
    /// The default target, in the metric's unit (90 for 90 %).
    public var target: Double?
    public var aggregate: Aggregate
    /// One line saying what is counted, shown on the site.
    public var definition: String

    /// The memberwise initialiser, open to the other targets.
    package init(id: String, name: String, unit: Unit, stage: CAREStage, pillar: Pillar, better: Direction, target: Double? = nil, aggregate: Aggregate, definition: String) {
        self.id = id
        self.name = name
        self.unit = unit
        self.stage = stage
        self.pillar = pillar
        self.better = better
        self.target = target
        self.aggregate = aggregate
        self.definition = definition
    }
}

extension MetricDefinition {
    /// Whether a change of `delta` is for the better; nil for a metric without a better direction
    /// (a volume such as tickets created), whose changes are shown without good or bad.
    public func isImprovement(_ delta: Double) -> Bool? {
        better == .neither ? nil : (delta > 0) == (better == .higher)
    }

    /// The metric is judged against its target (it has a better direction).
    public var isJudged: Bool { better != .neither }
}

/// The metrics cxsite knows: the built-in catalog, changed or extended by `site.yml`.
public struct MetricCatalog: Sendable {
    public var metrics: [MetricDefinition]

    public init(metrics: [MetricDefinition]) { self.metrics = metrics }

    public func metric(_ id: String) -> MetricDefinition? { metrics.first { $0.id == id } }
    public var ids: [String] { metrics.map(\.id) }

    /// The built-in catalog (DESIGN.md §2), one row per metric.
    public static let builtIn = MetricCatalog(metrics: [
        row("personalised_greeting_rate", "Personalised greetings", .percent, .connect, .people, .higher, 90, .mean,
            "Share of first replies that greet the customer by name."),
        row("nps", "Net Promoter Score", .score, .enhance, .strategy, .higher, 30, .mean,
            "Percentage of promoters (9–10) minus percentage of detractors (0–6) on the 0–10 recommend question."),
        row("self_service_rate", "Self-service rate", .percent, .assist, .technology, .higher, 40, .mean,
            "Share of issues solved through the FAQ or help centre without a ticket."),
        row("proactive_contact_rate", "Proactive contacts", .percent, .assist, .technology, .higher, 10, .mean,
            "Share of contacts started by us: proactive chat, tips, warnings before the customer asks."),
        row("ces", "Customer effort score", .scale, .assist, .operations, .higher, 5.5, .mean,
            "Mean agreement, 1–7, that it was easy to get the issue handled."),
        row("first_response_hours", "First response time", .hours, .resolve, .operations, .lower, 24, .median,
            "Median hours from a ticket's creation to the first human reply."),
        row("resolution_hours", "Resolution time", .hours, .resolve, .operations, .lower, 48, .median,
            "Median hours from a ticket's creation to its resolution, over solved tickets."),
        row("fcr_rate", "First-contact resolution", .percent, .resolve, .people, .higher, 70, .mean,
            "Share of tickets solved in the first contact."),
        row("resolved_within_2_rate", "Resolved within two interactions", .percent, .resolve, .service, .higher, 85, .mean,
            "Share of solved tickets that needed at most two agent interactions."),
        row("escalation_compliance", "Escalation compliance", .percent, .resolve, .service, .higher, 95, .mean,
            "Share of tickets still open after two interactions that were escalated to a voice or video call."),
        row("reopen_rate", "Reopen rate", .percent, .resolve, .operations, .lower, 5, .mean,
            "Share of resolved tickets that were reopened."),
        row("csat", "Customer satisfaction (CSAT)", .percent, .resolve, .service, .higher, 85, .mean,
            "Share of CSAT answers that are satisfied: 4 or 5 on a 1–5 scale."),
        row("survey_delay_compliance", "Survey timing compliance", .percent, .enhance, .operations, .higher, 95, .mean,
            "Share of \"Did we solve it?\" surveys sent at least 24 hours after resolution."),
        row("survey_response_rate", "Survey response rate", .percent, .enhance, .strategy, .higher, 20, .mean,
            "Surveys answered divided by surveys sent."),
        row("solved_yes_rate", "\"Did we solve it?\" yes", .percent, .enhance, .service, .higher, 85, .mean,
            "Share of \"Did we solve it?\" answers that are yes."),
        row("retention_rate", "Customer retention", .percent, .enhance, .strategy, .higher, 90, .mean,
            "Share of customers active at the start of the period who are still active at its end."),
        row("repurchase_rate", "Repurchase rate", .percent, .enhance, .strategy, .higher, 30, .mean,
            "Share of customers who bought again (renewed, upgraded, added a product) in the period."),
        row("churn_rate", "Churn rate", .percent, .enhance, .strategy, .lower, 10, .mean,
            "Share of customers active at the start of the month who are no longer active at its end (100 minus retention)."),
        row("active_customers", "Active customers", .count, .enhance, .strategy, .neither, nil, .last,
            "Distinct customers with an order in the month."),
        row("new_customers", "New customers", .count, .enhance, .strategy, .neither, nil, .sum,
            "Customers whose first order is in the month."),
        row("revenue_per_customer", "Revenue per customer", .amount, .enhance, .strategy, .higher, nil, .mean,
            "The month's order amounts, refunds subtracted, divided by the month's active customers."),
        row("agent_enps", "Agent eNPS", .score, .connect, .people, .higher, 20, .mean,
            "Employee NPS of the support team: promoters minus detractors among agents (voice of the employee)."),
        row("tooling_uptime", "Help tooling uptime", .percent, .assist, .technology, .higher, 99.5, .mean,
            "Share of time the help centre and chat were available."),
        row("tickets_created", "Tickets created", .count, .resolve, .operations, .neither, nil, .sum,
            "Tickets created in the month (deleted and spam tickets left out); by channel and by group as breakdowns."),
        row("tickets_solved", "Tickets solved", .count, .resolve, .operations, .neither, nil, .sum,
            "Tickets solved in the month, whenever they were created."),
        row("backlog", "Backlog", .count, .resolve, .operations, .neither, nil, .last,
            "Tickets created by the end of the month and not solved by then."),
    ])

    private static func row(_ id: String, _ name: String, _ unit: MetricDefinition.Unit, _ stage: CAREStage, _ pillar: Pillar,
                            _ better: MetricDefinition.Direction, _ target: Double?, _ aggregate: MetricDefinition.Aggregate,
                            _ definition: String) -> MetricDefinition {
        MetricDefinition(id: id, name: name, unit: unit, stage: stage, pillar: pillar, better: better,
                         target: target, aggregate: aggregate, definition: definition)
    }
}
