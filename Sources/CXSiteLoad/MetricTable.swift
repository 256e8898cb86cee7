import CXSiteSupport
import CXSiteModel

/// The values of one metrics CSV file, checked cell by cell but not yet against the catalog.
///
/// Metric ids are kept as written (``series``, with where each first appears) so the model
/// phase can report unknown ids once per file; values are ``Entry`` rows pointing at them.
public struct MetricTable: Sendable {
    /// How the file is laid out, told apart by its header.
    public enum Shape: String, Sendable {
        /// `month,metric,value` (+ `segment`, `channel`, `target`, `n`): one value per row.
        case long
        /// `month` then one column per metric id (and `<id>_n` for its sample size): one month per row.
        case wide
    }

    /// A series named in the file: its key and where its metric id was first written
    /// (the header cell in a wide file, the first `metric` cell in a long one).
    public struct SeriesReference: Sendable {
        public var key: MetricSeries.Key
        public var location: SourceLocation
        /// Rows (long) or cells (wide) naming it, empty values included.
        public var uses: Int

        /// The memberwise initialiser, open to the other targets.
        package init(key: MetricSeries.Key, location: SourceLocation, uses: Int) {
            self.key = key
            self.location = location
            self.uses = uses
        }
    }

    /// The column a file's rows are placed in time by.
    public enum TimeColumn: String, Sendable {
        /// `month`, `YYYY-MM`: one value per month.
        case month
        /// `week`, an ISO week `YYYY-Www`: one value per week (`cadence: weekly`).
        case week
        /// `date`, `YYYY-MM-DD`: values aggregated per period of the project's cadence.
        case date
    }

    /// One value cell.
    public struct Entry: Sendable {
        /// Index into ``MetricTable/series``.
        public var series: Int32
        public var period: Period
        /// For a `date` row, its day within ``period`` (1 = the period's first day); 0 for a
        /// `month` or `week` row.
        public var day: UInt8
        /// The value was written with a trailing `%`.
        public var percent: Bool
        public var value: Double
        /// The row's `target` cell, when the file has that column and the cell is not empty.
        public var target: Double?
        /// The sample size the value rests on (`n`, or `<metric>_n` in a wide file), when given.
        public var n: Int?
        /// Line and column of the value cell.
        public var line: Int32
        public var column: Int32

        /// The period of `cadence` holding the civil date `days` after 1970-01-01, and the date's
        /// day within it (1 = the period's first day), as a dated row's entry keeps them.
        package static func placing(_ days: Int, in cadence: Cadence) -> (period: Period, day: UInt8) {
            let period = Period(containing: days, cadence: cadence)
            return (period, UInt8(days - period.firstDay + 1))
        }

        /// The memberwise initialiser, open to the other targets.
        package init(series: Int32, period: Period, day: UInt8, percent: Bool, value: Double, target: Double? = nil, n: Int? = nil, line: Int32, column: Int32) {
            self.series = series
            self.period = period
            self.day = day
            self.percent = percent
            self.value = value
            self.target = target
            self.n = n
            self.line = line
            self.column = column
        }
    }

    /// What a metrics file says of a value's spread, for testing its change: a mean's sample
    /// standard deviation (`sd`), an NPS's shares of promoters and detractors in percent.
    public struct Spread: Sendable, Equatable {
        public var standardDeviation: Double?
        public var promoters: Double?
        public var detractors: Double?

        public var isEmpty: Bool { standardDeviation == nil && promoters == nil && detractors == nil }
    }

    /// Path relative to the project root (`content/metrics/kpis.csv`).
    public var path: String
    public var shape: Shape
    /// The column that places rows in time: `month`, `week` or `date`.
    public var timeColumn: TimeColumn
    /// Rows carry a `date` (aggregated per period) rather than a period.
    public var dated: Bool { timeColumn == .date }
    public var series: [SeriesReference]
    public var entries: [Entry]
    /// Entry index → the spread its row gives; empty for files without such columns (kept apart
    /// from ``Entry`` so that the common file pays nothing for it).
    public var spreads: [Int32: Spread] = [:]
    /// Data rows read (blank lines and the header not counted), bad ones included.
    public var rowCount: Int

    /// The location of an entry's value cell.
    public func location(of entry: Entry) -> SourceLocation {
        SourceLocation(path: path, line: Int(entry.line), column: Int(entry.column))
    }

    /// The memberwise initialiser, open to the other targets.
    package init(path: String, shape: Shape, timeColumn: TimeColumn, series: [SeriesReference], entries: [Entry], rowCount: Int) {
        self.path = path
        self.shape = shape
        self.timeColumn = timeColumn
        self.series = series
        self.entries = entries
        self.rowCount = rowCount
    }
}
