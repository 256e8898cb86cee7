public import Foundation
import CXSiteSupport

/// How help-desk and survey exports are read: the `tickets:` and `surveys:` sections of `site.yml`.
///
/// Every key is optional. Without any, Zendesk, Freshdesk and Intercom exports are recognised by
/// their headers, timestamps without an offset are UTC, and escalation to a call is recognised by
/// the channels and tags in ``Escalation/standard``.
///
/// ```yaml
/// tickets:
///   columns: {id: Ref, created: Opened, first_response: First Reply, solved: Closed, replies: Agent replies}
///   timezone: Europe/Dublin
///   ticket_url: https://kestrel.zendesk.com/agent/tickets/{id}
///   escalation: {channels: [voice, video], tags: [escalated_to_call], groups: [Call team]}
/// ```
public struct TicketSettings: Sendable {
    /// A column a generic ticket export can map under `tickets: columns:`.
    public enum TicketField: String, CaseIterable, Sendable {
        case id, created, firstResponse = "first_response", solved
        case firstResponseMinutes = "first_response_minutes", firstResponseHours = "first_response_hours"
        case resolutionMinutes = "resolution_minutes", resolutionHours = "resolution_hours"
        case status, channel, group, tags, replies, reopens, satisfaction, escalated
        /// The contact reason (a single value, or a Zendesk `[list]` field); the only free-text column read.
        case category
    }

    /// A column a survey export can map under `surveys: columns:`.
    public enum SurveyField: String, CaseIterable, Sendable {
        case ticket, sent, answered, resolved, type, score, csat, nps, solved
    }

    /// How day and month are ordered in dates written with slashes and the year last (`03/04/2025`).
    public enum DateOrder: String, Sendable, CaseIterable {
        case dayFirst = "day-first", monthFirst = "month-first"
    }

    /// What marks a ticket as escalated to a voice or video call: its channel, a tag or its group
    /// (each compared without regard to case), or a mapped `escalated` yes/no column.
    public struct Escalation: Sendable, Equatable {
        public var channels: Set<String>
        public var tags: Set<String>
        public var groups: Set<String>

        public init(channels: Set<String>, tags: Set<String>, groups: Set<String>) {
            self.channels = channels
            self.tags = tags
            self.groups = groups
        }

        /// Zendesk's, Freshdesk's and Intercom's names for phone and video channels, and common
        /// escalation tags. No group is an escalation group unless `site.yml` names it.
        public static let standard = Escalation(
            channels: ["voice", "phone", "phone call", "phone call (incoming)", "phone call (outgoing)", "call", "video", "video call", "talk"],
            tags: ["escalated_to_call", "escalated_to_voice", "escalated_to_video", "escalation_call", "voice_escalation",
                   "video_escalation", "call_escalation", "video_call", "voice_call", "callback", "call_back"],
            groups: [])
    }

    /// Generic ticket export: field → column name as written in the header.
    public var ticketColumns: [TicketField: String] = [:]
    /// `category:` may name one column or a list (the same reasons under another name in each
    /// help desk's export); each export uses the first it has. `ticketColumns[.category]` is the first.
    public var categoryColumns: [String] = []
    /// Generic survey export: field → column name as written in the header.
    public var surveyColumns: [SurveyField: String] = [:]
    /// The period rows are counted in: `site.yml`'s `cadence`.
    public var cadence = Cadence.monthly
    /// Time zone of ticket timestamps written without an offset, and the zone months are counted in.
    public var timeZone = TimeZone(identifier: "UTC")!
    /// Time zone of survey timestamps; the tickets' zone unless `surveys: timezone:` says otherwise.
    public var surveyTimeZone: TimeZone?
    /// Order of slashed dates with the year last; nil accepts only unambiguous ones (a part above 12).
    public var dateOrder: DateOrder?
    public var escalation = Escalation.standard
    /// Link to a ticket in the help desk, with `{id}` standing for the ticket id; ids are plain text without it.
    public var ticketURL: String?
    /// Computed metric values join `Site.metricSeries`; false keeps the exports for the rule checks only.
    public var computeMetrics = true
    /// Share of tickets (percent) that must get a first response within 24 hours for the check to pass.
    public var firstResponseTarget: Double = 95
    /// How ticket and survey exports are written (`delimiter`, `decimal`, `date_format` under `tickets:` / `surveys:`).
    public var ticketCSV = CSVDialect()
    public var surveyCSV = CSVDialect()
    /// How `content/metrics/*.csv` and `content/assessment.csv` are written (`csv: metrics:` / `csv: assessment:`):
    /// read here with the export settings because those files too are read before the rest of `site.yml`.
    public var metricsCSV = CSVDialect()
    public var assessmentCSV = CSVDialect()

    public init() {}

    /// The link to ticket `id`, or nil without `ticket_url`.
    public func url(ofTicket id: String) -> String? {
        guard let ticketURL else { return nil }
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-._~"))
        let encoded = id.addingPercentEncoding(withAllowedCharacters: allowed) ?? id
        return ticketURL.replacingOccurrences(of: "{id}", with: encoded)
    }
}
