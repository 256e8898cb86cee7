import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A build killed with `kill -9` while it writes leaves the previous `public/` complete and
/// byte-identical, and the next build cleans up after it.
struct OutputSafetyCommandTests {
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

    /// A project of `pages` handbook pages whose text mentions `edition`.
    func project(_ root: URL, pages: Int, edition: Int) throws {
        let paragraph = String(repeating: "Greet the customer by name and acknowledge what they told us before. ", count: 30)
        for n in 0..<pages {
            try write(root, "content/handbook/section-\(n % 20)/page-\(n).md",
                      "---\ntitle: Page \(n)\nstage: connect\n---\nEdition \(edition).\n\n\(paragraph)\n")
        }
    }

    @Test func killNineDuringTheWriteLeavesThePreviousOutputComplete() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("cxsite-kill-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try project(root, pages: 1500, edition: 1)
        let first = try BadInputCommandTests.run(["build"], in: root, seconds: 300)
        #expect(first.status == 0, "\(first.stderr)")
        let before = snapshot(root.appendingPathComponent("public"))
        #expect(before.count > 1500)
        try project(root, pages: 1500, edition: 2)

        var killedWhileWriting = 0
        for attempt in 0..<6 where killedWhileWriting < 2 {
            let process = Process()
            process.executableURL = CommandTests.binary
            process.arguments = ["build"]
            process.currentDirectoryURL = root
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            let temporary = root.appendingPathComponent(".public.cxsite-tmp-\(process.processIdentifier)")
            let deadline = Date().addingTimeInterval(300)
            while process.isRunning, !FileManager.default.fileExists(atPath: temporary.path), Date() < deadline { usleep(500) }
            if process.isRunning, FileManager.default.fileExists(atPath: temporary.path) {
                usleep(UInt32(attempt * 15_000))  // a little later into the write on each attempt
                kill(process.processIdentifier, SIGKILL)
            }
            process.waitUntilExit()
            if process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGKILL {
                killedWhileWriting += 1
                // The old site is there, whole and unchanged, whatever the moment of the kill.
                #expect(snapshot(root.appendingPathComponent("public")) == before, "attempt \(attempt)")
            } else {
                // The build finished before the kill: the new site is there, whole.
                #expect(process.terminationStatus == 0)
                break
            }
        }
        #expect(killedWhileWriting > 0, "the build was never caught while writing")

        let next = try BadInputCommandTests.run(["build"], in: root, seconds: 300)
        #expect(next.status == 0, "\(next.stderr)")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.contains("cxsite-tmp") }
        #expect(leftovers.isEmpty)
        let after = snapshot(root.appendingPathComponent("public"))
        #expect(after.count == before.count)
        let page = String(decoding: after["handbook/section-3/page-3/index.html"] ?? Data(), as: UTF8.self)
        #expect(page.contains("Edition 2."))
    }
}
