import Foundation
import CXSiteSupport
import CXSiteModel
import CXSiteLoad
import CXSiteAnalyse
import CXSiteCharts
import CXSiteRender
import CXSiteWrite
import CXSite

/// A fixture project run through the pipeline's phases in memory (``SiteBuilder/prepare(log:)``,
/// ``SiteBuilder/render(_:)``), nothing written to disk; no files when the project has errors.
struct FixtureSite {
    let diagnostics: [Diagnostic]
    /// Output path → file.
    let files: [String: OutputFile]

    init(_ name: String) {
        self.init(root: TestPaths.fixtures.appendingPathComponent(name))
    }

    init(root: URL) {
        var log = DiagnosticLog()
        let prepared = SiteBuilder(root: root).prepare(log: &log)
        diagnostics = log.sorted
        files = Dictionary(uniqueKeysWithValues: (prepared.map(SiteBuilder.render) ?? []).map { ($0.path, $0) })
    }

    /// The diagnostics as printed by `cxsite check`, one per line.
    var diagnosticText: String { diagnostics.map { $0.description + "\n" }.joined() }

    func text(_ path: String) -> String? { files[path]?.text }

    var htmlPages: [String] { files.keys.filter { $0.hasSuffix(".html") }.sorted() }
}

/// A temporary folder removed when the test ends.
final class TemporaryFolder {
    let url: URL

    init() {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("cxsite-test-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// Writes `text` at `relative`, creating folders.
    @discardableResult
    func write(_ relative: String, _ text: String) -> URL {
        let file = url.appendingPathComponent(relative)
        try! FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try! Data(text.utf8).write(to: file)
        return file
    }

    /// Every file below `relative` with its bytes, for byte-for-byte comparisons.
    func snapshot(_ relative: String) -> [String: Data] {
        let folder = url.appendingPathComponent(relative)
        var result: [String: Data] = [:]
        for path in (try? FileManager.default.subpathsOfDirectory(atPath: folder.path)) ?? [] {
            if let data = FileManager.default.contents(atPath: folder.appendingPathComponent(path).path) { result[path] = data }
        }
        return result
    }
}
