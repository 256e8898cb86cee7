#if canImport(Glibc)
import Glibc
#endif
import CXSiteSupport
import CXSiteModel

/// The bytes a Markdown text was parsed from, with its lines, so the extensions can read what
/// was written where cmark's tree only keeps what it made of it (escapes resolved, smart
/// punctuation applied, a pipe table folded into a paragraph).
package final class MarkdownSource {
    package let bytes: [UInt8]
    /// Offset of the first byte of each line; line 1 is at index 0. Worked out when first
    /// needed: most pages need no line of their source.
    private lazy var lineStarts: [Int] = {
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == 0x0A { starts.append(offset + 1) }
        return starts
    }()

    package init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Whether the text has a `|` anywhere (a table needs one).
    package private(set) lazy var hasPipe: Bool = contains("|")

    /// Whether the text holds anything an extension other than heading anchors starts with: a
    /// pipe, a tilde, `@`, `://`, `www.`, a task marker or an alert marker.
    package var mayHoldExtensions: Bool {
        hasPipe || contains("~") || contains("@") || contains("://") || contains("www.")
            || contains("[ ]") || contains("[x]") || contains("[X]") || contains("[!")
    }

    /// Whether `text` occurs in the bytes: its first byte found with the C library's `memchr`.
    private func contains(_ text: StaticString) -> Bool {
        let needle = UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount)
        return bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return false }
            var offset = 0
            while offset + needle.count <= buffer.count,
                  let found = memchr(base + offset, Int32(needle[0]), buffer.count - offset) {
                let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if index + needle.count <= buffer.count, memcmp(base + index, needle.baseAddress!, needle.count) == 0 { return true }
                offset = index + 1
            }
            return false
        }
    }

    package var lineCount: Int { lineStarts.count }

    /// The bytes of 1-based line `number`, without its line ending; empty outside the text.
    package func line(_ number: Int) -> Range<Int> {
        guard number >= 1, number <= lineStarts.count else { return 0..<0 }
        let start = lineStarts[number - 1]
        var end = number < lineStarts.count ? lineStarts[number] - 1 : bytes.count
        if end > start, bytes[end - 1] == 0x0D { end -= 1 }
        return start..<max(start, end)
    }

    /// The bytes from 1-based `column` through `endColumn` of `line` (cmark's columns count bytes).
    package func slice(line number: Int, from column: Int, through endColumn: Int) -> ArraySlice<UInt8>? {
        let line = line(number)
        let start = line.lowerBound + column - 1, end = line.lowerBound + endColumn
        guard column >= 1, start <= end, end <= line.upperBound else { return nil }
        return bytes[start..<end]
    }

    /// The lines that may hold link reference definitions (`[label]: destination`, after any
    /// `>` and indentation) outside the code and HTML blocks at `excluded`, each with the line
    /// after it (where a title may be), for the extra document table cells are parsed in.
    package func referenceDefinitionLines(outside excluded: [ClosedRange<Int>]) -> [Range<Int>] {
        var found: [Range<Int>] = []
        for number in 1...lineCount where !excluded.contains(where: { $0.contains(number) }) {
            let range = line(number)
            var start = range.lowerBound
            while start < range.upperBound, bytes[start].isSpaceOrTab || bytes[start] == UInt8(ascii: ">") { start += 1 }
            guard start < range.upperBound, bytes[start] == UInt8(ascii: "["),
                  bytes[start..<range.upperBound].firstRange(of: "]:".utf8) != nil else { continue }
            let next = line(number + 1)
            found.append(start..<(next.isEmpty || excluded.contains(where: { $0.contains(number + 1) }) ? range.upperBound : next.upperBound))
        }
        return found
    }

    /// For each byte of `literal` (a text node's content), the offset in `raw` (the source it was
    /// parsed from) of the character it came from: a backslash escape, an entity and smart
    /// punctuation (`--`, `...`, quotes) make one character of several. Nil when they do not line up.
    package static func align(literal: [UInt8], raw: ArraySlice<UInt8>) -> [Int]? {
        var map = [Int](repeating: 0, count: literal.count)
        var i = raw.startIndex, j = 0
        func fill(_ count: Int, from offset: Int) {
            for k in 0..<count where j + k < map.count { map[j + k] = offset }
            j += count
        }
        while j < literal.count {
            guard i < raw.endIndex else { return nil }
            let byte = raw[i]
            if byte == UInt8(ascii: "\\"), i + 1 < raw.endIndex, raw[i + 1].isASCIIPunctuation, literal[j] == raw[i + 1] {
                fill(1, from: i)
                i += 2
            } else if byte == literal[j], byte != UInt8(ascii: "&") || !literalStartsEntity(raw, at: i) {
                fill(1, from: i)
                i += 1
            } else if byte == UInt8(ascii: "&"), let end = raw[i...].prefix(40).firstIndex(of: UInt8(ascii: ";")) {
                fill(scalarLength(literal[j]), from: i)
                i = end + 1
            } else if let consumed = smartPunctuation(literal, at: j, raw: raw, from: i) {
                fill(3, from: i)
                i += consumed
            } else {
                return nil
            }
        }
        return i == raw.endIndex ? map : nil
    }

    /// Whether `&` at `offset` starts something cmark reads as an entity (`&amp;`, `&#124;`).
    private static func literalStartsEntity(_ raw: ArraySlice<UInt8>, at offset: Int) -> Bool {
        var k = offset + 1
        while k < raw.endIndex, k - offset < 40, raw[k].isASCIIAlphanumeric || raw[k] == UInt8(ascii: "#") { k += 1 }
        return k > offset + 1 && k < raw.endIndex && raw[k] == UInt8(ascii: ";")
    }

    /// How many source bytes the smart punctuation character at `literal[j]` stands for.
    private static func smartPunctuation(_ literal: [UInt8], at j: Int, raw: ArraySlice<UInt8>, from i: Int) -> Int? {
        guard j + 2 < literal.count, literal[j] == 0xE2, literal[j + 1] == 0x80 else { return nil }
        func rawStarts(_ text: String) -> Bool { raw[i...].starts(with: text.utf8) }
        switch literal[j + 2] {
        case 0x93 where rawStarts("--"): return 2          // – en dash
        case 0x94 where rawStarts("---"): return 3         // — em dash
        case 0xA6 where rawStarts("..."): return 3         // … ellipsis
        case 0x98, 0x99: return rawStarts("'") ? 1 : nil   // ‘ ’
        case 0x9C, 0x9D: return rawStarts("\"") ? 1 : nil  // “ ”
        default: return nil
        }
    }

    private static func scalarLength(_ lead: UInt8) -> Int {
        switch lead {
        case 0xF0...: 4
        case 0xE0...: 3
        case 0xC0...: 2
        default: 1
        }
    }
}

extension UInt8 {
    package var isASCIIPunctuation: Bool {
        (0x21...0x2F).contains(self) || (0x3A...0x40).contains(self) || (0x5B...0x60).contains(self) || (0x7B...0x7E).contains(self)
    }
    package var isASCIIAlphanumeric: Bool {
        (0x30...0x39).contains(self) || (0x41...0x5A).contains(self) || (0x61...0x7A).contains(self)
    }
    package var isASCIIAlpha: Bool { (0x41...0x5A).contains(self) || (0x61...0x7A).contains(self) }
    /// Space or tab.
    package var isSpaceOrTab: Bool { self == 0x20 || self == 0x09 }
}
