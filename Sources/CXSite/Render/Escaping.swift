/// Escaping of content text for the contexts it reaches.
///
/// Everything that comes from a project's files passes through one of these before it
/// is written into HTML, SVG or XML. Mustache's `{{name}}` escapes too; these are for
/// text that Swift code assembles itself (charts, feeds, JSON).
public enum Escape {
    /// Text for HTML or XML element content and double- or single-quoted attribute values.
    /// Unicode bidirectional controls are dropped so content cannot reorder the page's text.
    public static func html(_ text: some StringProtocol) -> String {
        var needs = false
        for u in text.utf8 where u == 0x26 || u == 0x3C || u == 0x3E || u == 0x22 || u == 0x27 || u == 0xE2 {
            needs = true
            break
        }
        if !needs { return String(text) }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\u{202A}"..."\u{202E}", "\u{2066}"..."\u{2069}", "\u{200E}", "\u{200F}": continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

extension Escape {
    /// One CSV field (RFC 4180): quoted, with quotes doubled, when it holds a comma, a quote or a
    /// line break, or starts or ends with a space; as it is otherwise.
    public static func csv(_ text: some StringProtocol) -> String {
        let needs = text.utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
            || text.first == " " || text.last == " "
        guard needs else { return String(text) }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
