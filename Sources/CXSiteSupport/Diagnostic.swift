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
        self.message = Self.shortened(message)
        self.location = location
    }

    /// The longest quoted value (`'…'`) a message shows in full.
    package static let maximumQuotedLength = 80

    /// `message` with every `'quoted'` value longer than ``maximumQuotedLength`` characters cut to
    /// that length and `…`, so a 10 MB cell or heading makes a one-line diagnostic; at most
    /// about 1,000 characters in all.
    package static func shortened(_ message: String) -> String {
        guard message.utf8.count > 2 * maximumQuotedLength else { return message }
        let parts = message.split(separator: "'", omittingEmptySubsequences: false)
        guard parts.count >= 3 else { return message }
        var out = ""
        out.reserveCapacity(min(message.utf8.count, 4096))
        for (index, part) in parts.enumerated() {
            if index > 0 { out += "'" }
            let quoted = index % 2 == 1 && index < parts.count - 1
            if quoted, part.count > maximumQuotedLength {
                out += part.prefix(maximumQuotedLength) + "…"
            } else {
                out += part
            }
        }
        // An apostrophe in the text can pair quotes wrongly: never print more than a screenful.
        return out.utf8.count > 2000 ? String(out.prefix(1000)) + "…" : out
    }

    public var description: String {
        let prefix = location.map { "\($0): " } ?? "cxsite: "
        return "\(prefix)\(severity.rawValue): \(message)"
    }
}
