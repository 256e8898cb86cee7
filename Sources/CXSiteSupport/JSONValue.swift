/// A JSON document written with deterministic bytes: object keys sorted, two-space indent,
/// numbers in one fixed format, non-ASCII text as UTF-8, a newline at the end.
///
/// ```swift
/// JSONValue.object(["b": .number(1.5), "a": .null]).text
/// // {\n  "a": null,\n  "b": 1.5\n}\n
/// ```
package enum JSONValue: Equatable {
    case null
    case bool(Bool)
    /// Written with at most six decimals and no trailing zeros: `1`, `-0.5`, `2.125`.
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    /// `.string(text)`, or `.null` when `text` is nil.
    package static func string(_ text: String?) -> JSONValue { text.map { .string($0) } ?? .null }
    /// `.number(value)`, or `.null` when `value` is nil.
    package static func number(_ value: Double?) -> JSONValue { value.map { .number($0) } ?? .null }

    /// The document as text.
    package var text: String {
        var out = ""
        write(to: &out, indent: 0)
        return out + "\n"
    }

    private func write(to out: inout String, indent: Int) {
        switch self {
        case .null: out += "null"
        case .bool(let value): out += value ? "true" : "false"
        case .number(let value): out += Self.format(value)
        case .string(let value): Self.quote(value, into: &out)
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            out += "[\n"
            for (i, item) in items.enumerated() {
                out += String(repeating: "  ", count: indent + 1)
                item.write(to: &out, indent: indent + 1)
                out += i + 1 < items.count ? ",\n" : "\n"
            }
            out += String(repeating: "  ", count: indent) + "]"
        case .object(let members):
            if members.isEmpty { out += "{}"; return }
            out += "{\n"
            let keys = members.keys.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
            for (i, key) in keys.enumerated() {
                out += String(repeating: "  ", count: indent + 1)
                Self.quote(key, into: &out)
                out += ": "
                members[key]!.write(to: &out, indent: indent + 1)
                out += i + 1 < keys.count ? ",\n" : "\n"
            }
            out += String(repeating: "  ", count: indent) + "}"
        }
    }

    /// A finite number with at most six decimals, no exponent, no trailing zeros; not finite → `null`.
    package static func format(_ value: Double) -> String {
        value.isFinite ? NumberFormat.trimmed(value, maxDecimals: 6) : "null"
    }

    /// A JSON string literal; the same escaping as generated JavaScript, so `<`, `>` and `&`
    /// are escaped too and the text is safe wherever the JSON ends up.
    private static func quote(_ text: String, into out: inout String) {
        out += JavaScript.string(text)
    }
}
