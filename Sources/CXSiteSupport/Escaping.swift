import Foundation

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
        html(String(text))
    }

    /// The same for a `String`, scanned as contiguous UTF-8 (the generic form, called from
    /// other modules, walks the bytes through protocol witnesses, which showed in profiles).
    public static func html(_ text: String) -> String {
        var text = text
        let escaped: String? = text.withUTF8 { bytes in
            guard let first = bytes.firstIndex(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 || $0 == 0xE2 }) else {
                return nil
            }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 16)
            out.append(contentsOf: bytes[..<first])
            var index = first
            while index < bytes.count {
                switch bytes[index] {
                case 0x26: out.append(contentsOf: "&amp;".utf8)
                case 0x3C: out.append(contentsOf: "&lt;".utf8)
                case 0x3E: out.append(contentsOf: "&gt;".utf8)
                case 0x22: out.append(contentsOf: "&quot;".utf8)
                case 0x27: out.append(contentsOf: "&#39;".utf8)
                case 0xE2 where startsBidiControl(bytes, at: index):
                    index += 3
                    continue
                case let byte: out.append(byte)
                }
                index += 1
            }
            return String(decoding: out, as: UTF8.self)
        }
        return escaped ?? text
    }

    /// Whether `scalar` is a Unicode bidirectional control (embedding, override, isolate or mark),
    /// which can make text display in an order other than the one it is stored in.
    public static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// Where the first bidirectional control of `buffer` starts: `memchr` finds each 0xE2 lead
    /// byte (every page's bytes pass here, and most have none).
    private static func firstBidiControl(in buffer: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = buffer.baseAddress else { return nil }
        var from = 0
        while from < buffer.count, let found = memchr(base + from, 0xE2, buffer.count - from) {
            let index = UnsafeRawPointer(found) - UnsafeRawPointer(base)
            if startsBidiControl(buffer, at: index) { return index }
            from = index + 1
        }
        return nil
    }

    /// Whether the UTF-8 bytes at `index` are a bidirectional control: E2 80 8E/8F/AA–AE (U+200E,
    /// U+200F, U+202A–U+202E) or E2 81 A6–A9 (U+2066–U+2069).
    package static func startsBidiControl(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index + 2 < bytes.count, bytes[index] == 0xE2 else { return false }
        let third = bytes[index + 2]
        switch bytes[index + 1] {
        case 0x80: return third == 0x8E || third == 0x8F || (0xAA...0xAE).contains(third)
        case 0x81: return (0xA6...0xA9).contains(third)
        default: return false
        }
    }

    /// `bytes` (UTF-8) without bidirectional controls; the same array when it has none (the
    /// usual case).
    package static func droppingBidiControls(_ bytes: [UInt8]) -> [UInt8] {
        bytes.withUnsafeBufferPointer { buffer in
            guard let first = firstBidiControl(in: buffer) else { return bytes }
            var out = Array(buffer[..<first])
            var index = first
            while index < buffer.count {
                if startsBidiControl(buffer, at: index) {
                    index += 3
                } else {
                    out.append(buffer[index])
                    index += 1
                }
            }
            return out
        }
    }
}

extension Escape {
    /// One CSV field (RFC 4180): quoted, with quotes doubled, when it holds a comma, a quote or a
    /// line break, or starts or ends with a space; as it is otherwise. (Bidirectional controls are
    /// dropped from the whole file by ``OutputFile``.)
    public static func csv(_ text: String) -> String {
        let utf8 = text.utf8
        let needs = utf8.first == 0x20 || utf8.last == 0x20
            || utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
        guard needs else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// String literals for generated JavaScript.
package enum JavaScript {
    /// `text` as a double-quoted JavaScript (and JSON) string literal that is also safe inside
    /// an HTML `<script>` element: `<` is escaped, so neither `</script>` nor `<!--` can appear.
    package static func string(_ text: String) -> String {
        var out: [UInt8] = [UInt8(ascii: "\"")]
        out.reserveCapacity(text.utf8.count + 2)
        var text = text
        text.withUTF8 { bytes in
            // Bytes that stay as they are go over in runs; the loop stops only at the others.
            var run = 0
            var index = 0
            func escape(_ replacement: [UInt8], length: Int = 1) {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<index]))
                out += replacement
                index += length
                run = index
            }
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): escape([0x5C, byte])
                case UInt8(ascii: "\n"): escape([0x5C, UInt8(ascii: "n")])
                case UInt8(ascii: "\r"): escape([0x5C, UInt8(ascii: "r")])
                case UInt8(ascii: "\t"): escape([0x5C, UInt8(ascii: "t")])
                case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"), 0x00..<0x20, 0x7F:
                    escape(escaped(UInt32(byte)))
                case 0xE2 where index + 2 < bytes.count:
                    // U+2028, U+2029 and the bidirectional controls (U+200E, U+200F, U+202A–U+202E,
                    // U+2066–U+2069) are E2 80 xx or E2 81 xx: they stay in the data but never
                    // appear raw in a file (docs/SECURITY.md).
                    let scalar = (UInt32(byte & 0x0F) << 12) | (UInt32(bytes[index + 1] & 0x3F) << 6) | UInt32(bytes[index + 2] & 0x3F)
                    if scalar == 0x200E || scalar == 0x200F || (0x2028...0x202E).contains(scalar) || (0x2066...0x2069).contains(scalar) {
                        escape(escaped(scalar), length: 3)
                    } else {
                        index += 1
                    }
                default:
                    index += 1
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<bytes.count]))
        }
        out.append(UInt8(ascii: "\""))
        return String(decoding: out, as: UTF8.self)
    }

    /// `\u` and four lower-case hex digits.
    private static func escaped(_ scalar: UInt32) -> [UInt8] {
        let digits = Array("0123456789abcdef".utf8)
        return [0x5C, UInt8(ascii: "u")] + [12, 8, 4, 0].map { digits[Int((scalar >> UInt32($0)) & 0xF)] }
    }
}
