public import Foundation
#if canImport(Glibc)
import Glibc
#endif
import CXSiteSupport
import CXSiteModel

/// Reads a project folder into ``ProjectFiles``: `site.yml`, everything under `content/`
/// (following symlinked folders, refusing loops) and the project's `templates/`.
///
/// Nothing is read from outside the ``ProjectBoundary``: a symbolic link leading out of the
/// project (and out of the folders `site.yml` names under `allow_outside:`) is an error at the
/// link. Every unreadable or undecodable file is a diagnostic; reading goes on so that one run
/// reports every problem.
public struct ProjectReader: Sendable {
    public let root: URL

    public init(root: URL) { self.root = root }

    public func read(log: inout DiagnosticLog) -> ProjectFiles {
        var files = ProjectFiles()
        var boundary = ProjectBoundary(root: root)
        files.siteConfig = siteConfig(within: boundary, log: &log)
        boundary.allow(siteConfig: files.siteConfig, log: &log)
        // The exports are reduced while they are read, so their settings are needed first.
        files.cadence = SiteConfig.cadence(of: files.siteConfig)
        var tickets = TicketSettings.load(siteConfig: files.siteConfig, log: &log)
        var orders = OrderSettings.load(siteConfig: files.siteConfig, log: &log)
        let customers = CustomerListSettings.load(siteConfig: files.siteConfig, cadence: files.cadence, log: &log)
        (tickets.cadence, orders.cadence) = (files.cadence, files.cadence)
        files.helpDesk = HelpDeskData(settings: tickets)
        files.orders = OrderBook(settings: orders)
        files.customerLists = CustomerLists(settings: customers)
        let content = root.appendingPathComponent("content")
        let contentKind = FileSystem.kind(content.path)
        if let target = boundary.target(ofLinkLeaving: content.path) {
            log.error(ProjectBoundary.leaving(to: target), at: SourceLocation(path: "content"))
        } else if contentKind == .directory {
            var entries: [String] = []
            walk(relative: "content", ancestors: [], boundary: boundary, into: &entries, log: &log)
            // Files are read on all cores, each job with its own log: the help-desk and survey
            // exports in one job (they add up into one tally), the order exports in one (a
            // customer is numbered once across them), the customer lists in one, each metrics
            // file in its own (it streams on one core while the others read the pages), then
            // every other file. Files of each kind stay in path order.
            let sorted = entries.sorted()
            let isHelpDesk = { (path: String) in path.hasPrefix("content/tickets/") || path.hasPrefix("content/surveys/") }
            let isExport = { (path: String) in isHelpDesk(path) || path.hasPrefix("content/orders/") || path.hasPrefix("content/customers/") }
            let isMetrics = { (path: String) in path.hasPrefix("content/metrics/") && path.lowercased().hasSuffix(".csv") }
            let jobs = [ContentJob.exports(sorted.filter(isHelpDesk)), .orders(sorted.filter { $0.hasPrefix("content/orders/") }),
                        .customerLists(sorted.filter { $0.hasPrefix("content/customers/") })]
                + sorted.filter(isMetrics).map(ContentJob.file)
                + sorted.filter { !isExport($0) && !isMetrics($0) }.map(ContentJob.file)
            let settings = files.helpDesk
            let cadence = files.cadence
            let (orderBook, customerLists) = (files.orders, files.customerLists)
            let results = Parallel.map(jobs) { job in
                var log = DiagnosticLog()
                switch job {
                case .exports(let paths):
                    var data = settings
                    for path in paths { readExport(path, log: &log, into: &data) }
                    // Under a weekly cadence the months' summaries count the same rows per month:
                    // the exports are read a second time, their diagnostics already reported.
                    var monthly: HelpDeskData?
                    if cadence == .weekly, !paths.isEmpty {
                        var ignored = DiagnosticLog()
                        var months = settings
                        months.settings.cadence = .monthly
                        for path in paths { readExport(path, log: &ignored, into: &months) }
                        monthly = months
                    }
                    return (ContentFile?.some(.helpDesk(data, monthly: monthly)), log)
                case .orders(let paths):
                    var book = orderBook
                    var customers = OrderExportReader.CustomerNumbers()
                    for path in paths where isCSVExport(path, log: &log) {
                        OrderExportReader.read(fileAt: root.appendingPathComponent(path), path: path, into: &book, customers: &customers, log: &log)
                    }
                    return (ContentFile?.some(.orders(book)), log)
                case .customerLists(let paths):
                    func read(into lists: inout CustomerLists, log: inout DiagnosticLog) {
                        for path in paths where isCSVExport(path, log: &log) {
                            CustomerListReader.read(fileAt: root.appendingPathComponent(path), path: path, into: &lists, log: &log)
                        }
                    }
                    var lists = customerLists
                    read(into: &lists, log: &log)
                    var monthly: CustomerLists?
                    if cadence == .weekly, !paths.isEmpty {
                        var ignored = DiagnosticLog()
                        var months = customerLists
                        months.settings.cadence = .monthly
                        months.settings.asOf = months.settings.asOf?.month
                        read(into: &months, log: &ignored)
                        monthly = months
                    }
                    return (ContentFile?.some(.customerLists(lists, monthly: monthly)), log)
                case .file(let path):
                    return (readContent(path, metricsCSV: settings.settings.metricsCSV, cadence: cadence, log: &log), log)
                }
            }
            for (file, fileLog) in results {
                log.append(contentsOf: fileLog)
                switch file {
                case .markdown(let text): files.markdown.append(text)
                case .metrics(let table): files.metricTables.append(table)
                case .table(let text): files.tables.append(text)
                case .frozenReview(let text): files.frozenReviews.append(text)
                case .staticFile(let file): files.staticFiles.append(file)
                case .helpDesk(let data, let monthly): (files.helpDesk, files.monthlyHelpDesk) = (data, monthly)
                case .orders(let book): files.orders = book
                case .customerLists(let lists, let monthly): (files.customerLists, files.monthlyCustomerLists) = (lists, monthly)
                case nil: break
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
        if let target = boundary.target(ofLinkLeaving: templates.path) {
            log.error(ProjectBoundary.leaving(to: target), at: SourceLocation(path: "templates"))
        } else if FileSystem.isDirectory(templates.path) {
            var entries: [String] = []
            walk(relative: "templates", ancestors: [], boundary: boundary, into: &entries, log: &log)
            for path in entries.sorted() {
                if let template = text(path, log: &log) { files.templates.append(template) }
            }
        }
        return files
    }

    /// The project's boundary with the folders `site.yml` names under `allow_outside:`, read
    /// quietly (a build reports what is wrong with them): for code that reads single files of a
    /// project without reading it all (`cxsite serve`).
    public func boundary() -> ProjectBoundary {
        var boundary = ProjectBoundary(root: root)
        var ignored = DiagnosticLog()
        boundary.allow(siteConfig: siteConfig(within: boundary, log: &ignored), log: &ignored)
        return boundary
    }

    /// `site.yml`, if the project has one; a link leading out of the project folder is an error
    /// (`allow_outside:` cannot apply to the file that says it).
    private func siteConfig(within boundary: ProjectBoundary, log: inout DiagnosticLog) -> SourceText? {
        let path = root.appendingPathComponent("site.yml").path
        if let target = boundary.target(ofLinkLeaving: path) {
            log.error("symbolic link leads outside the project (to \(target)); site.yml must be a file of the project", at: SourceLocation(path: "site.yml"))
            return nil
        }
        return FileSystem.kind(path) == .missing ? nil : text("site.yml", log: &log)
    }

    /// Streams an export under `content/tickets/` or `content/surveys/` into `data`. Other files
    /// there are not read and never copied to the site: exports hold customers' personal data.
    private func readExport(_ path: String, log: inout DiagnosticLog, into data: inout HelpDeskData) {
        let url = root.appendingPathComponent(path)
        guard isCSVExport(path, log: &log) else { return }
        if path.hasPrefix("content/tickets/") {
            TicketExportReader.read(fileAt: url, path: path, into: &data, log: &log)
        } else {
            SurveyExportReader.read(fileAt: url, path: path, into: &data, log: &log)
        }
    }

    /// Whether the export at `path` is a CSV file; any other file in an export folder is not
    /// read (with a warning) and never copied: exports hold personal data.
    private func isCSVExport(_ path: String, log: inout DiagnosticLog) -> Bool {
        if path.lowercased().hasSuffix(".csv") { return true }
        let folder = path.split(separator: "/").prefix(2).joined(separator: "/") + "/"
        log.warning("'\(path)' is not a CSV export, so it is not read; files in \(folder) are never copied to the site (exports hold personal data)", at: SourceLocation(path: path))
        return false
    }

    /// What one job of the parallel read does: the help-desk exports, the order exports, the
    /// customer lists, or one other file.
    private enum ContentJob: Sendable {
        case exports([String])
        case orders([String])
        case customerLists([String])
        case file(String)
    }

    /// A file of `content/` as read, by what it is used for.
    private enum ContentFile: Sendable {
        case markdown(SourceText)
        case metrics(MetricTable)
        case table(SourceText)
        case frozenReview(SourceText)
        case staticFile(StaticFile)
        /// The tally of every help-desk and survey export.
        case helpDesk(HelpDeskData, monthly: HelpDeskData?)
        case orders(OrderBook)
        case customerLists(CustomerLists, monthly: CustomerLists?)
    }

    /// Reads the file at `path` (relative to the root, under `content/`, not an export); nil
    /// when it cannot be read, with the reason in `log`.
    private func readContent(_ path: String, metricsCSV: CSVDialect, cadence: Cadence, log: inout DiagnosticLog) -> ContentFile? {
        let lower = path.lowercased()
        if lower.hasSuffix(".md") {
            return text(path, log: &log).map(ContentFile.markdown)
        } else if lower.hasSuffix(".csv") && path.hasPrefix("content/metrics/") {
            // Streamed from the file: metrics files may hold a million rows.
            let url = root.appendingPathComponent(path)
            return MetricTableReader.read(fileAt: url, path: path, dialect: metricsCSV, cadence: cadence, log: &log).map(ContentFile.metrics)
        } else if lower.hasSuffix(".csv") {
            return text(path, log: &log).map(ContentFile.table)
        } else if lower.hasSuffix(".frozen.json") && path.hasPrefix("content/reviews/") {
            return text(path, log: &log).map(ContentFile.frozenReview)
        } else {
            return readBytes(relative: path, limit: nil, log: &log).map { .staticFile(StaticFile(path: String(path.dropFirst("content/".count)), bytes: $0)) }
        }
    }

    /// Collects the files below `relative`, depth first. `ancestors` are the folders on the
    /// current path by device and inode, so a symlink back up the tree is caught as a loop; a
    /// symlink leading out of `boundary` is an error and is not followed.
    private func walk(relative: String, ancestors: [FileSystem.FileID], boundary: ProjectBoundary, into found: inout [String], log: inout DiagnosticLog) {
        let url = root.appendingPathComponent(relative)
        guard let id = FileSystem.fileID(url.path) else { return }
        if ancestors.contains(id) {
            log.error("symbolic link loop: '\(relative)' leads back to a folder that contains it", at: SourceLocation(path: relative))
            return
        }
        let entries: [FileSystem.Entry]
        switch FileSystem.contents(ofDirectory: url.path) {
        case .success(let list): entries = list.sorted { $0.name < $1.name }
        case .failure(let error):
            log.error("cannot list folder: \(FileSystem.describe(errno: error.code.rawValue))", at: SourceLocation(path: relative))
            return
        }
        let folderPath = url.path
        for entry in entries where !entry.name.hasPrefix(".") {
            let name = entry.name
            let child = relative + "/" + name
            if entry.mayBeLink, let target = boundary.target(ofLinkLeaving: folderPath + "/" + name) {
                log.error(ProjectBoundary.leaving(to: target), at: SourceLocation(path: child))
                continue
            }
            let kind = FileSystem.kind(folderPath + "/" + name)
            switch kind {
            case .directory:
                if let ext = Self.contentExtensions.first(where: { name.lowercased().hasSuffix($0) }) {
                    log.error("'\(child)' is a folder, but its name ends in \(ext) like a content file; rename the folder (or, if it should be a page, make it a file)", at: SourceLocation(path: child))
                    continue
                }
                walk(relative: child, ancestors: ancestors + [id], boundary: boundary, into: &found, log: &log)
            case .file:
                found.append(child)
            default:
                log.error(Self.problem(kind) ?? "cannot read '\(child)'", at: SourceLocation(path: child))
            }
        }
    }

    /// Names that make a file a page or a table: a folder must not end so.
    package static let contentExtensions = [".md", ".csv"]

    /// The largest text file read whole (Markdown, YAML, templates, CSV outside content/metrics/).
    package static let maximumTextFileBytes = 32 << 20

    /// Why a path of `kind` cannot be read as a file or a folder; nil for files and folders.
    package static func problem(_ kind: FileSystem.Kind) -> String? {
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

    /// A text file found by the walk (so inside the boundary), decoded.
    private func text(_ relative: String, log: inout DiagnosticLog) -> SourceText? {
        guard let bytes = readBytes(relative: relative, log: &log),
              let text = TextDecoding.utf8(bytes, path: relative, log: &log) else { return nil }
        return SourceText(path: relative, text: text)
    }

    /// One text file of the project (`content/handbook/x.md`), checked as a build checks it,
    /// the boundary included; nil with the reason in `log` when it cannot be read.
    public func readText(relative: String, log: inout DiagnosticLog) -> SourceText? {
        guard isInside(relative, log: &log) else { return nil }
        return text(relative, log: &log)
    }

    /// One file of the project as it is (a file `cxsite serve` copies to the output), the
    /// boundary checked; nil with the reason in `log` when it cannot be read.
    public func readFile(relative: String, log: inout DiagnosticLog) -> [UInt8]? {
        guard isInside(relative, log: &log) else { return nil }
        return readBytes(relative: relative, limit: nil, log: &log)
    }

    /// False, with the error at the link, when the way to `relative` leaves the project.
    private func isInside(_ relative: String, log: inout DiagnosticLog) -> Bool {
        guard let (link, target) = boundary().firstLinkLeaving(relative) else { return true }
        log.error(ProjectBoundary.leaving(to: target), at: SourceLocation(path: link))
        return false
    }
}
