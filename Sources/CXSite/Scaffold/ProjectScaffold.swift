public import Foundation
import CXSiteSupport
import CXSiteModel
import CXSiteLoad
import CXSiteAnalyse
import CXSiteCharts
import CXSiteRender
import CXSiteWrite

/// `cxsite init`: a new project with a commented `site.yml` and sample content that uses every
/// feature (handbook pages and a section, a journey map, metrics in both CSV shapes, a review,
/// a self-assessment), ready for `cxsite serve`.
///
/// ```swift
/// let written = try ProjectScaffold(withTemplates: false).create(at: URL(fileURLWithPath: "cx"))
/// ```
public struct ProjectScaffold: Sendable {
    /// Also copy the built-in templates into `templates/`, to start a theme from.
    public var withTemplates: Bool

    public init(withTemplates: Bool = false) { self.withTemplates = withTemplates }

    /// Path inside the project → contents, sorted by path.
    public var files: [(path: String, text: String)] {
        var files = BuiltInScaffold.files
        if withTemplates {
            files += BuiltInTemplates.files.map { (path: "templates/" + $0.path, text: $0.text) }
        }
        return files.sorted { $0.path < $1.path }
    }

    /// Writes the project into `folder`, which must be absent or empty (a lone `.git` is allowed).
    /// Returns the paths written.
    @discardableResult
    public func create(at folder: URL) throws(StarterFile.Problem) -> [String] {
        let path = folder.path
        if FileSystem.exists(path) {
            guard FileSystem.isDirectory(path) else {
                throw StarterFile.Problem(description: "'\(path)' is a file; cxsite init needs an empty or new folder")
            }
            let entries = ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).filter { $0 != ".git" }
            guard entries.isEmpty else {
                throw StarterFile.Problem(description: "'\(path)' is not empty (it holds \(entries.sorted().prefix(3).joined(separator: ", "))\(entries.count > 3 ? ", …" : "")); cxsite init only writes into an empty or new folder")
            }
        }
        var written: [String] = []
        for file in files {
            try ScaffoldWriter.create(folder.appendingPathComponent(file.path), bytes: Array(file.text.utf8), shown: file.path)
            written.append(file.path)
        }
        return written
    }
}

/// Creates project files for `init` and `new` through ``ProjectFileWriter/create(_:at:)``: an
/// existing file is never replaced, even in a race; the errors say which file, in the user's path.
package enum ScaffoldWriter {
    package static func create(_ url: URL, bytes: [UInt8], shown: String) throws(StarterFile.Problem) {
        do {
            try ProjectFileWriter.create(bytes, at: url)
        } catch {
            switch error {
            case .exists:
                throw StarterFile.Problem(description: "\(shown) already exists; cxsite never overwrites a file (remove or rename it first)")
            case .folder(let reason):
                throw StarterFile.Problem(description: "cannot create the folder for \(shown): \(reason)")
            case .file(let reason):
                throw StarterFile.Problem(description: "cannot write \(shown): \(reason)")
            }
        }
    }
}
