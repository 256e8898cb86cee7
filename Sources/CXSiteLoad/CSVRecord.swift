import CXSiteSupport
import CXSiteModel

/// A 1-based line and column in a CSV source; the column counts Unicode scalars, not bytes.
public struct CSVPosition: Hashable, Sendable, CustomStringConvertible {
    /// Physical line, 1-based; a line break inside a quoted field starts a new line.
    public var line: Int
    /// Unicode scalar on the line, 1-based; a UTF-8 BOM at the start of the file is not counted.
    public var column: Int

    /// Creates a position from a 1-based line and column.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// `line:column`, ready to follow a file path.
    public var description: String { "\(line):\(column)" }
}

/// One CSV record: its field values and where each field starts in the source.
public struct CSVRecord: Hashable, Sendable {
    /// The field values, quotes removed and `""` unescaped; never empty.
    public var fields: [String]
    /// Where each field starts (the opening quote for a quoted field); parallel to `fields`.
    public var positions: [CSVPosition]

    /// Creates a record; `positions` must have one entry per field.
    public init(fields: [String], positions: [CSVPosition]) {
        precondition(fields.count == positions.count, "one position per field")
        self.fields = fields
        self.positions = positions
    }

    /// The line the record starts on (the line of its first field).
    public var line: Int { positions.first?.line ?? 0 }
}

/// A malformed part of a CSV source, with the position of the offending character.
public struct CSVReadError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong, for callers that react to particular problems.
    public enum Kind: Hashable, Sendable {
        /// A quoted field has no closing quote before the end of the input.
        case unterminatedQuote
        /// A `"` appears inside a field that does not start with a quote.
        case quoteInUnquotedField
        /// Something other than a comma or a line break follows a closing quote.
        case textAfterClosingQuote
        /// A field holds bytes that are not valid UTF-8.
        case invalidUTF8
        /// The input holds a NUL byte.
        case nulByte
        /// Reading the underlying file failed.
        case readFailed
        /// A record is longer than the reader's limit (1 MiB by default).
        case recordTooLong
    }

    /// The kind of problem.
    public var kind: Kind
    /// A one-line explanation for people, without the position.
    public var message: String
    /// The 1-based line of the offending character.
    public var line: Int
    /// The 1-based column (in Unicode scalars) of the offending character.
    public var column: Int

    /// Creates an error at `line`:`column`.
    public init(kind: Kind, message: String, line: Int, column: Int) {
        self.kind = kind
        self.message = message
        self.line = line
        self.column = column
    }

    /// The position of the offending character.
    public var position: CSVPosition { CSVPosition(line: line, column: column) }

    /// `line:column: message`, ready to follow a file path.
    public var description: String { "\(line):\(column): \(message)" }
}
