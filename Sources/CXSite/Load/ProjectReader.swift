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
        if FileSystem.kind(configURL.path) != .missing {
            files.siteConfig = readText(relative: "site.yml", log: &log)
        }
        // The exports are reduced while they are read, so their settings are needed first.
        files.helpDesk = HelpDeskData(settings: TicketSettings.load(siteConfig: files.siteConfig, log: &log))
        let content = root.appendingPathComponent("content")
        let contentKind = FileSystem.kind(content.path)
        if contentKind == .directory {
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
                } else if let bytes = readBytes(relative: path, limit: nil, log: &log) {
                    files.staticFiles.append(StaticFile(path: String(path.dropFirst("content/".count)), bytes: bytes))
                }
            }
        } else if contentKind == .missing {
            log.warning("no content/ folder: the site has only its generated pages", at: nil)
        } else if let problem = Self.problem(contentKind) {
            log.error(problem, at: SourceLocation(path: "content"))
        } else {
            log.error("'content' must be a folder", at: SourceLocation(path: "content"))
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
        switch FileSystem.contents(ofDirectory: url.path) {
        case .success(let list): names = list.sorted()
        case .failure(let error):
            log.error("cannot list folder: \(FileSystem.describe(errno: error.code.rawValue))", at: SourceLocation(path: relative))
            return
        }
        for name in names where !name.hasPrefix(".") {
            let child = relative + "/" + name
            let kind = FileSystem.kind(root.appendingPathComponent(child).path)
            switch kind {
            case .directory:
                if let ext = Self.contentExtensions.first(where: { name.lowercased().hasSuffix($0) }) {
                    log.error("'\(child)' is a folder, but its name ends in \(ext) like a content file; rename the folder (or, if it should be a page, make it a file)", at: SourceLocation(path: child))
                    continue
                }
                walk(relative: child, ancestors: ancestors + [id], into: &entries, log: &log)
            case .file:
                entries.append(child)
            default:
                log.error(Self.problem(kind) ?? "cannot read '\(child)'", at: SourceLocation(path: child))
            }
        }
    }

    /// Names that make a file a page or a table: a folder must not end so.
    static let contentExtensions = [".md", ".csv"]

    /// The largest text file read whole (Markdown, YAML, templates, CSV outside content/metrics/).
    static let maximumTextFileBytes = 32 << 20

    /// Why a path of `kind` cannot be read as a file or a folder; nil for files and folders.
    static func problem(_ kind: FileSystem.Kind) -> String? {
        switch kind {
        case .file, .directory: return nil
        case .special: return "not a regular file (a device, pipe or socket); content/ may hold only files and folders"
        case .linkLoop: return "symbolic link loop: the link leads back to itself"
        case .brokenLink: return "broken symbolic link: its target does not exist"
        case .missing: return "no such file or folder"
        case .unreadable(let code): return "cannot read: \(FileSystem.describe(errno: code))"
        }
    }

    /// The bytes of a regular file; `limit` caps the size of files read whole as text.
    private func readBytes(relative: String, limit: Int? = ProjectReader.maximumTextFileBytes, log: inout DiagnosticLog) -> [UInt8]? {
        let path = root.appendingPathComponent(relative).path
        let kind = FileSystem.kind(path)
        switch kind {
        case .directory:
            log.error("expected a file, found a folder", at: SourceLocation(path: relative))
            return nil
        case .file(let size):
            if let limit, size > limit {
                log.error("file is \(size >> 20) MB; text files are read whole and may be at most \(limit >> 20) MB", at: SourceLocation(path: relative))
                return nil
            }
        default:
            log.error(Self.problem(kind) ?? "cannot read file", at: SourceLocation(path: relative))
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
