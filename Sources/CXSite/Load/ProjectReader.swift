public import Foundation

/// Reads a project folder into ``ProjectFiles``: `site.yml`, everything under `content/`
/// (following symlinked folders, refusing loops) and the project's `templates/`.
///
/// Every unreadable or undecodable file is a diagnostic; reading goes on so that one run
/// reports every problem.
public struct ProjectReader {
    public let root: URL

    public init(root: URL) { self.root = root }

    public func read(log: inout DiagnosticLog) -> ProjectFiles {
        var files = ProjectFiles()
        let configURL = root.appendingPathComponent("site.yml")
        if FileSystem.exists(configURL.path) {
            files.siteConfig = readText(relative: "site.yml", log: &log)
        }
        // The exports are reduced while they are read, so their settings are needed first.
        files.helpDesk = HelpDeskData(settings: TicketSettings.load(siteConfig: files.siteConfig, log: &log))
        let content = root.appendingPathComponent("content")
        if FileSystem.isDirectory(content.path) {
            var entries: [String] = []
            walk(relative: "content", ancestors: [], into: &entries, log: &log)
            for path in entries.sorted() {
                let lower = path.lowercased()
                if path.hasPrefix("content/tickets/") || path.hasPrefix("content/surveys/") {
                    // Help-desk and survey exports: streamed into monthly tallies, never copied to the site.
                    readExport(path, log: &log, into: &files.helpDesk)
                } else if lower.hasSuffix(".md") {
                    if let text = readText(relative: path, log: &log) { files.markdown.append(text) }
                } else if lower.hasSuffix(".csv") && path.hasPrefix("content/metrics/") {
                    // Streamed from the file: metrics files may hold a million rows.
                    let url = root.appendingPathComponent(path)
                    if let table = MetricTableReader.read(fileAt: url, path: path, log: &log) { files.metricTables.append(table) }
                } else if lower.hasSuffix(".csv") {
                    if let text = readText(relative: path, log: &log) { files.tables.append(text) }
                } else if lower.hasSuffix(".frozen.json") && path.hasPrefix("content/reviews/") {
                    if let text = readText(relative: path, log: &log) { files.frozenReviews.append(text) }
                } else if let bytes = readBytes(relative: path, log: &log) {
                    files.staticFiles.append(StaticFile(path: String(path.dropFirst("content/".count)), bytes: bytes))
                }
            }
        } else if FileSystem.exists(content.path) {
            log.error("'content' must be a folder", at: SourceLocation(path: "content"))
        } else {
            log.warning("no content/ folder: the site has only its generated pages", at: nil)
        }
        let templates = root.appendingPathComponent("templates")
        if FileSystem.isDirectory(templates.path) {
            var entries: [String] = []
            walk(relative: "templates", ancestors: [], into: &entries, log: &log)
            for path in entries.sorted() {
                if let text = readText(relative: path, log: &log) { files.templates.append(text) }
            }
        }
        return files
    }

    /// Streams an export under `content/tickets/` or `content/surveys/` into `data`. Other files
    /// there are not read and never copied to the site: exports hold customers' personal data.
    private func readExport(_ path: String, log: inout DiagnosticLog, into data: inout HelpDeskData) {
        let url = root.appendingPathComponent(path)
        guard path.lowercased().hasSuffix(".csv") else {
            let folder = path.hasPrefix("content/tickets/") ? "content/tickets/" : "content/surveys/"
            log.warning("'\(path)' is not a CSV export, so it is not read; files in \(folder) are never copied to the site (exports hold personal data)", at: SourceLocation(path: path))
            return
        }
        if path.hasPrefix("content/tickets/") {
            TicketExportReader.read(fileAt: url, path: path, into: &data, log: &log)
        } else {
            SurveyExportReader.read(fileAt: url, path: path, into: &data, log: &log)
        }
    }

    /// Collects the files below `relative`, depth first. `ancestors` are the folders on the
    /// current path by device and inode, so a symlink back up the tree is caught as a loop.
    private func walk(relative: String, ancestors: [FileSystem.FileID], into entries: inout [String], log: inout DiagnosticLog) {
        let url = root.appendingPathComponent(relative)
        guard let id = FileSystem.fileID(url.path) else { return }
        if ancestors.contains(id) {
            log.error("symbolic link loop: '\(relative)' leads back to a folder that contains it", at: SourceLocation(path: relative))
            return
        }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
        } catch {
            log.error("cannot list folder: \(FileSystem.reason(error))", at: SourceLocation(path: relative))
            return
        }
        for name in names where !name.hasPrefix(".") {
            let child = relative + "/" + name
            let childPath = root.appendingPathComponent(child).path
            if FileSystem.isDirectory(childPath) {
                walk(relative: child, ancestors: ancestors + [id], into: &entries, log: &log)
            } else if FileSystem.exists(childPath) {
                entries.append(child)
            } else {
                log.error("broken symbolic link: its target does not exist", at: SourceLocation(path: child))
            }
        }
    }

    private func readBytes(relative: String, log: inout DiagnosticLog) -> [UInt8]? {
        let path = root.appendingPathComponent(relative).path
        if FileSystem.isDirectory(path) {
            log.error("expected a file, found a folder", at: SourceLocation(path: relative))
            return nil
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            log.error("cannot read file: \(FileSystem.isReadable(path) ? "it cannot be opened" : "permission denied")", at: SourceLocation(path: relative))
            return nil
        }
        defer { try? handle.close() }
        do {
            return [UInt8](try handle.readToEnd() ?? Data())
        } catch {
            log.error("cannot read file: \(FileSystem.reason(error))", at: SourceLocation(path: relative))
            return nil
        }
    }

    private func readText(relative: String, log: inout DiagnosticLog) -> SourceText? {
        guard let bytes = readBytes(relative: relative, log: &log),
              let text = TextDecoding.utf8(bytes, path: relative, log: &log) else { return nil }
        return SourceText(path: relative, text: text)
    }
}
