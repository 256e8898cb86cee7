import CXSiteSupport
import CXSiteModel

/// One CARE rule of thumb checked against one month of tickets or surveys.
///
/// ```swift
/// for check in analysis.ticketRuleChecks[month] ?? [] {
///     print(check.rule.title, check.share, check.meetsTarget, check.offenders.map(\.id))
/// }
/// ```
public struct TicketRuleCheck: Sendable, Hashable {
    /// The rules of thumb of DESIGN.md §1 that exports can check.
    public enum Rule: String, CaseIterable, Sendable {
        case firstResponse = "first-response-24h"
        case escalation = "escalate-after-two"
        case surveyDelay = "survey-delay-24h"

        public var title: String {
            switch self {
            case .firstResponse: "First response within 24 hours"
            case .escalation: "Not solved in two interactions: escalate to a call"
            case .surveyDelay: "\u{201C}Did we solve it?\u{201D} survey 24 hours after resolution"
            }
        }

        /// A column heading: `First reply ≤ 24 h`.
        public var shortTitle: String {
            switch self {
            case .firstResponse: "First reply ≤ 24 h"
            case .escalation: "Escalated after 2 replies"
            case .surveyDelay: "Survey ≥ 24 h after resolution"
            }
        }

        public var stage: CAREStage {
            switch self {
            case .firstResponse, .escalation: .resolve
            case .surveyDelay: .enhance
            }
        }

        /// What the stage means, in the CARE framework's words (DESIGN.md §1).
        public var stageWords: String {
            switch stage {
            case .resolve: "respond fast, own the problem, simple escalation"
            case .enhance: "improve continuously from real retention and repurchase data"
            default: ""
            }
        }

        /// The rule of thumb, in the CARE framework's words (DESIGN.md §1).
        public var ruleWords: String {
            switch self {
            case .firstResponse: "first response within 24 h"
            case .escalation: "not solved in 2 interactions → escalate to voice/video"
            case .surveyDelay: "\u{201C}Did we solve it?\u{201D} survey sent 24 h after resolution, not immediately"
            }
        }

        /// Why the rule matters, from the framework's guide.
        public var why: String {
            switch self {
            case .firstResponse:
                "Customers judge a service less by what went wrong than by how long they were left waiting. Set a first-response target of 24 hours, and if you cannot meet it, promise less rather than miss it."
            case .escalation:
                "A simple rule keeps tickets from dragging on: if the problem is not solved within two interactions, move it to a voice or video call straight away. Talking live clears up misunderstandings that a long written thread only multiplies."
            case .surveyDelay:
                "Collect feedback at the right time: send the short \u{201C}Did we solve it?\u{201D} survey a day after the ticket is resolved, not the moment it closes, so the customer has had time to see whether the fix held."
            }
        }

        /// What the check counts, in the export's terms, per period of `cadence`.
        public func counted(in cadence: Cadence) -> String {
            switch self {
            case .firstResponse:
                "Tickets created in the \(cadence.unit) with a recorded first agent reply; a ticket passes when the reply came within 24 hours of creation. Tickets without a reply are listed apart: the export does not say how long they have waited."
            case .escalation:
                "Tickets created in the \(cadence.unit) that needed more than two agent replies; a ticket passes when it went to a voice or video call (recognised by its channel, a tag or its group)."
            case .surveyDelay:
                "Surveys sent in the \(cadence.unit) whose row gives the ticket's resolution time; a survey passes when it was sent 24 hours or more after the resolution."
            }
        }

        /// The metric the check is the rule-of-thumb side of.
        public var metric: String {
            switch self {
            case .firstResponse: "first_response_hours"
            case .escalation: "escalation_compliance"
            case .surveyDelay: "survey_delay_compliance"
            }
        }

        /// `tickets` or `surveys`.
        public var noun: String { self == .surveyDelay ? "surveys" : "tickets" }
    }

    public var rule: Rule
    public var month: Period
    /// Tickets or surveys the rule applies to.
    public var checked: Int
    /// Those that keep the rule.
    public var passed: Int
    /// The share (percent) that must keep the rule for the check to pass.
    public var target: Double
    /// The worst that break it (at most ``OffenderList/limit``), worst first.
    public var offenders: [Offender]
    /// The first-response hours are business hours (the export has no calendar column).
    public var businessHours = false
    /// First response only: tickets without a recorded reply, not counted in ``checked``.
    public var withoutReply = 0

    /// The share that keeps the rule, in percent.
    public var share: Double { checked > 0 ? 100 * Double(passed) / Double(checked) : 0 }
    /// How many break it.
    public var failed: Int { checked - passed }
    public var meetsTarget: Bool { share >= target }

    /// The check in one plain sentence, for the checks page and a month's review:
    /// `93.1% of 612 tickets got a first reply within 24 hours (target 95%); 42 waited longer.`
    public var sentence: String {
        let share = NumberFormat.value(self.share, unit: .percent)
        let target = NumberFormat.target(self.target, unit: .percent)
        let n = HelpDeskData.grouped(checked), failed = HelpDeskData.grouped(self.failed)
        switch rule {
        case .firstResponse:
            let hours = businessHours ? "24 business hours" : "24 hours"
            var text = "\(share) of \(n) \(checked == 1 ? "ticket" : "tickets") got a first reply within \(hours) (target \(target))"
            text += self.failed == 0 ? "." : "; \(failed) waited longer."
            if withoutReply > 0 {
                text += " \(HelpDeskData.grouped(withoutReply)) \(withoutReply == 1 ? "ticket has" : "tickets have") no reply recorded and \(withoutReply == 1 ? "is" : "are") not counted."
            }
            return text
        case .escalation:
            return "\(share) of \(n) \(checked == 1 ? "ticket" : "tickets") not solved within two agent replies went to a voice or video call (target \(target))"
                + (self.failed == 0 ? "." : "; \(failed) did not.")
        case .surveyDelay:
            return "\(share) of \(n) \(checked == 1 ? "survey was" : "surveys were") sent 24 hours or more after resolution (target \(target))"
                + (self.failed == 0 ? "." : "; \(failed) \(self.failed == 1 ? "was" : "were") sent sooner.")
        }
    }

    /// The memberwise initialiser, open to the other targets.
    package init(rule: Rule, month: Period, checked: Int, passed: Int, target: Double, offenders: [Offender], businessHours: Bool = false, withoutReply: Int = 0) {
        self.rule = rule
        self.month = month
        self.checked = checked
        self.passed = passed
        self.target = target
        self.offenders = offenders
        self.businessHours = businessHours
        self.withoutReply = withoutReply
    }
}

/// The CARE rule checks of every month with tickets or surveys.
public enum TicketRuleChecks {
    /// The checks of each month that has the data for them; a rule an export cannot check is
    /// absent (``TicketMetrics/missing`` of its ``TicketRuleCheck/Rule/metric`` says why).
    public static func evaluate(_ data: HelpDeskData, catalog: MetricCatalog) -> [Period: [TicketRuleCheck]] {
        var result: [Period: [TicketRuleCheck]] = [:]
        let escalationTarget = catalog.metric("escalation_compliance")?.target ?? 95
        let surveyTarget = catalog.metric("survey_delay_compliance")?.target ?? 95
        for month in data.months {
            var checks: [TicketRuleCheck] = []
            if let t = data.tickets[month] {
                let (hours, business) = t.firstResponse.preferred
                if !hours.isEmpty {
                    let passed = hours.reduce(0) { $0 + ($1 <= 24 ? 1 : 0) }
                    let offenders = business ? t.slowFirstResponsesBusiness.items : t.slowFirstResponses.items
                    checks.append(TicketRuleCheck(rule: .firstResponse, month: month, checked: hours.count, passed: passed,
                                            target: data.settings.firstResponseTarget, offenders: offenders,
                                            businessHours: business, withoutReply: t.withoutFirstResponse))
                }
                if t.escalation.count > 0 {
                    checks.append(TicketRuleCheck(rule: .escalation, month: month, checked: t.escalation.count, passed: t.escalation.hits,
                                            target: escalationTarget, offenders: t.unescalated.items))
                }
            }
            if let s = data.surveys[month], s.delay.count > 0 {
                checks.append(TicketRuleCheck(rule: .surveyDelay, month: month, checked: s.delay.count, passed: s.delay.hits,
                                        target: surveyTarget, offenders: s.earlySurveys.items))
            }
            if !checks.isEmpty { result[month] = checks }
        }
        return result
    }
}
