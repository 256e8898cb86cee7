/// How often the team reviews its numbers, and so the unit every metric series is reported in:
/// `cadence: monthly` (the default) or `cadence: weekly` in `site.yml`.
public enum Cadence: String, Sendable, Hashable, CaseIterable {
    case monthly
    case weekly

    /// `month` or `week`, for sentences ("this week").
    public var unit: String { self == .monthly ? "month" : "week" }
    /// `Month` or `Week`, for column headings.
    public var unitTitle: String { self == .monthly ? "Month" : "Week" }
    /// `Monthly` or `Weekly`, to begin a sentence or a title.
    public var adjectiveTitle: String { self == .monthly ? "Monthly" : "Weekly" }
    /// `months` or `weeks`.
    public var units: String { unit + "s" }
    /// `year` or `12 weeks`: twelve periods, as in "over the first year".
    public var twelve: String { self == .monthly ? "year" : "12 weeks" }
    /// `2 months`, `1 week`: a count of periods.
    public func count(_ n: Int) -> String { "\(n) \(n == 1 ? unit : units)" }
}

/// A reporting period: a calendar month (`2025-03`) or an ISO 8601 week (`2026-W44`, Monday to
/// Sunday), the key of every metric value, review and score.
///
/// Written `YYYY-MM` or `YYYY-Www` in CSV files, `data/metrics.csv` and page URLs; shown as
/// `Mar 2025` or `W44 2026` on pages. Periods order by their first day; a week and the month it
/// starts in order by day, the month first.
///
/// ```swift
/// let month = try Period(parsing: "2025-03")   // 2025-03
/// month.label                                  // "Mar 2025"
/// let week = try Period(parsing: "2026-W53")   // Monday 2026-12-28 to Sunday 2027-01-03
/// week.next                                    // 2027-W01
/// ```
public struct Period: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// Whether this is a month or a week.
    public let cadence: Cadence
    /// A month's `year * 12 + month - 1`; a week's Monday as days since 1970-01-01.
    private let index: Int

    /// A month from its parts; nil unless `month` is 1…12 and `year` is 1…9999.
    public init?(year: Int, month: Int) {
        guard (1...9999).contains(year), (1...12).contains(month) else { return nil }
        self.init(cadence: .monthly, index: year * 12 + month - 1)
    }

    /// An ISO week from its ISO year and number; nil unless the year has that week (52 or 53 of them).
    public init?(isoYear: Int, week: Int) {
        guard (1...9999).contains(isoYear), week >= 1, week <= Self.weekCount(isoYear: isoYear) else { return nil }
        self.init(cadence: .weekly, index: Self.firstMonday(isoYear: isoYear) + (week - 1) * 7)
    }

    /// The month or the ISO week that holds the civil date `days` after 1970-01-01.
    public init(containing days: Int, cadence: Cadence) {
        switch cadence {
        case .monthly: self = Period(monthContaining: days)
        case .weekly: self.init(cadence: .weekly, index: days - Self.weekday(days))
        }
    }

    private init(cadence: Cadence, index: Int) {
        self.cadence = cadence
        self.index = index
    }

    /// Why a text is not a period or a date.
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

    /// Reads a month `YYYY-MM` (`2025-03`) or, when the text has a `W`, an ISO week `YYYY-Www`
    /// (`2026-W44`); anything else, a full date included, throws with the reason.
    public init(parsing text: some StringProtocol) throws(ParseError) {
        if text.utf8.contains(UInt8(ascii: "W")) || text.utf8.contains(UInt8(ascii: "w")) {
            self = try Period(parsingWeek: text)
        } else {
            self = try Period(parsingMonth: text)
        }
    }

    /// Reads a month `YYYY-MM` (`2025-03`); anything else, a full date included, throws with the reason.
    public init(parsingMonth text: some StringProtocol) throws(ParseError) {
        if Self.withBytes(text, Self.date) != nil {
            throw ParseError(what: "'\(text)' is a date", expected: "expected a month written YYYY-MM such as \(text.prefix(7)), or name the column 'date' to give daily values")
        }
        guard let parsed = Self.withBytes(text, Self.month) else {
            throw ParseError(what: "'\(text)' is not a month", expected: "expected YYYY-MM such as 2025-03")
        }
        self = parsed
    }

    /// Reads an ISO 8601 week `YYYY-Www` (`2026-W44`; `2026W44` too); a week the year does not have
    /// (`2026-W54`), a month or a date throws with the reason.
    public init(parsingWeek text: some StringProtocol) throws(ParseError) {
        let expected = "expected an ISO week YYYY-Www such as 2026-W44"
        if Self.withBytes(text, Self.date) != nil {
            throw ParseError(what: "'\(text)' is a date", expected: "\(expected), or name the column 'date' to give daily values")
        }
        guard let (year, week) = Self.withBytes(text, Self.weekParts) else {
            throw ParseError(what: "'\(text)' is not an ISO week", expected: expected)
        }
        guard let parsed = Period(isoYear: year, week: week) else {
            let count = (1...9999).contains(year) ? Self.weekCount(isoYear: year) : 0
            throw ParseError(what: "'\(text)' is not a week of \(year)" + (count > 0 ? ", which has \(count) ISO weeks" : ""), expected: expected)
        }
        self = parsed
    }

    /// Reads a date `YYYY-MM-DD` (a real day of its month) and returns its month and day.
    public static func parseDate(_ text: some StringProtocol) throws(ParseError) -> (month: Period, day: Int) {
        guard let parsed = withBytes(text, date) else {
            throw ParseError(what: "'\(text)' is not a date", expected: "expected YYYY-MM-DD such as 2025-03-17")
        }
        return parsed
    }

    /// A month's calendar year; a week's ISO year (2026-W53 ends on 2027-01-03 and is of 2026).
    public var year: Int {
        switch cadence {
        case .monthly: index / 12
        case .weekly: Period(monthContaining: index + 3).index / 12
        }
    }

    /// A month's number 1…12; a week's ISO week number 1…53.
    public var number: Int {
        switch cadence {
        case .monthly: index % 12 + 1
        case .weekly: (index - Self.firstMonday(isoYear: year)) / 7 + 1
        }
    }

    /// The text `2025-03` or `2026-W44`.
    public var description: String {
        let y = String(year)
        let n = number
        let yyyy = String(repeating: "0", count: max(0, 4 - y.count)) + y
        return yyyy + (cadence == .monthly ? "-" : "-W") + (n < 10 ? "0" : "") + String(n)
    }

    /// `Mar 2025` or `W44 2026`.
    public var label: String {
        cadence == .monthly ? "\(Self.shortNames[number - 1]) \(year)" : "W\(number < 10 ? "0" : "")\(number) \(year)"
    }

    /// `March 2025` or `Week 44, 2026`.
    public var longLabel: String {
        cadence == .monthly ? "\(Self.longNames[number - 1]) \(year)" : "Week \(number), \(year)"
    }

    /// The days the period covers, for a subtitle: `1–31 March 2025`, `26 October – 1 November 2026`,
    /// `28 December 2026 – 3 January 2027`.
    public var span: String {
        let (first, last) = (Self.civil(firstDay), Self.civil(lastDay))
        let lastText = "\(last.day) \(Self.longNames[last.month - 1]) \(last.year)"
        if first.year != last.year { return "\(first.day) \(Self.longNames[first.month - 1]) \(first.year) – " + lastText }
        if first.month != last.month { return "\(first.day) \(Self.longNames[first.month - 1]) – " + lastText }
        return "\(first.day)–" + lastText
    }

    /// The period after this one.
    public var next: Period { advanced(by: 1) }

    /// The period before this one.
    public var previous: Period { advanced(by: -1) }

    /// The same period a year earlier: the month twelve months back, or the week of the same
    /// number in the previous ISO year (nil for week 53 of a year after one with 52 weeks).
    public var yearEarlier: Period? {
        cadence == .monthly ? advanced(by: -12) : Period(isoYear: year - 1, week: number)
    }

    /// Every period from `self` through `last`, in order (empty when `last` is earlier).
    public func through(_ last: Period) -> [Period] {
        var periods: [Period] = []
        var current = self
        while current <= last {
            periods.append(current)
            current = current.next
        }
        return periods
    }

    /// The period `count` periods after this one (before it when negative).
    public func advanced(by count: Int) -> Period {
        Period(cadence: cadence, index: index + (cadence == .monthly ? count : count * 7))
    }

    /// Periods from `other` to this one (negative when `other` is later); both of one cadence.
    public func periods(since other: Period) -> Int {
        cadence == .monthly ? index - other.index : (index - other.index) / 7
    }

    /// Days since 1970-01-01 of the period's first day (a week's Monday).
    public var firstDay: Int {
        cadence == .monthly ? Self.days(year: index / 12, month: index % 12 + 1, day: 1) : index
    }

    /// Days since 1970-01-01 of the period's last day (a week's Sunday).
    public var lastDay: Int { firstDay + dayCount - 1 }

    /// Days in the period: 7 for a week, 28 to 31 for a month (leap years counted).
    package var dayCount: Int {
        cadence == .monthly ? Self.dayCount(year: index / 12, month: index % 12 + 1) : 7
    }

    /// The month this period falls in: itself for a month; for a week, the month of its Thursday,
    /// as ISO 8601 assigns weeks to years (2026-W44, 26 October to 1 November, is October's).
    public var month: Period {
        cadence == .monthly ? self : Period(monthContaining: index + 3)
    }

    public static func < (a: Period, b: Period) -> Bool {
        (a.firstDay, a.cadence == .monthly ? 0 : 1) < (b.firstDay, b.cadence == .monthly ? 0 : 1)
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
    package static func date(_ bytes: UnsafeBufferPointer<UInt8>) -> (month: Period, day: Int)? {
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              let year = number(bytes, 0..<4), let m = number(bytes, 5..<7), let day = number(bytes, 8..<10),
              let month = Period(year: year, month: m), day >= 1, day <= month.dayCount
        else { return nil }
        return (month, day)
    }

    /// `YYYY-MM` as ``init(parsing:)`` accepts it, or nil.
    package static func month(_ bytes: UnsafeBufferPointer<UInt8>) -> Period? {
        guard bytes.count == 7, bytes[4] == UInt8(ascii: "-"),
              let year = number(bytes, 0..<4), let m = number(bytes, 5..<7) else { return nil }
        return Period(year: year, month: m)
    }

    /// The year and week number of `YYYY-Www` or `YYYYWww` (`W` or `w`), unchecked, or nil.
    private static func weekParts(_ bytes: UnsafeBufferPointer<UInt8>) -> (Int, Int)? {
        let dash = bytes.count == 8 && bytes[4] == UInt8(ascii: "-")
        guard bytes.count == 7 || dash, let year = number(bytes, 0..<4) else { return nil }
        let w = dash ? 5 : 4
        guard bytes[w] == UInt8(ascii: "W") || bytes[w] == UInt8(ascii: "w"), let week = number(bytes, (w + 1)..<(w + 3)) else { return nil }
        return (year, week)
    }

    /// Monday 0 … Sunday 6 of the civil date `days` after 1970-01-01 (a Thursday).
    private static func weekday(_ days: Int) -> Int { ((days + 3) % 7 + 7) % 7 }

    /// Days since 1970-01-01 of the Monday of ISO week 1 of `isoYear`: the week that holds 4 January.
    private static func firstMonday(isoYear: Int) -> Int {
        let fourth = days(year: isoYear, month: 1, day: 4)
        return fourth - weekday(fourth)
    }

    /// 52 or 53: the number of ISO weeks of `isoYear`.
    private static func weekCount(isoYear: Int) -> Int { (firstMonday(isoYear: isoYear + 1) - firstMonday(isoYear: isoYear)) / 7 }
}

extension Period {
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

extension Period {
    /// The month of the civil date `days` after 1970-01-01.
    public init(monthContaining days: Int) {
        let date = Self.civil(days)
        self.init(cadence: .monthly, index: min(max(date.year, 1), 9999) * 12 + date.month - 1)
    }

    /// The civil date `days` after 1970-01-01 (proleptic Gregorian; H. Hinnant's algorithm).
    package static func civil(_ days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, doy - (153 * mp + 2) / 5 + 1)
    }

    /// `2026-12-31`: the civil date `days` after 1970-01-01.
    package static func dateText(_ days: Int) -> String {
        let date = civil(days)
        let month = Period(monthContaining: days).description
        return month + (date.day < 10 ? "-0" : "-") + String(date.day)
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
}
