public import Foundation
import CXSiteSupport
import CXSiteModel

/// Streams RFC 4180 CSV records, each field with its line and column, from a file or from bytes.
///
/// The reader works on UTF-8 bytes and holds at most one chunk plus the record being read, so a
/// file of any length is read in bounded memory (bounded by the largest record).
///
/// Rules:
/// - Fields are separated by the delimiter: `,`, `;` or a tab, told from the first line unless
///   given (``Delimiter``); records end with LF, CRLF or a lone CR; the last record may lack a
///   line break. Quoting works the same with each delimiter.
/// - A field that starts with `"` is quoted: it may hold commas, line breaks and `""` (one quote),
///   and ends at the next lone `"`, which must be followed by a comma, a line break or the end.
/// - A UTF-8 BOM at the very start is skipped; columns count from the byte after it.
/// - Blank lines (nothing between two line breaks), wherever they are, are skipped: they are not
///   records. A line holding only `""` is a record with one empty field.
/// - Lines and columns are 1-based. Lines are physical lines (a line break inside a quoted field
///   starts a new one; CRLF is one break). Columns count Unicode scalars, not bytes, and point at
///   a field's first character, the opening quote for a quoted field.
/// - Records may have different numbers of fields; checking that is the caller's business.
///
/// Errors are values: `next()` returns `.failure` for a malformed record and carries on with the
/// record after it, so a caller can collect every error in one pass. A quote inside an unquoted
/// field, text after a closing quote or a NUL byte drops the record and resumes at the next
/// physical line. A field that is not valid UTF-8 drops its record. A record longer than
/// `maximumRecordBytes` (1 MiB by default, line break not counted) is an error at its first line;
/// reading resumes at the next physical line, so memory stays bounded whatever the input. A quoted
/// field still open at the end of the input is reported at its opening quote, and reading resumes at the line after
/// that quote. A read error from the file ends the sequence.
///
/// The reader is its own iterator: iterate it once (copies share the file handle's offset).
///
/// ```swift
/// var reader = try CSVReader(path: "metrics.csv")
/// while let result = reader.next() {
///     switch result {
///     case .success(let record): use(record.fields, record.positions)
///     case .failure(let error): report("metrics.csv:\(error)")
///     }
/// }
/// ```
public struct CSVReader: Sequence, IteratorProtocol {
    /// A record, or the error that stood in the place of one.
    public typealias Element = Result<CSVRecord, CSVReadError>

    /// Bytes read from a file at a time unless told otherwise.
    public static let defaultChunkSize = 64 * 1024

    /// The longest record, in bytes without its line break, unless told otherwise.
    public static let defaultMaximumRecordBytes = 1 << 20

    /// Where further bytes come from.
    private enum Source {
        case memory([UInt8], offset: Int)
        case file(FileHandle)
        case exhausted
    }

    /// Where the scanner is within the grammar.
    private enum State {
        /// Between records, skipping blank lines.
        case recordStart
        /// At the first byte of a field (after a comma, or at the start of a record).
        case fieldStart
        case unquoted
        case quoted
        /// Just after a `"` inside a quoted field: an escaped quote or the closing one.
        case quoteInQuoted
        /// Skipping the rest of a physical line after an error.
        case skipLine
    }

    /// A finished field of the current record, as buffer offsets.
    fileprivate struct Span {
        /// First byte of the field (the opening quote if quoted).
        package var start: Int
        /// End of the value bytes (the closing quote if quoted), exclusive.
        package var end: Int
        package var line: Int
        /// Offset of the first byte of the physical line holding `start`.
        package var lineStart: Int
        package var quoted: Bool
        /// The value holds `""` pairs to collapse.
        package var escaped: Bool
        package var nonASCII: Bool

        /// The memberwise initialiser, open to the other targets.
        package init(start: Int, end: Int, line: Int, lineStart: Int, quoted: Bool, escaped: Bool, nonASCII: Bool) {
            self.start = start
            self.end = end
            self.line = line
            self.lineStart = lineStart
            self.quoted = quoted
            self.escaped = escaped
            self.nonASCII = nonASCII
        }
    }

    /// Why the scanner stopped.
    private enum Outcome {
        case needData
        case record
        case error(CSVReadError.Kind, at: Int)
    }

    package static let lf: UInt8 = 0x0A
    package static let cr: UInt8 = 0x0D
    package static let quote: UInt8 = 0x22

    /// What separates fields.
    public typealias Delimiter = CSVDelimiter

    /// When set, the fields at the indexes where it is false come as empty strings: their bytes
    /// are still read as CSV (quoting, UTF-8, the field count) but no text is made of them.
    package var readsField: [Bool]?

    /// The delimiter in use: the one given, or the one detected from the first line (known once
    /// the first record has been read).
    public private(set) var delimiter: Delimiter
    private var detectsDelimiter: Bool

    private var source: Source
    private let chunkSize: Int
    private let allowsBareQuotes: Bool
    private let maximumRecordBytes: Int

    /// Unconsumed bytes; everything from `recordStart` on while a record is being read.
    private var buffer: [UInt8] = []
    private var pos = 0
    private var started = false
    private var finished = false
    private var state = State.recordStart
    private var line = 1
    private var lineStart = 0
    /// The last line break was a CR, so an LF right after it belongs to it.
    private var afterCR = false
    private var recordStart = 0
    /// The line the current record starts on.
    private var recordLine = 1
    private var fieldStart = 0
    private var fieldLine = 1
    private var fieldLineStart = 0
    private var escaped = false
    /// OR of the current field's bytes: bit 7 set means it is not pure ASCII.
    private var acc: UInt8 = 0
    private var spans: [Span] = []

    /// Reads from an open file handle, `chunkSize` bytes at a time; the caller keeps ownership.
    ///
    /// With `allowsBareQuotes` a `"` inside an unquoted field is kept as an ordinary character
    /// (as Python's `csv` does) instead of being an error.
    ///
    /// `delimiter` nil tells it from the first line.
    public init(fileHandle: FileHandle, chunkSize: Int = CSVReader.defaultChunkSize, allowsBareQuotes: Bool = false,
                maximumRecordBytes: Int = CSVReader.defaultMaximumRecordBytes, delimiter: Delimiter? = .comma) {
        precondition(chunkSize > 0, "chunk size must be positive")
        self.delimiter = delimiter ?? .comma
        self.detectsDelimiter = delimiter == nil
        self.source = .file(fileHandle)
        self.chunkSize = chunkSize
        self.allowsBareQuotes = allowsBareQuotes
        self.maximumRecordBytes = maximumRecordBytes
    }

    /// Opens the file at `path` for reading; throws if it cannot be opened.
    public init(path: String, chunkSize: Int = CSVReader.defaultChunkSize, allowsBareQuotes: Bool = false) throws {
        let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
        self.init(fileHandle: handle, chunkSize: chunkSize, allowsBareQuotes: allowsBareQuotes)
    }

    /// Reads bytes held in memory; a `chunkSize` smaller than the input feeds them piecewise (for tests).
    public init(bytes: [UInt8], chunkSize: Int = .max, allowsBareQuotes: Bool = false,
                maximumRecordBytes: Int = CSVReader.defaultMaximumRecordBytes, delimiter: Delimiter? = .comma) {
        precondition(chunkSize > 0, "chunk size must be positive")
        self.delimiter = delimiter ?? .comma
        self.detectsDelimiter = delimiter == nil
        self.chunkSize = chunkSize
        self.allowsBareQuotes = allowsBareQuotes
        self.maximumRecordBytes = maximumRecordBytes
        if chunkSize >= bytes.count {
            self.buffer = bytes
            self.source = .exhausted
        } else {
            self.source = .memory(bytes, offset: 0)
        }
    }

    /// Reads the bytes of `data`; see `init(bytes:chunkSize:allowsBareQuotes:)`.
    public init(data: Data, chunkSize: Int = .max, allowsBareQuotes: Bool = false) {
        self.init(bytes: [UInt8](data), chunkSize: chunkSize, allowsBareQuotes: allowsBareQuotes)
    }

    /// Returns the next record or error, or nil at the end of the input.
    public mutating func next() -> Element? {
        next(consumingPlain: { _ in false })
    }

    /// A record whose fields are all ASCII and hold no `""`, as bytes of the reader's buffer:
    /// valid only while the closure it is given to runs.
    package struct PlainRecord {
        fileprivate let base: UnsafePointer<UInt8>
        fileprivate let spans: UnsafeBufferPointer<Span>

        package var count: Int { spans.count }

        /// The value of field `index`, quotes removed.
        package func field(_ index: Int) -> UnsafeBufferPointer<UInt8> {
            let span = spans[index]
            let from = span.quoted ? span.start + 1 : span.start
            return UnsafeBufferPointer(start: base + from, count: span.end - from)
        }

        /// Where field `index` starts, as ``CSVRecord/positions`` would say.
        package func position(_ index: Int) -> CSVPosition {
            CSVPosition(line: spans[index].line, column: spans[index].start - spans[index].lineStart + 1)
        }
    }

    /// ``next()``, except that every record that is plain (see ``PlainRecord``) is first offered
    /// to `consume` as bytes, without making a string of any field. A record `consume` takes
    /// (returns true for) is not returned; reading goes on with the next one. Errors and the
    /// records it declines come back as from ``next()``, so a caller can keep one slow path for
    /// everything unusual.
    package mutating func next(consumingPlain consume: (PlainRecord) -> Bool) -> Element? {
        if finished { return nil }
        do {
            if !started {
                started = true
                while buffer.count - pos < 3, try refill() {}
                if buffer.count - pos >= 3, buffer[pos] == 0xEF, buffer[pos + 1] == 0xBB, buffer[pos + 2] == 0xBF {
                    pos += 3
                }
                if detectsDelimiter {
                    // The header line, up to its first line break (or 64 KB), decides.
                    func hasBreak() -> Bool { buffer[pos...].contains { $0 == Self.lf || $0 == Self.cr } }
                    while !hasBreak(), buffer.count - pos < 1 << 16, try refill() {}
                    delimiter = buffer.withUnsafeBufferPointer { Delimiter.detect(UnsafeBufferPointer(rebasing: $0[pos...])) }
                }
            }
            while true {
                var outcome = Outcome.needData
                if pos < buffer.count {
                    let bytes = buffer
                    outcome = bytes.withUnsafeBufferPointer { scan($0.baseAddress!, $0.count) }
                }
                switch outcome {
                case .record:
                    if !spans.contains(where: { $0.nonASCII || $0.escaped }) {
                        let taken = buffer.withUnsafeBufferPointer { bytes in
                            spans.withUnsafeBufferPointer { consume(PlainRecord(base: bytes.baseAddress!, spans: $0)) }
                        }
                        if taken { continue }
                    }
                    return buildRecord()
                case .error(let kind, let index):
                    var error = scanError(kind, at: index)
                    if kind == .textAfterClosingQuote, buffer[index] >= 0xC2, index + Self.sequenceLength(buffer[index]) > buffer.count {
                        // The character after the quote is cut by the chunk's end: read on so that
                        // the message names it whatever the chunking (the scanner left `pos` on it).
                        while buffer.count - pos < Self.sequenceLength(buffer[pos]), try refill() {}
                        error.message = textAfterQuoteMessage(describeCharacter(at: pos))
                    }
                    return .failure(error)
                case .needData:
                    if state != .recordStart && state != .skipLine && pos - recordStart > maximumRecordBytes {
                        // The scanner stops one byte past the limit (see `scan`), whatever the chunk size.
                        state = .skipLine
                        spans.removeAll(keepingCapacity: true)
                        let size = maximumRecordBytes % (1 << 20) == 0 ? "\(maximumRecordBytes >> 20) MB" : "\(maximumRecordBytes) bytes"
                        let message = "record is longer than \(size); expected rows of ordinary length (is this a CSV file?)"
                        return .failure(CSVReadError(kind: .recordTooLong, message: message, line: recordLine, column: 1))
                    }
                    if try refill() { continue }
                    if let result = finishAtEnd() { return result }
                    finished = true
                    return nil
                }
            }
        } catch {
            finished = true
            let column = state == .recordStart || lineStart < 0 || lineStart > pos ? 1 : 1 + scalarCount(from: lineStart, to: pos)
            return .failure(CSVReadError(kind: .readFailed, message: "cannot read the file: \(error)", line: line, column: column))
        }
    }

    // MARK: Scanning

    /// Runs the state machine over `p[pos..<end]` until a record ends, an error is found or the bytes run out.
    /// Within a record it looks no further than `maximumRecordBytes + 1` bytes past the record's start,
    /// so an over-long record is found at the same byte however the input is chunked.
    private mutating func scan(_ p: UnsafePointer<UInt8>, _ bufferEnd: Int) -> Outcome {
        let lf = Self.lf, cr = Self.cr, quote = Self.quote, comma = delimiter.rawValue
        let limit = maximumRecordBytes
        var i = pos
        var state = self.state
        var end = state == .recordStart || state == .skipLine ? bufferEnd : Swift.min(bufferEnd, recordStart + Swift.min(limit, bufferEnd) + 1)
        var line = self.line
        var lineStart = self.lineStart
        var acc = self.acc
        defer {
            self.pos = i
            self.state = state
            self.line = line
            self.lineStart = lineStart
            self.acc = acc
        }
        outer: while i < end {
            switch state {
            case .recordStart:
                let b = p[i]
                if b == lf {
                    if afterCR { afterCR = false } else { line += 1 }
                    i += 1
                } else if b == cr {
                    line += 1
                    afterCR = true
                    i += 1
                } else {
                    afterCR = false
                    recordStart = i
                    recordLine = line
                    lineStart = i
                    spans.removeAll(keepingCapacity: true)
                    state = .fieldStart
                    end = Swift.min(bufferEnd, i + Swift.min(limit, bufferEnd) + 1)
                }

            case .fieldStart:
                fieldStart = i
                fieldLine = line
                fieldLineStart = lineStart
                acc = 0
                escaped = false
                if p[i] == quote {
                    i += 1
                    state = .quoted
                } else {
                    state = .unquoted
                }

            case .unquoted:
                while i < end {
                    let b = p[i]
                    if b > quote && b != comma {
                        acc |= b
                        i += 1
                        continue
                    }
                    if b == comma {
                        pushSpan(end: i, quoted: false, acc: acc)
                        i += 1
                        state = .fieldStart
                        continue outer
                    }
                    switch b {
                    case lf, cr:
                        pushSpan(end: i, quoted: false, acc: acc)
                        line += 1
                        afterCR = b == cr
                        i += 1
                        state = .recordStart
                        return .record
                    case quote:
                        if !allowsBareQuotes {
                            state = .skipLine
                            return .error(.quoteInUnquotedField, at: i)
                        }
                        i += 1
                    case 0:
                        state = .skipLine
                        return .error(.nulByte, at: i)
                    default:
                        i += 1
                    }
                }

            case .quoted:
                while i < end {
                    let b = p[i]
                    if b > cr && b != quote {
                        acc |= b
                        i += 1
                        continue
                    }
                    switch b {
                    case quote:
                        i += 1
                        state = .quoteInQuoted
                        continue outer
                    case lf:
                        // The opening quote precedes, so p[i - 1] is part of this record.
                        if p[i - 1] != cr { line += 1 }
                        i += 1
                        lineStart = i
                    case cr:
                        line += 1
                        i += 1
                        lineStart = i
                    case 0:
                        state = .skipLine
                        return .error(.nulByte, at: i)
                    default:
                        i += 1
                    }
                }

            case .quoteInQuoted:
                let b = p[i]
                switch b {
                case quote:
                    escaped = true
                    i += 1
                    state = .quoted
                case comma:
                    pushSpan(end: i - 1, quoted: true, acc: acc)
                    i += 1
                    state = .fieldStart
                case lf, cr:
                    pushSpan(end: i - 1, quoted: true, acc: acc)
                    line += 1
                    afterCR = b == cr
                    i += 1
                    state = .recordStart
                    return .record
                case 0:
                    state = .skipLine
                    return .error(.nulByte, at: i)
                default:
                    state = .skipLine
                    return .error(.textAfterClosingQuote, at: i)
                }

            case .skipLine:
                end = bufferEnd
                let b = p[i]
                i += 1
                if b == lf || b == cr {
                    line += 1
                    afterCR = b == cr
                    state = .recordStart
                }
            }
        }
        return .needData
    }

    /// Records the field that started at `fieldStart` and ends at `end`.
    private mutating func pushSpan(end: Int, quoted: Bool, acc: UInt8) {
        spans.append(Span(
            start: fieldStart, end: end, line: fieldLine, lineStart: fieldLineStart,
            quoted: quoted, escaped: escaped, nonASCII: acc >= 0x80
        ))
    }

    /// Drops consumed bytes and appends the next chunk; false at the end of the input.
    private mutating func refill() throws -> Bool {
        let keep = state == .recordStart || state == .skipLine ? pos : recordStart
        if keep > 0 {
            buffer.removeSubrange(0..<keep)
            pos -= keep
            recordStart -= keep
            lineStart -= keep
            fieldStart -= keep
            fieldLineStart -= keep
            for k in spans.indices {
                spans[k].start -= keep
                spans[k].end -= keep
                spans[k].lineStart -= keep
            }
        }
        switch source {
        case .exhausted:
            return false
        case .memory(let bytes, let offset):
            let end = offset + Swift.min(chunkSize, bytes.count - offset)
            buffer.append(contentsOf: bytes[offset..<end])
            source = end == bytes.count ? .exhausted : .memory(bytes, offset: end)
            return end > offset
        case .file(let handle):
            guard let data = try handle.read(upToCount: chunkSize), !data.isEmpty else {
                source = .exhausted
                return false
            }
            data.withUnsafeBytes { buffer.append(contentsOf: $0) }
            return true
        }
    }

    /// Ends the record left open by the end of the input; nil if there is none.
    private mutating func finishAtEnd() -> Element? {
        switch state {
        case .recordStart, .skipLine:
            return nil
        case .fieldStart:
            // Only reachable after a comma: the record ends with an empty field.
            fieldStart = pos
            fieldLine = line
            fieldLineStart = lineStart
            escaped = false
            pushSpan(end: pos, quoted: false, acc: 0)
        case .unquoted:
            pushSpan(end: pos, quoted: false, acc: acc)
        case .quoteInQuoted:
            pushSpan(end: pos - 1, quoted: true, acc: acc)
        case .quoted:
            return unterminatedQuote()
        }
        state = .recordStart
        return buildRecord()
    }

    /// Reports the quoted field open at the end of the input and resumes at the line after its quote.
    private mutating func unterminatedQuote() -> Element {
        let error = CSVReadError(
            kind: .unterminatedQuote,
            message: "quoted field has no closing quote before the end of the file",
            line: fieldLine,
            column: 1 + scalarCount(from: fieldLineStart, to: fieldStart)
        )
        state = .recordStart
        line = fieldLine + 1
        pos = buffer.count
        var j = fieldStart + 1
        while j < buffer.count {
            let b = buffer[j]
            if b == Self.lf || b == Self.cr {
                afterCR = b == Self.cr
                pos = j + 1
                break
            }
            j += 1
        }
        return .failure(error)
    }

    // MARK: Building records and errors

    /// Turns the spans of the finished record into a record, or the first invalid UTF-8 into an error.
    private func buildRecord() -> Element {
        buffer.withUnsafeBufferPointer { buf -> Element in
            let p = buf.baseAddress!
            let nonASCII = spans.contains { $0.nonASCII }
            var fields: [String] = []
            var positions: [CSVPosition] = []
            fields.reserveCapacity(spans.count)
            positions.reserveCapacity(spans.count)
            var previousLineStart = -1, previousStart = 0, previousColumn = 0
            let reads = readsField ?? []
            for (index, s) in spans.enumerated() {
                let from = s.quoted ? s.start + 1 : s.start
                if s.nonASCII, let bad = Self.firstInvalidUTF8(p, from: from, to: s.end) {
                    let at = position(of: bad, from: s)
                    let message = "invalid UTF-8 (byte 0x\(Self.hex(p[bad])))"
                    return .failure(CSVReadError(kind: .invalidUTF8, message: message, line: at.line, column: at.column))
                }
                let column: Int
                if !nonASCII {
                    column = s.start - s.lineStart + 1
                } else if s.lineStart == previousLineStart {
                    column = previousColumn + Self.scalarCount(p, from: previousStart, to: s.start)
                } else {
                    column = 1 + Self.scalarCount(p, from: s.lineStart, to: s.start)
                }
                previousLineStart = s.lineStart
                previousStart = s.start
                previousColumn = column
                positions.append(CSVPosition(line: s.line, column: column))
                if index < reads.count, !reads[index] {
                    fields.append("")
                } else if s.escaped {
                    fields.append(Self.unescape(p, from: from, to: s.end))
                } else {
                    fields.append(String(decoding: UnsafeBufferPointer(start: p + from, count: s.end - from), as: UTF8.self))
                }
            }
            return .success(CSVRecord(fields: fields, positions: positions))
        }
    }

    /// The error found by the scanner at buffer offset `index` on the current line.
    private func scanError(_ kind: CSVReadError.Kind, at index: Int) -> CSVReadError {
        let column = 1 + scalarCount(from: lineStart, to: index)
        let message: String
        switch kind {
        case .quoteInUnquotedField:
            message = "a quote (\") inside an unquoted field; enclose the field in quotes and double the quotes inside it"
        case .textAfterClosingQuote:
            message = textAfterQuoteMessage(describeCharacter(at: index))
        case .nulByte:
            message = "NUL byte (0x00) is not allowed"
        case .unterminatedQuote, .invalidUTF8, .readFailed, .recordTooLong:
            message = "\(kind)" // Not produced by the scanner.
        }
        return CSVReadError(kind: kind, message: message, line: line, column: column)
    }

    /// The line and column of buffer offset `index`, walking from the start of span `s`'s line.
    private func position(of index: Int, from s: Span) -> CSVPosition {
        var line = s.line, lineStart = s.lineStart
        var k = s.lineStart
        while k < index {
            let b = buffer[k]
            if b == Self.cr || (b == Self.lf && (k == 0 || buffer[k - 1] != Self.cr)) {
                line += 1
            }
            if b == Self.cr || b == Self.lf { lineStart = k + 1 }
            k += 1
        }
        return CSVPosition(line: line, column: 1 + scalarCount(from: lineStart, to: index))
    }

    private func textAfterQuoteMessage(_ character: String) -> String {
        "unexpected \(character) after a closing quote; expected \(delimiter == .comma ? "a comma" : delimiter.shown) or the end of the line"
    }

    /// The bytes of the UTF-8 sequence a lead byte ≥ 0xC2 starts.
    private static func sequenceLength(_ lead: UInt8) -> Int { lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2 }

    /// `"x"` for the character at buffer offset `index`, or `byte 0xNN` if it is not printable.
    private func describeCharacter(at index: Int) -> String {
        let b = buffer[index]
        if b >= 0x20 && b < 0x7F { return "\"\(Character(Unicode.Scalar(b)))\"" }
        if b >= 0xC2 {
            let length = Self.sequenceLength(b)
            if index + length <= buffer.count {
                let text: String? = buffer.withUnsafeBufferPointer { buf in
                    let p = buf.baseAddress!
                    guard Self.firstInvalidUTF8(p, from: index, to: index + length) == nil else { return nil }
                    return String(decoding: UnsafeBufferPointer(start: p + index, count: length), as: UTF8.self)
                }
                if let text { return "\"\(text)\"" }
            }
        }
        return "byte 0x\(Self.hex(b))"
    }

    /// Unicode scalars starting in `buffer[from..<to]`.
    private func scalarCount(from: Int, to: Int) -> Int {
        guard from < to else { return 0 }
        return buffer.withUnsafeBufferPointer { Self.scalarCount($0.baseAddress!, from: from, to: to) }
    }

    /// Bytes in `p[from..<to]` that are not UTF-8 continuation bytes.
    private static func scalarCount(_ p: UnsafePointer<UInt8>, from: Int, to: Int) -> Int {
        var n = 0
        var k = from
        while k < to {
            if p[k] & 0xC0 != 0x80 { n += 1 }
            k += 1
        }
        return n
    }

    /// The value of a quoted field whose bytes `p[from..<to]` hold `""` pairs.
    private static func unescape(_ p: UnsafePointer<UInt8>, from: Int, to: Int) -> String {
        String(unsafeUninitializedCapacity: to - from) { out in
            var w = 0
            var k = from
            while k < to {
                let b = p[k]
                out[w] = b
                w += 1
                k += b == quote ? 2 : 1
            }
            return w
        }
    }

    /// Offset of the first byte of the first ill-formed UTF-8 sequence in `p[from..<to]`, or nil.
    package static func firstInvalidUTF8(_ p: UnsafePointer<UInt8>, from: Int, to: Int) -> Int? {
        var i = from
        while i < to {
            let b0 = p[i]
            if b0 < 0x80 {
                i += 1
                continue
            }
            // Well-formed sequences, Unicode Table 3-7.
            var trailing = 0
            var low: UInt8 = 0x80, high: UInt8 = 0xBF
            switch b0 {
            case 0xC2...0xDF: trailing = 1
            case 0xE0: trailing = 2; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: trailing = 2
            case 0xED: trailing = 2; high = 0x9F
            case 0xF0: trailing = 3; low = 0x90
            case 0xF1...0xF3: trailing = 3
            case 0xF4: trailing = 3; high = 0x8F
            default: return i
            }
            if i + trailing >= to { return i }
            let b1 = p[i + 1]
            if b1 < low || b1 > high { return i }
            var k = 2
            while k <= trailing {
                if p[i + k] & 0xC0 != 0x80 { return i }
                k += 1
            }
            i += trailing + 1
        }
        return nil
    }

    /// Two upper-case hex digits.
    private static func hex(_ b: UInt8) -> String {
        let digits = String(b, radix: 16, uppercase: true)
        return digits.count == 1 ? "0" + digits : digits
    }
}
