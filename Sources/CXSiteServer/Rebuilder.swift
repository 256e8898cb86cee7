import CXSiteSupport
import CXSiteModel
import CXSiteLoad
import CXSiteAnalyse
import CXSiteCharts
import CXSiteRender
import CXSiteWrite
import CXSite
import Foundation

/// The builds of `cxsite serve`. The first writes the whole output folder (as `cxsite build`
/// does); each later one writes only the files whose bytes changed, and reports their paths
/// so that only the pages showing them reload.
///
/// What is partial:
/// - a change that touches only static files (files under `templates/assets/`, or non-Markdown,
///   non-CSV, non-HTML files under `content/`, added or edited) skips loading and rendering
///   altogether: those files are copied into the last build's output;
/// - an edit to the body of one handbook page re-renders that page and the search index only
///   (``RenderedSite/applyEdit(of:log:)``): a few milliseconds on a 10,000-page site.
///
/// Any other change (Markdown, CSV, `site.yml`, a template, a deletion) re-runs load, model and
/// render in memory, then writes only what differs.
struct Rebuilder: Sendable {
    let root: URL
    let output: URL
    /// Build the pages marked `draft: true` too (`cxsite serve --drafts`).
    let includingDrafts: Bool
    /// The last successful build, in memory.
    private(set) var rendered: RenderedSite?
    /// What the output folder holds, by fingerprint.
    private(set) var manifest = OutputManifest()

    init(root: URL, output: URL, includingDrafts: Bool = false) {
        self.root = root.standardizedFileURL
        self.output = output.standardizedFileURL
        self.includingDrafts = includingDrafts
    }

    /// How a build went.
    struct Outcome: Sendable {
        var diagnostics: [Diagnostic]
        /// Output paths written or removed.
        var changed: [String]
        /// `first`, `full`, `page` or `static files`.
        var kind: String
        var seconds: Double
        var pages: Int
        /// Files to write once the open pages have been told (``writeDeferred(_:)``): after a
        /// one-page edit, the search index (14 MB on a 10,000-page site), which no page shows.
        var deferred: [OutputFile] = []
        var failure: [Diagnostic]? { diagnostics.contains { $0.severity == .error } ? diagnostics : nil }
    }

    /// Builds after `changes` (nil for the first build).
    mutating func build(after changes: FolderWatcher.Changes?) -> Outcome {
        let start = DispatchTime.now().uptimeNanoseconds
        func seconds() -> Double { Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 }
        let builder = SiteBuilder(root: root, output: output, includingDrafts: includingDrafts)
        if let changes, let previous = rendered {
            if let updated = Self.staticFilesOnly(changes, root: root, previous: previous.files) {
                let outcome = write(updated, kind: "static files", diagnostics: previous.diagnostics, seconds: seconds)
                if outcome.failure == nil { rendered?.replaceFiles(updated) }
                return outcome
            }
            if let outcome = pageOnly(changes, seconds: seconds) { return outcome }
        }
        if changes == nil {
            do {
                try OutputWriter(target: output).check(projectRoot: root)
            } catch {
                var log = DiagnosticLog()
                log.error(error.description, at: nil)
                return Outcome(diagnostics: log.sorted, changed: [], kind: "first", seconds: seconds(), pages: 0)
            }
        }
        let (report, site) = builder.render()
        guard let site else {
            // Files may change while the build is broken: the next build starts from scratch.
            rendered = nil
            return Outcome(diagnostics: report.diagnostics, changed: [], kind: changes == nil ? "first" : "full", seconds: seconds(), pages: 0)
        }
        let outcome = write(site.files, kind: changes == nil ? "first" : "full", diagnostics: report.diagnostics, seconds: seconds)
        if outcome.failure == nil { rendered = site }
        return outcome
    }

    /// The outcome of an edit to one handbook page's body, or nil when the change is anything
    /// else (the full build runs then).
    private mutating func pageOnly(_ changes: FolderWatcher.Changes, seconds: () -> Double) -> Outcome? {
        guard changes.added.isEmpty, changes.removed.isEmpty, changes.modified.count == 1,
              let path = changes.modified.first, path.hasPrefix("content/"), path.lowercased().hasSuffix(".md"),
              var site = rendered else { return nil }
        var log = DiagnosticLog()
        guard let source = ProjectReader(root: root).readText(relative: path, log: &log),
              let changed = site.applyEdit(of: source, log: &log) else { return nil }
        // The page first, so the reload can go out; the search index after (``writeDeferred(_:)``).
        let (page, rest) = (changed.filter { $0.path != SearchIndex.path }, changed.filter { $0.path == SearchIndex.path })
        do {
            try OutputWriter(target: output).replace(page)
        } catch {
            return nil
        }
        manifest.record(changed)
        rendered = site
        return Outcome(diagnostics: site.diagnostics, changed: changed.map(\.path).sorted(), kind: "page", seconds: seconds(),
                       pages: site.files.count { $0.path.hasSuffix(".html") }, deferred: rest)
    }

    /// Writes an outcome's deferred files. If that fails, they are forgotten by the manifest, so
    /// the next build writes them whatever their bytes.
    mutating func writeDeferred(_ files: [OutputFile]) {
        guard !files.isEmpty else { return }
        do {
            try OutputWriter(target: output).replace(files)
        } catch {
            manifest.forget(files.map(\.path))
        }
    }

    private mutating func write(_ rendered: [OutputFile], kind: String, diagnostics: [Diagnostic], seconds: () -> Double) -> Outcome {
        let writer = OutputWriter(target: output)
        do {
            let changed: [String]
            if kind == "first" {
                try writer.write(rendered)
                changed = rendered.map(\.path).sorted()
            } else {
                changed = try writer.update(rendered, previous: manifest).paths
            }
            manifest = OutputManifest(rendered)
            return Outcome(diagnostics: diagnostics, changed: changed, kind: kind, seconds: seconds(),
                           pages: rendered.filter { $0.path.hasSuffix(".html") }.count)
        } catch {
            var log = DiagnosticLog()
            log.error("could not write the site to '\(output.path)': \(error.localizedDescription)", at: nil)
            return Outcome(diagnostics: diagnostics + log.sorted, changed: [], kind: kind, seconds: seconds(), pages: 0)
        }
    }

    /// The last build's files with the changed static files replaced or added, or nil when
    /// the change needs a full build.
    static func staticFilesOnly(_ changes: FolderWatcher.Changes, root: URL, previous: [OutputFile]) -> [OutputFile]? {
        guard changes.removed.isEmpty, !changes.isEmpty else { return nil }
        var replacements: [String: OutputFile] = [:]
        var log = DiagnosticLog()
        for path in changes.added + changes.modified {
            // A file that cannot be read, or is reached through a link leading out of the
            // project, is for the full build to report.
            guard let target = outputPath(ofStaticFile: path),
                  let bytes = ProjectReader(root: root).readFile(relative: path, log: &log) else { return nil }
            // The build reads templates as UTF-8 text and reports a file that is not; let it.
            if path.hasPrefix("templates/"), String(validating: bytes, as: UTF8.self) == nil { return nil }
            replacements[target] = OutputFile(path: target, bytes: bytes)
        }
        var files = previous.map { replacements.removeValue(forKey: $0.path) ?? $0 }
        files += replacements.values.sorted { $0.path < $1.path }
        return files
    }

    /// Where a static input file lands in the output; nil for files the build interprets.
    static func outputPath(ofStaticFile path: String) -> String? {
        let lower = path.lowercased()
        if path.hasPrefix("templates/assets/") { return String(path.dropFirst("templates/".count)) }
        if path.hasPrefix("content/"), !lower.hasSuffix(".md"), !lower.hasSuffix(".csv"), !lower.hasSuffix(".html"), !lower.hasSuffix(".htm") {
            return String(path.dropFirst("content/".count))
        }
        return nil
    }
}
