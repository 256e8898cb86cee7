public import Foundation
#if canImport(Glibc)
import Glibc
#endif
import CXSiteSupport
import CXSiteModel

/// Reads a metrics CSV file into a ``MetricTable``: tells the long shape from the wide one by
/// the header, checks every cell and logs every problem with its line and column.
///
/// Long: `month,metric,value` plus optional `segment`, `channel` and `target` columns, in any
/// order. Wide: `month` plus one column per metric id (and optional `segment`, `channel`).
/// In both, `date` (YYYY-MM-DD) may stand for `month`; such rows are aggregated per month later.
/// Column names are matched without regard to case or surrounding blanks; metric ids exactly.
/// Blanks around a cell (spaces, tabs, line breaks inside quotes) are ignored; inside a segment
/// or channel name each run of them counts as one space.
///
/// The file is streamed through ``CSVReader``, so a file of a million rows is read in bounded
/// memory apart from the entries themselves.
///
/// ```swift
/// var log = DiagnosticLog()
/// let table = MetricTableReader.read(fileAt: url, path: "content/metrics/kpis.csv", log: &log)
/// ```
public enum MetricTableReader {
    /// The column names of the long shape.
    package static let longColumns = ["month", "week", "date", "metric", "value", "segment", "channel", "target", "n", "sd", "promoters", "detractors"]
    /// What may follow a metric id in a wide file's header (`csat_n`, `ces_sd`, `nps_promoters`):
    /// a column about that metric's value, not a metric of its own.
    package static let companionSuffixes = ["n", "sd", "promoters", "detractors"]

    /// Reads the file at `url`; `path` (relative to the project root) is used in diagnostics.
    ///
    /// `dialect` gives the delimiter (else told from the header line) and the decimal mark.
    public static func read(fileAt url: URL, path: String, dialect: CSVDialect = CSVDialect(), cadence: Cadence = .monthly, log: inout DiagnosticLog) -> MetricTable? {
        let handle: FileHandle
        do {
            handle = try FileHandle(forReadingFrom: url)
        } catch {
            log.error("cannot read file: \(FileSystem.reason(error))", at: SourceLocation(path: path))
            return nil
        }
        defer { try? handle.close() }
        do {
            let start = try handle.read(upToCount: 2) ?? Data()
            if start.starts(with: [0xFF, 0xFE]) || start.starts(with: [0xFE, 0xFF]) {
                log.error("file is UTF-16; save it as UTF-8 (\"CSV UTF-8\" in spreadsheet programs)", at: SourceLocation(path: path))
                return nil
            }
            try handle.seek(toOffset: 0)
        } catch {
            log.error("cannot read file: \(FileSystem.reason(error))", at: SourceLocation(path: path))
            return nil
        }
        var reader = CSVReader(fileHandle: handle, delimiter: dialect.delimiter)
        return read(&reader, path: path, dialect: dialect, cadence: cadence, log: &log)
    }

    /// Reads CSV bytes held in memory (tests, and files already read).
    ///
    /// `plainRows: false` reads every row through the checked path (tests compare the two).
    public static func read(bytes: [UInt8], path: String, dialect: CSVDialect = CSVDialect(), cadence: Cadence = .monthly, log: inout DiagnosticLog) -> MetricTable? {
        read(bytes: bytes, path: path, plainRows: true, dialect: dialect, cadence: cadence, log: &log)
    }

    package static func read(bytes: [UInt8], path: String, plainRows: Bool, dialect: CSVDialect = CSVDialect(), cadence: Cadence = .monthly, log: inout DiagnosticLog) -> MetricTable? {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            log.error("file is UTF-16; save it as UTF-8 (\"CSV UTF-8\" in spreadsheet programs)", at: SourceLocation(path: path))
            return nil
        }
        var reader = CSVReader(bytes: bytes, delimiter: dialect.delimiter)
        return read(&reader, path: path, plainRows: plainRows, dialect: dialect, cadence: cadence, log: &log)
    }

    /// Reads every record of `reader`: the header first, then the data rows.
    /// `cadence` is the period dated rows are placed in.
    package static func read(_ reader: inout CSVReader, path: String, plainRows: Bool = true, dialect: CSVDialect = CSVDialect(),
                             cadence: Cadence = .monthly, log: inout DiagnosticLog) -> MetricTable? {
        var layout: Layout?
        var sawHeader = false
        var sawBrokenRow = false
        var builder = Builder(path: path, cadence: cadence)
        // Ordinary rows take the byte-level path; the first row, and any row with something to
        // report or to normalise, come back as a record for the checks below.
        while let result = reader.next(consumingPlain: { record in plainRows && layout.map { builder.addPlain(record, layout: $0) } ?? false }) {
            switch result {
            case .failure(let error):
                log.error(error.message, at: SourceLocation(path: path, line: error.line, column: error.column))
                if sawHeader { sawBrokenRow = true }
            case .success(let record):
                if !sawHeader {
                    sawHeader = true
                    layout = Layout(header: record, path: path, log: &log)
                    builder.decimalComma = dialect.decimalComma(in: reader.delimiter)
                    if let layout { builder.prepare(layout) }
                } else if let layout {
                    builder.add(record, layout: layout, log: &log)
                }
            }
        }
        if !sawHeader {
            log.error("metrics file is empty; expected a header such as 'month,metric,value' and a row per value, or delete the file", at: SourceLocation(path: path))
            return nil
        }
        guard let layout else { return nil }
        if builder.rows == 0 && !sawBrokenRow {
            log.error("metrics file has a header but no rows; add rows such as '2026-01,csat,87.5' below it, or delete the file", at: SourceLocation(path: path, line: 2))
            return nil
        }
        var table = MetricTable(path: path, shape: layout.shape, timeColumn: layout.timeColumn, series: builder.series,
                                entries: builder.entries, rowCount: builder.rows)
        table.spreads = builder.spreads
        return table
    }

    /// What the header says about the columns.
    package struct Layout {
        package var shape: MetricTable.Shape
        /// Fields every row must have.
        package var width: Int
        /// Column names as written, for messages.
        package var names: [String]
        package var time: Int
        package var timeColumn: MetricTable.TimeColumn
        package var dated: Bool { timeColumn == .date }
        package var metric = -1, value = -1, segment = -1, channel = -1, target = -1
        /// Long shape: the `n`, `sd`, `promoters` and `detractors` columns.
        package var companions = Companions()
        /// Wide shape: (column, metric id, header location) of each metric column.
        package var metricColumns: [(index: Int, id: String, location: SourceLocation)] = []
        /// In a wide file, the `<id>_n`, `<id>_sd`, `<id>_promoters`, `<id>_detractors` columns
        /// of each metric column that has any (metric column index → its companions).
        package var wideCompanions: [Int: Companions] = [:]

        /// Reads the header; nil (with errors logged) when the shape cannot be told or a column is wrong.
        package init?(header: CSVRecord, path: String, log: inout DiagnosticLog) {
            let names = header.fields.map(\.trimmingSpaces)
            let keys = names.map { $0.lowercased() }
            func location(_ index: Int) -> SourceLocation {
                SourceLocation(path: path, line: header.positions[index].line, column: header.positions[index].column)
            }
            var ok = true
            var firstIndex: [String: Int] = [:]
            for (index, key) in keys.enumerated() {
                if key.isEmpty {
                    log.error("column \(index + 1) of the header has no name; expected a column name such as 'month', 'metric' or a metric id", at: location(index))
                    ok = false
                } else if let first = firstIndex[key] {
                    log.error("column '\(names[index])' appears twice in the header (also column \(first + 1)); each column may appear once", at: location(index))
                    ok = false
                } else {
                    firstIndex[key] = index
                }
            }
            self.names = names
            self.width = names.count
            let headerText = "'" + header.fields.joined(separator: ",") + "'"
            let timeColumns = [MetricTable.TimeColumn.month, .week, .date].compactMap { column in firstIndex[column.rawValue].map { (column, $0) } }
            if timeColumns.count > 1 {
                let named = timeColumns.map { "'\($0.0.rawValue)'" }.joined(separator: " and ")
                log.error("the header has both \(named); expected one of them (a month YYYY-MM, a week YYYY-Www or a date YYYY-MM-DD per row)", at: location(timeColumns.map(\.1).max()!))
                return nil
            }
            guard let (timeColumn, time) = timeColumns.first else {
                if firstIndex["metric"] != nil || firstIndex["value"] != nil {
                    log.error("the header has no 'month' column; expected 'month' (YYYY-MM), 'week' (YYYY-Www) or 'date' (YYYY-MM-DD), as in 'month,metric,value'", at: location(0))
                } else {
                    log.error("cannot tell the shape of this metrics file from its header \(headerText); expected 'month,metric,value' (long) or 'month' followed by metric ids such as 'month,csat,nps' (wide)", at: location(0))
                }
                return nil
            }
            self.time = time
            self.timeColumn = timeColumn
            self.segment = firstIndex["segment"] ?? -1
            self.channel = firstIndex["channel"] ?? -1
            if firstIndex["metric"] != nil || firstIndex["value"] != nil {
                shape = .long
                self.metric = firstIndex["metric"] ?? -1
                self.value = firstIndex["value"] ?? -1
                self.target = firstIndex["target"] ?? -1
                companions = Companions(n: firstIndex["n"] ?? -1, sd: firstIndex["sd"] ?? -1,
                                        promoters: firstIndex["promoters"] ?? -1, detractors: firstIndex["detractors"] ?? -1)
                for required in ["metric", "value"] where firstIndex[required] == nil {
                    log.error("the header has no '\(required)' column; a long metrics file needs 'month,metric,value'", at: location(0))
                    ok = false
                }
                for (index, key) in keys.enumerated() where !key.isEmpty && !MetricTableReader.longColumns.contains(key) {
                    let hint = Suggestion.hint(for: key, in: MetricTableReader.longColumns)
                    log.error("unknown column '\(names[index])' in a long metrics file\(hint); expected month, week or date, metric, value, and optionally segment, channel, target, n, sd, promoters, detractors", at: location(index))
                    ok = false
                }
            } else {
                shape = .wide
                // `csat_n` beside `csat` is csat's sample size, `ces_sd` the spread of ces: columns
                // about a metric's value, not metrics of their own.
                var companionsOf: [String: Companions] = [:]
                var companionColumns = Set<Int>()
                for (index, key) in keys.enumerated() {
                    for suffix in MetricTableReader.companionSuffixes where key.hasSuffix("_" + suffix) {
                        let id = String(key.dropLast(suffix.count + 1))
                        guard firstIndex[id] != nil else { continue }
                        companionsOf[id, default: Companions()].set(suffix, index)
                        companionColumns.insert(index)
                    }
                }
                for (index, key) in keys.enumerated() where index != time && index != segment && index != channel && !key.isEmpty && !companionColumns.contains(index) {
                    if key == "target" {
                        log.error("a 'target' column needs the long shape 'month,metric,value,target'; in a wide file targets come from the catalog or site.yml", at: location(index))
                        ok = false
                    } else {
                        if let companions = companionsOf[key] { wideCompanions[index] = companions }
                        metricColumns.append((index, names[index], location(index)))
                    }
                }
            }
            guard ok else { return nil }
        }

        /// `'value'`: the column's name as written in the header.
        package func name(_ index: Int) -> String { names[index] }
    }

    /// The columns that say what one value rests on (-1 for none): its sample size, and the
    /// spread its test of change needs (a mean's standard deviation, an NPS's shares of
    /// promoters and detractors).
    package struct Companions {
        package var n = -1, sd = -1, promoters = -1, detractors = -1

        /// Any column beyond n: the row's entry gets a ``MetricTable/Spread``.
        package var hasSpread: Bool { sd >= 0 || promoters >= 0 || detractors >= 0 }

        mutating func set(_ suffix: String, _ index: Int) {
            switch suffix {
            case "n": n = index
            case "sd": sd = index
            case "promoters": promoters = index
            default: detractors = index
            }
        }
    }

    /// Accumulates the entries and the interned series of one file.
    package struct Builder {
        package let path: String
        /// Numbers are written with a decimal comma (`81,5`).
        package var decimalComma = false
        package var series: [MetricTable.SeriesReference] = []
        package var entries: [MetricTable.Entry] = []
        /// Entry index → the spread its row gives (only files with `sd`, `promoters` or `detractors` columns have any).
        package var spreads: [Int32: MetricTable.Spread] = [:]
        package var rows = 0
        private var index: [MetricSeries.Key: Int32] = [:]
        /// The last key looked up, to skip hashing when consecutive rows name the same series.
        private var last: (key: MetricSeries.Key, series: Int32)?
        /// Series of plain rows by the bytes of their names.
        private var plainSeries = ByteKeyTable()

        /// The period dated rows are placed in.
        package let cadence: Cadence

        package init(path: String, cadence: Cadence = .monthly) {
            self.path = path
            self.cadence = cadence
        }

        package mutating func prepare(_ layout: Layout) {
            // A wide file without breakdown columns names its series in the header, in order.
            if layout.shape == .wide, layout.segment < 0, layout.channel < 0 {
                for column in layout.metricColumns {
                    _ = intern(MetricSeries.Key(metric: column.id), at: column.location, counting: false)
                }
            }
        }

        package mutating func add(_ record: CSVRecord, layout: Layout, log: inout DiagnosticLog) {
            rows += 1
            let fields = record.fields
            if fields.count != layout.width {
                let at = fields.count > layout.width ? record.positions[layout.width] : record.positions[0]
                log.error("expected \(layout.width) fields as in the header, found \(fields.count)", at: location(at))
                return
            }
            let time = parseTime(record, layout: layout, log: &log)
            let segment = optionalText(fields, layout.segment)
            let channel = optionalText(fields, layout.channel)
            switch layout.shape {
            case .long:
                let id = fields[layout.metric].trimmingSpaces
                if id.isEmpty {
                    log.error("the metric id is missing (column '\(layout.name(layout.metric))'); expected a metric id such as csat", at: location(record.positions[layout.metric]))
                }
                let value = number(record, layout.value, layout: layout, log: &log)
                let target = layout.target >= 0 ? number(record, layout.target, layout: layout, log: &log) : nil
                let (n, spread) = basis(record, layout.companions, layout: layout, log: &log)
                guard !id.isEmpty else { return }
                let series = intern(MetricSeries.Key(metric: id, segment: segment, channel: channel), at: location(record.positions[layout.metric]))
                if let time, let value {
                    append(series: series, time: time, value: value, target: target?.number, n: n, spread: spread, at: record.positions[layout.value])
                }
            case .wide:
                for column in layout.metricColumns {
                    let value = number(record, column.index, layout: layout, log: &log)
                    let (n, spread) = layout.wideCompanions[column.index].map { basis(record, $0, layout: layout, log: &log) } ?? (nil, nil)
                    let key = MetricSeries.Key(metric: column.id, segment: segment, channel: channel)
                    let series = intern(key, at: column.location)
                    if let time, let value {
                        append(series: series, time: time, value: value, target: nil, n: n, spread: spread, at: record.positions[column.index])
                    }
                }
            }
        }

        /// The row's sample size and spread for one value, from its companion columns; each bad
        /// cell an error (and then left out).
        private func basis(_ record: CSVRecord, _ companions: Companions, layout: Layout, log: inout DiagnosticLog) -> (Int?, MetricTable.Spread?) {
            let n = companions.n >= 0 ? sampleSize(record, companions.n, layout: layout, log: &log) : nil
            guard companions.hasSpread else { return (n, nil) }
            func cell(_ index: Int, percent: Bool) -> Double? {
                guard index >= 0, let value = number(record, index, layout: layout, log: &log) else { return nil }
                let range = percent ? 0...100.0 : 0...Double.greatestFiniteMagnitude
                guard range.contains(value.number) else {
                    let what = percent ? "a share of the answers from 0 to 100" : "a standard deviation of 0 or more"
                    log.error("'\(record.fields[index].trimmingSpaces)' is not \(what) (column '\(layout.name(index))')", at: location(record.positions[index]))
                    return nil
                }
                return value.number
            }
            let spread = MetricTable.Spread(standardDeviation: cell(companions.sd, percent: false),
                                            promoters: cell(companions.promoters, percent: true), detractors: cell(companions.detractors, percent: true))
            return (n, spread.isEmpty ? nil : spread)
        }

        /// Adds a row of a long file straight from its bytes, when nothing in it needs a message or
        /// normalising: every cell valid, names without surrounding or repeated blanks, numbers
        /// short enough to read exactly. Returns false, having changed nothing, for any other
        /// row; ``add(_:layout:log:)`` then reads it (the same entries, plus the diagnostics).
        package mutating func addPlain(_ record: CSVReader.PlainRecord, layout: Layout) -> Bool {
            guard layout.shape == .long, layout.companions.n < 0, !layout.companions.hasSpread, record.count == layout.width else { return false }
            let timeBytes = record.field(layout.time)
            let time: (Period, UInt8)
            switch layout.timeColumn {
            case .date:
                guard let date = Period.date(timeBytes) else { return false }
                time = placed(date)
            case .month:
                guard let month = Period.month(timeBytes) else { return false }
                time = (month, 0)
            case .week:
                return false
            }
            let metric = record.field(layout.metric)
            guard !metric.isEmpty, Self.isName(metric),
                  layout.segment < 0 || Self.isName(record.field(layout.segment)),
                  layout.channel < 0 || Self.isName(record.field(layout.channel)) else { return false }
            let valueBytes = record.field(layout.value)
            var value: MetricNumber.Value?
            if !valueBytes.isEmpty {
                guard let parsed = MetricNumber.parsePlain(valueBytes, decimalComma: decimalComma) else { return false }
                value = parsed
            }
            var target: Double?
            if layout.target >= 0 {
                let targetBytes = record.field(layout.target)
                if !targetBytes.isEmpty {
                    guard let parsed = MetricNumber.parsePlain(targetBytes, decimalComma: decimalComma) else { return false }
                    target = parsed.number
                }
            }
            rows += 1
            let series = internPlain(record, layout: layout)
            if let value {
                append(series: series, time: time, value: value, target: target, at: record.position(layout.value))
            }
            return true
        }

        /// Series of a plain row, found by the bytes of its metric, segment and channel (as
        /// `intern` would find it by its key, counting the row).
        private mutating func internPlain(_ record: CSVReader.PlainRecord, layout: Layout) -> Int32 {
            let metric = record.field(layout.metric)
            let segment = layout.segment >= 0 ? record.field(layout.segment) : UnsafeBufferPointer(start: nil, count: 0)
            let channel = layout.channel >= 0 ? record.field(layout.channel) : UnsafeBufferPointer(start: nil, count: 0)
            if let found = plainSeries.find(metric, segment, channel) {
                series[Int(found)].uses += 1
                return found
            }
            func text(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
                bytes.isEmpty ? nil : String(decoding: bytes, as: UTF8.self)
            }
            let key = MetricSeries.Key(metric: String(decoding: metric, as: UTF8.self), segment: text(segment), channel: text(channel))
            let found = intern(key, at: location(record.position(layout.metric)))
            plainSeries.insert(metric, segment, channel, series: found)
            return found
        }

        /// A name cell as it is once blanks are collapsed: no space, tab or line break at either
        /// end, no tab or line break inside, no two spaces in a row. Empty counts (no name).
        private static func isName(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            guard let first = bytes.first, let last = bytes.last else { return true }
            if first == 0x20 || last == 0x20 { return false }
            // Any control byte (tab, line breaks, and rarer ones the checked path reads the
            // same) sends the row to the checked path; a space must be followed by a non-space.
            var i = 0
            while i < bytes.count {
                let byte = bytes[i]
                if byte <= 0x20, byte != 0x20 || bytes[i + 1] == 0x20 { return false }
                i += 1
            }
            return true
        }

        private mutating func append(series: Int32, time: (Period, UInt8), value: MetricNumber.Value, target: Double?, n: Int? = nil,
                                     spread: MetricTable.Spread? = nil, at position: CSVPosition) {
            if let spread { spreads[Int32(entries.count)] = spread }
            entries.append(MetricTable.Entry(series: series, period: time.0, day: time.1, percent: value.percent, value: value.number,
                                             target: target, n: n, line: Int32(clamping: position.line), column: Int32(clamping: position.column)))
        }

        private mutating func intern(_ key: MetricSeries.Key, at location: SourceLocation, counting: Bool = true) -> Int32 {
            if let last, last.key == key {
                if counting { series[Int(last.series)].uses += 1 }
                return last.series
            }
            let found: Int32
            if let existing = index[key] {
                found = existing
                if counting { series[Int(existing)].uses += 1 }
            } else {
                found = Int32(series.count)
                index[key] = found
                series.append(MetricTable.SeriesReference(key: key, location: location, uses: counting ? 1 : 0))
            }
            last = (key, found)
            return found
        }

        private func location(_ position: CSVPosition) -> SourceLocation {
            SourceLocation(path: path, line: position.line, column: position.column)
        }

        /// A segment or channel name, blanks collapsed; nil when the cell is empty or there is no such column.
        private func optionalText(_ fields: [String], _ index: Int) -> String? {
            guard index >= 0 else { return nil }
            let text = fields[index].collapsingBlanks
            return text.isEmpty ? nil : text
        }

        /// A date's period of the cadence and its day within it.
        private func placed(_ date: (month: Period, day: Int)) -> (Period, UInt8) {
            MetricTable.Entry.placing(date.month.firstDay + date.day - 1, in: cadence)
        }

        /// The row's period and day within it (0 for a `month` or `week` row), or nil with an error.
        private func parseTime(_ record: CSVRecord, layout: Layout, log: inout DiagnosticLog) -> (Period, UInt8)? {
            let text = record.fields[layout.time].trimmingSpaces
            let column = layout.name(layout.time)
            let at = location(record.positions[layout.time])
            if text.isEmpty {
                let expected = switch layout.timeColumn {
                case .date: "YYYY-MM-DD such as 2025-03-17"
                case .month: "YYYY-MM such as 2025-03"
                case .week: "an ISO week YYYY-Www such as 2026-W44"
                }
                log.error("the \(layout.timeColumn.rawValue) is missing (column '\(column)'); expected \(expected)", at: at)
                return nil
            }
            do {
                switch layout.timeColumn {
                case .date: return placed(try Period.parseDate(text))
                case .week: return (try Period(parsingWeek: text), 0)
                case .month: return (try Period(parsingMonth: text), 0)
                }
            } catch {
                log.error("\(error.what) (column '\(column)'); \(error.expected)", at: at)
                return nil
            }
        }

        /// The number in column `index`: nil when empty or wrong (then with an error).
        /// A sample size cell: empty (unknown) or a whole number of 1 or more.
        private func sampleSize(_ record: CSVRecord, _ index: Int, layout: Layout, log: inout DiagnosticLog) -> Int? {
            let text = record.fields[index].trimmingSpaces
            guard !text.isEmpty else { return nil }
            guard let n = Int(text), n >= 1 else {
                log.error("'\(text)' is not a sample size (column '\(layout.name(index))'); expected the number of answers or tickets the value rests on, a whole number of 1 or more, or nothing", at: location(record.positions[index]))
                return nil
            }
            return n
        }

        private func number(_ record: CSVRecord, _ index: Int, layout: Layout, log: inout DiagnosticLog) -> MetricNumber.Value? {
            do {
                return try MetricNumber.parse(record.fields[index], decimalComma: decimalComma)
            } catch {
                log.error(error.message(column: layout.name(index)), at: location(record.positions[index]))
                return nil
            }
        }
    }
}

/// Series numbers by the bytes of three names (metric, segment, channel), so that the plain-row
/// path of ``MetricTableReader`` finds a row's series without making strings: open addressing
/// on an FNV-1a hash, each key kept as the names joined by NUL (which no CSV field holds).
private struct ByteKeyTable {
    private var keys: [[UInt8]] = []
    private var hashes: [UInt64] = []
    private var values: [Int32] = []
    /// Index into `keys`, or -1 for an empty slot; the count is a power of two.
    private var slots = [Int32](repeating: -1, count: 64)

    package func find(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>, _ c: UnsafeBufferPointer<UInt8>) -> Int32? {
        let hash = Self.hash(a, b, c)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 {
            let entry = Int(slots[slot])
            if hashes[entry] == hash, Self.equal(keys[entry], a, b, c) { return values[entry] }
            slot = (slot + 1) & mask
        }
        return nil
    }

    package mutating func insert(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>, _ c: UnsafeBufferPointer<UInt8>, series: Int32) {
        if (keys.count + 1) * 2 > slots.count { grow() }
        var key: [UInt8] = []
        key.reserveCapacity(a.count + b.count + c.count + 2)
        key.append(contentsOf: a)
        key.append(0)
        key.append(contentsOf: b)
        key.append(0)
        key.append(contentsOf: c)
        keys.append(key)
        hashes.append(Self.hash(a, b, c))
        values.append(series)
        place(keys.count - 1)
    }

    private mutating func place(_ entry: Int) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hashes[entry]) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(entry)
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        for entry in keys.indices { place(entry) }
    }

    private static func hash(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>, _ c: UnsafeBufferPointer<UInt8>) -> UInt64 {
        mix(c, into: mix(b, into: mix(a, into: 0xcbf2_9ce4_8422_2325)))
    }

    /// FNV-1a over `bytes` and a terminating 0xFF, so that ("ab", "") and ("a", "b") differ.
    private static func mix(_ bytes: UnsafeBufferPointer<UInt8>, into hash: UInt64) -> UInt64 {
        var hash = hash
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return (hash ^ 0xFF) &* 0x100_0000_01b3
    }

    private static func equal(_ key: [UInt8], _ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>, _ c: UnsafeBufferPointer<UInt8>) -> Bool {
        guard key.count == a.count + b.count + c.count + 2 else { return false }
        return key.withUnsafeBufferPointer { key in
            func same(_ part: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
                part.isEmpty || memcmp(key.baseAddress! + offset, part.baseAddress!, part.count) == 0
            }
            return same(a, at: 0) && same(b, at: a.count + 1) && same(c, at: a.count + b.count + 2)
        }
    }
}
