public import Foundation
import CXSiteSupport
import CXSiteModel

/// Reads a customer list (`content/customers/*.csv`, one row per customer) into churn counts per
/// month and segment (``CustomerLists``); no id or name is kept.
///
/// A list with a churned (yes/no) or status column describes the month `customers: as_of:`
/// names: every customer counts, the churned ones as churned. A list with start and end dates
/// describes every month: a customer is counted in each month whose first day falls between the
/// start and the end (or after the start, without an end), and as churned in the month the end
/// falls in. Unreadable cells are warnings at their cell; a row that cannot say whether its
/// customer churned is left out and counted, as for the exports.
public enum CustomerListReader {
    /// Reads the list at `url`; `path` (relative to the project) is used in messages.
    public static func read(fileAt url: URL, path: String, into lists: inout CustomerLists, log: inout DiagnosticLog) {
        guard var reader = ExportFile.open(url, path: path, dialect: lists.settings.csv, log: &log) else { return }
        read(&reader, path: path, into: &lists, log: &log)
    }

    /// Reads a list held in memory (tests).
    public static func read(bytes: [UInt8], path: String, into lists: inout CustomerLists, log: inout DiagnosticLog) {
        var reader = CSVReader(bytes: bytes, allowsBareQuotes: true, delimiter: lists.settings.csv.delimiter)
        read(&reader, path: path, into: &lists, log: &log)
    }

    /// One segment's counts while a dated list is read: month → customers arriving at the
    /// month's start (negative: leaving after the month before), and churned in the month.
    private struct Changes {
        var atStart: [Period: Int] = [:]
        var churned: [Period: Int] = [:]
        var last: Period?
    }

    package static func read(_ reader: inout CSVReader, path: String, into lists: inout CustomerLists, log: inout DiagnosticLog) {
        let settings = lists.settings
        var clock = ExportClock(zone: TimeZone(identifier: "UTC")!)
        var layout: CustomerListLayout?
        var headerPositions: [CSVPosition] = []
        var summary = ExportSummary(path: path, kind: .customers, format: "customer list")
        var problems = ExportProblems(path: path, section: "customers")
        var asOf: [String?: Ratio] = [:]
        var dated: [String?: Changes] = [:]
        var source = SourceLocation(path: path)
        while let record = problems.nextRecord(&reader, summary: &summary, log: &log) {
            guard let layout else {
                let names = record.fields.map(\.trimmingSpaces)
                switch CustomerListLayout.detect(names, settings: settings) {
                case .success(let found):
                    if !found.isDated, settings.asOf == nil {
                        log.error("this customer list says who churned but not when; set customers: as_of: \"\(settings.cadence == .monthly ? "YYYY-MM" : "YYYY-Www")\" in site.yml to the \(settings.cadence.unit) it describes, or name 'start' and 'end' date columns under 'customers: columns:'",
                                  at: SourceLocation(path: path, line: record.line, column: 1))
                        return
                    }
                    layout = found
                    headerPositions = record.positions
                    summary.format = found.format
                    summary.delimiter = reader.delimiter
                    reader.readOnly(found.readColumns, width: names.count)
                case .failure(let problem):
                    problem.report(header: record, path: path, log: &log)
                    return
                }
                continue
            }
            summary.rows += 1
            let fields = record.fields
            guard problems.hasWidth(record, layout.width, summary: &summary, log: &log) else { continue }
            if fields[layout.customer].trimmingSpaces.caseInsensitiveEquals(layout.names[layout.customer]) {
                summary.count("repeated header line", in: \.ignored)
                continue
            }
            summary.cellRows += 1
            let at = record.positions[layout.customer]
            if ExportTime.isNone(fields[layout.customer].trimmingSpaces) {
                problems.report("the customer id is missing (column '\(layout.names[layout.customer])'); expected one row per customer", reason: "no customer",
                                line: at.line, column: at.column, summary: &summary, log: &log)
                continue
            }
            var cells = RowCells(fields)
            let segments: [String?] = [nil] + layout.segments.map { column in
                TicketExportReader.breakdownName(fields[column.index]).flatMap { value in
                    value.utf8.contains(UInt8(ascii: "@")) ? nil : layout.segments.count == 1 ? value : "\(column.name): \(value)"
                }
            }.filter { $0 != nil }
            if summary.used == 0 { source = SourceLocation(path: path, line: record.line, column: 1) }
            if layout.isDated {
                let start = cells.take(layout.start, .time) { ExportTime.timestamp($0, clock: &clock, order: nil, formats: settings.csv.dateFormats) }
                let end = cells.take(layout.end, .time) { ExportTime.timestamp($0, clock: &clock, order: nil, formats: settings.csv.dateFormats) }
                guard let start, !cells.failed(layout.end) else {
                    let key = cells.failed(layout.start) || start == nil ? layout.start! : layout.end!
                    problems.report(key: key, named: layout.names[key], what: key == layout.start ? "start date" : "end date", cells: cells,
                                    positions: record.positions, summary: &summary, log: &log)
                    continue
                }
                let startDay = clock.day(ofUTC: start.seconds)
                let startMonth = Period(containing: startDay, cadence: settings.cadence)
                let first = startDay == startMonth.firstDay ? startMonth : startMonth.next
                let endMonth = end.map { Period(containing: clock.day(ofUTC: $0.seconds), cadence: settings.cadence) }
                for segment in segments {
                    var changes = dated[segment] ?? Changes()
                    changes.atStart[first, default: 0] += 1
                    if let endMonth {
                        changes.atStart[endMonth.next, default: 0] -= 1
                        if endMonth >= first { changes.churned[endMonth, default: 0] += 1 }
                    }
                    let latest = max(endMonth ?? startMonth, startMonth)
                    if changes.last.map({ latest > $0 }) ?? true { changes.last = latest }
                    dated[segment] = changes
                }
                summary.used(in: endMonth ?? startMonth)
            } else {
                let churned: Bool?
                if let column = layout.churned {
                    churned = cells.take(column, .yesNo, TicketExportReader.yesNo)
                } else {
                    churned = cells.take(layout.status, .status, status)
                }
                guard let churned else {
                    let column = layout.churned ?? layout.status!
                    let position = record.positions[column]
                    if let problem = cells.problems.first {
                        problems.report("\(problem.what) (column '\(layout.names[column])'); \(problem.expected)", reason: "unreadable churn or status",
                                        line: position.line, column: position.column, summary: &summary, log: &log)
                    } else {
                        problems.report("whether the customer churned is missing (column '\(layout.names[column])'); expected \(layout.churned != nil ? "yes or no" : "a status such as active or churned")",
                                        reason: "no churn or status", line: position.line, column: position.column, summary: &summary, log: &log)
                    }
                    continue
                }
                for segment in segments { asOf[segment, default: Ratio()].add(churned) }
                summary.used(in: settings.asOf!)
            }
        }
        guard let layout else {
            log.warning("customer list is empty; expected a header such as 'customerID,…,Contract,…,Churn'", at: SourceLocation(path: path))
            return
        }
        problems.finish(summary: summary, key: layout.start ?? layout.churned ?? layout.status ?? layout.customer,
                        keyName: layout.names[layout.start ?? layout.churned ?? layout.status ?? layout.customer], header: headerPositions, log: &log)
        if let month = settings.asOf, !layout.isDated {
            for (segment, ratio) in asOf { lists.add(ratio, segment: segment, month: month, source: source) }
        }
        for (segment, changes) in dated {
            guard let firstMonth = changes.atStart.keys.min(), let last = settings.asOf ?? changes.last else { continue }
            var customers = 0
            for month in firstMonth.through(last) {
                customers += changes.atStart[month] ?? 0
                guard customers > 0 else { continue }
                lists.add(Ratio(count: customers, hits: changes.churned[month] ?? 0), segment: segment, month: month, source: source)
            }
        }
        lists.exports.append(summary)
    }

    /// A status word: churned (churned, cancelled, lost, inactive, closed…) or not (active, current, paying…).
    package static func status(_ text: String) -> ExportCell<Bool> {
        let word = TicketFormat.normalized(text)
        if word.isEmpty || ExportTime.isNone(word) { return .empty }
        if churnedWords.contains(word) { return .value(true) }
        if activeWords.contains(word) { return .value(false) }
        return .invalid(what: "'\(ExportTime.shown(text.trimmingSpaces))' is not a customer status",
                        expected: "expected active, current, paying, trialing, or churned, cancelled, lost, inactive, closed")
    }

    package static let churnedWords: Set<String> = ["churned", "churn", "cancelled", "canceled", "lost", "inactive", "closed", "terminated",
                                                    "ended", "left", "lapsed", "expired", "former", "yes"]
    package static let activeWords: Set<String> = ["active", "current", "live", "subscribed", "paying", "trialing", "trial", "retained",
                                                   "renewed", "customer", "no"]
}
