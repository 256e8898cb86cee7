/// Every problem of a run, collected so they can be reported together.
///
/// A log is a value passed `inout` through the load and analyse phases; there is
/// no global log. The build stops before writing when ``hasErrors`` is true.
public struct DiagnosticLog: Sendable {
    public private(set) var diagnostics: [Diagnostic] = []

    public init() {}

    public mutating func error(_ message: String, at location: SourceLocation?) {
        diagnostics.append(Diagnostic(.error, message, at: location))
    }

    public mutating func warning(_ message: String, at location: SourceLocation?) {
        diagnostics.append(Diagnostic(.warning, message, at: location))
    }

    /// Adds a diagnostic made elsewhere (kept from an earlier run).
    public mutating func record(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    public mutating func append(contentsOf other: DiagnosticLog) {
        diagnostics.append(contentsOf: other.diagnostics)
    }

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }

    /// Diagnostics in a stable order: by file, line and column, then message;
    /// problems without a location (project-wide ones) come first.
    public var sorted: [Diagnostic] {
        diagnostics.sorted { a, b in
            switch (a.location, b.location) {
            case (nil, nil): return a.message < b.message
            case (nil, _): return true
            case (_, nil): return false
            case let (la?, lb?):
                if la != lb { return la < lb }
                if a.severity != b.severity { return a.severity < b.severity }
                return a.message < b.message
            }
        }
    }
}
