import CXSiteSupport

/// The day a handbook page was written or last changed (front matter `date`, `lastmod`, `updated`).
///
/// Accepted, as the other generators write them (docs/HANDBOOK.md):
/// - `2026-03-17` (all of them);
/// - `2026-03-17T09:30`, `…T09:30:00`, `…T09:30:00.250`, each optionally followed by `Z`, `+01:00`
///   or `+0100` (Hugo, RFC 3339);
/// - `2026-03-17 09:30:00 +0100`, a space before the time and before the offset (Jekyll).
///
/// Only the day is kept, as written: a time and its offset are checked, then dropped, so a page
/// shows the day its author typed whatever the build machine's time zone.
public struct PageDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let month: Period
    public let day: Int

    /// Reads one of the accepted forms; anything else throws with what was expected.
    public init(parsing text: String) throws(Period.ParseError) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let bytes = Array(trimmed.utf8)
        guard bytes.count >= 10 else { throw Self.notADate(text) }
        let day: (month: Period, day: Int)
        do {
            day = try Period.parseDate(String(decoding: bytes[0..<10], as: UTF8.self))
        } catch {
            if Self.looksLikeADay(bytes[0..<10]) {
                throw Period.ParseError(what: "'\(text)' is not a day of the calendar", expected: "expected a real date such as 2026-03-17 (YYYY-MM-DD)")
            }
            throw Self.notADate(text)
        }
        guard bytes.count == 10 || Self.isTime(bytes[10...]) else { throw Self.notADate(text) }
        self.month = day.month
        self.day = day.day
    }

    /// `2026-03-17`, for `<time datetime>`.
    public var description: String { month.description + (day < 10 ? "-0" : "-") + String(day) }

    /// `17 March 2026`.
    public var label: String { "\(day) \(month.longLabel)" }

    public static func < (a: PageDate, b: PageDate) -> Bool { (a.month, a.day) < (b.month, b.day) }

    private static func notADate(_ text: String) -> Period.ParseError {
        Period.ParseError(what: "'\(text)' is not a date",
                         expected: "expected YYYY-MM-DD such as 2026-03-17, optionally with a time (2026-03-17T09:30:00+01:00 or 2026-03-17 09:30:00 +0100)")
    }

    /// `DDDD-DD-DD`: the shape of a day, whatever the numbers.
    private static func looksLikeADay(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.enumerated().allSatisfy { offset, byte in
            offset == 4 || offset == 7 ? byte == UInt8(ascii: "-") : (0x30...0x39).contains(byte)
        }
    }

    /// What may follow the day: `T` or a space, `HH:MM`, optional `:SS` and `.fraction`, then an
    /// optional offset (`Z`, `±HH:MM`, `±HHMM`, after a space too).
    private static func isTime(_ rest: ArraySlice<UInt8>) -> Bool {
        var bytes = rest
        guard let separator = bytes.popFirst(), separator == UInt8(ascii: "T") || separator == UInt8(ascii: "t") || separator == 0x20 else { return false }
        func twoDigits(max: Int) -> Bool {
            guard bytes.count >= 2, let first = digit(bytes[bytes.startIndex]), let second = digit(bytes[bytes.startIndex + 1]) else { return false }
            bytes = bytes.dropFirst(2)
            return first * 10 + second <= max
        }
        func take(_ ascii: Unicode.Scalar) -> Bool {
            guard bytes.first == UInt8(ascii: ascii) else { return false }
            bytes = bytes.dropFirst()
            return true
        }
        guard twoDigits(max: 23), take(":"), twoDigits(max: 59) else { return false }
        if take(":") {
            guard twoDigits(max: 60) else { return false }
            if take(".") {
                let fraction = bytes.prefix { digit($0) != nil }
                guard !fraction.isEmpty else { return false }
                bytes = bytes.dropFirst(fraction.count)
            }
        }
        _ = take(" ")
        if bytes.isEmpty || (take("Z") || take("z")) && bytes.isEmpty { return true }
        guard take("+") || take("-"), twoDigits(max: 23) else { return false }
        _ = take(":")
        return twoDigits(max: 59) && bytes.isEmpty
    }

    private static func digit(_ byte: UInt8) -> Int? {
        (0x30...0x39).contains(byte) ? Int(byte - 0x30) : nil
    }
}
