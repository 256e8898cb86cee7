public import Foundation
import CXSiteSupport
import CXSiteModel

/// Streams a help-desk ticket export (`content/tickets/*.csv`) into per-month ``TicketTally``
/// values: the format is told from the header (``TicketLayout``), each row is reduced to
/// ``TicketFacts`` and counted, and nothing of the row is kept but the facts' counts, the durations
/// of the medians and the worst offenders of each rule.
///
/// Bad rows (unreadable CSV, the wrong number of fields, an unreadable date, count or duration)
/// are skipped with a warning: the first 20 of a file each at their line and column, then one
/// warning with the count. A repeated header line and tickets with the status `deleted` or `spam`
/// are left out silently and counted on the checks page.
///
/// ```swift
/// var data = HelpDeskData(settings: settings)
/// TicketExportReader.read(fileAt: url, path: "content/tickets/zendesk.csv", into: &data, log: &log)
/// data.tickets[try Month(parsing: "2025-03")]?.solved
/// ```
public enum TicketExportReader {
    /// Reads the export at `url`; `path` (relative to the project) is used in messages.
    public static func read(fileAt url: URL, path: String, into data: inout HelpDeskData, log: inout DiagnosticLog) {
        guard var reader = ExportFile.open(url, path: path, dialect: data.settings.ticketCSV, log: &log) else { return }
        read(&reader, path: path, into: &data, log: &log)
    }

    /// Reads an export held in memory (tests).
    public static func read(bytes: [UInt8], path: String, into data: inout HelpDeskData, log: inout DiagnosticLog) {
        var reader = CSVReader(bytes: bytes, allowsBareQuotes: true, delimiter: data.settings.ticketCSV.delimiter)
        read(&reader, path: path, into: &data, log: &log)
    }

    package static func read(_ reader: inout CSVReader, path: String, into data: inout HelpDeskData, log: inout DiagnosticLog) {
        let settings = data.settings
        var clock = ExportClock(zone: settings.timeZone, cadence: settings.cadence)
        var layout: TicketLayout?
        var headerKeys: [String] = []
        var headerPositions: [CSVPosition] = []
        var summary = ExportSummary(path: path, kind: .tickets, format: "ticket export")
        var problems = ExportProblems(path: path, section: "tickets")
        var decimalComma = false
        var readColumns: [Int] = []
        while let record = problems.nextRecord(&reader, summary: &summary, log: &log) {
            guard let layout else {
                let names = record.fields.map(\.trimmingSpaces)
                switch TicketLayout.detect(names, settings: settings) {
                case .success(let found):
                    layout = found
                    headerKeys = names.map(TicketFormat.normalized)
                    headerPositions = record.positions
                    summary.format = found.format.name
                    summary.metrics = found.metricSources(settings.cadence)
                    summary.delimiter = reader.delimiter
                    decimalComma = settings.ticketCSV.decimalComma(in: reader.delimiter)
                    readColumns = found.readColumns
                    reader.readOnly(readColumns, width: names.count)
                    if found.category == nil, !settings.categoryColumns.isEmpty {
                        let names = settings.categoryColumns.map { "'\($0)'" }.joined(separator: " or ")
                        log.warning("this export has no column \(names) (named as 'category' under 'tickets: columns:' in site.yml), so it gives no contact reasons; expected the column as written in the header (a Zendesk drop-down field is exported as 'Name [list]')",
                                    at: SourceLocation(path: path, line: record.line, column: 1))
                    }
                case .failure(let problem):
                    problem.report(header: record, path: path, log: &log)
                    return
                }
                continue
            }
            summary.rows += 1
            let fields = record.fields
            // The header again (files joined together): every column read holds its own name.
            if record.repeatsHeader(key: layout.created, names: layout.names, keys: headerKeys, readColumns: readColumns) {
                summary.count("repeated header line", in: \.ignored)
                continue
            }
            guard problems.hasWidth(record, layout.width, summary: &summary, log: &log) else { continue }
            var cells = RowCells(fields)
            switch facts(of: record, cells: &cells, layout: layout, path: path, clock: &clock, settings: settings, decimalComma: decimalComma) {
            case .ignored(let reason):
                summary.count(reason, in: \.ignored)
            case .noCreated(let index):
                summary.cellRows += 1
                problems.report(key: index, named: layout.names[index], what: "creation time", cells: cells, positions: record.positions,
                                summary: &summary, log: &log)
            case .ticket(let facts, let month):
                summary.cellRows += 1
                problems.report(cells: cells, positions: record.positions, names: layout.names, summary: &summary, log: &log)
                summary.used(in: month)
                data.tickets[month, default: TicketTally()].record(facts)
                if let solvedMonth = facts.solvedMonth {
                    data.tickets[solvedMonth, default: TicketTally()].solvedInMonth += 1
                    if data.tickets[solvedMonth]!.solvedSource == nil { data.tickets[solvedMonth]!.solvedSource = facts.source }
                }
            }
        }
        guard let layout else {
            log.warning("ticket export is empty; expected a header such as Zendesk's 'Id,Created at,Solved at,…'", at: SourceLocation(path: path))
            return
        }
        problems.finish(summary: summary, key: layout.created, keyName: layout.names[layout.created], header: headerPositions, log: &log)
        data.exports.append(summary)
    }

    /// What a row turned out to be.
    private enum RowOutcome {
        case ticket(TicketFacts, Period)
        case ignored(String)
        /// No readable creation time in column `index`: the row cannot be counted.
        case noCreated(index: Int)
    }

    /// Status words meaning the ticket is solved, and words meaning it is left out.
    private static let solvedStatuses: Set<String> = ["solved", "closed", "resolved", "done", "complete", "completed"]
    private static let ignoredStatuses: Set<String> = ["deleted", "spam"]

    /// The facts of one row. An unreadable cell is noted in `cells` and left out of the facts:
    /// the ticket counts in every measure that does not need it.
    private static func facts(of record: CSVRecord, cells: inout RowCells, layout: TicketLayout, path: String, clock: inout ExportClock,
                              settings: TicketSettings, decimalComma: Bool) -> RowOutcome {
        let fields = record.fields
        let formats = settings.ticketCSV.dateFormats
        func time(_ index: Int?) -> ExportInstant? {
            cells.take(index, .time) { ExportTime.timestamp($0, clock: &clock, order: settings.dateOrder, formats: formats) }
        }

        let status = layout.status.map { TicketFormat.normalized(fields[$0]) } ?? ""
        if ignoredStatuses.contains(status) { return .ignored("deleted or spam ticket") }

        guard let created = time(layout.created) else { return .noCreated(index: layout.created) }
        let solvedAt = time(layout.solved)
        let firstAt = time(layout.firstResponseAt)
        let firstDuration = layout.firstResponseDuration.flatMap { column in cells.take(column.index, .duration) { ExportTime.hours($0, minutes: column.minutes, decimalComma: decimalComma) } }
        let resolutionDuration = layout.resolutionDuration.flatMap { column in cells.take(column.index, .duration) { ExportTime.hours($0, minutes: column.minutes, decimalComma: decimalComma) } }
        let replies = cells.take(layout.replies, .count) { ExportTime.count($0, decimalComma: decimalComma) }
        let reopens = cells.take(layout.reopens, .count) { ExportTime.count($0, decimalComma: decimalComma) }
        let satisfaction = cells.take(layout.satisfaction, .satisfaction, satisfactionAnswer)
        let escalatedCell = cells.take(layout.escalated, .yesNo, yesNo)

        let line = record.line
        var id = layout.id.map { fields[$0].trimmingSpaces } ?? ""
        if id.isEmpty { id = "line \(line)" } else if id.utf8.count > 64, id.count > 64 { id = String(id.prefix(64)) + "…" }
        var t = TicketFacts(id: id, source: SourceLocation(path: path, line: line, column: 1))

        // First response: a duration column (calendar preferred), else the first reply time.
        // An unreadable cell leaves the ticket out of the first-response measures.
        if let column = layout.firstResponseDuration, !(column.business && layout.firstResponseAt != nil) {
            t.recordsFirstResponse = !cells.failed(column.index)
            t.firstResponseHours = firstDuration
            t.firstResponseBusiness = column.business
        } else if layout.firstResponseAt != nil {
            t.recordsFirstResponse = !cells.failed(layout.firstResponseAt)
            if let firstAt, firstAt.seconds >= created.seconds { t.firstResponseHours = (firstAt.seconds - created.seconds) / 3600 }
        }

        // Solved: a solved time after creation (and a status that agrees), else the status.
        let statusSolved: Bool? = status.isEmpty ? nil : solvedStatuses.contains(status)
        let solvedTime = solvedAt.flatMap { $0.seconds >= created.seconds ? $0 : nil }
        if layout.solved != nil {
            t.solved = cells.failed(layout.solved) ? nil : solvedTime != nil && statusSolved != false
            t.knowsSolvedTime = t.solved != nil
        } else if layout.status != nil {
            t.solved = statusSolved == true
        } else if let column = layout.resolutionDuration {
            t.solved = cells.failed(column.index) ? nil : resolutionDuration != nil
        }
        if t.solved == true {
            if t.knowsSolvedTime, let solvedTime { t.solvedMonth = solvedTime.period }
            if let column = layout.resolutionDuration, !column.business, let hours = resolutionDuration {
                t.resolutionHours = hours
            } else if let solvedTime {
                t.resolutionHours = (solvedTime.seconds - created.seconds) / 3600
            } else if let column = layout.resolutionDuration, column.business, layout.solved == nil {
                t.resolutionHours = resolutionDuration
                t.resolutionBusiness = true
            }
        }
        t.replies = replies
        t.reopens = reopens

        if let replies, replies > 2, layout.knowsEscalation, !cells.failed(layout.escalated) {
            t.escalated = isEscalated(fields, layout: layout, escalation: settings.escalation, column: escalatedCell)
        }
        if layout.satisfaction != nil, !cells.failed(layout.satisfaction) {
            t.satisfaction = satisfaction ?? .notOffered
            t.knowsOffers = layout.knowsOffers
        }
        t.channel = layout.channel.flatMap { breakdownName(fields[$0]) }
        t.group = layout.group.flatMap { breakdownName(fields[$0]) }
        if let category = layout.category { t.category = ContactReason.read(fields[category]) }
        return .ticket(t, created.period)
    }

    /// A channel or group as shown in a breakdown: trimmed, blanks collapsed, case kept; nil for none.
    package static func breakdownName(_ text: String) -> String? {
        let name = text.collapsingBlanks
        // Counting characters is slow: only a name of more than 80 bytes can have more than 80.
        if ExportTime.isNone(name) || (name.utf8.count > 80 && name.count > 80) { return nil }
        return name
    }

    /// Whether a ticket went to a voice or video call, by channel, tags, group or a yes/no column.
    private static func isEscalated(_ fields: [String], layout: TicketLayout, escalation: TicketSettings.Escalation, column: Bool?) -> Bool {
        if column == true { return true }
        if let channel = layout.channel, escalation.channels.contains(TicketFormat.normalized(fields[channel])) { return true }
        if let group = layout.group, escalation.groups.contains(TicketFormat.normalized(fields[group])) { return true }
        if let tags = layout.tags, !escalation.tags.isEmpty, !fields[tags].isEmpty {
            // Tags are split at spaces, commas, semicolons, bars and line breaks (bytes all ASCII).
            let list = fields[tags].utf8.contains { $0 >= 0x41 && $0 <= 0x5A || $0 >= 0x80 } ? fields[tags].lowercased() : fields[tags]
            for tag in list.utf8.split(whereSeparator: { $0 == 0x20 || $0 == 0x2C || $0 == 0x3B || $0 == 0x7C || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D })
            where escalation.tags.contains(String(decoding: tag, as: UTF8.self)) {
                return true
            }
        }
        return false
    }

    /// A yes/no cell.
    package static func yesNo(_ text: String) -> ExportCell<Bool> {
        let value = TicketFormat.normalized(text)
        switch value {
        case "": return .empty
        case "yes", "y", "true", "1", "escalated": return .value(true)
        case "no", "n", "false", "0": return .value(false)
        default:
            return .invalid(what: "'\(ExportTime.shown(text.trimmingSpaces))' is not yes or no", expected: "expected yes or no (also y/n, true/false, 1/0)")
        }
    }

    /// A satisfaction answer on a ticket row, in any form an export uses: Zendesk's `Unoffered`,
    /// `Offered`, `Good`, `Bad` (with or without comment); a rating 1–5 (4–5 satisfied: Zendesk's
    /// numeric CSAT, Intercom's conversation rating, Freshdesk's five-point survey); Freshdesk's
    /// rating codes (103, 102, 101 satisfied; 100 neutral; −101, −102, −103); or a word (happy,
    /// neutral, unhappy, awesome, not good, amazing, terrible…).
    package static func satisfactionAnswer(_ text: String) -> ExportCell<Satisfaction> {
        let word = TicketFormat.normalized(text)
        if let common = commonAnswers[word] { return .value(common) }
        if word.isEmpty || ExportTime.isNone(word) { return .empty }
        if let n = Int(word) {
            switch n {
            case 1...5: return .value(n >= 4 ? .satisfied : .unsatisfied)
            case 101...103: return .value(.satisfied)
            case 100, -103 ... -101: return .value(.unsatisfied)
            default:
                return .invalid(what: "'\(ExportTime.shown(word))' is not a rating of 1 to 5", expected: "expected 1 to 5, 4 and 5 meaning satisfied")
            }
        }
        let letters = String(decoding: word.utf8.filter { $0 >= 0x61 && $0 <= 0x7A }, as: UTF8.self)
        switch letters {
        case "unoffered", "notoffered": return .value(.notOffered)
        case "offered": return .value(.offered)
        case "good", "goodwithcomment": return .value(.satisfied)
        case "bad", "badwithcomment": return .value(.unsatisfied)
        default: break
        }
        if satisfiedWords.contains(word) { return .value(.satisfied) }
        if unsatisfiedWords.contains(word) { return .value(.unsatisfied) }
        if notOfferedWords.contains(word) { return .value(.notOffered) }
        return .invalid(what: "'\(ExportTime.shown(text.trimmingSpaces))' is not a satisfaction answer",
                        expected: "expected 1 to 5, Good or Bad, Offered or Unoffered, or a word such as happy, neutral, unhappy, awesome, not good")
    }

    /// The answers most rows hold, as written by Zendesk and the numeric surveys, looked up first.
    private static let commonAnswers: [String: Satisfaction] = [
        "unoffered": .notOffered, "offered": .offered, "good": .satisfied, "bad": .unsatisfied,
        "good with comment": .satisfied, "bad with comment": .unsatisfied,
        "1": .unsatisfied, "2": .unsatisfied, "3": .unsatisfied, "4": .satisfied, "5": .satisfied,
    ]

    package static let satisfiedWords: Set<String> = ["extremely happy", "very happy", "happy", "awesome", "good", "great", "satisfied",
                                              "very satisfied", "extremely satisfied", "positive", "amazing", "very good", "excellent"]
    package static let unsatisfiedWords: Set<String> = ["neutral", "just okay", "okay", "ok", "unhappy", "very unhappy", "extremely unhappy",
                                                "not good", "bad", "poor", "dissatisfied", "very dissatisfied", "extremely dissatisfied",
                                                "negative", "terrible", "very bad", "awful"]
    package static let notOfferedWords: Set<String> = ["not rated", "no rating", "unrated", "not offered", "unoffered", "no survey"]
}

extension String {
    /// Equal to `other` ignoring case.
    package func caseInsensitiveEquals(_ other: String) -> Bool {
        utf8.count == other.utf8.count && lowercased() == other.lowercased()
    }
}
