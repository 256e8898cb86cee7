import CXSiteSupport
import CXSiteModel

/// A JSON value as read from a file, with the line and column where it starts, so that a
/// value of the wrong kind can be reported at its place (`Foundation`'s reader gives no positions).
///
/// ```swift
/// let node = try JSONReader.parse("{\"month\": \"2026-10\"}")
/// node["month"]?.string   // "2026-10"
/// node["month"]?.line     // 1
/// ```
package struct JSONNode: Sendable {
    package enum Value: Sendable {
        case null
        case bool(Bool)
        case number(Double)
        case string(String)
        case array([JSONNode])
        /// Members in file order.
        case object([Member])
    }

    /// One `"key": value` of an object, with where its key is written.
    package struct Member: Sendable {
        package var key: String
        package var line: Int
        package var column: Int
        package var node: JSONNode

        /// The memberwise initialiser, open to the other targets.
        package init(key: String, line: Int, column: Int, node: JSONNode) {
            self.key = key
            self.line = line
            self.column = column
            self.node = node
        }
    }

    package var value: Value
    package var line: Int
    package var column: Int

    package subscript(key: String) -> JSONNode? {
        guard case .object(let members) = value else { return nil }
        return members.first { $0.key == key }?.node
    }

    package var string: String? { if case .string(let text) = value { text } else { nil } }
    package var number: Double? { if case .number(let number) = value { number } else { nil } }
    package var array: [JSONNode]? { if case .array(let items) = value { items } else { nil } }
    package var members: [Member]? { if case .object(let members) = value { members } else { nil } }
    package var bool: Bool? { if case .bool(let flag) = value { flag } else { nil } }
    package var isNull: Bool { if case .null = value { true } else { false } }

    /// What kind of value this is, for messages: `a number`, `text`, `a list`.
    package var kind: String {
        switch value {
        case .null: "null"
        case .bool: "true or false"
        case .number: "a number"
        case .string: "text"
        case .array: "a list"
        case .object: "an object"
        }
    }

    /// The memberwise initialiser, open to the other targets.
    package init(value: Value, line: Int, column: Int) {
        self.value = value
        self.line = line
        self.column = column
    }
}

/// A strict RFC 8259 JSON reader that reports the line and column of the first problem.
package enum JSONReader {
    package struct Failure: Error, Sendable {
        package var message: String
        package var line: Int
        package var column: Int

        /// The memberwise initialiser, open to the other targets.
        package init(message: String, line: Int, column: Int) {
            self.message = message
            self.line = line
            self.column = column
        }
    }

    package static func parse(_ text: String) throws(Failure) -> JSONNode {
        var reader = Cursor(bytes: Array(text.utf8))
        reader.skipSpace()
        let node = try reader.value(depth: 0)
        reader.skipSpace()
        guard reader.atEnd else { throw reader.failure("unexpected text after the end of the JSON value") }
        return node
    }

    private struct Cursor {
        package let bytes: [UInt8]
        package var index = 0
        package var line = 1
        /// Index of the first byte of the current line.
        package var lineStart = 0

        package init(bytes: [UInt8]) {
            self.bytes = bytes
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3; lineStart = 3 }
        }

        package var atEnd: Bool { index >= bytes.count }
        package var column: Int { String(decoding: bytes[lineStart..<min(index, bytes.count)], as: UTF8.self).count + 1 }

        package func failure(_ message: String) -> Failure { Failure(message: message, line: line, column: column) }

        package mutating func skipSpace() {
            while index < bytes.count {
                switch bytes[index] {
                case 0x20, 0x09, 0x0D: index += 1
                case 0x0A: index += 1; line += 1; lineStart = index
                default: return
                }
            }
        }

        package mutating func value(depth: Int) throws(Failure) -> JSONNode {
            guard depth < 200 else { throw failure("JSON nested too deeply") }
            guard index < bytes.count else { throw failure("unexpected end of file; expected a value") }
            let (startLine, startColumn) = (line, column)
            func node(_ value: JSONNode.Value) -> JSONNode { JSONNode(value: value, line: startLine, column: startColumn) }
            switch bytes[index] {
            case UInt8(ascii: "{"):
                index += 1
                var members: [JSONNode.Member] = []
                skipSpace()
                if index < bytes.count, bytes[index] == UInt8(ascii: "}") { index += 1; return node(.object(members)) }
                while true {
                    skipSpace()
                    if !members.isEmpty, index < bytes.count, bytes[index] == UInt8(ascii: "}") { throw failure("a comma before '}'; JSON allows no trailing comma") }
                    guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw failure("expected a quoted key") }
                    let (keyLine, keyColumn) = (line, column)
                    let key = try string()
                    if members.contains(where: { $0.key == key }) {
                        throw Failure(message: "duplicate key '\(key)'", line: keyLine, column: keyColumn)
                    }
                    skipSpace()
                    guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw failure("expected ':' after the key '\(key)'") }
                    index += 1
                    skipSpace()
                    members.append(JSONNode.Member(key: key, line: keyLine, column: keyColumn, node: try value(depth: depth + 1)))
                    skipSpace()
                    guard index < bytes.count else { throw failure("unexpected end of file; expected ',' or '}'") }
                    if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
                    if bytes[index] == UInt8(ascii: "}") { index += 1; return node(.object(members)) }
                    throw failure("expected ',' or '}'")
                }
            case UInt8(ascii: "["):
                index += 1
                var items: [JSONNode] = []
                skipSpace()
                if index < bytes.count, bytes[index] == UInt8(ascii: "]") { index += 1; return node(.array(items)) }
                while true {
                    skipSpace()
                    if !items.isEmpty, index < bytes.count, bytes[index] == UInt8(ascii: "]") { throw failure("a comma before ']'; JSON allows no trailing comma") }
                    items.append(try value(depth: depth + 1))
                    skipSpace()
                    guard index < bytes.count else { throw failure("unexpected end of file; expected ',' or ']'") }
                    if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
                    if bytes[index] == UInt8(ascii: "]") { index += 1; return node(.array(items)) }
                    throw failure("expected ',' or ']'")
                }
            case UInt8(ascii: "\""):
                return node(.string(try string()))
            case UInt8(ascii: "t"):
                try literal("true"); return node(.bool(true))
            case UInt8(ascii: "f"):
                try literal("false"); return node(.bool(false))
            case UInt8(ascii: "n"):
                try literal("null"); return node(.null)
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                return node(.number(try number()))
            default:
                throw failure("unexpected character '\(String(decoding: [bytes[index]], as: UTF8.self))'; expected a value")
            }
        }

        package mutating func literal(_ word: String) throws(Failure) {
            let expected = Array(word.utf8)
            guard bytes[index...].starts(with: expected) else { throw failure("expected '\(word)'") }
            index += expected.count
        }

        package mutating func number() throws(Failure) -> Double {
            let start = index
            func digits() -> Int {
                let from = index
                while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
                return index - from
            }
            if bytes[index] == UInt8(ascii: "-") { index += 1 }
            let whole = index
            guard digits() > 0 else { throw failure("expected a digit") }
            if index - whole > 1, bytes[whole] == UInt8(ascii: "0") { throw Failure(message: "a number may not start with 0", line: line, column: column - (index - whole)) }
            if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
                index += 1
                guard digits() > 0 else { throw failure("expected a digit after '.'") }
            }
            if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
                index += 1
                if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
                guard digits() > 0 else { throw failure("expected a digit in the exponent") }
            }
            let text = String(decoding: bytes[start..<index], as: UTF8.self)
            guard let value = Double(text), value.isFinite else { throw failure("number '\(text)' is out of range") }
            return value
        }

        package mutating func string() throws(Failure) -> String {
            index += 1
            var out: [UInt8] = []
            while true {
                guard index < bytes.count else { throw failure("unterminated string") }
                let byte = bytes[index]
                switch byte {
                case UInt8(ascii: "\""):
                    index += 1
                    return String(decoding: out, as: UTF8.self)
                case UInt8(ascii: "\\"):
                    index += 1
                    guard index < bytes.count else { throw failure("unterminated string") }
                    let escape = bytes[index]
                    index += 1
                    switch escape {
                    case UInt8(ascii: "\""): out.append(0x22)
                    case UInt8(ascii: "\\"): out.append(0x5C)
                    case UInt8(ascii: "/"): out.append(0x2F)
                    case UInt8(ascii: "b"): out.append(0x08)
                    case UInt8(ascii: "f"): out.append(0x0C)
                    case UInt8(ascii: "n"): out.append(0x0A)
                    case UInt8(ascii: "r"): out.append(0x0D)
                    case UInt8(ascii: "t"): out.append(0x09)
                    case UInt8(ascii: "u"):
                        var scalar = try hex4()
                        if (0xD800...0xDBFF).contains(scalar) {
                            guard bytes[index...].starts(with: Array("\\u".utf8)) else { throw failure("unpaired surrogate in \\u escape") }
                            index += 2
                            let low = try hex4()
                            guard (0xDC00...0xDFFF).contains(low) else { throw failure("unpaired surrogate in \\u escape") }
                            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                        }
                        guard let unicode = Unicode.Scalar(scalar) else { throw failure("invalid \\u escape") }
                        out.append(contentsOf: Array(String(Character(unicode)).utf8))
                    default:
                        index -= 2
                        throw failure("invalid escape '\\\(String(decoding: [escape], as: UTF8.self))'")
                    }
                case 0x00..<0x20:
                    throw failure(byte == 0x0A ? "unterminated string (line break inside quotes)" : "control character inside a string; escape it")
                default:
                    out.append(byte)
                    index += 1
                }
            }
        }

        package mutating func hex4() throws(Failure) -> UInt32 {
            guard index + 4 <= bytes.count, let value = UInt32(String(decoding: bytes[index..<index + 4], as: UTF8.self), radix: 16) else {
                throw failure("expected four hex digits after \\u")
            }
            index += 4
            return value
        }
    }
}
