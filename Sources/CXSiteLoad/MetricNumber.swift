import CXSiteSupport
import CXSiteModel

/// Reading the numbers of metrics CSV cells: a decimal with `.`, an optional sign, an optional
/// trailing `%`, surrounding spaces and line breaks ignored; an empty cell is a missing value.
///
/// Exponents (`1e3`), `NaN`, `inf`, thousands separators and decimal commas are refused: a
/// spreadsheet export never needs them, and accepting them would hide a wrong export.
package enum MetricNumber {
    /// A cell's number and whether it was written with `%`.
    package struct Value: Hashable {
        package var number: Double
        package var percent: Bool

        /// The memberwise initialiser, open to the other targets.
        package init(number: Double, percent: Bool) {
            self.number = number
            self.percent = percent
        }
    }

    /// What is wrong with a cell (`'abc' is not a number`) and what was expected instead.
    package struct Problem: Error, Hashable {
        package var what: String
        package var expected: String

        /// `'abc' is not a number (column 'value'); expected a decimal such as 87.5 or 87.5%`.
        package func message(column: String) -> String { "\(what) (column '\(column)'); \(expected)" }

        /// The memberwise initialiser, open to the other targets.
        package init(what: String, expected: String) {
            self.what = what
            self.expected = expected
        }
    }

    /// `26,5` as `26.5`: a lone comma made the decimal point (a number with a point or two
    /// commas stays as it is). Metrics files and export cells with decimal commas share it.
    package static func commaAsPoint(_ text: String) -> String {
        let commas = text.utf8.reduce(0) { $0 + ($1 == UInt8(ascii: ",") ? 1 : 0) }
        guard commas == 1, !text.utf8.contains(UInt8(ascii: ".")) else { return text }
        return String(text.map { $0 == "," ? "." : $0 })
    }

    /// Parses `text`: nil for an empty (or all-space) cell, a value, or a problem saying why not.
    ///
    /// ```swift
    /// try MetricNumber.parse("87.5%")  // Value(number: 87.5, percent: true)
    /// try MetricNumber.parse("")       // nil: a missing value
    /// try MetricNumber.parse("1,5")    // throws: expected a decimal with '.'
    /// ```
    ///
    /// With `decimalComma` (a `;` file, or `decimal: ","`) the decimal mark may be a comma
    /// (`81,5`) or a point (`81.5`); a point followed by exactly three digits (`1.234`) is refused
    /// there, since that locale writes it for a thousand.
    package static func parse(_ text: String, decimalComma: Bool = false) throws(Problem) -> Value? {
        if decimalComma {
            let marks = text.utf8.filter { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ".") }
            if marks == [UInt8(ascii: ",")] {
                return try parse(commaAsPoint(text))
            }
            if marks == [UInt8(ascii: ".")], let dot = text.firstIndex(of: "."),
               text[text.index(after: dot)...].trimmingCharacters(in: "% ").count == 3,
               text[text.index(after: dot)...].trimmingCharacters(in: "% ").allSatisfy(\.isNumber) {
                let shown = text.trimmingSpaces
                throw Problem(what: "'\(shown)' is ambiguous in a file with decimal commas", expected: "expected 81,5 for a decimal, or 1234 without a thousands separator")
            }
            if marks.count > 1 {
                throw Problem(what: "'\(text.trimmingSpaces)' is not a number", expected: "expected a decimal comma such as 81,5, without thousands separators")
            }
        }
        var utf8 = Substring(text).utf8[...]
        while let first = utf8.first, first.isBlank { utf8 = utf8.dropFirst() }
        while let last = utf8.last, last.isBlank { utf8 = utf8.dropLast() }
        if utf8.isEmpty { return nil }
        var percent = false
        if utf8.last == UInt8(ascii: "%") {
            percent = true
            utf8 = utf8.dropLast()
            while let last = utf8.last, last == 0x20 { utf8 = utf8.dropLast() }
        }
        var index = utf8.startIndex
        if index < utf8.endIndex, utf8[index] == UInt8(ascii: "-") || utf8[index] == UInt8(ascii: "+") {
            index = utf8.index(after: index)
        }
        var digits = 0, dots = 0, valid = index < utf8.endIndex
        while index < utf8.endIndex, valid {
            switch utf8[index] {
            case 0x30...0x39: digits += 1
            case UInt8(ascii: "."): dots += 1
            default: valid = false
            }
            index = utf8.index(after: index)
        }
        guard valid, digits > 0, dots <= 1, let number = Double(Substring(utf8)) else {
            throw describe(text)
        }
        guard number.isFinite else {
            let trimmed = text.trimmingSpaces
            let shown = trimmed.count > 40 ? String(trimmed.prefix(40)) + "…" : trimmed
            throw Problem(what: "'\(shown)' is too large", expected: "expected a metric value such as 87.5")
        }
        return Value(number: number == 0 ? 0 : number, percent: percent)
    }

    /// ``parse(_:)`` of an ordinary cell straight from its bytes: an optional sign, at most 15
    /// digits with at most one `.`, an optional `%` right after them. Returns nil for anything
    /// else (blank, wrong, or longer), which `parse` then reads and explains.
    ///
    /// The number is exact: at most 15 digits fit a Double's 53 bits, and so does 10¹⁵, so the
    /// one division rounds correctly, as `Double(text)` does.
    ///
    /// With `decimalComma` a comma is the decimal mark and a point is left to ``parse(_:decimalComma:)``.
    package static func parsePlain(_ bytes: UnsafeBufferPointer<UInt8>, decimalComma: Bool = false) -> Value? {
        let mark = decimalComma ? UInt8(ascii: ",") : UInt8(ascii: ".")
        var end = bytes.count
        var percent = false
        if end > 0, bytes[end - 1] == UInt8(ascii: "%") {
            percent = true
            end -= 1
        }
        var i = 0
        var negative = false
        if i < end, bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+") {
            negative = bytes[i] == UInt8(ascii: "-")
            i += 1
        }
        var mantissa: UInt64 = 0
        var digits = 0, decimals = 0, dot = false
        while i < end {
            let byte = bytes[i]
            if byte >= 0x30, byte <= 0x39 {
                mantissa = mantissa &* 10 &+ UInt64(byte &- 0x30)
                digits += 1
                if dot { decimals += 1 }
            } else if byte == mark, !dot {
                dot = true
            } else {
                return nil
            }
            i += 1
        }
        guard digits > 0, digits <= 15 else { return nil }
        var number = Double(mantissa) / powersOfTen[decimals]
        if negative { number = -number }
        return Value(number: number == 0 ? 0 : number, percent: percent)
    }

    /// 10⁰ … 10¹⁵, each exact.
    private static let powersOfTen: [Double] = (0...15).map { exponent in (0..<exponent).reduce(1.0) { value, _ in value * 10 } }

    /// Why `text` is not a number, with what was expected.
    private static func describe(_ text: String) -> Problem {
        let trimmed = text.trimmingSpaces
        let shown = trimmed.count > 40 ? String(trimmed.prefix(40)) + "…" : trimmed
        let lower = trimmed.lowercased()
        if trimmed.contains(",") {
            return Problem(what: "'\(shown)' is not a number", expected: "expected a decimal with '.' and no thousands separators, such as 1234.5")
        }
        if lower.contains("e"), let exponent = Double(trimmed), exponent.isFinite, !lower.contains("n") {
            return Problem(what: "'\(shown)' is not a number", expected: "expected a plain decimal without an exponent, such as 87.5")
        }
        return Problem(what: "'\(shown)' is not a number", expected: "expected a decimal such as 87.5 or 87.5%")
    }
}

extension Substring {
    /// The text without leading and trailing characters of `set`.
    fileprivate func trimmingCharacters(in set: String) -> Substring {
        var text = self
        while let first = text.first, set.contains(first) { text = text.dropFirst() }
        while let last = text.last, set.contains(last) { text = text.dropLast() }
        return text
    }
}
