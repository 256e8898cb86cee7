import Foundation

/// Numbers as the site writes them, the one formatter of pages, charts and data files: fixed
/// decimals per unit, `.` as the decimal separator whatever the machine's locale, never `-0`.
///
/// | unit | value | change | target |
/// |---|---|---|---|
/// | percent | `85.1%` | `+1.2 pts` | `90%`, `99.5%` |
/// | hours | `21.5 h` | `−0.5 h` | `24 h` |
/// | score | `31`, `31.5` | `+3` | `30` |
/// | scale | `5.41` | `+0.12` | `5.5` |
/// | count | `1,204` | `+12` | `500` |
/// | amount | `1,204.50` | `+3.25` | `80` |
package enum NumberFormat {
    /// `value` with exactly `decimals` decimals, halves rounded away from zero (as the charts
    /// round), `-` for negatives, no `-0`.
    package static func fixed(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : value < 0 ? "-inf" : "inf" }
        let decimals = max(0, min(decimals, 9))
        var factor = 1.0
        for _ in 0..<decimals { factor *= 10 }
        let scaled = (abs(value) * factor).rounded(.toNearestOrAwayFromZero)
        guard scaled < 9e15 else {
            let text = String(format: "%.\(decimals)f", value)
            return text.hasPrefix("-") && !text.contains(where: { $0 >= "1" && $0 <= "9" }) ? String(text.dropFirst()) : text
        }
        let units = Int64(scaled), f = Int64(factor)
        var text = units != 0 && value < 0 ? "-" : ""
        text += String(units / f)
        if decimals > 0 {
            let fraction = String(units % f)
            text += "." + String(repeating: "0", count: decimals - fraction.count) + fraction
        }
        return text
    }

    /// `value` with at most `maxDecimals` decimals (halves away from zero), trailing zeros
    /// dropped, ASCII `-`, no exponent, never `-0`; `0` when not finite. Chart coordinates,
    /// chart labels and JSON numbers are written with it: `12`, `-0.5`, `2.125`.
    package static func trimmed(_ value: Double, maxDecimals: Int) -> String {
        guard value.isFinite else { return "0" }
        let decimals = max(0, min(maxDecimals, 6))
        var factor = 1.0
        for _ in 0..<decimals { factor *= 10 }
        let scaled = (abs(value) * factor).rounded(.toNearestOrAwayFromZero)
        guard scaled < 9e15 else { return (value < 0 ? "-" : "") + String(Int64(min(abs(value), 9e18).rounded())) }
        let units = Int64(scaled)
        if units == 0 { return "0" }
        let f = Int64(factor)
        var fraction = units % f
        var out = value < 0 ? "-" : ""
        out += String(units / f)
        if fraction != 0 {
            var digits = decimals
            while fraction % 10 == 0 { fraction /= 10; digits -= 1 }
            let text = String(fraction)
            out += "." + String(repeating: "0", count: digits - text.count) + text
        }
        return out
    }

    /// `value` rounded to `decimals` decimals as a number (halves away from zero): what a page
    /// shows, kept as a number for data files and comparisons (`ScoresData`, review snapshots).
    package static func rounded(_ value: Double, decimals: Int) -> Double {
        var factor = 1.0
        for _ in 0..<max(0, decimals) { factor *= 10 }
        return (value * factor).rounded() / factor
    }

    /// A chart's number: at most `maxDecimals` decimals, trailing zeros dropped, a real minus
    /// sign, and the unit as ``value(_:unit:)`` writes it (`88%`, `4.25 h`, `1,204`, `99.5`).
    package static func label(_ value: Double, unit: ValueUnit, maxDecimals: Int) -> String {
        let number = minus(trimmed(value, maxDecimals: maxDecimals))
        switch unit {
        case .percent: return number + "%"
        case .hours: return number + " h"
        case .score, .scale: return number
        case .count, .amount: return grouped(number)
        }
    }

    /// The value of a metric for people: `85.1%`, `21.5 h`, `31`, `5.41`.
    package static func value(_ value: Double, unit: ValueUnit) -> String {
        let number = plain(value, unit: unit)
        switch unit {
        case .percent: return number + "%"
        case .hours: return number + " h"
        case .score, .scale: return number
        case .count, .amount: return grouped(number)
        }
    }

    /// An interval as its two ends, both with the same decimals: `81.2%–88.2%`, `23.8–38.0` (a
    /// score's whole numbers would otherwise drop the decimal of one end only), `9.1 h–12.0 h`.
    package static func range(_ interval: ClosedRange<Double>, unit: ValueUnit) -> String {
        guard unit == .score else { return value(interval.lowerBound, unit: unit) + "–" + value(interval.upperBound, unit: unit) }
        return minus(fixed(interval.lowerBound, decimals: 1)) + "–" + minus(fixed(interval.upperBound, decimals: 1))
    }

    /// A target as people write it: the unit's decimals without trailing zeros (`90%`, `24 h`, `99.5%`, `5.5`).
    package static func target(_ value: Double, unit: ValueUnit) -> String {
        let number = trimZeros(plain(value, unit: unit))
        switch unit {
        case .percent: return number + "%"
        case .hours: return number + " h"
        case .score, .scale: return number
        case .count, .amount: return grouped(number)
        }
    }

    /// The number alone, with the unit's decimals and a real minus sign (−): `85.1`, `−12`.
    package static func plain(_ value: Double, unit: ValueUnit) -> String {
        minus(unitText(value, unit: unit))
    }

    /// A change between two values: `+1.2 pts`, `−0.5 h`, `+3`, `+0.12`; `±0` when it rounds to nothing.
    package static func delta(_ delta: Double, unit: ValueUnit) -> String {
        let text = unitText(delta, unit: unit)
        if Double(text) == 0 { return "±0" + (unit == .percent ? " pts" : unit == .hours ? " h" : "") }
        let signed = text.hasPrefix("-") ? "−" + text.dropFirst() : "+" + text
        switch unit {
        case .percent: return signed + " pts"
        case .hours: return signed + " h"
        case .score, .scale: return signed
        case .count, .amount: return String(signed.prefix(1)) + grouped(String(signed.dropFirst()))
        }
    }

    /// A p-value as pages and sentences write it: `p = 0.41`, `p = 0.004`, `p < 0.001`.
    package static func pValue(_ p: Double) -> String {
        p < 0.001 ? "p < 0.001" : "p = " + fixed(p, decimals: p < 0.01 ? 3 : 2)
    }

    /// Whether `delta` rounds to zero at the unit's decimals.
    package static func isZero(_ delta: Double, unit: ValueUnit) -> Bool {
        Double(unitText(delta, unit: unit)) == 0
    }

    /// A number for data files (`data/metrics.csv`): up to 4 decimals, trailing zeros dropped,
    /// ASCII `-`, no exponent: `85.1`, `99.6975`, `24`, `-3.5`.
    package static func data(_ value: Double) -> String {
        trimmed(value, maxDecimals: 4)
    }

    /// `85.1000` → `85.1`, `24.0` → `24`; text without a `.` unchanged.
    private static func trimZeros(_ text: String) -> String {
        let utf8 = text.utf8
        guard let dot = utf8.firstIndex(of: UInt8(ascii: ".")) else { return text }
        var end = utf8.endIndex
        while end > dot, utf8[utf8.index(before: end)] == UInt8(ascii: "0") { end = utf8.index(before: end) }
        if utf8.index(before: end) == dot { end = dot }
        return String(text[..<end])
    }

    /// Decimals of a unit: percent and hours 1, score 0 or 1 (whole numbers without), scale 2.
    private static func unitText(_ value: Double, unit: ValueUnit) -> String {
        switch unit {
        case .percent, .hours: return fixed(value, decimals: 1)
        case .scale: return fixed(value, decimals: 2)
        case .count: return fixed(value, decimals: 0)
        case .amount: return fixed(value, decimals: 2)
        case .score:
            let text = fixed(value, decimals: 1)
            return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
        }
    }

    /// `1204` → `1,204`, `1204.50` → `1,204.50` (a number as `plain` writes it, with or without
    /// its minus sign; only the whole part is grouped).
    private static func grouped(_ number: String) -> String {
        let sign = number.hasPrefix("−") ? "−" : ""
        let unsigned = number.dropFirst(sign.count)
        let digits = unsigned.prefix { $0 != "." }
        let fraction = unsigned.dropFirst(digits.count)
        guard digits.count > 3, digits.allSatisfy(\.isASCII) else { return number }
        var out = ""
        for (index, character) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(character)
        }
        return sign + out + fraction
    }

    /// `-` replaced by the minus sign `−` (U+2212), as typography wants for displayed numbers.
    private static func minus(_ text: String) -> String {
        text.hasPrefix("-") ? "−" + text.dropFirst() : text
    }
}
