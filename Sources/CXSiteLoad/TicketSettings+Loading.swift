import Foundation
import CXSiteSupport
import CXSiteModel

extension TicketSettings {
    /// Keys of the `tickets:` section.
    package static let ticketKeys = ["columns", "timezone", "date_order", "escalation", "ticket_url", "compute_metrics", "first_response_target"] + CSVDialect.exportKeys
    /// Keys of the `surveys:` section.
    package static let surveyKeys = ["columns", "timezone"] + CSVDialect.exportKeys

    /// Reads the `tickets:` and `surveys:` sections of `site.yml`.
    ///
    /// The exports are streamed in the load phase, before the rest of `site.yml` is interpreted,
    /// so these two sections are read here on their own. Syntax errors of the file are left to
    /// ``SiteConfig/load(yaml:path:log:)``, which reports them once; problems inside the two
    /// sections are reported here, at their line and column.
    package static func load(siteConfig: SourceText?, log: inout DiagnosticLog) -> TicketSettings {
        var settings = TicketSettings()
        guard let fields = topLevel(of: siteConfig) else { return settings }
        if let tickets = fields.mapping("tickets", what: "'tickets'", log: &log) {
            tickets.warnUnknownKeys(ticketKeys, in: "'tickets'", log: &log)
            if let columns = tickets.mapping("columns", what: "'tickets: columns'", log: &log) {
                if let node = columns.node(TicketField.category.rawValue), node.sequence != nil {
                    settings.categoryColumns = columns.strings(TicketField.category.rawValue, log: &log).map(\.trimmingSpaces).filter { !$0.isEmpty }
                }
                let mapped = YAMLFields(pairs: columns.pairs.filter { !($0.key == TicketField.category.rawValue && $0.value.sequence != nil) }, like: columns)
                settings.ticketColumns = Self.columns(mapped, TicketField.self, section: "tickets", log: &log)
                if let name = settings.ticketColumns[.category] { settings.categoryColumns = [name] }
                if let first = settings.categoryColumns.first { settings.ticketColumns[.category] = first }
                // 'category' alone adds a column to a recognised export; any other mapping needs 'created'.
                let mapsMore = !columns.pairs.allSatisfy { $0.key == TicketField.category.rawValue }
                if mapsMore, settings.ticketColumns[.created] == nil, let node = tickets.node("columns") {
                    log.error("'tickets: columns:' must name the 'created' column (when each ticket was created); it is how a mapped export is recognised (only 'category' may be named alone, for a Zendesk, Freshdesk or Intercom export)", at: tickets.location(node))
                    settings.ticketColumns = settings.ticketColumns.filter { $0.key == .category }
                }
            }
            if let zone = Self.timeZone(tickets, log: &log) { settings.timeZone = zone }
            if let order = tickets.choice("date_order", DateOrder.self, parse: { DateOrder(rawValue: $0) }, log: &log) { settings.dateOrder = order }
            if let escalation = tickets.mapping("escalation", what: "'tickets: escalation'", log: &log) {
                escalation.warnUnknownKeys(["channels", "tags", "groups"], in: "'tickets: escalation'", log: &log)
                if escalation.node("channels") != nil { settings.escalation.channels = Self.names(escalation.strings("channels", log: &log)) }
                if escalation.node("tags") != nil { settings.escalation.tags = Self.names(escalation.strings("tags", log: &log)) }
                if escalation.node("groups") != nil { settings.escalation.groups = Self.names(escalation.strings("groups", log: &log)) }
            }
            if let url = tickets.string("ticket_url", log: &log), let node = tickets.node("ticket_url") {
                let trimmed = url.trimmingSpaces
                if !(trimmed.hasPrefix("https://") || trimmed.hasPrefix("http://")) || !trimmed.contains("{id}") {
                    log.error("'ticket_url' must be an http(s) URL with {id} where the ticket id goes, such as https://example.zendesk.com/agent/tickets/{id}, found '\(url)'", at: tickets.location(node))
                } else {
                    settings.ticketURL = trimmed
                }
            }
            if let compute = tickets.bool("compute_metrics", log: &log) { settings.computeMetrics = compute }
            settings.ticketCSV = CSVDialect.load(tickets, section: "tickets", dates: true, log: &log)
            if let node = tickets.node("first_response_target") {
                let text = node.scalar?.string ?? ""
                if let value = try? MetricNumber.parse(text), (0...100).contains(value.number) {
                    settings.firstResponseTarget = value.number
                } else {
                    log.error("'first_response_target' must be a percentage from 0 to 100 such as 95, found '\(text.isEmpty ? "a list or mapping" : text)'", at: tickets.location(node))
                }
            }
        }
        if let surveys = fields.mapping("surveys", what: "'surveys'", log: &log) {
            surveys.warnUnknownKeys(surveyKeys, in: "'surveys'", log: &log)
            if let columns = surveys.mapping("columns", what: "'surveys: columns'", log: &log) {
                settings.surveyColumns = Self.columns(columns, SurveyField.self, section: "surveys", log: &log)
            }
            if let zone = Self.timeZone(surveys, log: &log) { settings.surveyTimeZone = zone }
            settings.surveyCSV = CSVDialect.load(surveys, section: "surveys", dates: true, log: &log)
        }
        // Survey exports come from the same help desk: without their own date_format, the tickets' applies.
        if settings.surveyCSV.dateFormats.isEmpty { settings.surveyCSV.dateFormats = settings.ticketCSV.dateFormats }
        if let csv = fields.mapping("csv", what: "'csv'", log: &log) {
            csv.warnUnknownKeys(["metrics", "assessment"], in: "'csv'", log: &log)
            if let metrics = csv.mapping("metrics", what: "'csv: metrics'", log: &log) {
                metrics.warnUnknownKeys(["delimiter", "decimal"], in: "'csv: metrics'", log: &log)
                settings.metricsCSV = CSVDialect.load(metrics, section: "csv: metrics", dates: false, log: &log)
            }
            if let assessment = csv.mapping("assessment", what: "'csv: assessment'", log: &log) {
                assessment.warnUnknownKeys(["delimiter", "decimal"], in: "'csv: assessment'", log: &log)
                settings.assessmentCSV = CSVDialect.load(assessment, section: "csv: assessment", dates: false, log: &log)
            }
        }
        return settings
    }

    /// The top-level mapping of `site.yml`, read quietly: its syntax errors are reported once, by
    /// ``SiteConfig/load(yaml:path:log:)``.
    package static func topLevel(of siteConfig: SourceText?) -> YAMLFields? {
        guard let file = siteConfig else { return nil }
        var ignored = DiagnosticLog()
        guard let root = YAML.parse(file.text, path: file.path, log: &ignored) else { return nil }
        return YAMLFields(root, path: file.path, firstLine: 1, what: "site.yml", log: &ignored)
    }

    /// A `columns:` mapping of field names to header names.
    /// `known` are the keys allowed in the mapping (the fields' names unless said otherwise).
    package static func columns<Field: CaseIterable & RawRepresentable & Hashable>(_ fields: YAMLFields, _ type: Field.Type, section: String,
                                                                                  known: [String]? = nil,
                                                                                  log: inout DiagnosticLog) -> [Field: String] where Field.RawValue == String {
        fields.warnUnknownKeys(known ?? Field.allCases.map(\.rawValue), in: "'\(section): columns'", log: &log)
        var columns: [Field: String] = [:]
        for key in Field.allCases.map(\.rawValue) {
            guard let name = fields.string(key, log: &log) else { continue }
            if name.trimmingSpaces.isEmpty {
                log.error("'\(key)' under '\(section): columns:' is empty; expected the column's name as written in the export's header", at: fields.location(fields.node(key)!))
            } else {
                columns[Field(rawValue: key)!] = name.trimmingSpaces
            }
        }
        return columns
    }

    /// `timezone:` as an IANA name (`Europe/Dublin`, `UTC`) or an offset (`+01:00`, `UTC-05:00`).
    package static func timeZone(_ fields: YAMLFields, log: inout DiagnosticLog) -> TimeZone? {
        guard let text = fields.string("timezone", log: &log)?.trimmingSpaces, let node = fields.node("timezone") else { return nil }
        var offsetText = Substring(text)
        for prefix in ["UTC", "GMT"] where offsetText.uppercased().hasPrefix(prefix) && offsetText.count > prefix.count {
            offsetText = offsetText.dropFirst(prefix.count)
        }
        if let sign = offsetText.first, sign == "+" || sign == "-" {
            let parts = offsetText.dropFirst().split(separator: ":")
            if (1...2).contains(parts.count), let h = Int(parts[0]), h <= 14, parts.count == 1 || Int(parts[1]).map({ (0...59).contains($0) }) == true,
               let zone = TimeZone(secondsFromGMT: (h * 3600 + (parts.count == 2 ? Int(parts[1])! * 60 : 0)) * (sign == "-" ? -1 : 1)) {
                return zone
            }
        } else if let zone = TimeZone(identifier: text) {
            return zone
        }
        log.error("'timezone' must be a time zone name such as Europe/Dublin or UTC, or an offset such as +01:00, found '\(text)'", at: fields.location(node))
        return nil
    }

    /// Names as compared: lower case, blanks collapsed.
    private static func names(_ list: [String]) -> Set<String> {
        Set(list.map(TicketFormat.normalized).filter { !$0.isEmpty })
    }
}
