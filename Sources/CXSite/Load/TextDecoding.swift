#if canImport(Glibc)
import Glibc
#endif

/// Turns a file's bytes into text, or says exactly where and why it cannot.
enum TextDecoding {
    /// UTF-8 text of `bytes` without a leading BOM; nil with an error naming the line and column
    /// of the first bad byte when the file is not UTF-8 (UTF-16 is recognised by its BOM) or holds a NUL byte.
    static func utf8(_ bytes: [UInt8], path: String, log: inout DiagnosticLog) -> String? {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            log.error("file is UTF-16; save it as UTF-8", at: SourceLocation(path: path))
            return nil
        }
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        // The usual case, valid UTF-8 without NUL, is checked by the standard library's fast
        // validator; the loop below runs only to find where a bad file goes wrong.
        let hasNUL = bytes.withUnsafeBytes { $0.baseAddress.map { memchr($0, 0, bytes.count) != nil } ?? false }
        if !hasNUL, let text = String(validating: bytes[start...], as: UTF8.self) { return text }
        var line = 1
        var column = 1
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0x00:
                log.error("file contains a NUL byte; expected UTF-8 text", at: SourceLocation(path: path, line: line, column: column))
                return nil
            case 0x0A:
                line += 1; column = 1; index += 1
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
        }
        return String(decoding: bytes[start...], as: UTF8.self)
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
