import Foundation
import Testing

/// Runs the built `cxsite` binary the way a user does: exit codes, stdout summary, stderr diagnostics.
struct CommandTests {
    struct Run {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// The `cxsite` executable next to the test bundle (SwiftPM builds both into the same folder).
    static let binary: URL = {
        let products = Bundle.main.executableURL?.deletingLastPathComponent()
            ?? URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        return products.appendingPathComponent("cxsite")
    }()

    func cxsite(_ arguments: String..., in folder: URL) throws -> Run {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }

    func project(_ files: [String: String]) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("cxsite-cli-\(UUID().uuidString)")
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return root
    }

    @Test func buildPrintsOneSummaryLineAndExitsZero() throws {
        let root = try project(["content/handbook/a.md": "---\ntitle: A\n---\nHi\n"])
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try cxsite("build", in: root)
        #expect(run.status == 0)
        #expect(run.stderr.isEmpty)
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("cxsite: wrote ") == true)
        #expect(lines.first?.contains("0 errors, 0 warnings") == true)
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("public/stages/connect/index.html").path))
    }

    @Test func brokenSiteReportsEveryErrorExitsOneAndKeepsPublic() throws {
        let root = try project(["content/handbook/a.md": "---\ntitle: A\n---\nHi\n"])
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try cxsite("build", in: root).status == 0)
        let index = root.appendingPathComponent("public/index.html")
        let before = try Data(contentsOf: index)
        try Data("---\nstage: conect\nstep: 8\n---\nText.\n".utf8).write(to: root.appendingPathComponent("content/handbook/b.md"))
        try Data("titel: x\n".utf8).write(to: root.appendingPathComponent("site.yml"))
        let run = try cxsite("build", ".", in: root)
        #expect(run.status == 1)
        #expect(run.stderr == """
            content/handbook/b.md:2:8: error: unknown stage 'conect' (did you mean 'connect'?); expected one of connect, assist, resolve, enhance
            content/handbook/b.md:3:7: error: unknown step '8'; expected one of 1, 2, 3, 4, 5, 6, 7
            site.yml:1:1: warning: unknown key 'titel' in site.yml (did you mean 'title'?); it is ignored

            """)
        #expect(run.stdout.contains("build failed with 2 errors, 1 warning"))
        #expect(try Data(contentsOf: index) == before)
    }

    @Test func checkWritesNothingAndExitsOneOnErrors() throws {
        let root = try project(["content/handbook/a.md": "---\norder: x\n---\nText.\n"])
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try cxsite("check", root.path, in: FileManager.default.temporaryDirectory)
        #expect(run.status == 1)
        #expect(run.stderr == "content/handbook/a.md:2:8: error: 'order' must be a whole number, found 'x'\n")
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("public").path))
    }

    @Test func outputOptionAndRefusalOfAForeignFolder() throws {
        let root = try project(["content/index.md": "# Home\n", "mine/keep.txt": "precious"])
        defer { try? FileManager.default.removeItem(at: root) }
        let refused = try cxsite("build", "--output", "mine", in: root)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("is not empty and was not written by cxsite"))
        #expect(try String(contentsOf: root.appendingPathComponent("mine/keep.txt"), encoding: .utf8) == "precious")
        #expect(try cxsite("build", "--output", "site", in: root).status == 0)
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("site/index.html").path))
    }

    @Test func helpListsTheCommands() throws {
        let run = try cxsite("--help", in: FileManager.default.temporaryDirectory)
        #expect(run.status == 0)
        #expect(run.stdout.contains("build") && run.stdout.contains("check"))
        for command in ["serve", "init", "new"] { #expect(run.stdout.contains(command)) }
    }

    @Test func initThenNewThenBuildIsClean() throws {
        let parent = try project([:])
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: parent) }
        let created = try cxsite("init", "cx", in: parent)
        #expect(created.status == 0, "\(created.stderr)")
        #expect(created.stdout.hasPrefix("cxsite: wrote ") && created.stdout.contains("next: cxsite serve cx"))
        let root = parent.appendingPathComponent("cx")
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("templates").path))
        let journey = try cxsite("new", "journey", "Moving", "house", in: root)
        #expect(journey.status == 0 && journey.stdout == "cxsite: wrote content/journeys/moving-house.md\n")
        #expect(try cxsite("new", "page", "Refund rules", "--root", root.path, in: parent).stdout == "cxsite: wrote content/handbook/refund-rules.md\n")
        #expect(try cxsite("new", "review", "2026-11", in: root).status == 0)
        let again = try cxsite("new", "journey", "Moving house", in: root)
        #expect(again.status == 1)
        #expect(again.stderr == "cxsite: error: content/journeys/moving-house.md already exists; cxsite never overwrites a file (remove or rename it first)\n")
        let assessment = try cxsite("new", "assessment", in: root)
        #expect(assessment.status == 1, "init already wrote content/assessment.csv")
        let badMonth = try cxsite("new", "review", "2026-13", in: root)
        #expect(badMonth.status == 1 && badMonth.stderr.contains("expected YYYY-MM"))
        let build = try cxsite("build", in: root)
        #expect(build.status == 0, "\(build.stderr)")
        // A new project has no base_url yet, so the review feed's links are relative: the one warning.
        #expect(build.stderr.split(separator: "\n").map { $0.hasPrefix("cxsite: warning: site.yml has no base_url") } == [true])
        #expect(build.stdout.contains("0 errors, 1 warning"))
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("public/handbook/refund-rules/index.html").path))
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("public/search-index.js").path))
    }

    @Test func initRefusesANonEmptyFolder() throws {
        let root = try project(["keep.txt": "mine"])
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try cxsite("init", root.path, in: FileManager.default.temporaryDirectory)
        #expect(run.status == 1)
        #expect(run.stderr.contains("is not empty (it holds keep.txt)"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["keep.txt"])
    }

    @Test func initWithTemplatesWritesTheTheme() throws {
        let parent = try project([:])
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: parent) }
        #expect(try cxsite("init", "--with-templates", "cx", in: parent).status == 0)
        #expect(FileManager.default.fileExists(atPath: parent.appendingPathComponent("cx/templates/layout.mustache").path))
        let check = try cxsite("check", "cx", in: parent)
        #expect(check.status == 0 && check.stdout.contains("0 errors"))
        #expect(check.stderr.split(separator: "\n").allSatisfy { $0.hasPrefix("cxsite: warning: site.yml has no base_url") })
    }
}
