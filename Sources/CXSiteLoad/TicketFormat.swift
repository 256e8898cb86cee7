import CXSiteSupport
import CXSiteModel

/// The help-desk export formats cxsite recognises from a header row.
///
/// | format | recognised by | columns read |
/// |---|---|---|
/// | Zendesk | `Id`, `Created at` and one of `Solved at`, `Via`, `First reply time in minutes…` | Id, Created at, Solved at, Status, Via, Group, Tags, Reopens, Replies, Satisfaction Score, First reply time in minutes[ within business hours], Full resolution time in minutes[ within business hours] |
/// | Freshdesk | `Ticket ID`, `Created time` | Ticket ID, Created time, Resolved time, Status, Source, Group, Tags, Agent interactions, Survey results, First response time (in hrs), Resolution time (in hrs) |
/// | Intercom | `conversation_id`, `conversation_created_at` | conversation_id, conversation_created_at, conversation_first_response_at, conversation_closed_at, conversation_tags; conversation_state and conversation_rating when present |
/// | generic | the `created` column mapped under `tickets: columns:` in `site.yml` | the mapped columns |
///
/// Column names are compared without regard to case, surrounding blanks or repeated spaces.
/// Every other column (requester names and emails, subjects, custom fields such as `Product [list]`)
/// is never read.
public enum TicketFormat: String, Sendable, CaseIterable {
    case zendesk, freshdesk, intercom, generic

    /// The name shown in the build summary and on the checks page.
    public var name: String {
        switch self {
        case .zendesk: "Zendesk ticket export"
        case .freshdesk: "Freshdesk ticket export"
        case .intercom: "Intercom conversations export"
        case .generic: "ticket export mapped in site.yml"
        }
    }

    /// A header name as compared: lower case, trimmed, runs of blanks made one space.
    package static func normalized(_ name: String) -> String {
        // Most cells are short ASCII: lower-case and collapse blanks byte by byte.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(name.utf8.count)
        var pendingSpace = false
        for byte in name.utf8 {
            if byte >= 0x80 { return name.collapsingBlanks.lowercased() }
            if byte.isBlank {
                pendingSpace = !bytes.isEmpty
                continue
            }
            if pendingSpace {
                bytes.append(0x20)
                pendingSpace = false
            }
            bytes.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// Where a ticket export keeps each value: column indexes found in its header, and for each metric
/// how it is computed or what is missing.
package struct TicketLayout {
    /// A duration column: its index, whether it holds minutes or hours, whether business hours.
    package struct DurationColumn {
        package var index: Int
        package var minutes: Bool
        package var business: Bool

        /// The memberwise initialiser, open to the other targets.
        package init(index: Int, minutes: Bool, business: Bool) {
            self.index = index
            self.minutes = minutes
            self.business = business
        }
    }

    package var format: TicketFormat
    /// Header names as written (trimmed), for messages.
    package var names: [String]
    package var width: Int { names.count }
    package var id: Int?
    package var created: Int
    package var solved: Int?
    package var firstResponseAt: Int?
    package var firstResponseDuration: DurationColumn?
    package var resolutionDuration: DurationColumn?
    package var status: Int?
    package var channel: Int?
    package var group: Int?
    package var tags: Int?
    package var replies: Int?
    package var reopens: Int?
    package var satisfaction: Int?
    /// The contact reason column named under `tickets: columns: category:`.
    package var category: Int?
    /// Zendesk's Satisfaction Score says whether a survey was offered; other exports only hold answers.
    package var knowsOffers = false
    package var escalated: Int?

    /// The columns the reader interprets, in order; the others are checked as CSV but never
    /// made into text (a help-desk export has many columns cxsite does not read).
    package var readColumns: [Int] {
        Array(Set([id, created, solved, firstResponseAt, firstResponseDuration?.index, resolutionDuration?.index, status, channel,
                   group, tags, replies, reopens, satisfaction, category, escalated].compactMap { $0 })).sorted()
    }

    /// The escalation of a ticket can be told (a channel, tags, group or escalated column exists).
    package var knowsEscalation: Bool { channel != nil || tags != nil || group != nil || escalated != nil }

    /// `'Replies'`: a column's name as written.
    package func name(_ index: Int) -> String { "'\(names[index])'" }

    /// The layout of `header`, or nil when its format cannot be told; `problem` then says why.
    package static func detect(_ header: [String], settings: TicketSettings) -> Result<TicketLayout, LayoutProblem> {
        let keys = header.map(TicketFormat.normalized)
        // A generic mapping is used for a header that names its 'created' column.
        if let createdName = settings.ticketColumns[.created], keys.contains(TicketFormat.normalized(createdName)) {
            return generic(header, keys: keys, settings: settings)
        }
        return recognised(header, keys: keys).flatMap { found in
            // 'category' may be named alone for a recognised export; it must then be in the header.
            var layout = found
            layout.category = settings.categoryColumns.lazy.compactMap { keys.firstIndex(of: TicketFormat.normalized($0)) }.first
            return .success(layout)
        }
    }

    /// The layout of a Zendesk, Freshdesk or Intercom header.
    private static func recognised(_ header: [String], keys: [String]) -> Result<TicketLayout, LayoutProblem> {
        func index(_ candidates: String...) -> Int? {
            for candidate in candidates { if let found = keys.firstIndex(of: candidate) { return found } }
            return nil
        }
        if let id = index("id"), let created = index("created at"),
           index("solved at", "via", "first reply time in minutes", "first reply time in minutes within business hours") != nil {
            var layout = TicketLayout(format: .zendesk, names: header, id: id, created: created)
            layout.solved = index("solved at")
            layout.status = index("status")
            layout.channel = index("via")
            layout.group = index("group")
            layout.tags = index("tags")
            layout.reopens = index("reopens")
            layout.replies = index("replies")
            layout.satisfaction = index("satisfaction score", "satisfaction rating")
            layout.knowsOffers = layout.satisfaction != nil
            layout.firstResponseDuration = duration(keys, calendar: "first reply time in minutes", business: "first reply time in minutes within business hours", minutes: true)
            layout.resolutionDuration = duration(keys, calendar: "full resolution time in minutes", business: "full resolution time in minutes within business hours", minutes: true)
            return .success(layout)
        }
        if let id = index("ticket id"), let created = index("created time") {
            var layout = TicketLayout(format: .freshdesk, names: header, id: id, created: created)
            layout.solved = index("resolved time", "closed time")
            layout.status = index("status")
            layout.channel = index("source")
            layout.group = index("group")
            layout.tags = index("tags")
            layout.replies = index("agent interactions")
            layout.satisfaction = index("survey results", "survey result")
            layout.firstResponseDuration = duration(keys, calendar: "first response time (in hrs)", business: "first response time (in business hrs)", minutes: false)
            layout.resolutionDuration = duration(keys, calendar: "resolution time (in hrs)", business: "resolution time (in business hrs)", minutes: false)
            return .success(layout)
        }
        if let id = index("conversation_id"), let created = index("conversation_created_at") {
            var layout = TicketLayout(format: .intercom, names: header, id: id, created: created)
            layout.firstResponseAt = index("conversation_first_response_at")
            layout.solved = index("conversation_closed_at")
            layout.tags = index("conversation_tags")
            layout.status = index("conversation_state")
            layout.satisfaction = index("conversation_rating")
            return .success(layout)
        }
        let shown = header.prefix(6).map { "'\($0)'" }.joined(separator: ", ") + (header.count > 6 ? ", …" : "")
        return .failure(LayoutProblem(column: 0, message: "cannot tell the format of this ticket export from its header (\(shown)); expected a Zendesk export (Id, Created at, Solved at, …), a Freshdesk export (Ticket ID, Created time, …) or an Intercom conversations export (conversation_id, conversation_created_at, …), or name its columns under 'tickets: columns:' in site.yml"))
    }

    /// Why a header cannot be read, and at which column.
    package struct LayoutProblem: Error {
        package var column: Int
        package var message: String

        /// The memberwise initialiser, open to the other targets.
        package init(column: Int, message: String) {
            self.column = column
            self.message = message
        }
    }

    /// The calendar column when there is one, else the business-hours column.
    private static func duration(_ keys: [String], calendar: String, business: String, minutes: Bool) -> DurationColumn? {
        if let index = keys.firstIndex(of: calendar) { return DurationColumn(index: index, minutes: minutes, business: false) }
        if let index = keys.firstIndex(of: business) { return DurationColumn(index: index, minutes: minutes, business: true) }
        return nil
    }

    /// The layout given by `tickets: columns:`; every mapped column must be in the header.
    private static func generic(_ header: [String], keys: [String], settings: TicketSettings) -> Result<TicketLayout, LayoutProblem> {
        var found: [TicketSettings.TicketField: Int] = [:]
        var missing: [String] = []
        for field in TicketSettings.TicketField.allCases where field != .category {
            guard let name = settings.ticketColumns[field] else { continue }
            if let index = keys.firstIndex(of: TicketFormat.normalized(name)) {
                found[field] = index
            } else {
                missing.append("'\(name)' (\(field.rawValue))")
            }
        }
        if !missing.isEmpty {
            let hint = missing.count == 1 ? "column" : "columns"
            return .failure(LayoutProblem(column: 0, message: "this export's header lacks the \(hint) \(missing.joined(separator: ", ")) named under 'tickets: columns:' in site.yml; expected every mapped column in the header (names compared without regard to case)"))
        }
        var layout = TicketLayout(format: .generic, names: header, id: found[.id], created: found[.created]!)
        layout.solved = found[.solved]
        layout.firstResponseAt = found[.firstResponse]
        if let index = found[.firstResponseMinutes] {
            layout.firstResponseDuration = DurationColumn(index: index, minutes: true, business: keys[index].contains("business"))
        } else if let index = found[.firstResponseHours] {
            layout.firstResponseDuration = DurationColumn(index: index, minutes: false, business: keys[index].contains("business"))
        }
        if let index = found[.resolutionMinutes] {
            layout.resolutionDuration = DurationColumn(index: index, minutes: true, business: keys[index].contains("business"))
        } else if let index = found[.resolutionHours] {
            layout.resolutionDuration = DurationColumn(index: index, minutes: false, business: keys[index].contains("business"))
        }
        layout.status = found[.status]
        layout.channel = found[.channel]
        layout.group = found[.group]
        layout.tags = found[.tags]
        layout.replies = found[.replies]
        layout.reopens = found[.reopens]
        layout.satisfaction = found[.satisfaction]
        layout.escalated = found[.escalated]
        layout.category = settings.categoryColumns.lazy.compactMap { keys.firstIndex(of: TicketFormat.normalized($0)) }.first
        return .success(layout)
    }

    /// How each ticket metric is computed from this layout, or which column would enable it,
    /// counted per period of `cadence`.
    package func metricSources(_ cadence: Cadence) -> [ExportSummary.MetricSource] {
        let unit = cadence.unit
        typealias Source = ExportSummary.MetricSource
        let mapHint = format == .generic ? "map it under 'tickets: columns:' in site.yml" : "or export as a ticket export mapped under 'tickets: columns:' in site.yml"
        let repliesNeed = "an agent reply count column (Zendesk's 'Replies', Freshdesk's 'Agent interactions'); \(format == .generic ? "map 'replies' under 'tickets: columns:' in site.yml" : mapHint)"
        let reopensNeed = "a reopen count column (Zendesk's 'Reopens'); \(format == .generic ? "map 'reopens' under 'tickets: columns:' in site.yml" : mapHint)"
        var sources: [Source] = []

        // Volume.
        let breakdowns = [channel.map { "by channel (\(name($0)))" }, group.map { "by group (\(name($0)))" }].compactMap { $0 }
        sources.append(Source(metric: "tickets_created", method: "tickets whose \(name(created)) falls in the \(unit), deleted and spam left out"
            + (breakdowns.isEmpty ? "" : "; " + breakdowns.joined(separator: " and "))))
        let solvedNeed = "a solved time column (Zendesk's 'Solved at', Freshdesk's 'Resolved time', Intercom's 'conversation_closed_at')"
        if let solved {
            sources.append(Source(metric: "tickets_solved", method: "solved tickets whose \(name(solved)) falls in the \(unit), whenever they were created"))
            sources.append(Source(metric: "backlog", method: "tickets created by the \(unit)'s end and not solved by then (\(name(solved))), counted from the first \(unit) of the export, so tickets created before it are missing"))
        } else {
            sources.append(Source(metric: "tickets_solved", needs: solvedNeed))
            sources.append(Source(metric: "backlog", needs: solvedNeed))
        }

        // First response.
        if let column = firstResponseDuration {
            sources.append(Source(metric: "first_response_hours", method: "median of \(name(column.index)) \(column.business ? "(business hours: the export has no calendar column)" : "(calendar hours)"); 90th percentile shown", businessHours: column.business))
        } else if let at = firstResponseAt {
            sources.append(Source(metric: "first_response_hours", method: "median of \(name(at)) − \(name(created)) (calendar hours); 90th percentile shown"))
        } else {
            sources.append(Source(metric: "first_response_hours", needs: "a first reply column: a time ('first_response') or a duration ('First reply time in minutes')"))
        }
        // Resolution.
        if let column = resolutionDuration, !column.business {
            sources.append(Source(metric: "resolution_hours", method: "median of \(name(column.index)) over solved tickets (calendar hours)" + (solved != nil ? ", else \(name(solved!)) − \(name(created))" : "")))
        } else if let solved {
            sources.append(Source(metric: "resolution_hours", method: "median of \(name(solved)) − \(name(created)) over solved tickets (calendar hours)"))
        } else if let column = resolutionDuration {
            sources.append(Source(metric: "resolution_hours", method: "median of \(name(column.index)) over solved tickets (business hours: the export has no calendar column)", businessHours: true))
        } else {
            sources.append(Source(metric: "resolution_hours", needs: "a solved time column (Zendesk's 'Solved at', Freshdesk's 'Resolved time') or a resolution time column"))
        }
        let solvedText = "solved tickets"
        if solved == nil && status == nil && resolutionDuration == nil {
            for metric in ["fcr_rate", "resolved_within_2_rate", "reopen_rate"] {
                sources.append(Source(metric: metric, needs: "a solved time or status column, and \(metric == "reopen_rate" ? reopensNeed : repliesNeed)"))
            }
        } else {
            if let replies, let reopens {
                sources.append(Source(metric: "fcr_rate", method: "\(solvedText) with at most one agent reply (\(name(replies))) and no reopen (\(name(reopens)))"))
            } else {
                sources.append(Source(metric: "fcr_rate", needs: replies == nil ? repliesNeed + (reopens == nil ? ", and " + reopensNeed : "") : reopensNeed))
            }
            if let replies {
                sources.append(Source(metric: "resolved_within_2_rate", method: "\(solvedText) with at most two agent replies (\(name(replies)))"))
            } else {
                sources.append(Source(metric: "resolved_within_2_rate", needs: repliesNeed))
            }
            if let reopens {
                sources.append(Source(metric: "reopen_rate", method: "\(solvedText) reopened at least once (\(name(reopens)))"))
            } else {
                sources.append(Source(metric: "reopen_rate", needs: reopensNeed))
            }
        }
        // Escalation.
        if let replies, knowsEscalation {
            let evidence = [channel.map { "channel \(name($0))" }, tags.map { "tags \(name($0))" }, group.map { "group \(name($0))" },
                            escalated.map { "yes/no column \(name($0))" }].compactMap { $0 }
            sources.append(Source(metric: "escalation_compliance", method: "tickets with more than two agent replies (\(name(replies))) escalated to a voice or video call, recognised by \(evidence.joined(separator: ", "))"))
        } else if replies == nil {
            sources.append(Source(metric: "escalation_compliance", needs: repliesNeed))
        } else {
            sources.append(Source(metric: "escalation_compliance", needs: "a channel, tags or group column to recognise escalation to a call (Zendesk's 'Via', 'Tags', 'Group')"))
        }
        // Satisfaction.
        if let satisfaction {
            let scale = format == .zendesk ? "'Good' answers and ratings of 4–5" : "satisfied answers (4–5 of 5, or happy, good, awesome)"
            sources.append(Source(metric: "csat", method: "share of \(scale) among the answers in \(name(satisfaction))"))
            if knowsOffers {
                sources.append(Source(metric: "survey_response_rate", method: "answers ('Good', 'Bad') among surveys offered in \(name(satisfaction))"))
            } else {
                sources.append(Source(metric: "survey_response_rate", needs: "the surveys sent, not only the answers: a survey export in content/surveys/ with a sent time per survey"))
            }
        } else {
            sources.append(Source(metric: "csat", needs: "a satisfaction column (Zendesk's 'Satisfaction Score', Freshdesk's 'Survey results') or a survey export in content/surveys/"))
            sources.append(Source(metric: "survey_response_rate", needs: "a survey export in content/surveys/ with a sent time per survey (or Zendesk's 'Satisfaction Score')"))
        }
        return sources
    }

    /// The memberwise initialiser, open to the other targets.
    package init(format: TicketFormat, names: [String], id: Int? = nil, created: Int, solved: Int? = nil, firstResponseAt: Int? = nil, firstResponseDuration: DurationColumn? = nil, resolutionDuration: DurationColumn? = nil, status: Int? = nil, channel: Int? = nil, group: Int? = nil, tags: Int? = nil, replies: Int? = nil, reopens: Int? = nil, satisfaction: Int? = nil, category: Int? = nil, knowsOffers: Bool = false, escalated: Int? = nil) {
        self.format = format
        self.names = names
        self.id = id
        self.created = created
        self.solved = solved
        self.firstResponseAt = firstResponseAt
        self.firstResponseDuration = firstResponseDuration
        self.resolutionDuration = resolutionDuration
        self.status = status
        self.channel = channel
        self.group = group
        self.tags = tags
        self.replies = replies
        self.reopens = reopens
        self.satisfaction = satisfaction
        self.category = category
        self.knowsOffers = knowsOffers
        self.escalated = escalated
    }
}
