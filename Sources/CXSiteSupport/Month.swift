/// A calendar month, the unit every metric series is reported in.
///
/// Written `YYYY-MM` in CSV files, `data/metrics.csv` and page URLs; shown as `Mar 2025` on pages.
///
/// ```swift
/// let month = try Month(parsing: "2025-03")   // 2025-03
/// month.label                                 // "Mar 2025"
/// month.next                                  // 2025-04
/// ```
public struct Month: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let year: Int
    /// 1 = January … 12 = December.
    public let month: Int

    /// A month from its parts; nil unless `month` is 1…12 and `year` is 1…9999.
    public init?(year: Int, month: Int) {
        guard (1...9999).contains(year), (1...12).contains(month) else { return nil }
        self.year = year
        self.month = month
    }

    /// Why a text is not a month or a date.
    public struct ParseError: Error, Hashable, Sendable, CustomStringConvertible {
        /// What is wrong: `'2025-13' is not a month`.
        public var what: String
        /// What was expected: `expected YYYY-MM such as 2025-03`.
        public var expected: String
        /// `'2025-13' is not a month; expected YYYY-MM such as 2025-03`.
        public var description: String { "\(what); \(expected)" }

        /// The memberwise initialiser, open to the other targets.
        package init(what: String, expected: String) {
            self.what = what
            self.expected = expected
        }
    }

    /// Reads `YYYY-MM` (`2025-03`); anything else, a full date included, throws with the reason.
    public init(parsing text: some StringProtocol) throws(ParseError) {
        if Self.withBytes(text, Self.date) != nil {
            throw ParseError(what: "'\(text)' is a date", expected: "expected a month written YYYY-MM such as \(text.prefix(7)), or name the column 'date' to give daily values")
        }
        guard let parsed = Self.withBytes(text, Self.month) else {
            throw ParseError(what: "'\(text)' is not a month", expected: "expected YYYY-MM such as 2025-03")
        }
        self = parsed
    }

    /// Reads a date `YYYY-MM-DD` (a real day of its month) and returns its month and day.
    public static func parseDate(_ text: some StringProtocol) throws(ParseError) -> (month: Month, day: Int) {
        guard let parsed = withBytes(text, date) else {
            throw ParseError(what: "'\(text)' is not a date", expected: "expected YYYY-MM-DD such as 2025-03-17")
        }
        return parsed
    }

    /// The text `2025-03`.
    public var description: String {
        let y = String(year)
        return String(repeating: "0", count: max(0, 4 - y.count)) + y + (month < 10 ? "-0" : "-") + String(month)
    }

    /// `Mar 2025`.
    public var label: String { "\(Self.shortNames[month - 1]) \(year)" }

    /// `March 2025`.
    public var longLabel: String { "\(Self.longNames[month - 1]) \(year)" }

    /// The month after this one.
    public var next: Month { month == 12 ? Month(unchecked: year + 1, 1) : Month(unchecked: year, month + 1) }

    /// The month before this one.
    public var previous: Month { month == 1 ? Month(unchecked: year - 1, 12) : Month(unchecked: year, month - 1) }

    /// Every month from `self` through `last`, in order (empty when `last` is earlier).
    public func through(_ last: Month) -> [Month] {
        var months: [Month] = []
        var current = self
        while current <= last {
            months.append(current)
            current = current.next
        }
        return months
    }

    public static func < (a: Month, b: Month) -> Bool { (a.year, a.month) < (b.year, b.month) }

    private init(unchecked year: Int, _ month: Int) {
        self.year = year
        self.month = month
    }

    private static let shortNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    private static let longNames = ["January", "February", "March", "April", "May", "June", "July",
                                    "August", "September", "October", "November", "December"]

    /// Runs `body` on the UTF-8 bytes of `text` without copying them when they are contiguous.
    private static func withBytes<R>(_ text: some StringProtocol, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(text.utf8).withUnsafeBufferPointer(body)
    }

    /// The value of the ASCII digits `bytes[range]`, nil if any byte is not a digit.
    private static func number(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        var value = 0
        for index in range {
            let byte = bytes[index]
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }

    /// `YYYY-MM-DD` with a day that exists in its month, or nil.
    package static func date(_ bytes: UnsafeBufferPointer<UInt8>) -> (month: Month, day: Int)? {
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              let year = number(bytes, 0..<4), let m = number(bytes, 5..<7), let day = number(bytes, 8..<10),
              let month = Month(year: year, month: m), day >= 1, day <= month.dayCount
        else { return nil }
        return (month, day)
    }

    /// `YYYY-MM` as ``init(parsing:)`` accepts it, or nil.
    package static func month(_ bytes: UnsafeBufferPointer<UInt8>) -> Month? {
        guard bytes.count == 7, bytes[4] == UInt8(ascii: "-"),
              let year = number(bytes, 0..<4), let m = number(bytes, 5..<7) else { return nil }
        return Month(year: year, month: m)
    }

    /// Days in this month (leap years counted).
    package var dayCount: Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}

extension Month {
    /// Days in `month` of `year`.
    package static func dayCount(year: Int, month: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Month numbers by English name, long and short (`january`, `jan`, `sept`), lowercased.
    package static let numbersByName: [String: Int] = {
        var names: [String: Int] = [:]
        let long = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
        for (index, name) in long.enumerated() {
            names[name] = index + 1
            names[String(name.prefix(3))] = index + 1
        }
        names["sept"] = 9
        return names
    }()
}

extension Month {
    /// The month of the civil date `days` after 1970-01-01 (proleptic Gregorian; H. Hinnant's algorithm).
    public init(days: Int) {
        let z = days + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        self.init(unchecked: min(max(year, 1), 9999), month)
    }

    /// Days since 1970-01-01 of the civil date `year`-`month`-`day`.
    public static func days(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// Days since 1970-01-01 of this month's first day.
    public var firstDay: Int { Self.days(year: year, month: month, day: 1) }

    /// Days since 1970-01-01 of this month's last day.
    public var lastDay: Int { firstDay + dayCount - 1 }

    /// The month `count` months after this one (before it when negative).
    public func advanced(by count: Int) -> Month {
        let index = year * 12 + (month - 1) + count
        return Month(unchecked: index / 12, index % 12 + 1)
    }

    /// Months from `other` to this one (negative when `other` is later).
    public func months(since other: Month) -> Int { (year - other.year) * 12 + month - other.month }
}
