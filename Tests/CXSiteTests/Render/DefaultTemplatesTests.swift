import Foundation
import Testing
import CXSiteSupport
import CXSiteModel
import CXSiteLoad
import CXSiteAnalyse
import CXSiteCharts
import CXSiteRender
import CXSiteWrite
import CXSite

/// The binary carries a copy of the repository's `templates/` in `DefaultTemplates.swift`.
/// This test keeps the two equal; `RECORD_SNAPSHOTS=1` (or `make templates`) rewrites the copy.
struct DefaultTemplatesTests {
    @Test func builtInTemplatesEqualTheTemplatesFolder() throws {
        let folder = TestPaths.repository.appendingPathComponent("templates")
        let names = try FileManager.default.subpathsOfDirectory(atPath: folder.path)
            .filter { !FileSystemTestHelpers.isDirectory(folder.appendingPathComponent($0)) }
            .sorted()
        var files: [(String, String)] = []
        for name in names {
            files.append((name, try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)))
        }
        let source = Self.swiftSource(for: files)
        let target = TestPaths.repository.appendingPathComponent("Sources/CXSite/Render/DefaultTemplates.swift")
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            try source.write(to: target, atomically: true, encoding: .utf8)
            return
        }
        #expect(DefaultTemplates.files.count == files.count, "run `make templates` to update DefaultTemplates.swift")
        for (name, text) in files {
            #expect(DefaultTemplates.files[name] == text, "templates/\(name) differs from the built-in copy; run `make templates`")
        }
    }

    static func swiftSource(for files: [(String, String)]) -> String {
        var out = """
        // Generated from templates/ by `make templates`; do not edit by hand.

        /// The built-in templates and assets: a copy of the repository's `templates/`, so
        /// `cxsite` works in a project that has no templates of its own.
        enum DefaultTemplates {
            /// File path relative to `templates/` → contents.
            static let files: [String: String] = [

        """
        for (name, text) in files {
            precondition(!text.contains("\"\"\"#"), "templates/\(name) contains the raw-string delimiter")
            out += "        \"\(name)\": #\"\"\"\n\(text)\n\"\"\"#,\n"
        }
        out += """
            ]

            /// Names of the built-in Mustache templates (`layout`, `nav`, …).
            static let templateNames: [String] = files.keys.filter { $0.hasSuffix(".mustache") }.map { String($0.dropLast(9)) }.sorted()
        }

        """
        return out
    }
}

enum FileSystemTestHelpers {
    static func isDirectory(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
