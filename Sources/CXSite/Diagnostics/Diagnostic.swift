/// One problem found in a project: an error stops the build, a warning does not.
///
/// Its description is the line printed on stderr:
/// `content/journeys/onboarding.md:12:4: error: unknown stage 'Asist' (did you mean 'Assist'?)`
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable, Comparable {
        case error, warning

        public static func < (a: Severity, b: Severity) -> Bool { a == .error && b == .warning }
    }

    public var severity: Severity
    public var location: SourceLocation?
    public var message: String

    public init(_ severity: Severity, _ message: String, at location: SourceLocation?) {
        self.severity = severity
        self.message = message
        self.location = location
    }

    public var description: String {
        let prefix = location.map { "\($0): " } ?? "cxsite: "
        return "\(prefix)\(severity.rawValue): \(message)"
    }
}
