import CXSiteSupport

/// What one export file held and how it was read: shown on the checks page and in the build summary.
public struct ExportSummary: Sendable {
    /// Tickets (`content/tickets/`), survey responses (`content/surveys/`), orders
    /// (`content/orders/`) or customer lists (`content/customers/`).
    public enum Kind: String, Sendable {
        case tickets, surveys, orders, customers
    }

    /// How a metric is computed from this file, or what the file lacks for it.
    public struct MetricSource: Sendable, Hashable {
        public var metric: String
        /// `median of 'First reply time in minutes' (calendar hours)`; nil when the file cannot give the metric.
        public var method: String?
        /// What would enable the metric: `a reopen count column (Zendesk's 'Reopens'; …)`.
        public var needs: String?
        /// The method uses business hours because the export has no calendar column.
        public var businessHours = false

        /// The memberwise initialiser, open to the other targets.
        package init(metric: String, method: String? = nil, needs: String? = nil, businessHours: Bool = false) {
            self.metric = metric
            self.method = method
            self.needs = needs
            self.businessHours = businessHours
        }
    }

    /// Path relative to the project (`content/tickets/zendesk-2025.csv`).
    public var path: String
    public var kind: Kind
    /// The format recognised from the header: `Zendesk ticket export`, `survey export`, …
    public var format: String
    /// Data rows read (the header and blank lines not counted).
    public var rows = 0
    /// Rows counted in the metrics and checks.
    public var used = 0
    /// Rows left out on purpose, by reason (`repeated header line`, `deleted or spam ticket`).
    public var ignored: [(reason: String, count: Int)] = []
    /// Bad rows left out, by reason (`unreadable date in 'Created at'`), in order of first appearance.
    public var skipped: [(reason: String, count: Int)] = []
    /// First and last month of the rows used.
    public var firstMonth: Period?
    public var lastMonth: Period?
    /// Per metric: how this file gives it, or what it lacks.
    public var metrics: [MetricSource] = []
    /// Rows whose cells were read (not left out as bad CSV, a repeated header, deleted or spam).
    public var cellRows = 0
    /// Columns with cells that could not be read, in order of first appearance; the rows counted without them.
    public var unreadable: [UnreadableColumn] = []
    /// Unreadable cells of the creation (sent) time: those rows are left out, counted in ``skipped``.
    package var unreadableKey: UnreadableColumn?
    /// The delimiter the file was read with.
    public var delimiter = CSVDelimiter.comma

    /// The unreadable cells of one column.
    public struct UnreadableColumn: Sendable {
        /// The column's name as written in the header.
        public var column: String
        package var index: Int
        package var kind: CellKind
        public var count = 0
        /// The first few unreadable values, for the loud checks' messages and fixes (never shown on the site).
        package var samples: [String] = []
        /// The first unreadable cell.
        public var first: SourceLocation

        /// The memberwise initialiser, open to the other targets.
        package init(column: String, index: Int, kind: CellKind, count: Int = 0, samples: [String] = [], first: SourceLocation) {
            self.column = column
            self.index = index
            self.kind = kind
            self.count = count
            self.samples = samples
            self.first = first
        }
    }

    /// Unreadable cells in all.
    public var unreadableCount: Int { unreadable.reduce(0) { $0 + $1.count } }

    package mutating func unreadableCell(column: String, index: Int, kind: CellKind, value: String, at location: SourceLocation, key: Bool = false) {
        if key {
            if unreadableKey == nil { unreadableKey = UnreadableColumn(column: column, index: index, kind: kind, first: location) }
            unreadableKey!.count += 1
            if unreadableKey!.samples.count < 5 { unreadableKey!.samples.append(value.trimmingSpaces) }
        } else if let k = unreadable.firstIndex(where: { $0.index == index }) {
            unreadable[k].count += 1
            if unreadable[k].samples.count < 5 { unreadable[k].samples.append(value.trimmingSpaces) }
        } else {
            unreadable.append(UnreadableColumn(column: column, index: index, kind: kind, count: 1, samples: [value.trimmingSpaces], first: location))
        }
    }

    public init(path: String, kind: Kind, format: String) {
        self.path = path
        self.kind = kind
        self.format = format
    }

    /// Bad rows in all.
    public var skippedCount: Int { skipped.reduce(0) { $0 + $1.count } }
    public var ignoredCount: Int { ignored.reduce(0) { $0 + $1.count } }

    /// The source of `metric` in this file, if the file is of the kind that could give it.
    public func source(of metric: String) -> MetricSource? { metrics.first { $0.metric == metric } }

    package mutating func count(_ reason: String, in list: WritableKeyPath<ExportSummary, [(reason: String, count: Int)]>) {
        if let index = self[keyPath: list].firstIndex(where: { $0.reason == reason }) {
            self[keyPath: list][index].count += 1
        } else {
            self[keyPath: list].append((reason, 1))
        }
    }

    package mutating func used(in month: Period) {
        used += 1
        if firstMonth == nil || month < firstMonth! { firstMonth = month }
        if lastMonth == nil || month > lastMonth! { lastMonth = month }
    }
}

/// The help-desk and survey exports of a project (`content/tickets/`, `content/surveys/`),
/// reduced while streaming to per-month tallies: no ticket row is kept.
public struct HelpDeskData: Sendable {
    /// The `tickets:` and `surveys:` settings of `site.yml` the exports were read with.
    public var settings = TicketSettings()
    /// One summary per export file, in path order.
    public var exports: [ExportSummary] = []
    /// Per month of ticket creation.
    public var tickets: [Period: TicketTally] = [:]
    /// Per month a survey was sent.
    public var surveys: [Period: SurveyTally] = [:]

    public init(settings: TicketSettings = TicketSettings()) { self.settings = settings }

    /// No export was read.
    public var isEmpty: Bool { exports.isEmpty }

    public var ticketExports: [ExportSummary] { exports.filter { $0.kind == .tickets } }
    public var surveyExports: [ExportSummary] { exports.filter { $0.kind == .surveys } }

    /// Every month with tickets or surveys, in order.
    public var months: [Period] { Set(tickets.keys).union(surveys.keys).sorted() }

    /// One clause for the build summary naming the formats read: `tickets: 1 Zendesk ticket export
    /// (1,204 rows used, 3 skipped); surveys: 1 survey export (312 rows used)`; nil without exports.
    public var summary: String? { Self.summary(of: exports) }

    /// The build summary's clause for `exports` of any kind (tickets, surveys, orders, customer
    /// lists): `orders: 1 Shopify orders export (1,204 rows used)`; nil without exports.
    public static func summary(of exports: [ExportSummary]) -> String? {
        guard !exports.isEmpty else { return nil }
        var parts: [String] = []
        for kind in [ExportSummary.Kind.tickets, .surveys, .orders, .customers] {
            let files = exports.filter { $0.kind == kind }
            guard !files.isEmpty else { continue }
            var formats: [String] = []
            for format in Set(files.map(\.format)).sorted() {
                let n = files.filter { $0.format == format }.count
                formats.append("\(n) \(format)\(n == 1 ? "" : "s")")
            }
            let used = files.reduce(0) { $0 + $1.used }
            let skipped = files.reduce(0) { $0 + $1.skippedCount }
            var rows = "\(grouped(used)) row\(used == 1 ? "" : "s") used" + (skipped > 0 ? ", \(grouped(skipped)) skipped" : "")
            var cells: [String: Int] = [:]
            var order: [String] = []
            for file in files {
                for column in file.unreadable {
                    if cells[column.column] == nil { order.append(column.column) }
                    cells[column.column, default: 0] += column.count
                }
            }
            if !order.isEmpty {
                rows += "; unreadable cells: " + order.map { "\(grouped(cells[$0]!)) in '\($0)'" }.joined(separator: ", ")
            }
            parts.append("\(kind == .customers ? "customer lists" : kind.rawValue): \(formats.joined(separator: ", ")) (\(rows))")
        }
        return parts.joined(separator: "; ")
    }

    /// `52,114`: thousands grouped with commas, as the pages show counts.
    public static func grouped(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (index, character) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(character)
        }
        return (n < 0 ? "-" : "") + out
    }
}

/// What a column of an export holds, for the fix a warning suggests.
package enum CellKind: Sendable {
    case time, duration, count, satisfaction, yesNo, question, answer, amount, status
}
