#if canImport(Glibc)
import Glibc
#endif
import CXSiteSupport
import CXSiteModel

/// Turns a file's bytes into text, or says exactly where and why it cannot.
///
/// Line breaks are LF, CRLF or a lone CR, as for cmark and libyaml; a lone CR becomes an LF in the
/// text, so every later line number (ours, cmark's, libyaml's) counts the same lines.
package enum TextDecoding {
    /// The longest line, in bytes, of a text file cxsite reads whole (Markdown, YAML, templates).
    package static let maximumLineBytes = 1 << 20

    /// UTF-8 text of `bytes` without a leading BOM; nil with an error naming the line and column
    /// of the first bad byte when the file is not UTF-8 (UTF-16 is recognised by its BOM), holds a
    /// NUL byte, or has a line longer than ``maximumLineBytes`` (no text a person writes has one;
    /// a binary or generated file does).
    package static func utf8(_ bytes: [UInt8], path: String, log: inout DiagnosticLog) -> String? {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            log.error("file is UTF-16; save it as UTF-8", at: SourceLocation(path: path))
            return nil
        }
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        // The usual case (no NUL, no CR, no overlong line, valid UTF-8) is checked with memchr and
        // the standard library's fast validator; the loop below runs only for CRs and to find
        // where a bad file goes wrong.
        if isPlain(bytes), let text = String(validating: bytes[start...], as: UTF8.self) { return text }
        var line = 1
        var column = 1
        var index = start
        var lineStart = start
        var loneCR = false
        while index < bytes.count {
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0x00:
                log.error("file contains a NUL byte; expected UTF-8 text", at: SourceLocation(path: path, line: line, column: column))
                return nil
            case 0x0A:
                line += 1; column = 1; index += 1
                lineStart = index
                continue
            case 0x0D where index + 1 == bytes.count || bytes[index + 1] != 0x0A:
                loneCR = true
                line += 1; column = 1; index += 1
                lineStart = index
                continue
            case 0x01..<0x80: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: length = 0
            }
            if length == 0 || !validSequence(bytes, at: index, length: length) {
                let hex = String(byte, radix: 16, uppercase: true)
                log.error("file is not valid UTF-8: byte 0x\(hex.count == 1 ? "0" + hex : hex) cannot start a character here; save the file as UTF-8", at: SourceLocation(path: path, line: line, column: column))
                return nil
            }
            index += length
            column += 1
            if index - lineStart > maximumLineBytes {
                log.error("line \(line) is longer than \(maximumLineBytes / (1 << 20)) MB; expected text with lines of ordinary length (is this a text file?)", at: SourceLocation(path: path, line: line, column: 1))
                return nil
            }
        }
        guard loneCR else { return String(decoding: bytes[start...], as: UTF8.self) }
        var normalized = Array(bytes[start...])
        for i in normalized.indices where normalized[i] == 0x0D && (i + 1 == normalized.endIndex || normalized[i + 1] != 0x0A) {
            normalized[i] = 0x0A
        }
        return String(decoding: normalized, as: UTF8.self)
    }

    /// True when `bytes` hold no NUL and no CR, and no line longer than ``maximumLineBytes``.
    private static func isPlain(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return true }
            if memchr(base, 0, buffer.count) != nil || memchr(base, 0x0D, buffer.count) != nil { return false }
            guard buffer.count > maximumLineBytes else { return true }
            var offset = 0
            while offset < buffer.count {
                let rest = buffer.count - offset
                guard let newline = memchr(base + offset, 0x0A, rest) else { return rest <= maximumLineBytes }
                let length = base.distance(to: UnsafeRawPointer(newline)) - offset
                if length > maximumLineBytes { return false }
                offset += length + 1
            }
            return true
        }
    }

    private static func validSequence(_ bytes: [UInt8], at index: Int, length: Int) -> Bool {
        guard length > 1 else { return true }
        guard index + length <= bytes.count else { return false }
        let first = bytes[index]
        for offset in 1..<length where bytes[index + offset] & 0xC0 != 0x80 { return false }
        let second = bytes[index + 1]
        switch first {
        case 0xE0: return second >= 0xA0
        case 0xED: return second < 0xA0
        case 0xF0: return second >= 0x90
        case 0xF4: return second < 0x90
        default: return true
        }
    }
}
