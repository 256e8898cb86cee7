import Foundation
import Testing

/// Runs the built `cxsite` binary on a project with help-desk exports, as a user does: the summary
/// names the formats, and nothing personal from the exports is in the `public/` folder written.
struct TicketsCommandTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("CXSiteTests/Fixtures")

    func run(_ arguments: [String], in folder: URL) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = CommandTests.binary
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

    @Test func buildNamesTheExportFormatsAndWritesNoPersonalData() throws {
        let source = Self.fixtures.appendingPathComponent("tickets-zendesk")
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("cxsite-tickets-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let result = try run(["build", source.path, "--output", output.path], in: source)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasSuffix("0 errors, 0 warnings; tickets: 1 Zendesk ticket export (13 rows used); surveys: 1 survey export (8 rows used)\n"), "\(result.stdout)")

        let names = ["Maya Patel", "Tomás Byrne", "Priya Nair", "Hannah Okafor", "Dev Malhotra", "Grace Liu", "Lena Schmidt",
                     "Marco Rossi", "Aisha Khan", "Jonas Berg", "Sofia García", "Kenji Sato", "Fatima Haddad", "Spam Bot"]
        let emails = try String(contentsOf: source.appendingPathComponent("content/tickets/zendesk-2025-q1.csv"), encoding: .utf8)
            .split(whereSeparator: { $0 == "," || $0.isNewline }).filter { $0.contains("@") }.map(String.init)
        #expect(emails.count == 14)
        let files = try FileManager.default.subpathsOfDirectory(atPath: output.path)
        #expect(files.contains("checks/index.html"))
        for path in files {
            guard let data = FileManager.default.contents(atPath: output.appendingPathComponent(path).path) else { continue }
            let text = String(decoding: data, as: UTF8.self)
            for needle in names + emails + ["@example.com", "Still broken", "Great, thanks"] {
                #expect(!text.contains(needle), "public/\(path) contains '\(needle)'")
            }
        }
    }

    @Test func checkReportsBadRowsAsWarningsAndExitsZero() throws {
        let source = Self.fixtures.appendingPathComponent("invalid/tickets-bad-rows")
        let result = try run(["check", source.path], in: source)
        #expect(result.status == 0)
        #expect(result.stderr.contains("content/tickets/zendesk.csv:5:73: warning: 'three' is not a count (column 'Replies'); expected a whole number of 0 or more; the ticket counts without this cell"))
        #expect(result.stdout.contains("0 errors, 13 warnings; tickets: 1 Zendesk ticket export (6 rows used, 7 skipped; unreadable cells: 1 in 'Replies', 1 in 'First reply time in minutes'); surveys: 1 survey export (4 rows used, 1 skipped; unreadable cells: 2 in 'score', 1 in 'survey')"))
    }
}
