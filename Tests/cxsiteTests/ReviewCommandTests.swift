import Foundation
import Testing

/// `cxsite review freeze` and `cxsite new review`, run as a user runs them.
struct ReviewCommandTests {
    let commands = CommandTests()

    static let files = [
        "site.yml": "title: CLI reviews\nbase_url: https://cx.example.com/\n",
        "content/metrics/kpis.csv": "month,csat,first_response_hours\n2026-09,84.0,20\n2026-10,86.5,18\n",
        "content/reviews/2026-09.md": "---\nimprovements:\n  - title: Survey wording\n    status: in progress\n---\n",
    ]

    @Test func freezeThenCorrectionThenCheck() throws {
        let root = try commands.project(Self.files)
        defer { try? FileManager.default.removeItem(at: root) }
        let frozen = try commands.cxsite("review", "freeze", "2026-10", "--on", "2026-11-02", in: root)
        #expect(frozen.status == 0, "\(frozen.stderr)")
        #expect(frozen.stdout == "cxsite: wrote content/reviews/2026-10.frozen.json\n")
        #expect(frozen.stderr.isEmpty)

        let again = try commands.cxsite("review", "freeze", "2026-10", in: root)
        #expect(again.status == 1)
        #expect(again.stderr == "cxsite: error: content/reviews/2026-10.frozen.json already records the review as frozen on 2026-11-02; use --force to replace it with today's numbers\n")

        let csv = root.appendingPathComponent("content/metrics/kpis.csv")
        try Data("month,csat,first_response_hours\n2026-09,84.0,20\n2026-10,86.9,18\n".utf8).write(to: csv)
        let check = try commands.cxsite("check", in: root)
        #expect(check.status == 0)
        #expect(check.stderr.contains("content/reviews/2026-10.frozen.json:"))
        #expect(check.stderr.contains(": warning: restated: Customer satisfaction (CSAT), October 2026 was 86.5% when the review was frozen, and is 86.9% in today's data"))
        #expect(check.stdout.contains("0 errors, 1 warning"))

        let build = try commands.cxsite("build", in: root)
        #expect(build.status == 0)
        let page = try String(contentsOf: root.appendingPathComponent("public/reviews/2026-10/index.html"), encoding: .utf8)
        #expect(page.contains("86.5%<span class=\"restated\">restated: now 86.9%</span>"))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("public/reviews/2026-10.frozen.json").path))
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("public/reviews/feed.xml").path))

        let forced = try commands.cxsite("review", "freeze", "2026-10", "--force", "--on", "2026-11-09", in: root)
        #expect(forced.status == 0)
        #expect(forced.stdout == "cxsite: replaced content/reviews/2026-10.frozen.json\n")
        #expect(try commands.cxsite("check", in: root).stdout.contains("0 errors, 0 warnings"))
    }

    @Test func freezeRefusesAMonthWithoutDataOrABrokenProject() throws {
        let root = try commands.project(Self.files)
        defer { try? FileManager.default.removeItem(at: root) }
        let empty = try commands.cxsite("review", "freeze", "2027-01", in: root)
        #expect(empty.status == 1)
        #expect(empty.stderr == "cxsite: error: there is no data for January 2027 to freeze; the months with data are 2026-09 to 2026-10\n")
        try Data("titel: x\n".utf8).write(to: root.appendingPathComponent("site.yml"))
        try Data("month,csat\n2026-10,lots\n".utf8).write(to: root.appendingPathComponent("content/metrics/bad.csv"))
        let broken = try commands.cxsite("review", "freeze", "2026-10", in: root)
        #expect(broken.status == 1)
        #expect(broken.stderr.hasPrefix("content/metrics/bad.csv:2:9: error: "))
        #expect(broken.stderr.hasSuffix("cxsite: error: the project has 1 error; fix it first\n"))
    }

    @Test func newReviewWritesAPrefilledStarterOnce() throws {
        let root = try commands.project(Self.files)
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try commands.cxsite("new", "review", "2026-10", in: root)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "cxsite: wrote content/reviews/2026-10.md\n")
        let text = try String(contentsOf: root.appendingPathComponent("content/reviews/2026-10.md"), encoding: .utf8)
        #expect(text.contains("  - title: Survey wording\n    status: in progress\n"))
        // The CSV gives no n: the change is reported, not called better (the prompt is wrapped at 96 columns).
        #expect(text.replacingOccurrences(of: "\n    ", with: " ").contains("Customer satisfaction (CSAT) rose 2.5 points to 86.5% (n unknown: not tested against chance), above its 85% target for the first time in the data (since September 2026). Could this be chance?"))
        let again = try commands.cxsite("new", "review", "2026-10", in: root)
        #expect(again.status == 1)
        #expect(again.stderr == "cxsite: error: content/reviews/2026-10.md already exists; cxsite never overwrites it\n")
        #expect(try commands.cxsite("check", in: root).status == 0)
    }

    @Test func helpNamesTheReviewCommands() throws {
        let run = try commands.cxsite("review", "freeze", "--help", in: FileManager.default.temporaryDirectory)
        #expect(run.status == 0)
        #expect(run.stdout.contains("--force") && run.stdout.contains("YYYY-MM"))
    }
}
