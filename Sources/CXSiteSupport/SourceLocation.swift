/// A place in a project file, printed compiler-style as `path:line:column`.
///
/// `path` is relative to the project root (`content/journeys/onboarding.md`), so
/// messages read the same wherever the project lives. Lines and columns start at 1.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var path: String
    public var line: Int
    public var column: Int

    public init(path: String, line: Int = 1, column: Int = 1) {
        self.path = path
        self.line = line
        self.column = column
    }

    public var description: String { "\(path):\(line):\(column)" }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.path, a.line, a.column) < (b.path, b.line, b.column)
    }

    /// The same file, `lines` lines further down (used to map front-matter and
    /// Markdown-body positions back to lines of the whole file).
    public func offset(lines: Int, column: Int? = nil) -> SourceLocation {
        SourceLocation(path: path, line: line + lines, column: column ?? self.column)
    }
}
