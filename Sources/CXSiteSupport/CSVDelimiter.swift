/// What separates the fields of a CSV file.
public enum CSVDelimiter: UInt8, Sendable, CaseIterable {
    case comma = 0x2C, semicolon = 0x3B, tab = 0x09

    /// `','`, `';'`, `tab`, for messages.
    public var shown: String { self == .tab ? "a tab" : "'\(Character(Unicode.Scalar(rawValue)))'" }
}
