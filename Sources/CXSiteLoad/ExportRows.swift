public import Foundation
import CXSiteSupport
import CXSiteModel

/// Opening an export for streaming: UTF-16 is refused before reading; the delimiter is the one
/// set in `site.yml`, else told from the header line.
package enum ExportFile {
    package static func open(_ url: URL, path: String, dialect: CSVDialect, log: inout DiagnosticLog) -> CSVReader? {
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
        return CSVReader(fileHandle: handle, allowsBareQuotes: true, delimiter: dialect.delimiter)
    }
}

extension CSVReader {
    /// Makes only `columns` of a file with `width` columns into text; the others are still read
    /// as CSV (quoting errors, UTF-8 and the field count are checked) but given as "".
    package mutating func readOnly(_ columns: [Int], width: Int) {
        let read = Set(columns)
        readsField = (0..<width).map(read.contains)
    }
}

extension CSVRecord {
    /// The header line again (exports pasted together): the `key` column holds its own name and
    /// every column read holds its header's (`keys`, normalized).
    package func repeatsHeader(key: Int, names: [String], keys: [String], readColumns: [Int]) -> Bool {
        fields.count >= names.count && fields[key].trimmingSpaces.caseInsensitiveEquals(names[key])
            && readColumns.allSatisfy { TicketFormat.normalized(fields[$0]) == keys[$0] }
    }
}

extension TicketLayout.LayoutProblem {
    /// Logs the problem as an error at its column of the header `record`.
    package func report(header record: CSVRecord, path: String, log: inout DiagnosticLog) {
        let position = record.positions[column]
        log.error(message, at: SourceLocation(path: path, line: position.line, column: position.column))
    }
}

/// The cells of one row as the reader takes them: a cell that cannot be read is noted (with what
/// is wrong) and taken as no value, so the row still counts for everything else.
package struct RowCells {
    package let fields: [String]
    package private(set) var problems: [(index: Int, kind: CellKind, what: String, expected: String)] = []

    package init(_ fields: [String]) { self.fields = fields }

    /// The value of column `index` (nil when there is no such column, the cell is empty or unreadable).
    package mutating func take<T>(_ index: Int?, _ kind: CellKind, _ parse: (String) -> ExportCell<T>) -> T? {
        guard let index else { return nil }
        switch parse(fields[index]) {
        case .empty: return nil
        case .value(let value): return value
        case .invalid(let what, let expected):
            problems.append((index, kind, what, expected))
            return nil
        }
    }

    /// Column `index` held a cell that could not be read.
    package func failed(_ index: Int?) -> Bool { index.map { i in problems.contains { $0.index == i } } ?? false }
}

/// The problems of one export: bad rows (left out) and unreadable cells (the row counts without
/// them). The first ``limit`` are warnings at their line and column, the rest one warning with
/// the count. At the end, ``finish`` makes the loud checks: an export of which no row can be
/// used is an error with the fix, and a column of which more than half the cells cannot be read
/// gets one warning with the share and the fix.
package struct ExportProblems {
    package static let limit = 20
    package let path: String
    /// `tickets` or `surveys`: the section of `site.yml` the fixes name.
    package let section: String
    package private(set) var count = 0
    private var firstUnlisted: SourceLocation?

    package init(path: String, section: String) {
        self.path = path
        self.section = section
    }

    /// What one row of the section's files is: `ticket`, `survey`, `order`, `customer`.
    private var rowNoun: String {
        switch section {
        case "tickets": "ticket"
        case "surveys": "survey"
        case "orders": "order"
        default: "customer"
        }
    }

    /// The value without which a row is left out, in words.
    private var keyNoun: String {
        switch section {
        case "tickets": "creation time"
        case "surveys": "time the survey was sent"
        case "orders": "order date"
        default: "date"
        }
    }

    /// The next record of `reader` that is readable CSV; an unreadable one is counted as a row,
    /// reported (left out) and passed over. nil at the end of the file.
    package mutating func nextRecord(_ reader: inout CSVReader, summary: inout ExportSummary, log: inout DiagnosticLog) -> CSVRecord? {
        while let result = reader.next() {
            switch result {
            case .success(let record):
                return record
            case .failure(let error):
                summary.rows += 1
                report(error.message, reason: "unreadable CSV", line: error.line, column: error.column, summary: &summary, log: &log)
            }
        }
        return nil
    }

    /// Whether `record` has the header's `width` fields (more is fine when the extra ones are
    /// empty: a trailing delimiter); a row of another width is reported and left out.
    package mutating func hasWidth(_ record: CSVRecord, _ width: Int, summary: inout ExportSummary, log: inout DiagnosticLog) -> Bool {
        let fields = record.fields
        guard fields.count < width || (fields.count > width && !fields[width...].allSatisfy({ $0.trimmingSpaces.isEmpty })) else { return true }
        // The columns of a short row cannot be trusted.
        let at = fields.count > width ? record.positions[width] : record.positions[record.positions.count - 1]
        report("expected \(width) fields as in the header, found \(fields.count)", reason: "wrong number of fields",
               line: at.line, column: at.column, summary: &summary, log: &log)
        return false
    }

    /// A row left out.
    package mutating func report(_ message: String, reason: String, line: Int, column: Int, summary: inout ExportSummary, log: inout DiagnosticLog) {
        summary.count(reason, in: \.skipped)
        let text = message.hasSuffix("the row is skipped") ? message : message + "; the row is skipped"
        note(text, at: SourceLocation(path: path, line: line, column: column), log: &log)
    }

    /// A row left out for want of its key time (`creation time`, `sent time`) in column `key`:
    /// unreadable (noted for the loud checks) or missing.
    package mutating func report(key: Int, named name: String, what: String, cells: RowCells, positions: [CSVPosition],
                         summary: inout ExportSummary, log: inout DiagnosticLog) {
        let position = positions[key]
        if let problem = cells.problems.first(where: { $0.index == key }) {
            summary.unreadableCell(column: name, index: key, kind: .time, value: cells.fields[key],
                                   at: SourceLocation(path: path, line: position.line, column: position.column), key: true)
            report("\(problem.what) (column '\(name)'); \(problem.expected)",
                   reason: "unreadable \(what)", line: position.line, column: position.column, summary: &summary, log: &log)
        } else {
            let missing = what == "sent time" ? "the time the survey was sent" : "the \(what)"
            report("\(missing) is missing (column '\(name)'); \(ExportTime.expectedTimestamp)",
                   reason: "no \(what)", line: position.line, column: position.column, summary: &summary, log: &log)
        }
    }

    /// The unreadable cells of a row that still counts.
    package mutating func report(cells row: RowCells, positions: [CSVPosition], names: [String], summary: inout ExportSummary, log: inout DiagnosticLog) {
        for problem in row.problems {
            let position = positions[problem.index]
            summary.unreadableCell(column: names[problem.index], index: problem.index, kind: problem.kind, value: row.fields[problem.index],
                                   at: SourceLocation(path: path, line: position.line, column: position.column))
            note("\(problem.what) (column '\(names[problem.index])'); \(problem.expected); the \(rowNoun) counts without this cell",
                 at: SourceLocation(path: path, line: position.line, column: position.column), log: &log)
        }
    }

    private mutating func note(_ text: String, at location: SourceLocation, log: inout DiagnosticLog) {
        count += 1
        if count <= Self.limit {
            log.warning(text, at: location)
        } else if firstUnlisted == nil {
            firstUnlisted = location
        }
    }

    /// The count of the problems not reported one by one; the loud checks of the whole file.
    /// `key` is the column without which a row is left out (creation or sent time).
    package func finish(summary: ExportSummary, key: Int, keyName: String, header: [CSVPosition], log: inout DiagnosticLog) {
        if count > Self.limit, let firstUnlisted {
            let more = count - Self.limit
            var parts = summary.skipped.map { "\(HelpDeskData.grouped($0.count)) rows skipped: \($0.reason)" }
            parts += summary.unreadable.map { "\(HelpDeskData.grouped($0.count)) unreadable in '\($0.column)'" }
            log.warning("\(HelpDeskData.grouped(more)) more \(more == 1 ? "problem" : "problems") from here on, not listed one by one (\(parts.joined(separator: ", "))); the other rows and cells are used",
                        at: firstUnlisted)
        }
        func at(_ index: Int) -> SourceLocation {
            let position = header[min(index, header.count - 1)]
            return SourceLocation(path: path, line: position.line, column: position.column)
        }
        let candidates = summary.rows - summary.ignoredCount
        if summary.used == 0, candidates > 0 {
            // Nothing of the file can be used: say why, with a sample and the fix.
            let keyColumn = summary.unreadableKey
            let noun = keyNoun
            var message = "none of the \(HelpDeskData.grouped(candidates)) rows of this export can be used"
            if let keyColumn, let sample = keyColumn.samples.first {
                message += ": the \(noun) in column '\(keyName)' cannot be read (such as '\(ExportTime.shown(sample))' at line \(keyColumn.first.line)); \(fix(for: keyColumn))"
            } else if let reason = summary.skipped.max(by: { $0.count < $1.count }) {
                message += " (\(reason.reason), see the warnings); expected rows as the header describes"
                    + (summary.skipped.contains { $0.reason == "wrong number of fields" } ? ", with the same delimiter (set '\(section): delimiter:' if the header line does not show it)" : "")
            } else {
                message += ": every row lacks the \(noun) (column '\(keyName)')"
            }
            log.error(message, at: at(key))
            return
        }
        let read = summary.cellRows
        guard read > 0 else { return }
        for column in [summary.unreadableKey].compactMap({ $0 }) + summary.unreadable where 2 * column.count > read {
            let share = NumberFormat.value(100 * Double(column.count) / Double(read), unit: .percent)
            let sample = column.samples.first.map { " (such as '\(ExportTime.shown($0))')" } ?? ""
            let consequence = column.index == key ? "those rows are left out" : "those \(section) count without them"
            log.warning("\(share) of the cells of column '\(column.column)' (\(HelpDeskData.grouped(column.count)) of \(HelpDeskData.grouped(read)))\(sample) cannot be read, so \(consequence); \(fix(for: column))",
                        at: at(column.index))
        }
    }

    /// What to change so that the cells of `column` can be read.
    package func fix(for column: ExportSummary.UnreadableColumn) -> String {
        switch column.kind {
        case .time:
            if let pattern = DatePattern.guess(column.samples) {
                return "set \(section): date_format: \"\(pattern.text)\" in site.yml"
            }
            return "check these dates in the export; if they are written in an order cxsite does not know, set \(section): date_format: in site.yml to their pattern, such as \"%d-%m-%y\" or \"%m/%d/%Y %I:%M %p\""
        case .duration, .count:
            if column.samples.contains(where: { $0.contains(",") }) {
                return "these numbers have a decimal comma: set \(section): decimal: \",\" in site.yml (with a ';' delimiter it is the default)"
            }
            return column.kind == .count ? "expected whole numbers of 0 or more" : "expected minutes or hours such as 95 or 2.5"
        case .satisfaction:
            return "expected 1–5, Good/Bad, Offered/Unoffered or a satisfaction word (happy, neutral, unhappy, awesome…); name the right column under '\(section): columns: satisfaction:'"
        case .yesNo:
            return "expected yes or no"
        case .amount:
            if column.samples.contains(where: { $0.contains(",") }) {
                return "these amounts have a decimal comma: set \(section): decimal: \",\" in site.yml (with a ';' delimiter it is the default)"
            }
            return "expected amounts such as 49.90 or -12.50, without thousands separators"
        case .status:
            return "expected active, churned, cancelled or another status word (docs/CUSTOMERS.md)"
        case .question:
            return "expected csat, nps or solved"
        case .answer:
            return "expected 1–5 for csat, 0–10 for nps, yes/no for solved"
        }
    }
}
