/// Escaping of content text for the contexts it reaches.
///
/// Contexts and their rules (docs/SECURITY.md): HTML and XML text and attributes `html`; CSV
/// fields `csv`; JSON strings `JSONValue` (which also escapes `<`, `>`, `&`); Markdown through
/// cmark without `CMARK_OPT_UNSAFE` (raw HTML left out, `javascript:`-style links emptied). Every
/// generated text file also loses Unicode bidirectional controls in ``OutputFile``.
///
/// Everything that comes from a project's files passes through one of these before it
/// is written into HTML, SVG or XML. Mustache's `{{name}}` escapes too; these are for
/// text that Swift code assembles itself (charts, feeds, JSON).
public enum Escape {
    /// Text for HTML or XML element content and double- or single-quoted attribute values.
    /// Unicode bidirectional controls are dropped so content cannot reorder the page's text.
    /// `>` is escaped too, so `]]>` never appears in XML text.
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

    /// Whether `scalar` is a Unicode bidirectional control (embedding, override, isolate or mark),
    /// which can make text display in an order other than the one it is stored in.
    public static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// `bytes` (UTF-8) without bidirectional controls; the same array when it has none (the
    /// usual case, found by looking for their lead byte 0xE2 followed by 0x80 or 0x81).
    static func droppingBidiControls(_ bytes: [UInt8]) -> [UInt8] {
        var index = 0
        var found = false
        while index + 2 < bytes.count {
            if bytes[index] == 0xE2, bytes[index + 1] == 0x80 || bytes[index + 1] == 0x81 {
                let third = bytes[index + 2]
                if (bytes[index + 1] == 0x80 && (third == 0x8E || third == 0x8F || (0xAA...0xAE).contains(third)))
                    || (bytes[index + 1] == 0x81 && (0xA6...0xA9).contains(third)) {
                    found = true
                    break
                }
            }
            index += 1
        }
        guard found else { return bytes }
        let text = String(decoding: bytes, as: UTF8.self)
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where !isBidiControl(scalar) { out.append(scalar) }
        return Array(String(out).utf8)
    }
}

extension Escape {
    /// One CSV field (RFC 4180): quoted, with quotes doubled, when it holds a comma, a quote or a
    /// line break, or starts or ends with a space; as it is otherwise. (Bidirectional controls are
    /// dropped from the whole file by ``OutputFile``.)
    public static func csv(_ text: some StringProtocol) -> String {
        let needs = text.utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
            || text.first == " " || text.last == " "
        guard needs else { return String(text) }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
