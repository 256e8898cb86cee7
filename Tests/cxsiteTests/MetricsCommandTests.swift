import Foundation
import Testing

/// Runs the built `cxsite` binary on projects with metrics CSV files, the way a user does.
struct MetricsCommandTests {
    /// The `cxsite` executable next to the test bundle (SwiftPM builds both into the same folder).
    private static let binary: URL = {
        let products = Bundle.main.executableURL?.deletingLastPathComponent()
            ?? URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        return products.appendingPathComponent("cxsite")
    }()

    /// Writes `files` into a fresh temporary project folder.
    private func project(_ files: [String: String]) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("cxsite-metrics-\(UUID().uuidString)")
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return root
    }

    /// Runs `cxsite arguments…` in `folder`; returns the exit status, stdout and stderr.
    private func cxsite(_ arguments: String..., in folder: URL) throws -> (status: Int32, stdout: String, stderr: String) {
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
        return (process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self))
    }

    @Test func checkReportsABadCellCompilerStyleAndExitsOne() throws {
        let root = try project(["content/metrics/kpis.csv": "month,metric,value\n2026-01,csat,87.5%\n2026-02,csat,abc\n"])
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try cxsite("check", in: root)
        #expect(run.status == 1)
        #expect(run.stderr.contains("content/metrics/kpis.csv:3:14: error: 'abc' is not a number (column 'value')"))
        #expect(run.stdout.contains("1 error"))
    }

    @Test func buildWritesTheTidySeries() throws {
        let root = try project(["content/metrics/kpis.csv": "month,csat,nps\r\n2026-01,87.5%,31\r\n2026-02,88,\r\n"])
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try cxsite("build", in: root)
        #expect(run.status == 0, "\(run.stderr)")
        let data = try String(contentsOf: root.appendingPathComponent("public/data/metrics.csv"), encoding: .utf8)
        #expect(data.hasPrefix("month,metric,segment,channel,value,target,n,ci_low,ci_high\n2026-01,csat,,,87.5,85,,,\n2026-01,nps,,,31,30,,,\n2026-02,csat,,,88,85,,,\n"), "values typed into a metrics CSV have no n and no interval")
    }
}
