import Foundation
import CXSiteSupport
import CXSiteModel

/// A cell of an export as a value: empty (or a sentinel meaning "none"), a value, or unreadable.
package enum ExportCell<Value> {
    case empty
    case value(Value)
    /// What is wrong (`'abc' is not a date`) and what was expected, for the bad-row warning.
    case invalid(what: String, expected: String)

    package var value: Value? {
        if case .value(let value) = self { return value }
        return nil
    }
}

/// A point in time read from an export: seconds since 1970-01-01 UTC and the period (month or
/// week, as the project's cadence) it falls in, counted in the export's time zone.
package struct ExportInstant: Hashable {
    package var seconds: Double
    package var period: Period

    /// The memberwise initialiser, open to the other targets.
    package init(seconds: Double, period: Period) {
        self.seconds = seconds
        self.period = period
    }
}

/// Converts between civil times in the export's time zone and UTC, caching offsets by the hour
/// so half a million rows cost a few thousand time-zone look-ups.
package struct ExportClock {
    package let zone: TimeZone
    /// Whether instants are counted in months or ISO weeks.
    package let cadence: Cadence
    private let isUTC: Bool
    private var offsets: [Int: Int] = [:]

    package init(zone: TimeZone, cadence: Cadence = .monthly) {
        self.zone = zone
        self.cadence = cadence
        self.isUTC = zone.secondsFromGMT(for: Date(timeIntervalSince1970: 0)) == 0
            && zone.nextDaylightSavingTimeTransition(after: Date(timeIntervalSince1970: 0)) == nil
            && zone.secondsFromGMT(for: Date(timeIntervalSince1970: 1.7e9)) == 0
    }

    /// The zone's offset from UTC, in seconds, at the UTC instant `seconds`.
    package mutating func offset(atUTC seconds: Double) -> Int {
        if isUTC { return 0 }
        let hour = Int((seconds / 3600).rounded(.down))
        if let known = offsets[hour] { return known }
        let offset = zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(hour) * 3600))
        offsets[hour] = offset
        return offset
    }

    /// The UTC instant of a civil time in the zone (`local` counted as if it were UTC).
    package mutating func utc(fromLocal local: Double) -> Double {
        if isUTC { return local }
        let guess = local - Double(offset(atUTC: local))
        return local - Double(offset(atUTC: guess))
    }

    /// The day (days since 1970-01-01), in the zone, of the UTC instant `seconds`.
    package mutating func day(ofUTC seconds: Double) -> Int {
        Int(((seconds + Double(offset(atUTC: seconds))) / 86400).rounded(.down))
    }

    /// The period, in the zone, of the UTC instant `seconds`.
    package mutating func period(ofUTC seconds: Double) -> Period {
        Period(containing: day(ofUTC: seconds), cadence: cadence)
    }
}

/// Reading the timestamps, durations and counts of help-desk and survey exports.
///
/// Timestamps may be written in any of these forms, mixed within a column:
/// `2025-03-04 14:05:09`, `2025-03-04T14:05:09Z`, `2025-03-04 14:05 +01:00`, `2025/03/04 2:05 PM`,
/// `2025-03-04`, `04.03.2025 14:05`, `4 Mar 2025 14:05`, `Mar 4, 2025 2:05 PM`, `04/03/2025 14:05`
/// (day or month first: unambiguous when a part is above 12, else as `date_order` in `site.yml`
/// says), and Unix time in seconds (10 digits) or milliseconds (13 digits). A time without an
/// offset is in the export's time zone. Dates in 1970 or earlier (`1900-01-01`, `0000-00-00`)
/// and `-`, `n/a`, `null`, `none` mean "no date".
package enum ExportTime {
    /// What the warnings say a timestamp should look like.
    package static let expectedTimestamp = "expected a date and time such as 2025-03-04 14:05:09"

    /// Reads a timestamp; naive times are in `clock`'s zone. With `formats` (`date_format` in
    /// `site.yml`) each pattern is tried in order first, then the built-in forms.
    package static func timestamp(_ text: String, clock: inout ExportClock, order: TicketSettings.DateOrder?,
                          formats: [DatePattern] = []) -> ExportCell<ExportInstant> {
        var copy = text
        return copy.withUTF8 { buffer in
            var scanner = Scanner(buffer)
            if !formats.isEmpty, let found = scanner.patterned(formats, clock: &clock) { return found }
            let builtIn = scanner.timestamp(clock: &clock, order: order, text: text)
            if !formats.isEmpty, case .invalid(let what, _) = builtIn {
                let shown = formats.map { "'\($0.text)'" }.joined(separator: " or ")
                return .invalid(what: what.replacingOccurrences(of: "could be day-first or month-first", with: "is not a date"),
                                expected: "expected a date matching date_format \(shown)")
            }
            return builtIn
        }
    }

    /// The instant of a civil time matched by a pattern: in the pattern's offset, else in the clock's zone.
    package static func instant(_ m: DatePattern.Match, clock: inout ExportClock) -> ExportInstant {
        let day = days(year: m.year, month: m.month, day: m.day)
        let local = Double(day) * 86400 + Double(m.hour * 3600 + m.minute * 60) + m.second
        if let offset = m.offset {
            let utc = local - Double(offset)
            return ExportInstant(seconds: utc, period: clock.period(ofUTC: utc))
        }
        return ExportInstant(seconds: clock.utc(fromLocal: local), period: Period(containing: day, cadence: clock.cadence))
    }

    /// Reads a duration in `unit` (a decimal number; hours may also be `H:MM` or `H:MM:SS`) as hours.
    /// With `decimalComma` a single comma is the decimal mark (`26,5`).
    package static func hours(_ text: String, minutes: Bool, decimalComma: Bool = false) -> ExportCell<Double> {
        let trimmed = decimalComma ? MetricNumber.commaAsPoint(text.trimmingSpaces) : text.trimmingSpaces
        if isNone(trimmed) { return .empty }
        if !minutes, trimmed.contains(":") {
            let parts = trimmed.split(separator: ":", omittingEmptySubsequences: false)
            if (2...3).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigitCharacter) }),
               let h = Double(parts[0]), let m = Double(parts[1]), m < 60 {
                let s = parts.count == 3 ? Double(parts[2]) ?? 60 : 0
                if s < 60 { return .value(h + m / 60 + s / 3600) }
            }
            return .invalid(what: "'\(shown(trimmed))' is not a duration", expected: "expected hours such as 2.5 or 02:30:00")
        }
        if let number = plainDecimal(trimmed) {
            if number < 0 { return .invalid(what: "'\(shown(trimmed))' is a negative duration", expected: "expected \(minutes ? "minutes" : "hours") of 0 or more") }
            return .value(minutes ? number / 60 : number)
        }
        return .invalid(what: "'\(shown(trimmed))' is not a number of \(minutes ? "minutes" : "hours")",
                        expected: minutes ? "expected whole or decimal minutes such as 95" : "expected hours such as 2.5 or 02:30:00")
    }

    /// Reads a count (agent replies, reopens): a whole number of 0 or more.
    package static func count(_ text: String, decimalComma: Bool = false) -> ExportCell<Int> {
        let trimmed = decimalComma ? MetricNumber.commaAsPoint(text.trimmingSpaces) : text.trimmingSpaces
        if isNone(trimmed) { return .empty }
        if let n = Int(trimmed), n >= 0 { return .value(n) }
        if let d = plainDecimal(trimmed), d >= 0, d == d.rounded(), d < 1e9 { return .value(Int(d)) }
        return .invalid(what: "'\(shown(trimmed))' is not a count", expected: "expected a whole number of 0 or more")
    }

    /// `-`, `n/a`, `null`, `none` and the empty text: no value.
    package static func isNone(_ trimmed: String) -> Bool {
        let utf8 = trimmed.utf8
        guard let first = utf8.first else { return true }
        // Most cells are numbers: no word of no value starts with a digit.
        guard utf8.count <= 4, !(0x30...0x39).contains(first) else { return false }
        return noneWords.contains(trimmed.lowercased())
    }

    private static let noneWords: Set<String> = ["-", "--", "—", "n/a", "na", "null", "none", "nil"]

    /// A decimal with `.`, an optional sign, no exponent.
    package static func plainDecimal(_ text: String) -> Double? {
        var digits = 0, dots = 0
        for (index, byte) in text.utf8.enumerated() {
            switch byte {
            case 0x30...0x39: digits += 1
            case UInt8(ascii: "."): dots += 1
            case UInt8(ascii: "-"), UInt8(ascii: "+"): if index != 0 { return nil }
            default: return nil
            }
        }
        guard digits > 0, dots <= 1 else { return nil }
        return Double(text)
    }

    /// A cell value quoted in a warning, cut to 40 characters.
    package static func shown(_ text: String) -> String {
        text.count > 40 ? String(text.prefix(40)) + "…" : text
    }

    // MARK: Calendar arithmetic (proleptic Gregorian, UTC)

    /// Days since 1970-01-01 of a civil date.
    package static func days(year: Int, month: Int, day: Int) -> Int { Period.days(year: year, month: month, day: day) }

    /// A byte scanner over one trimmed cell.
    private struct Scanner {
        package let p: UnsafeBufferPointer<UInt8>
        package var i = 0
        package var end: Int

        package init(_ buffer: UnsafeBufferPointer<UInt8>) {
            p = buffer
            end = buffer.count
            while i < end, p[i].isBlank { i += 1 }
            while end > i, p[end - 1].isBlank { end -= 1 }
        }

        package var atEnd: Bool { i >= end }
        package func peek(_ offset: Int = 0) -> UInt8? { i + offset < end ? p[i + offset] : nil }

        package mutating func skipSpaces() { while i < end, p[i] == 0x20 || p[i] == 0x09 { i += 1 } }

        /// Up to `max` digits as a number, with how many were read.
        package mutating func number(max: Int = 9) -> (value: Int, digits: Int)? {
            var value = 0, digits = 0
            while i < end, digits < max, p[i] >= 0x30, p[i] <= 0x39 {
                value = value * 10 + Int(p[i] - 0x30)
                digits += 1
                i += 1
            }
            return digits > 0 ? (value, digits) : nil
        }

        package mutating func letters() -> String {
            let start = i
            while i < end, (p[i] | 0x20) >= 0x61, (p[i] | 0x20) <= 0x7A { i += 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: p[start..<i]), as: UTF8.self).lowercased()
        }

        package mutating func expect(_ byte: UInt8) -> Bool {
            if peek() == byte { i += 1; return true }
            return false
        }

        /// The first of `formats` that matches the whole cell; nil when none does.
        package func patterned(_ formats: [DatePattern], clock: inout ExportClock) -> ExportCell<ExportInstant>? {
            if end - i <= 4, ExportTime.isNone(String(decoding: UnsafeBufferPointer(rebasing: p[i..<end]), as: UTF8.self)) { return .empty }
            for format in formats {
                if let m = format.match(p, from: i, to: end) {
                    return m.year <= 1970 ? .empty : .value(ExportTime.instant(m, clock: &clock))
                }
            }
            return nil
        }

        package mutating func timestamp(clock: inout ExportClock, order: TicketSettings.DateOrder?, text: String) -> ExportCell<ExportInstant> {
            if end - i <= 4 {
                let short = String(decoding: UnsafeBufferPointer(rebasing: p[i..<end]), as: UTF8.self)
                if ExportTime.isNone(short) { return .empty }
            }
            let (buffer, start, stop) = (p, i, end)
            /// The cell as text, made only for messages.
            func trimmedText() -> String { String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<stop]), as: UTF8.self) }
            func bad() -> ExportCell<ExportInstant> {
                .invalid(what: "'\(ExportTime.shown(trimmedText()))' is not a date", expected: ExportTime.expectedTimestamp)
            }
            // Unix time.
            if p[i..<end].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
                if p[i..<end].allSatisfy({ $0 == 0x30 }) { return .empty }
                guard end - i == 10 || end - i == 13, let raw = Double(trimmedText()) else { return bad() }
                let seconds = end - i == 13 ? raw / 1000 : raw
                guard seconds >= 31_536_000 else { return .empty }
                return .value(ExportInstant(seconds: seconds, period: clock.period(ofUTC: seconds)))
            }
            var year = 0, month = 0, day = 0
            if let first = peek(), first >= 0x30, first <= 0x39 {
                guard let a = number() else { return bad() }
                if a.digits == 4 {
                    // YYYY-MM-DD, YYYY/MM/DD, YYYY.MM.DD
                    guard let sep = peek(), sep == UInt8(ascii: "-") || sep == UInt8(ascii: "/") || sep == UInt8(ascii: ".") else { return bad() }
                    i += 1
                    guard let m = number(max: 2), expect(sep), let d = number(max: 2) else { return bad() }
                    (year, month, day) = (a.value, m.value, d.value)
                } else if a.digits <= 2 {
                    if let sep = peek(), sep == UInt8(ascii: ".") || sep == UInt8(ascii: "/") || sep == UInt8(ascii: "-") {
                        i += 1
                        guard let b = number(max: 2), expect(sep), let y = number(max: 4), y.digits == 4 else { return bad() }
                        year = y.value
                        if sep == UInt8(ascii: ".") {
                            (day, month) = (a.value, b.value)
                        } else if a.value > 12 {
                            (day, month) = (a.value, b.value)
                        } else if b.value > 12 {
                            (month, day) = (a.value, b.value)
                        } else if a.value == b.value {
                            (day, month) = (a.value, b.value)
                        } else if let order {
                            (day, month) = order == .dayFirst ? (a.value, b.value) : (b.value, a.value)
                        } else {
                            return .invalid(what: "'\(ExportTime.shown(trimmedText()))' could be day-first or month-first",
                                            expected: "set 'date_order: day-first' or 'date_order: month-first' under 'tickets:' in site.yml, or export ISO dates (2025-03-04)")
                        }
                    } else {
                        // 4 Mar 2025
                        skipSpaces()
                        guard let m = Period.numbersByName[letters()] else { return bad() }
                        _ = expect(UInt8(ascii: "."))
                        skipSpaces()
                        guard let y = number(max: 4), y.digits == 4 else { return bad() }
                        (year, month, day) = (y.value, m, a.value)
                    }
                } else {
                    return bad()
                }
            } else {
                // Mar 4, 2025
                guard let m = Period.numbersByName[letters()] else { return bad() }
                _ = expect(UInt8(ascii: "."))
                skipSpaces()
                guard let d = number(max: 2) else { return bad() }
                _ = expect(UInt8(ascii: ","))
                skipSpaces()
                guard let y = number(max: 4), y.digits == 4 else { return bad() }
                (year, month, day) = (y.value, m, d.value)
            }
            if year <= 1970 { return .empty }
            guard (1...12).contains(month), day >= 1, day <= Period.dayCount(year: year, month: month), year <= 9999 else {
                return .invalid(what: "'\(ExportTime.shown(trimmedText()))' is not a real date", expected: ExportTime.expectedTimestamp)
            }
            // Time of day.
            var hour = 0, minute = 0
            var second = 0.0
            _ = expect(UInt8(ascii: ","))
            let beforeTime = i
            if peek() == UInt8(ascii: "T") || peek() == UInt8(ascii: "t") { i += 1 } else { skipSpaces() }
            if let h = number(max: 2), expect(UInt8(ascii: ":")) {
                guard let m = number(max: 2), m.digits == 2 else { return bad() }
                (hour, minute) = (h.value, m.value)
                if expect(UInt8(ascii: ":")) {
                    guard let s = number(max: 2), s.digits == 2 else { return bad() }
                    second = Double(s.value)
                    if expect(UInt8(ascii: ".")) || expect(UInt8(ascii: ",")) {
                        var scale = 0.1
                        while let b = peek(), b >= 0x30, b <= 0x39 {
                            second += Double(b - 0x30) * scale
                            scale /= 10
                            i += 1
                        }
                    }
                }
                skipSpaces()
                if let b = peek(), (b | 0x20) == UInt8(ascii: "a") || (b | 0x20) == UInt8(ascii: "p"), (peek(1) ?? 0) | 0x20 == UInt8(ascii: "m") {
                    guard (1...12).contains(hour) else { return bad() }
                    hour = hour % 12 + ((b | 0x20) == UInt8(ascii: "p") ? 12 : 0)
                    i += 2
                }
                guard hour <= 23, minute <= 59, second < 61 else {
                    return .invalid(what: "'\(ExportTime.shown(trimmedText()))' has no such time of day", expected: ExportTime.expectedTimestamp)
                }
                second = min(second, 59.999)
            } else {
                i = beforeTime
            }
            // Zone.
            skipSpaces()
            var offset: Int?
            if !atEnd {
                if expect(UInt8(ascii: "Z")) || expect(UInt8(ascii: "z")) {
                    offset = 0
                } else if let b = peek(), b == UInt8(ascii: "U") || b == UInt8(ascii: "G") {
                    let word = letters()
                    guard word == "utc" || word == "gmt" else { return bad() }
                    offset = 0
                }
                if let b = peek(), b == UInt8(ascii: "+") || b == UInt8(ascii: "-") {
                    i += 1
                    guard let h = number(max: 2), h.digits == 2 else { return bad() }
                    var m = 0
                    if expect(UInt8(ascii: ":")) {
                        guard let mm = number(max: 2), mm.digits == 2 else { return bad() }
                        m = mm.value
                    } else if let mm = number(max: 2) {
                        guard mm.digits == 2 else { return bad() }
                        m = mm.value
                    }
                    guard h.value <= 14, m <= 59 else { return bad() }
                    offset = (h.value * 3600 + m * 60) * (b == UInt8(ascii: "-") ? -1 : 1)
                }
                guard atEnd, offset != nil else { return bad() }
            }
            let civil = DatePattern.Match(year: year, month: month, day: day, hour: hour, minute: minute, second: second, offset: offset)
            return .value(ExportTime.instant(civil, clock: &clock))
        }
    }
}

extension Character {
    fileprivate var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}
