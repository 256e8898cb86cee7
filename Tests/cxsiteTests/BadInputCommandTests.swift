import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Bad inputs through the built binary, the way a user meets them: each build exits 1 within a
/// time limit (no crash, no hang), prints located errors on stderr and leaves `public/` as the
/// previous build wrote it.
struct BadInputCommandTests {
    struct Run {
        let status: Int32
        let stdout: String
        let stderr: String
        let timedOut: Bool
    }

    /// Runs `cxsite` (optionally through `prefix`, such as `setpriv …`), killing it after `seconds`.
    static func run(_ arguments: [String], in folder: URL, prefix: [String] = [], seconds: Double = 60) throws -> Run {
        let process = Process()
        if prefix.isEmpty {
            process.executableURL = CommandTests.binary
            process.arguments = arguments
        } else {
            process.executableURL = URL(fileURLWithPath: prefix[0])
            process.arguments = Array(prefix.dropFirst()) + [CommandTests.binary.path] + arguments
        }
        process.currentDirectoryURL = folder
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("cxsite-out-\(UUID().uuidString)")
        let err = FileManager.default.temporaryDirectory.appendingPathComponent("cxsite-err-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        FileManager.default.createFile(atPath: err.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: out)
            try? FileManager.default.removeItem(at: err)
        }
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        let done = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in done.signal() }
        try process.run()
        var timedOut = false
        if done.wait(timeout: .now() + seconds) == .timedOut {
            timedOut = true
            kill(process.processIdentifier, SIGKILL)
            done.wait()
        }
        return Run(status: process.terminationStatus,
                   stdout: (try? String(contentsOf: out, encoding: .utf8)) ?? "",
                   stderr: (try? String(contentsOf: err, encoding: .utf8)) ?? "",
                   timedOut: timedOut)
    }

    /// A project that builds, built once so that `public/` holds a previous build.
    func builtProject() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("cxsite-bad-\(UUID().uuidString)")
        try write(root, "content/handbook/a.md", "---\ntitle: A\nstage: connect\n---\nHello.\n")
        let first = try Self.run(["build"], in: root)
        #expect(first.status == 0, "\(first.stderr)")
        return root
    }

    func write(_ root: URL, _ path: String, _ text: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func snapshot(_ folder: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        for path in (try? FileManager.default.subpathsOfDirectory(atPath: folder.path)) ?? [] {
            files[path] = FileManager.default.contents(atPath: folder.appendingPathComponent(path).path)
        }
        return files
    }

    static let badInputs: [(name: String, path: String, text: String)] = [
        ("empty file", "content/handbook/empty.md", ""),
        ("only front matter", "content/handbook/stub.md", "---\ntitle: Stub\n---\n"),
        ("unterminated front matter", "content/handbook/open.md", "---\ntitle: Open\n"),
        ("10 MB line", "content/handbook/huge.md", String(repeating: "x", count: 10 << 20)),
        ("10,000 nested lists", "content/handbook/deep.md", "# Deep\n\n" + String(repeating: "- ", count: 10_000) + "x\n"),
        ("10,000 nested quotes in a journey", "content/journeys/deep.md", "## Connect\n### T\n" + String(repeating: "> ", count: 10_000) + "x\n"),
        ("10,000 nested YAML lists", "content/handbook/yaml.md", "---\ntitle: " + String(repeating: "[", count: 10_000) + "\n---\nText.\n"),
        ("NUL byte", "content/handbook/nul.md", "Text\u{0}\n"),
        ("header-only CSV", "content/metrics/kpis.csv", "month,metric,value\n"),
        ("bad value cells", "content/metrics/values.csv", "month,metric,value\n2026-01,csat,1e308\n2026-02,csat,NaN\n2026-03,csat,-\n"),
        ("bad months", "content/metrics/months.csv", "month,metric,value\n2026-13,csat,1\n26-01,csat,2\n"),
        ("journey of # headings", "content/journeys/flat.md", "# Connect\n\n# Assist\n"),
        ("10 MB CSV record", "content/metrics/huge.csv", "month,metric,value\n2026-01,csat,\"" + String(repeating: "9", count: 10 << 20) + "\"\n"),
    ]

    @Test(arguments: badInputs.indices)
    func badInputFailsTheBuildQuicklyAndKeepsPublic(_ index: Int) throws {
        let input = Self.badInputs[index]
        let root = try builtProject()
        defer { try? FileManager.default.removeItem(at: root) }
        let before = snapshot(root.appendingPathComponent("public"))
        try write(root, input.path, input.text)
        let run = try Self.run(["build"], in: root)
        #expect(!run.timedOut, "\(input.name): no result within 60 s")
        #expect(run.status == 1, "\(input.name): exit status \(run.status)")
        let located = run.stderr.split(separator: "\n").filter { $0.hasPrefix(input.path + ":") && $0.contains(": error: ") }
        #expect(!located.isEmpty, "\(input.name): \(run.stderr.prefix(500))")
        #expect(run.stdout.contains("build failed"))
        #expect(snapshot(root.appendingPathComponent("public")) == before, "\(input.name): public/ changed")
    }

    /// The project boundary as a user meets it: a folder linked out of the project and a page
    /// linked to /etc/passwd fail the build with both errors at the links and leave `public/` as
    /// it was; once `site.yml` names their folders under `allow_outside:`, the build succeeds.
    @Test func linksLeavingTheProjectFailTheBuildUntilAllowed() throws {
        let root = try builtProject()
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("cxsite-outside-\(UUID().uuidString)")
        defer {
            try? FileManager.default.removeItem(at: root)
            try? FileManager.default.removeItem(at: outside)
        }
        try write(outside, "keys/notes.md", "# Key notes\n\nThe deploy key lives here.\n")
        try write(outside, "passwd", "root:x:0:0:root:/root:/bin/bash\n")
        let passwd = FileManager.default.fileExists(atPath: "/etc/passwd") ? "/etc/passwd" : outside.appendingPathComponent("passwd").path
        let keys = outside.appendingPathComponent("keys").resolvingSymlinksInPath().path
        let handbook = root.appendingPathComponent("content/handbook")
        try FileManager.default.createSymbolicLink(atPath: handbook.appendingPathComponent("keys").path, withDestinationPath: keys)
        try FileManager.default.createSymbolicLink(atPath: handbook.appendingPathComponent("passwd.md").path, withDestinationPath: passwd)
        let before = snapshot(root.appendingPathComponent("public"))
        let run = try Self.run(["build"], in: root)
        #expect(run.status == 1)
        let errors = run.stderr.split(separator: "\n").filter { $0.contains(": error: ") }.map(String.init)
        let advice = "; to allow it, name the folder under allow_outside: in site.yml"
        #expect(errors == ["content/handbook/keys:1:1: error: symbolic link leads outside the project (to \(keys))" + advice,
                           "content/handbook/passwd.md:1:1: error: symbolic link leads outside the project (to \(passwd))" + advice], "\(run.stderr)")
        #expect(snapshot(root.appendingPathComponent("public")) == before)

        try write(root, "site.yml", "allow_outside:\n  - \(keys)\n  - \((passwd as NSString).deletingLastPathComponent)\n")
        let allowed = try Self.run(["build"], in: root)
        #expect(allowed.status == 0, "\(allowed.stderr)")
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("public/handbook/keys/notes/index.html").path))
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("public/handbook/passwd/index.html").path))
    }

    /// Root reads files whatever their permissions, so the test drops to `nobody` with `setpriv`
    /// (util-linux) when it runs as root; it is skipped where that is impossible (no setpriv, or
    /// the binary's folder is closed to other users).
    @Test func unreadableFilesAreErrorsForAnOrdinaryUser() throws {
        var prefix: [String] = []
        if getuid() == 0 {
            let setpriv = "/usr/bin/setpriv"
            prefix = [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"]
            guard FileManager.default.isExecutableFile(atPath: setpriv),
                  let probe = try? Self.run(["--help"], in: URL(fileURLWithPath: "/"), prefix: prefix), probe.status == 0 else {
                print("skipped: cannot run cxsite as an ordinary user here")
                return
            }
        }
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("cxsite-perm-\(UUID().uuidString)")
        defer {
            _ = chmod(root.appendingPathComponent("content/handbook/locked").path, 0o755)
            try? FileManager.default.removeItem(at: root)
        }
        try write(root, "content/handbook/a.md", "# A\n\nText.\n")
        try write(root, "content/handbook/secret.md", "# Secret\n\nText.\n")
        try write(root, "content/handbook/locked/inside.md", "# Inside\n\nText.\n")
        try write(root, "content/metrics/kpis.csv", "month,metric,value\n2026-01,csat,87\n")
        #expect(chmod(root.appendingPathComponent("content/metrics/kpis.csv").path, 0) == 0)
        #expect(chmod(root.appendingPathComponent("content/handbook/secret.md").path, 0) == 0)
        #expect(chmod(root.appendingPathComponent("content/handbook/locked").path, 0) == 0)
        // `check` writes nothing, so the project need not be writable by that user.
        let run = try Self.run(["check"], in: root, prefix: prefix)
        #expect(run.status == 1)
        #expect(run.stderr == """
            content/handbook/locked:1:1: error: cannot list folder: permission denied
            content/handbook/secret.md:1:1: error: cannot read file: permission denied
            content/metrics/kpis.csv:1:1: error: cannot read file: permission denied

            """)
    }
}
