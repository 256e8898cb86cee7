public import Foundation
import CXSiteSupport
import CXSiteModel

/// Streams an order or payment export (`content/orders/*.csv`) into an ``OrderBook``: the format
/// is told from the header (``OrderLayout``), each row becomes one ``OrderLine`` (a customer
/// number, a day, an amount, a segment) and nothing else of it is kept.
///
/// The rules of the help-desk exports apply (docs/TICKETS.md, *Cells, not rows*): an unreadable
/// amount is a warning at its cell and the order still counts, without its amount; a row without a
/// readable date or a customer, or that cannot be read as CSV, is left out with a warning and
/// counted by reason; an export of which no row can be used is an error with the fix. Cancelled,
/// failed and voided orders, further line items of an order and repeated header lines are left
/// out silently and counted.
///
/// ```swift
/// var book = OrderBook(settings: settings)
/// var customers = OrderExportReader.CustomerNumbers()
/// OrderExportReader.read(fileAt: url, path: "content/orders/shopify.csv", into: &book, customers: &customers, log: &log)
/// ```
public enum OrderExportReader {
    /// Customer ids and e-mail addresses → numbers, for one read of a project's order exports.
    /// The ids live here only, while the exports are read; the ``OrderBook`` keeps the numbers.
    public struct CustomerNumbers {
        private var numbers: [String: Int32] = [:]

        public init() {}

        /// Customers numbered so far.
        public var count: Int { numbers.count }

        /// The number of the customer `key` (an id, or an e-mail lower-cased and trimmed).
        package mutating func number(_ key: String) -> Int32 {
            if let known = numbers[key] { return known }
            let next = Int32(numbers.count)
            numbers[key] = next
            return next
        }
    }

    /// Reads the export at `url`; `path` (relative to the project) is used in messages.
    public static func read(fileAt url: URL, path: String, into book: inout OrderBook, customers: inout CustomerNumbers, log: inout DiagnosticLog) {
        guard var reader = ExportFile.open(url, path: path, dialect: book.settings.csv, log: &log) else { return }
        read(&reader, path: path, into: &book, customers: &customers, log: &log)
    }

    /// Reads an export held in memory (tests).
    public static func read(bytes: [UInt8], path: String, into book: inout OrderBook, customers: inout CustomerNumbers, log: inout DiagnosticLog) {
        var reader = CSVReader(bytes: bytes, allowsBareQuotes: true, delimiter: book.settings.csv.delimiter)
        read(&reader, path: path, into: &book, customers: &customers, log: &log)
    }

    package static func read(_ reader: inout CSVReader, path: String, into book: inout OrderBook, customers: inout CustomerNumbers, log: inout DiagnosticLog) {
        let settings = book.settings
        var zone = ExportClock(zone: settings.timeZone)
        var utc = ExportClock(zone: TimeZone(identifier: "UTC")!)
        var layout: OrderLayout?
        var headerKeys: [String] = []
        var headerPositions: [CSVPosition] = []
        var summary = ExportSummary(path: path, kind: .orders, format: "order export")
        var problems = ExportProblems(path: path, section: "orders")
        var decimalComma = false
        var readColumns: [Int] = []
        var previousOrder = ""
        while let record = problems.nextRecord(&reader, summary: &summary, log: &log) {
            guard let layout else {
                let names = record.fields.map(\.trimmingSpaces)
                switch OrderLayout.detect(names, settings: settings) {
                case .success(let found):
                    layout = found
                    headerKeys = names.map(TicketFormat.normalized)
                    headerPositions = record.positions
                    summary.format = found.format.name
                    summary.delimiter = reader.delimiter
                    decimalComma = settings.csv.decimalComma(in: reader.delimiter)
                    readColumns = found.readColumns
                    if found.amount == nil { book.withoutAmountColumn.append(path) }
                    reader.readOnly(readColumns, width: names.count)
                case .failure(let problem):
                    problem.report(header: record, path: path, log: &log)
                    return
                }
                continue
            }
            summary.rows += 1
            let fields = record.fields
            if record.repeatsHeader(key: layout.date, names: layout.names, keys: headerKeys, readColumns: readColumns) {
                summary.count("repeated header line", in: \.ignored)
                continue
            }
            guard problems.hasWidth(record, layout.width, summary: &summary, log: &log) else { continue }
            // Shopify writes one row per line item, the order's totals on its first row only.
            if let column = layout.orderName {
                let name = fields[column].trimmingSpaces
                if !name.isEmpty, name == previousOrder, layout.amount.map({ ExportTime.isNone(fields[$0].trimmingSpaces) }) ?? true {
                    summary.count("further line item of an order", in: \.ignored)
                    continue
                }
                previousOrder = name
            }
            var status = layout.status.map { TicketFormat.normalized(fields[$0]) } ?? ""
            if status.hasPrefix("wc-") { status.removeFirst(3) }
            if layout.ignoredStatuses.contains(status) {
                summary.count("cancelled, failed or voided", in: \.ignored)
                continue
            }
            if let column = layout.cancelledAt, !ExportTime.isNone(fields[column].trimmingSpaces) {
                summary.count("cancelled, failed or voided", in: \.ignored)
                continue
            }
            summary.cellRows += 1
            var cells = RowCells(fields)
            let date = cells.take(layout.date, .time) { text in
                layout.naiveIsUTC ? ExportTime.timestamp(text, clock: &utc, order: settings.dateOrder, formats: settings.csv.dateFormats)
                    : ExportTime.timestamp(text, clock: &zone, order: settings.dateOrder, formats: settings.csv.dateFormats)
            }
            guard let date else {
                problems.report(key: layout.date, named: layout.names[layout.date], what: "order date", cells: cells, positions: record.positions,
                                summary: &summary, log: &log)
                continue
            }
            guard let key = customerKey(fields, layout: layout) else {
                let column = layout.customer ?? layout.email ?? 0
                let names = [layout.customer, layout.email].compactMap { $0 }.map { "'\(layout.names[$0])'" }.joined(separator: " or ")
                problems.report("the customer is missing (column \(names)); expected a customer id or e-mail address on every order",
                                reason: "no customer", line: record.positions[column].line, column: record.positions[column].column, summary: &summary, log: &log)
                continue
            }
            let amount = cells.take(layout.amount, .amount) { amountCell($0, decimalComma: decimalComma) }
            let refunded = cells.take(layout.refunded, .amount) { amountCell($0, decimalComma: decimalComma) }
            problems.report(cells: cells, positions: record.positions, names: layout.names, summary: &summary, log: &log)
            let day = zone.day(ofUTC: date.seconds)
            let month = Period(containing: day, cadence: settings.cadence)
            var net: Double?
            if layout.refundedStatuses.contains(status) {
                net = 0
            } else if let amount, !cells.failed(layout.refunded) {
                net = amount - (refunded ?? 0)
            }
            let segment = layout.segment.flatMap { segmentName(fields[$0]) }.map { book.segmentIndex($0) } ?? -1
            let line = OrderLine(customer: customers.number(key), day: Int32(clamping: day), amount: net, segment: segment)
            if let net, net < 0 { book.refunds.append(line) } else { book.orders.append(line) }
            summary.used(in: month)
            if book.sources[month] == nil { book.sources[month] = SourceLocation(path: path, line: record.line, column: 1) }
        }
        book.customerCount = customers.count
        guard let layout else {
            log.warning("order export is empty; expected a header such as Shopify's 'Name,Email,Financial Status,…,Created at,…'", at: SourceLocation(path: path))
            return
        }
        problems.finish(summary: summary, key: layout.date, keyName: layout.names[layout.date], header: headerPositions, log: &log)
        book.exports.append(summary)
    }

    /// Who placed the order: the customer id, else the e-mail address lower-cased (a cell holding
    /// an address is compared lower-cased wherever it comes from); nil when the row has neither.
    private static func customerKey(_ fields: [String], layout: OrderLayout) -> String? {
        if let column = layout.customer {
            let id = fields[column].trimmingSpaces
            if !id.isEmpty, !ExportTime.isNone(id), !(layout.format == .woocommerce && id == "0") {
                return id.utf8.contains(UInt8(ascii: "@")) ? id.lowercased() : id
            }
        }
        if let column = layout.email {
            let email = fields[column].trimmingSpaces
            if !email.isEmpty, !ExportTime.isNone(email) { return email.lowercased() }
        }
        return nil
    }

    /// A segment as shown in a breakdown; nil for none, and for a value that looks like an e-mail address.
    private static func segmentName(_ text: String) -> String? {
        guard let name = TicketExportReader.breakdownName(text), !name.utf8.contains(UInt8(ascii: "@")) else { return nil }
        return name
    }

    /// An amount: a decimal with an optional sign and an optional leading currency symbol
    /// (`49.90`, `-12.50`, `$49.90`); `49,90` with a decimal comma.
    package static func amountCell(_ text: String, decimalComma: Bool) -> ExportCell<Double> {
        var trimmed = text.trimmingSpaces
        if ExportTime.isNone(trimmed) { return .empty }
        for symbol in ["$", "€", "£"] where trimmed.hasPrefix(symbol) || trimmed.hasPrefix("-" + symbol) {
            trimmed = trimmed.replacingOccurrences(of: symbol, with: "")
        }
        if decimalComma { trimmed = MetricNumber.commaAsPoint(trimmed) }
        if let number = ExportTime.plainDecimal(trimmed), number.isFinite, abs(number) < 1e12 { return .value(number) }
        return .invalid(what: "'\(ExportTime.shown(text.trimmingSpaces))' is not an amount",
                        expected: decimalComma ? "expected an amount such as 49,90 or 49.90" : "expected an amount such as 49.90")
    }
}
