/// A strftime-style date pattern (`%d-%m-%y`, `%d-%b-%y`, `%Y%m%d`, `%m/%d/%Y %I:%M %p`) and a
/// small matcher for it that works on a cell's bytes: no `DateFormatter`, no locale, no allocation.
///
/// | directive | matches |
/// |---|---|
/// | `%Y` | a four-digit year |
/// | `%y` | a two-digit year, 2000–2099 |
/// | `%m` | month 1–12, one or two digits |
/// | `%d`, `%e` | day of the month, one or two digits (`%e` may be led by a space) |
/// | `%b`, `%B`, `%h` | an English month name, full or cut to three letters (`Apr`, `April`, `Sept`), any case |
/// | `%H` | hour 0–23; `%I` hour 1–12, with `%p` (`AM`, `PM`, any case) |
/// | `%M`, `%S` | minute, second (`%S` may carry a fraction: `09.250`) |
/// | `%z` | `Z`, `+01`, `+0100` or `+01:00`; without it the time is in the export's time zone |
/// | `%F`, `%T`, `%D`, `%R` | `%Y-%m-%d`, `%H:%M:%S`, `%m/%d/%y`, `%H:%M` |
/// | `%%` | a `%` |
/// | a space | one or more blanks |
/// | any other character | itself (letters compared without regard to case) |
///
/// A pattern must match the whole cell (surrounding blanks ignored).
public struct DatePattern: Sendable, Hashable, CustomStringConvertible {
    package enum Token: Hashable {
        case literal(UInt8), blanks
        case year4, year2, month, day, dayPadded, monthName, hour24, hour12, minute, second, ampm, zone
    }

    /// The pattern as written.
    public let text: String
    package let tokens: [Token]

    public var description: String { text }

    /// What a cell matched: a civil date and time, and the offset from UTC when the pattern has `%z`.
    package struct Match: Equatable {
        package var year = 1, month = 1, day = 1, hour = 0, minute = 0
        package var second = 0.0
        package var offset: Int?

        package init(year: Int = 1, month: Int = 1, day: Int = 1, hour: Int = 0, minute: Int = 0, second: Double = 0, offset: Int? = nil) {
            (self.year, self.month, self.day, self.hour, self.minute, self.second, self.offset) = (year, month, day, hour, minute, second, offset)
        }
    }

    /// Compiles `text`; the error says which directive is unknown and what is allowed.
    public init(_ text: String) throws(PatternError) {
        var tokens: [Token] = []
        let bytes = Array(text.utf8)
        var i = 0
        var hasYear = false, hasMonth = false, hasDay = false
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "%") {
                guard i + 1 < bytes.count else { throw PatternError(message: "'\(text)' ends with a lone '%'; expected a directive such as %d, %m, %Y after it") }
                let d = bytes[i + 1]
                i += 2
                switch d {
                case UInt8(ascii: "Y"): tokens.append(.year4); hasYear = true
                case UInt8(ascii: "y"): tokens.append(.year2); hasYear = true
                case UInt8(ascii: "m"): tokens.append(.month); hasMonth = true
                case UInt8(ascii: "d"): tokens.append(.day); hasDay = true
                case UInt8(ascii: "e"): tokens.append(.dayPadded); hasDay = true
                case UInt8(ascii: "b"), UInt8(ascii: "B"), UInt8(ascii: "h"): tokens.append(.monthName); hasMonth = true
                case UInt8(ascii: "H"): tokens.append(.hour24)
                case UInt8(ascii: "I"): tokens.append(.hour12)
                case UInt8(ascii: "M"): tokens.append(.minute)
                case UInt8(ascii: "S"): tokens.append(.second)
                case UInt8(ascii: "p"): tokens.append(.ampm)
                case UInt8(ascii: "z"), UInt8(ascii: "Z"): tokens.append(.zone)
                case UInt8(ascii: "F"): tokens += [.year4, .literal(0x2D), .month, .literal(0x2D), .day]; hasYear = true; hasMonth = true; hasDay = true
                case UInt8(ascii: "T"): tokens += [.hour24, .literal(0x3A), .minute, .literal(0x3A), .second]
                case UInt8(ascii: "R"): tokens += [.hour24, .literal(0x3A), .minute]
                case UInt8(ascii: "D"): tokens += [.month, .literal(0x2F), .day, .literal(0x2F), .year2]; hasYear = true; hasMonth = true; hasDay = true
                case UInt8(ascii: "%"): tokens.append(.literal(b))
                default:
                    let shown = String(decoding: bytes[(i - 2)..<min(i, bytes.count)], as: UTF8.self)
                    throw PatternError(message: "'\(shown)' in '\(text)' is not a date directive cxsite knows; expected %Y, %y, %m, %d, %e, %b, %B, %H, %I, %M, %S, %p, %z, %F, %T, %D, %R or %%")
                }
            } else if b.isBlank {
                if tokens.last != .blanks { tokens.append(.blanks) }
                i += 1
            } else {
                tokens.append(.literal(b >= 0x41 && b <= 0x5A ? b + 0x20 : b))
                i += 1
            }
        }
        guard hasYear, hasMonth, hasDay else {
            throw PatternError(message: "'\(text)' does not give a whole date; expected a year (%Y or %y), a month (%m or %b) and a day (%d)")
        }
        if tokens.contains(.hour12) != tokens.contains(.ampm) {
            throw PatternError(message: "'\(text)' has \(tokens.contains(.hour12) ? "%I without %p" : "%p without %I"); a 12-hour time needs both, as in %I:%M %p")
        }
        self.text = text
        self.tokens = tokens
    }

    /// Why a pattern cannot be used.
    public struct PatternError: Error, Hashable {
        public var message: String

        /// The memberwise initialiser, open to the other targets.
        package init(message: String) {
            self.message = message
        }
    }

    /// Matches the whole of `p[start..<end]`; nil when it does not fit or is not a real date and time.
    package func match(_ p: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Match? {
        var i = start
        var m = Match()
        var pm: Bool?
        func digits(min: Int, max: Int) -> Int? {
            var value = 0, count = 0
            while i < end, count < max, p[i] >= 0x30, p[i] <= 0x39 {
                value = value * 10 + Int(p[i] - 0x30)
                count += 1
                i += 1
            }
            return count >= min ? value : nil
        }
        for token in tokens {
            switch token {
            case .literal(let byte):
                guard i < end, p[i] == byte || (byte >= 0x61 && byte <= 0x7A && p[i] == byte - 0x20) else { return nil }
                i += 1
            case .blanks:
                guard i < end, p[i].isBlank else { return nil }
                while i < end, p[i].isBlank { i += 1 }
            case .year4:
                guard let y = digits(min: 4, max: 4) else { return nil }
                m.year = y
            case .year2:
                guard let y = digits(min: 2, max: 2) else { return nil }
                m.year = 2000 + y
            case .month:
                guard let v = digits(min: 1, max: 2), (1...12).contains(v) else { return nil }
                m.month = v
            case .day, .dayPadded:
                if token == .dayPadded { while i < end, p[i] == 0x20 { i += 1 } }
                guard let v = digits(min: 1, max: 2), v >= 1 else { return nil }
                m.day = v
            case .monthName:
                let from = i
                while i < end, (p[i] | 0x20) >= 0x61, (p[i] | 0x20) <= 0x7A { i += 1 }
                guard i - from >= 3, i - from <= 9 else { return nil }
                var name = ""
                for k in from..<i { name.unicodeScalars.append(Unicode.Scalar(p[k] | 0x20)) }
                guard let v = Period.numbersByName[name] else { return nil }
                m.month = v
            case .hour24:
                guard let v = digits(min: 1, max: 2), v <= 23 else { return nil }
                m.hour = v
            case .hour12:
                guard let v = digits(min: 1, max: 2), (1...12).contains(v) else { return nil }
                m.hour = v
            case .minute:
                guard let v = digits(min: 2, max: 2), v <= 59 else { return nil }
                m.minute = v
            case .second:
                guard let v = digits(min: 2, max: 2), v <= 60 else { return nil }
                m.second = Double(min(v, 59))
                if i + 1 < end, p[i] == UInt8(ascii: ".") || p[i] == UInt8(ascii: ","), p[i + 1] >= 0x30, p[i + 1] <= 0x39 {
                    i += 1
                    var scale = 0.1
                    while i < end, p[i] >= 0x30, p[i] <= 0x39 {
                        m.second += Double(p[i] - 0x30) * scale
                        scale /= 10
                        i += 1
                    }
                    m.second = min(m.second, 59.999)
                }
            case .ampm:
                guard i + 1 < end, (p[i + 1] | 0x20) == UInt8(ascii: "m") else { return nil }
                switch p[i] | 0x20 {
                case UInt8(ascii: "a"): pm = false
                case UInt8(ascii: "p"): pm = true
                default: return nil
                }
                i += 2
            case .zone:
                guard i < end else { return nil }
                if p[i] | 0x20 == UInt8(ascii: "z") {
                    m.offset = 0
                    i += 1
                    continue
                }
                let sign = p[i]
                guard sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") else { return nil }
                i += 1
                guard let h = digits(min: 2, max: 2), h <= 14 else { return nil }
                var minutes = 0
                if i < end, p[i] == UInt8(ascii: ":") { i += 1 }
                if i < end, p[i] >= 0x30, p[i] <= 0x39 {
                    guard let mm = digits(min: 2, max: 2), mm <= 59 else { return nil }
                    minutes = mm
                }
                m.offset = (h * 3600 + minutes * 60) * (sign == UInt8(ascii: "-") ? -1 : 1)
            }
        }
        guard i == end else { return nil }
        if let pm { m.hour = m.hour % 12 + (pm ? 12 : 0) }
        guard m.day <= Period.dayCount(year: m.year, month: m.month) else { return nil }
        return m
    }
}

extension DatePattern {
    /// Patterns a fix may suggest, most common first: day-first before month-first, as most
    /// exports that need a pattern are European; each with and without a time of day.
    package static let candidates: [DatePattern] = {
        let dates = ["%d-%m-%y", "%d-%b-%y", "%d/%m/%y", "%d.%m.%y", "%y-%m-%d", "%Y%m%d", "%d-%m-%Y", "%d %b %y", "%b %d %y",
                     "%m-%d-%y", "%m/%d/%y", "%m/%d/%Y", "%d/%m/%Y", "%d-%b-%Y", "%d.%m.%Y"]
        let times = ["", " %H:%M", " %H:%M:%S", " %I:%M %p", " %I:%M:%S %p", "T%H:%M:%S"]
        return dates.flatMap { date in times.compactMap { try? DatePattern(date + $0) } }
    }()

    /// The first candidate that reads every sample, for the fix of a warning; nil when none does.
    package static func guess(_ samples: [String]) -> DatePattern? {
        guard !samples.isEmpty else { return nil }
        return candidates.first { pattern in
            samples.allSatisfy { sample in
                var copy = sample.trimmingSpaces
                return copy.withUTF8 { pattern.match($0, from: 0, to: $0.count) } != nil
            }
        }
    }
}
