import Foundation
import Testing
import CXSiteWrite

/// The one way cxsite writes into a project (`init`, `new`, `review freeze`): a user's file is
/// never replaced unless asked, and no half-written or temporary file is ever left behind.
struct ProjectFileWriterTests {
    private func entries(_ folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    @Test func createMakesTheFoldersAndRefusesAnExistingFile() throws {
        let folder = TemporaryFolder()
        let file = folder.url.appendingPathComponent("content/reviews/2026-10.md")
        try ProjectFileWriter.create(Array("first\n".utf8), at: file)
        #expect(try String(contentsOf: file, encoding: .utf8) == "first\n")
        #expect(throws: ProjectFileWriter.Failure.exists) { try ProjectFileWriter.create(Array("second\n".utf8), at: file) }
        #expect(try String(contentsOf: file, encoding: .utf8) == "first\n", "the user's file is untouched")
        #expect(entries(file.deletingLastPathComponent()) == ["2026-10.md"], "no temporary file is left")
    }

    @Test func replaceSwapsInTheWholeNewFile() throws {
        let folder = TemporaryFolder()
        let file = folder.url.appendingPathComponent("content/reviews/2026-10.frozen.json")
        try ProjectFileWriter.replace(Array("{}\n".utf8), at: file)
        let large = String(repeating: "x", count: 1 << 20)
        try ProjectFileWriter.replace(Array(large.utf8), at: file)
        #expect(try String(contentsOf: file, encoding: .utf8) == large)
        #expect(entries(file.deletingLastPathComponent()) == ["2026-10.frozen.json"])
    }

    @Test func aFileWhereAFolderIsNeededIsAFolderFailure() throws {
        let folder = TemporaryFolder()
        folder.write("content", "a file, not a folder")
        #expect {
            try ProjectFileWriter.create(Array("x".utf8), at: folder.url.appendingPathComponent("content/reviews/2026-10.md"))
        } throws: { error in
            guard case .folder = error as? ProjectFileWriter.Failure else { return false }
            return true
        }
    }
}
