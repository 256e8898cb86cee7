public import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads a project folder into ``ProjectFiles``: `site.yml`, everything under `content/`
/// (following symlinked folders, refusing loops) and the project's `templates/`.
///
/// Every unreadable or undecodable file is a diagnostic; reading goes on so that one run
/// reports every problem.
public struct ProjectReader: Sendable {
    public let root: URL

    public init(root: URL) { self.root = root }

    public func read(log: inout DiagnosticLog) -> ProjectFiles {
        var files = ProjectFiles()
        let configURL = root.appendingPathComponent("site.yml")
        if FileSystem.exists(configURL.path) {
            files.siteConfig = readText(relative: "site.yml", log: &log)
        }
        let content = root.appendingPathComponent("content")
        if FileSystem.isDirectory(content.path) {
            var entries: [String] = []
            walk(relative: "content", ancestors: [], into: &entries, log: &log)
            // Files are read on all cores, each job with its own log. Metrics files go first:
            // each streams on one core while the others read the pages. Files of each kind
            // stay in path order.
            let sorted = entries.sorted()
            let isMetrics = { (path: String) in path.hasPrefix("content/metrics/") && path.lowercased().hasSuffix(".csv") }
            let results = Parallel.map(sorted.filter(isMetrics) + sorted.filter { !isMetrics($0) }) { path in
                var log = DiagnosticLog()
                let file = readContent(path, log: &log)
                return (file, log)
            }
            for (file, fileLog) in results {
                log.append(contentsOf: fileLog)
                switch file {
                case .markdown(let text): files.markdown.append(text)
                case .metrics(let table): files.metricTables.append(table)
                case .table(let text): files.tables.append(text)
                case .staticFile(let file): files.staticFiles.append(file)
                case nil: break
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

    /// A file of `content/` as read, by what it is used for.
    private enum ContentFile: Sendable {
        case markdown(SourceText)
        case metrics(MetricTable)
        case table(SourceText)
        case staticFile(StaticFile)
    }

    /// Reads the file at `path` (relative to the root, under `content/`); nil when it cannot be
    /// read, with the reason in `log`.
    private func readContent(_ path: String, log: inout DiagnosticLog) -> ContentFile? {
        let lower = path.lowercased()
        if lower.hasSuffix(".md") {
            return readText(relative: path, log: &log).map(ContentFile.markdown)
        } else if lower.hasSuffix(".csv") && path.hasPrefix("content/metrics/") {
            // Streamed from the file: metrics files may hold a million rows.
            let url = root.appendingPathComponent(path)
            return MetricTableReader.read(fileAt: url, path: path, log: &log).map(ContentFile.metrics)
        } else if lower.hasSuffix(".csv") {
            return readText(relative: path, log: &log).map(ContentFile.table)
        } else {
            return readBytes(relative: path, log: &log).map { .staticFile(StaticFile(path: String(path.dropFirst("content/".count)), bytes: $0)) }
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
        let folderPath = url.path
        for name in names where !name.hasPrefix(".") {
            let child = relative + "/" + name
            var info = stat()
            if stat(folderPath + "/" + name, &info) != 0 {
                log.error("broken symbolic link: its target does not exist", at: SourceLocation(path: child))
            } else if (info.st_mode & S_IFMT) == S_IFDIR {
                walk(relative: child, ancestors: ancestors + [id], into: &entries, log: &log)
            } else {
                entries.append(child)
            }
        }
    }

    private func readBytes(relative: String, log: inout DiagnosticLog) -> [UInt8]? {
        let path = root.appendingPathComponent(relative).path
        if FileSystem.isDirectory(path) {
            log.error("expected a file, found a folder", at: SourceLocation(path: relative))
            return nil
        }
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else {
            log.error("cannot read file: \(FileSystem.isReadable(path) ? "it cannot be opened" : "permission denied")", at: SourceLocation(path: relative))
            return nil
        }
        defer { close(fd) }
        guard let bytes = FileSystem.readAll(fd) else {
            log.error("cannot read file: \(String(cString: strerror(errno)).lowercased())", at: SourceLocation(path: relative))
            return nil
        }
        return bytes
    }

    private func readText(relative: String, log: inout DiagnosticLog) -> SourceText? {
        guard let bytes = readBytes(relative: relative, log: &log),
              let text = TextDecoding.utf8(bytes, path: relative, log: &log) else { return nil }
        return SourceText(path: relative, text: text)
    }
}
