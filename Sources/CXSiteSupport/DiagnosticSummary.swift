/// The diagnostics of a run as printed, with a message repeated on many files summarised:
/// a 10,000-page project whose pages all carry one unknown key gets 20 warnings and one line
/// "… and 9,980 more pages with: unknown key 'x' …", not 10,000 lines.
///
/// Two diagnostics are "the same message" when they have the same severity and the same text
/// once their own file's path is taken out of it; their locations (file, line, column) may differ.
/// A message on more than ``fileLimit`` files is listed for its first ``fileLimit`` files (every
/// diagnostic of those files, in the usual order); the summary line follows the last one listed.
/// Nothing else changes: the report keeps every diagnostic, the counts and the exit status count
/// them all, and `--all-diagnostics` prints them all.
public enum DiagnosticSummary {
    /// Files a repeated message is listed for before the rest are counted.
    public static let fileLimit = 20

    /// The lines to print for `diagnostics` (sorted by file, as ``DiagnosticLog/sorted`` is), each a diagnostic's description or a summary.
    public static func lines(_ diagnostics: [Diagnostic], fileLimit: Int = fileLimit) -> [String] {
        let keys = diagnostics.map(key)
        var files: [Key: [String]] = [:]
        for (diagnostic, key) in zip(diagnostics, keys) {
            let file = diagnostic.location?.path ?? ""
            // Sorted diagnostics come file by file, so a file seen before is the last one listed.
            if files[key]?.last != file { files[key, default: []].append(file) }
        }
        let shownFiles = files.compactMapValues { $0.count > fileLimit ? Set($0.prefix(fileLimit)) : nil }
        guard !shownFiles.isEmpty else { return diagnostics.map(\.description) }
        // For each summarised message: how many diagnostics are left out, and after which line the summary goes.
        var hidden: [Key: Int] = [:]
        var lastShown: [Key: Int] = [:]
        for (index, (diagnostic, key)) in zip(diagnostics, keys).enumerated() {
            guard let shown = shownFiles[key] else { continue }
            if shown.contains(diagnostic.location?.path ?? "") { lastShown[key] = index } else { hidden[key, default: 0] += 1 }
        }
        var lines: [String] = []
        for (index, (diagnostic, key)) in zip(diagnostics, keys).enumerated() {
            if let shown = shownFiles[key], !shown.contains(diagnostic.location?.path ?? "") { continue }
            lines.append(diagnostic.description)
            if lastShown[key] == index, let count = hidden[key] {
                lines.append(summary(of: diagnostic, key: key, count: count, files: files[key]!.dropFirst(fileLimit)))
            }
        }
        return lines
    }

    /// Severity and text, the diagnostic's own path taken out of the text.
    package struct Key: Hashable {
        package var severity: Diagnostic.Severity
        package var text: String

        /// The memberwise initialiser, open to the other targets.
        package init(severity: Diagnostic.Severity, text: String) {
            self.severity = severity
            self.text = text
        }
    }

    package static func key(_ diagnostic: Diagnostic) -> Key {
        guard let path = diagnostic.location?.path, !path.isEmpty, diagnostic.message.contains(path) else {
            return Key(severity: diagnostic.severity, text: diagnostic.message)
        }
        return Key(severity: diagnostic.severity, text: diagnostic.message.replacingOccurrences(of: path, with: "<file>"))
    }

    /// `cxsite: warning: … and 9,980 more pages with: unknown key 'x' …`.
    private static func summary(of diagnostic: Diagnostic, key: Key, count: Int, files: ArraySlice<String>) -> String {
        let noun = files.allSatisfy { $0.lowercased().hasSuffix(".md") } ? (files.count == 1 ? "page" : "pages") : (files.count == 1 ? "file" : "files")
        let how = count == files.count ? "\(grouped(count)) more \(noun)" : "\(grouped(count)) more in \(grouped(files.count)) more \(noun)"
        return "cxsite: \(key.severity.rawValue): … and \(how) with: \(key.text) (--all-diagnostics lists every one)"
    }

    /// `9980` → `9,980`.
    package static func grouped(_ number: Int) -> String {
        var digits = String(number)
        var index = digits.endIndex
        while digits.distance(from: digits.startIndex, to: index) > 3 {
            index = digits.index(index, offsetBy: -3)
            digits.insert(",", at: index)
        }
        return digits
    }
}
