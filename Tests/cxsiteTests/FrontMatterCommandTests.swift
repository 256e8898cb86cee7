import Foundation
import Testing

/// `build` and `check` as a user runs them on pages with the front matter of other generators.
struct FrontMatterCommandTests {
    let commands = CommandTests()

    @Test func repeatedWarningsAreSummarisedUnlessAllAreAskedFor() throws {
        var files: [String: String] = [:]
        for number in 1...25 { files["content/handbook/p\(String(format: "%02d", number)).md"] = "---\ntitle: P\(number)\nkeywords: [x]\n---\nText.\n" }
        let root = try commands.project(files)
        defer { try? FileManager.default.removeItem(at: root) }
        let build = try commands.cxsite("build", in: root)
        #expect(build.status == 0)
        let lines = build.stderr.split(separator: "\n")
        #expect(lines.count == 21)
        #expect(lines.last == "cxsite: warning: … and 5 more pages with: unknown key 'keywords' in handbook front matter; it is ignored (--all-diagnostics lists every one)")
        #expect(build.stdout.contains("0 errors, 25 warnings"), "the count is of every warning")
        let all = try commands.cxsite("check", "--all-diagnostics", in: root)
        #expect(all.stderr.split(separator: "\n").count == 25)
        #expect(all.status == 0)
    }

    @Test func checkListsTheDraftsAndBuildLeavesThemOut() throws {
        let root = try commands.project([
            "content/handbook/a.md": "---\ntitle: A\n---\nText.\n",
            "content/handbook/b.md": "---\ntitle: Bee policy\ndraft: true\n---\nNot yet.\n",
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        let check = try commands.cxsite("check", in: root)
        #expect(check.status == 0)
        #expect(check.stdout.contains("cxsite: 1 draft (draft: true), left out of the build; `cxsite serve --drafts` shows them:\n  content/handbook/b.md  Bee policy\n"))
        #expect(check.stdout.contains("0 errors, 0 warnings; 1 draft not built"))
        let build = try commands.cxsite("build", in: root)
        #expect(build.stdout.contains("; 1 draft left out"))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("public/handbook/b/index.html").path))
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("public/handbook/a/index.html").path))
    }

    @Test func serveHasADraftsFlag() throws {
        let help = try commands.cxsite("serve", "--help", in: FileManager.default.temporaryDirectory)
        #expect(help.stdout.contains("--drafts"))
    }
}
