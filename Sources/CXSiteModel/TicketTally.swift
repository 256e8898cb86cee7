import Foundation
import CXSiteSupport

/// A count of cases and of the cases that meet a condition: the raw form of a rate.
public struct Ratio: Sendable, Hashable {
    /// Cases the rate is taken over (its denominator).
    public var count = 0
    /// Cases that meet the condition (its numerator).
    public var hits = 0

    public init(count: Int = 0, hits: Int = 0) {
        self.count = count
        self.hits = hits
    }

    /// Counts one case.
    public mutating func add(_ hit: Bool) {
        count += 1
        if hit { hits += 1 }
    }

    /// `hits / count` in percent; nil when there are no cases (a rate of nothing is not 0 % or 100 %).
    public var percent: Double? { count > 0 ? 100 * Double(hits) / Double(count) : nil }

    /// Cases that do not meet the condition.
    public var misses: Int { count - hits }

    public static func + (a: Ratio, b: Ratio) -> Ratio { Ratio(count: a.count + b.count, hits: a.hits + b.hits) }
}

/// One ticket or survey that breaks a rule, identified by its ticket id only (never by a name or an email).
public struct Offender: Sendable, Hashable {
    /// The ticket id as exported, or `line N` when the export has no id column.
    public var id: String
    /// The measure that breaks the rule: hours to first response, agent replies, hours from resolution to survey.
    public var value: Double
    /// The row it was read from.
    public var source: SourceLocation

    public init(id: String, value: Double, source: SourceLocation) {
        self.id = id
        self.value = value
        self.source = source
    }
}

/// The worst few offenders of a rule in a month: a bounded list, so memory does not grow with the export.
public struct OffenderList: Sendable, Hashable {
    /// How many are kept.
    public static let limit = 10

    /// Worst first; ties in file order.
    public private(set) var items: [Offender] = []
    /// Larger values are worse (slow replies, many replies) unless false (surveys sent too soon).
    public var highestFirst: Bool

    public init(highestFirst: Bool) { self.highestFirst = highestFirst }

    private func worse(_ a: Offender, than b: Offender) -> Bool {
        if a.value != b.value { return highestFirst ? a.value > b.value : a.value < b.value }
        return a.source < b.source
    }

    /// Keeps `offender` if it is among the worst ``limit``.
    public mutating func consider(_ offender: Offender) {
        if items.count == Self.limit {
            guard worse(offender, than: items[items.count - 1]) else { return }
            items.removeLast()
        }
        let index = items.firstIndex { worse(offender, than: $0) } ?? items.count
        items.insert(offender, at: index)
    }

    /// Both lists' worst ``limit``.
    public mutating func merge(_ other: OffenderList) {
        for offender in other.items { consider(offender) }
    }
}

/// Durations of one month, kept apart by what the export measured: calendar hours or business hours.
///
/// Exact medians and percentiles need every value of the month, so the values are kept: 8 bytes
/// per ticket, the only part of the aggregates that grows with the number of tickets in a month.
public struct Durations: Sendable, Hashable {
    public var calendar: [Double] = []
    public var business: [Double] = []

    public init() {}

    public mutating func append(_ hours: Double, business isBusiness: Bool) {
        if isBusiness { business.append(hours) } else { calendar.append(hours) }
    }

    /// The values a metric uses: calendar hours when the month has any, else business hours.
    public var preferred: (values: [Double], business: Bool) {
        calendar.isEmpty ? (business, !business.isEmpty) : (calendar, false)
    }
}

/// Everything the ticket exports say about the tickets created in one month, counted as the rows
/// stream past: counts and rates for the metrics and rule checks, durations for the medians, and
/// the worst offenders of each rule.
public struct TicketTally: Sendable, Hashable {
    /// Tickets created in the month (bad rows and deleted tickets not counted).
    public var tickets = 0
    /// The first row of the month in the first file read.
    public var source: SourceLocation?
    /// Hours from creation to the first agent reply, over tickets that have one.
    public var firstResponse = Durations()
    /// Tickets without a recorded first reply, in exports that record first replies.
    public var withoutFirstResponse = 0
    /// Tickets solved (a solved time after creation, and not reopened since).
    public var solved = 0
    /// Hours from creation to resolution, over solved tickets.
    public var resolution = Durations()
    /// Solved tickets whose replies and reopens are known; hits: one agent reply at most and never reopened.
    public var firstContact = Ratio()
    /// Solved tickets whose replies are known; hits: two agent replies at most.
    public var withinTwo = Ratio()
    /// Solved tickets whose reopen count is known; hits: reopened at least once.
    public var reopened = Ratio()
    /// Tickets past two agent replies whose escalation is known; hits: escalated to a voice or video call.
    public var escalation = Ratio()
    /// Tickets whose satisfaction survey was offered (the export says so); hits: answered.
    public var satisfactionOffered = Ratio()
    /// Satisfaction answers; hits: satisfied (good, or 4–5 of 5).
    public var satisfaction = Ratio()
    /// Slowest first replies over 24 hours, calendar and business hours apart.
    public var slowFirstResponses = OffenderList(highestFirst: true)
    public var slowFirstResponsesBusiness = OffenderList(highestFirst: true)
    /// Tickets past two agent replies that were not escalated, most replies first.
    public var unescalated = OffenderList(highestFirst: true)
    /// Tickets created this month in exports that say when tickets were solved (the backlog counts these).
    public var createdWithSolvedTimes = 0
    /// Tickets solved this month, whenever they were created (counted in the month of their solved time).
    public var solvedInMonth = 0
    /// The first row solved this month, for a month with solved tickets and none created.
    public var solvedSource: SourceLocation?
    /// Tickets created this month by channel and by group (at most ``Breakdown/limit`` names each).
    public var byChannel = Breakdown()
    public var byGroup = Breakdown()
    /// Contact reasons of the tickets created this month.
    public var reasons = Breakdown()
    /// Tickets whose reason is not shown (an e-mail address, or longer than 80 characters).
    public var hiddenReasons = 0

    public init() {}

    /// Notes where the month's first row was read (the earliest location wins).
    public mutating func note(source location: SourceLocation) {
        if source == nil || location < source! { source = location }
    }
}

/// Everything the survey exports say about the surveys sent in one month.
public struct SurveyTally: Sendable, Hashable {
    /// Surveys sent; hits: answered.
    public var responses = Ratio()
    /// CSAT answers; hits: 4 or 5 of 5.
    public var csat = Ratio()
    /// NPS answers (0–10) with promoters (9–10) and detractors (0–6).
    public var npsAnswers = 0
    public var promoters = 0
    public var detractors = 0
    /// "Did we solve it?" answers; hits: yes.
    public var solved = Ratio()
    /// Surveys with both a sent time and the ticket's resolution time; hits: sent 24 hours or more after it.
    public var delay = Ratio()
    /// Surveys sent less than 24 hours after resolution, soonest first.
    public var earlySurveys = OffenderList(highestFirst: false)
    /// The first row of the month in the first file read.
    public var source: SourceLocation?

    public init() {}

    public mutating func note(source location: SourceLocation) {
        if source == nil || location < source! { source = location }
    }

    /// Net Promoter Score: % promoters − % detractors; nil without answers.
    public var nps: Double? {
        npsAnswers > 0 ? 100 * Double(promoters - detractors) / Double(npsAnswers) : nil
    }
}

/// An answer to the satisfaction question on a ticket row.
public enum Satisfaction: Sendable, Hashable {
    /// No survey was offered (Zendesk's `Unoffered`, or an empty cell).
    case notOffered
    /// Offered, not answered (Zendesk's `Offered`).
    case offered
    case satisfied
    case unsatisfied
}

/// What one ticket row says, reduced to the facts the metrics and checks count.
public struct TicketFacts: Sendable {
    /// The ticket id as exported, or `line N`.
    public var id: String
    public var source: SourceLocation
    /// The export records first replies (a first-reply column exists).
    public var recordsFirstResponse = false
    public var firstResponseHours: Double?
    public var firstResponseBusiness = false
    /// Solved now; nil when the export cannot tell.
    public var solved: Bool?
    public var resolutionHours: Double?
    public var resolutionBusiness = false
    public var replies: Int?
    public var reopens: Int?
    /// Escalated to a voice or video call; nil when the export cannot tell.
    public var escalated: Bool?
    /// The satisfaction answer; nil when the export has no satisfaction column.
    public var satisfaction: Satisfaction?
    /// The export says which surveys were offered (Zendesk), not only which were answered.
    public var knowsOffers = false
    /// The export has a solved-time column and this ticket's cell could be read (for tickets solved and backlog).
    public var knowsSolvedTime = false
    /// The month the ticket was solved in, when it is solved and the export says when.
    public var solvedMonth: Period?
    /// Channel and group as exported, for the volume breakdowns; nil when none.
    public var channel: String?
    public var group: String?
    /// The contact reason, from the column named under `tickets: columns: category:`.
    public var category: ContactReason?

    public init(id: String, source: SourceLocation) {
        self.id = id
        self.source = source
    }
}

extension TicketTally {
    /// Counts one ticket of this month.
    public mutating func record(_ t: TicketFacts) {
        tickets += 1
        note(source: t.source)
        if t.knowsSolvedTime { createdWithSolvedTimes += 1 }
        if let channel = t.channel { byChannel.add(channel) }
        if let group = t.group { byGroup.add(group) }
        switch t.category {
        case .shown(let reason): reasons.add(reason)
        case .hidden: hiddenReasons += 1
        case nil: break
        }
        if t.recordsFirstResponse {
            if let hours = t.firstResponseHours {
                firstResponse.append(hours, business: t.firstResponseBusiness)
                if hours > 24 {
                    let offender = Offender(id: t.id, value: hours, source: t.source)
                    if t.firstResponseBusiness { slowFirstResponsesBusiness.consider(offender) } else { slowFirstResponses.consider(offender) }
                }
            } else {
                withoutFirstResponse += 1
            }
        }
        if t.solved == true {
            solved += 1
            if let hours = t.resolutionHours { resolution.append(hours, business: t.resolutionBusiness) }
            if let replies = t.replies, let reopens = t.reopens { firstContact.add(replies <= 1 && reopens == 0) }
            if let replies = t.replies { withinTwo.add(replies <= 2) }
            if let reopens = t.reopens { reopened.add(reopens > 0) }
        }
        if let replies = t.replies, replies > 2, let escalated = t.escalated {
            escalation.add(escalated)
            if !escalated { unescalated.consider(Offender(id: t.id, value: Double(replies), source: t.source)) }
        }
        if let answer = t.satisfaction {
            if t.knowsOffers, answer != .notOffered {
                satisfactionOffered.add(answer == .satisfied || answer == .unsatisfied)
            }
            if answer == .satisfied || answer == .unsatisfied { satisfaction.add(answer == .satisfied) }
        }
    }
}

/// Counts by name (channels, groups, contact reasons) in one month, bounded: past ``limit``
/// distinct names the rest are counted under ``other``, so memory does not grow with the export.
public struct Breakdown: Sendable, Hashable {
    public static let limit = 200
    /// The name under which names past the limit are counted.
    public static let other = "Other"
    public private(set) var counts: [String: Int] = [:]

    public init() {}

    public var total: Int { counts.values.reduce(0, +) }

    public mutating func add(_ name: String, count: Int = 1) {
        if counts[name] == nil, counts.count >= Self.limit {
            counts[Self.other, default: 0] += count
        } else {
            counts[name, default: 0] += count
        }
    }
}

/// A contact reason read from the category column: shown, or hidden because it looks like an
/// e-mail address or is longer than 80 characters (free text that may hold personal data).
public enum ContactReason: Sendable, Hashable {
    case shown(String)
    case hidden
}
