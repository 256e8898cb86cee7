public import Foundation

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
        guard var reader = ExportFile.open(url, path: path, log: &log) else { return }
        read(&reader, path: path, into: &data, log: &log)
    }

    /// Reads an export held in memory (tests).
    public static func read(bytes: [UInt8], path: String, into data: inout HelpDeskData, log: inout DiagnosticLog) {
        var reader = CSVReader(bytes: bytes, allowsBareQuotes: true)
        read(&reader, path: path, into: &data, log: &log)
    }

    static func read(_ reader: inout CSVReader, path: String, into data: inout HelpDeskData, log: inout DiagnosticLog) {
        let settings = data.settings
        var clock = ExportClock(zone: settings.timeZone)
        var layout: TicketLayout?
        var headerKeys: [String] = []
        var summary = ExportSummary(path: path, kind: .tickets, format: "ticket export")
        var bad = BadRows(path: path)
        while let result = reader.next() {
            let record: CSVRecord
            switch result {
            case .failure(let error):
                summary.rows += 1
                bad.report(error.message, reason: "unreadable CSV", line: error.line, column: error.column, summary: &summary, log: &log)
                continue
            case .success(let value):
                record = value
            }
            guard let layout else {
                let names = record.fields.map(\.trimmingSpaces)
                switch TicketLayout.detect(names, settings: settings) {
                case .success(let found):
                    layout = found
                    headerKeys = names.map(TicketFormat.normalized)
                    summary.format = found.format.name
                    summary.metrics = found.metricSources()
                case .failure(let problem):
                    let position = record.positions[problem.column]
                    log.error(problem.message, at: SourceLocation(path: path, line: position.line, column: position.column))
                    return
                }
                continue
            }
            summary.rows += 1
            let fields = record.fields
            if fields.count >= layout.width, fields[layout.created].trimmingSpaces.caseInsensitiveEquals(layout.names[layout.created]),
               fields.prefix(layout.width).map(TicketFormat.normalized) == headerKeys {
                summary.count("repeated header line", in: \.ignored)
                continue
            }
            // More fields than the header is fine when the extra ones are empty (a trailing comma).
            if fields.count < layout.width || (fields.count > layout.width && !fields[layout.width...].allSatisfy({ $0.trimmingSpaces.isEmpty })) {
                let at = fields.count > layout.width ? record.positions[layout.width] : record.positions[record.positions.count - 1]
                bad.report("expected \(layout.width) fields as in the header, found \(fields.count)", reason: "wrong number of fields",
                           line: at.line, column: at.column, summary: &summary, log: &log)
                continue
            }
            switch facts(of: record, layout: layout, path: path, clock: &clock, settings: settings) {
            case .ignored(let reason):
                summary.count(reason, in: \.ignored)
            case .bad(let index, let what, let expected):
                let position = record.positions[index]
                bad.report("\(what) (column \(layout.name(index))); \(expected); the row is skipped",
                           reason: "unreadable \(layout.name(index))", line: position.line, column: position.column, summary: &summary, log: &log)
            case .missingCreated(let index):
                let position = record.positions[index]
                bad.report("the creation time is missing (column \(layout.name(index))); \(ExportTime.expectedTimestamp); the row is skipped",
                           reason: "no creation time", line: position.line, column: position.column, summary: &summary, log: &log)
            case .ticket(let facts, let month):
                summary.used(in: month)
                data.tickets[month, default: TicketTally()].record(facts)
            }
        }
        if layout == nil {
            log.warning("ticket export is empty; expected a header such as Zendesk's 'Id,Created at,Solved at,…'", at: SourceLocation(path: path))
            return
        }
        bad.finish(summary: summary, log: &log)
        data.exports.append(summary)
    }

    /// What a row turned out to be.
    private enum RowOutcome {
        case ticket(TicketFacts, Month)
        case ignored(String)
        case bad(index: Int, what: String, expected: String)
        case missingCreated(index: Int)
    }

    /// Status words meaning the ticket is solved, and words meaning it is left out.
    private static let solvedStatuses: Set<String> = ["solved", "closed", "resolved", "done", "complete", "completed"]
    private static let ignoredStatuses: Set<String> = ["deleted", "spam"]

    /// The facts of one row, or why it cannot be used.
    private static func facts(of record: CSVRecord, layout: TicketLayout, path: String, clock: inout ExportClock,
                              settings: TicketSettings) -> RowOutcome {
        let fields = record.fields
        var problem: (index: Int, what: String, expected: String)?

        func take<T>(_ index: Int?, _ parse: (String) -> ExportCell<T>) -> T? {
            guard let index, problem == nil else { return nil }
            switch parse(fields[index]) {
            case .empty: return nil
            case .value(let value): return value
            case .invalid(let what, let expected):
                problem = (index, what, expected)
                return nil
            }
        }
        func time(_ index: Int?) -> ExportInstant? {
            take(index) { ExportTime.timestamp($0, clock: &clock, order: settings.dateOrder) }
        }

        let status = layout.status.map { TicketFormat.normalized(fields[$0]) } ?? ""
        if ignoredStatuses.contains(status) { return .ignored("deleted or spam ticket") }

        let created = time(layout.created)
        let solvedAt = time(layout.solved)
        let firstAt = time(layout.firstResponseAt)
        let firstDuration = layout.firstResponseDuration.flatMap { column in take(column.index) { ExportTime.hours($0, minutes: column.minutes) } }
        let resolutionDuration = layout.resolutionDuration.flatMap { column in take(column.index) { ExportTime.hours($0, minutes: column.minutes) } }
        let replies = take(layout.replies, ExportTime.count)
        let reopens = take(layout.reopens, ExportTime.count)
        let satisfaction = layout.satisfaction.flatMap { index in take(index) { satisfactionAnswer($0, scale: layout.satisfactionScale) } }
        let escalatedCell = take(layout.escalated, yesNo)
        if let problem { return .bad(index: problem.index, what: problem.what, expected: problem.expected) }
        guard let created else { return .missingCreated(index: layout.created) }

        let line = record.line
        var id = layout.id.map { fields[$0].trimmingSpaces } ?? ""
        if id.isEmpty { id = "line \(line)" } else if id.count > 64 { id = String(id.prefix(64)) + "…" }
        var t = TicketFacts(id: id, source: SourceLocation(path: path, line: line, column: 1))

        // First response: a duration column (calendar preferred), else the first reply time.
        if let column = layout.firstResponseDuration, !(column.business && layout.firstResponseAt != nil) {
            t.recordsFirstResponse = true
            t.firstResponseHours = firstDuration
            t.firstResponseBusiness = column.business
        } else if layout.firstResponseAt != nil {
            t.recordsFirstResponse = true
            if let firstAt, firstAt.seconds >= created.seconds { t.firstResponseHours = (firstAt.seconds - created.seconds) / 3600 }
        }

        // Solved: a solved time after creation (and a status that agrees), else the status.
        let statusSolved: Bool? = status.isEmpty ? nil : solvedStatuses.contains(status)
        let solvedTime = solvedAt.flatMap { $0.seconds >= created.seconds ? $0 : nil }
        if layout.solved != nil {
            t.solved = solvedTime != nil && statusSolved != false
        } else if layout.status != nil {
            t.solved = statusSolved == true
        } else if layout.resolutionDuration != nil {
            t.solved = resolutionDuration != nil
        }
        if t.solved == true {
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

        if let replies, replies > 2, layout.knowsEscalation {
            t.escalated = isEscalated(fields, layout: layout, escalation: settings.escalation, column: escalatedCell)
        }
        if layout.satisfaction != nil {
            t.satisfaction = satisfaction ?? .notOffered
            t.knowsOffers = layout.knowsOffers
        }
        return .ticket(t, created.month)
    }

    /// Whether a ticket went to a voice or video call, by channel, tags, group or a yes/no column.
    private static func isEscalated(_ fields: [String], layout: TicketLayout, escalation: TicketSettings.Escalation, column: Bool?) -> Bool {
        if column == true { return true }
        if let channel = layout.channel, escalation.channels.contains(TicketFormat.normalized(fields[channel])) { return true }
        if let group = layout.group, escalation.groups.contains(TicketFormat.normalized(fields[group])) { return true }
        if let tags = layout.tags, !escalation.tags.isEmpty {
            let separators: Set<Character> = [" ", ",", ";", "|", "\t", "\n", "\r"]
            for tag in fields[tags].lowercased().split(whereSeparator: { separators.contains($0) }) where escalation.tags.contains(String(tag)) {
                return true
            }
        }
        return false
    }

    /// A yes/no cell.
    static func yesNo(_ text: String) -> ExportCell<Bool> {
        let value = TicketFormat.normalized(text)
        switch value {
        case "": return .empty
        case "yes", "y", "true", "1", "escalated": return .value(true)
        case "no", "n", "false", "0": return .value(false)
        default:
            return .invalid(what: "'\(ExportTime.shown(text.trimmingSpaces))' is not yes or no", expected: "expected yes or no (also y/n, true/false, 1/0)")
        }
    }

    /// A satisfaction answer on a ticket row.
    static func satisfactionAnswer(_ text: String, scale: SatisfactionScale) -> ExportCell<Satisfaction> {
        let word = TicketFormat.normalized(text)
        if word.isEmpty { return .empty }
        switch scale {
        case .zendesk:
            let letters = String(decoding: word.utf8.filter { $0 >= 0x61 && $0 <= 0x7A }, as: UTF8.self)
            switch letters {
            case "unoffered", "notoffered": return .value(.notOffered)
            case "offered": return .value(.offered)
            case "good", "goodwithcomment": return .value(.satisfied)
            case "bad", "badwithcomment": return .value(.unsatisfied)
            default:
                return .invalid(what: "'\(ExportTime.shown(text.trimmingSpaces))' is not a Zendesk satisfaction score", expected: "expected Unoffered, Offered, Good or Bad")
            }
        case .fivePoint, .words:
            if let n = Int(word) {
                guard (1...5).contains(n) else {
                    return .invalid(what: "'\(word)' is not a rating of 1 to 5", expected: "expected 1 to 5, 4 and 5 meaning satisfied")
                }
                return .value(n >= 4 ? .satisfied : .unsatisfied)
            }
            if scale == .words {
                if satisfiedWords.contains(word) { return .value(.satisfied) }
                if unsatisfiedWords.contains(word) { return .value(.unsatisfied) }
                if notOfferedWords.contains(word) { return .value(.notOffered) }
            }
            return .invalid(what: "'\(ExportTime.shown(text.trimmingSpaces))' is not a satisfaction answer",
                            expected: scale == .words ? "expected 1 to 5 or a word such as happy, neutral, unhappy, awesome, not good" : "expected 1 to 5")
        }
    }

    static let satisfiedWords: Set<String> = ["extremely happy", "very happy", "happy", "awesome", "good", "great", "satisfied",
                                              "very satisfied", "extremely satisfied", "positive"]
    static let unsatisfiedWords: Set<String> = ["neutral", "just okay", "okay", "ok", "unhappy", "very unhappy", "extremely unhappy",
                                                "not good", "bad", "poor", "dissatisfied", "very dissatisfied", "extremely dissatisfied",
                                                "negative"]
    static let notOfferedWords: Set<String> = ["not rated", "no rating", "unrated", "not offered", "unoffered", "no survey"]
}

/// Opening an export for streaming: UTF-16 is refused before reading.
enum ExportFile {
    static func open(_ url: URL, path: String, log: inout DiagnosticLog) -> CSVReader? {
        let handle: FileHandle
        do {
            handle = try FileHandle(forReadingFrom: url)
            let start = try handle.read(upToCount: 2) ?? Data()
            if start.starts(with: [0xFF, 0xFE]) || start.starts(with: [0xFE, 0xFF]) {
                log.error("file is UTF-16; export it as UTF-8 CSV", at: SourceLocation(path: path))
                try? handle.close()
                return nil
            }
            try handle.seek(toOffset: 0)
        } catch {
            log.error("cannot read file: \(FileSystem.reason(error))", at: SourceLocation(path: path))
            return nil
        }
        // The handle stays open while the reader streams; it is closed when the process ends or
        // when the last copy of the reader goes away (FileHandle closes on deinit).
        return CSVReader(fileHandle: handle, allowsBareQuotes: true)
    }
}

/// The bad rows of one export: the first ``limit`` are warnings at their line and column, the
/// rest one warning with the count, at the first row not reported on its own.
struct BadRows {
    static let limit = 20
    let path: String
    private(set) var count = 0
    private var firstUnlisted: SourceLocation?

    init(path: String) { self.path = path }

    mutating func report(_ message: String, reason: String, line: Int, column: Int, summary: inout ExportSummary, log: inout DiagnosticLog) {
        count += 1
        summary.count(reason, in: \.skipped)
        let location = SourceLocation(path: path, line: line, column: column)
        if count <= Self.limit {
            let text = message.hasSuffix("the row is skipped") ? message : message + "; the row is skipped"
            log.warning(text, at: location)
        } else if firstUnlisted == nil {
            firstUnlisted = location
        }
    }

    /// The count of the rows not reported one by one, with the reasons of all.
    func finish(summary: ExportSummary, log: inout DiagnosticLog) {
        guard count > Self.limit, let firstUnlisted else { return }
        let more = count - Self.limit
        let reasons = summary.skipped.map { "\(HelpDeskData.grouped($0.count)) \($0.reason)" }.joined(separator: ", ")
        log.warning("\(HelpDeskData.grouped(more)) more bad \(more == 1 ? "row" : "rows") from here on, not listed one by one; \(HelpDeskData.grouped(count)) skipped in all (\(reasons)); the other \(HelpDeskData.grouped(summary.used)) rows are used",
                    at: firstUnlisted)
    }
}

extension String {
    /// Equal to `other` ignoring case.
    func caseInsensitiveEquals(_ other: String) -> Bool {
        utf8.count == other.utf8.count && lowercased() == other.lowercased()
    }
}
