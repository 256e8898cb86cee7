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
#if canImport(Glibc)
import Glibc
#endif

/// Bad inputs that git cannot hold well, made in a temporary folder: 10 MB lines, 10,000-level
/// nesting, symbolic link loops, a folder named like a page, a pipe, unreadable files. Each one is
/// a located error (so `cxsite` exits 1), never a crash or a hang, and the build writes nothing.
/// The committed cases are under `Fixtures/invalid/` (`InvalidSiteTests`); the same inputs
/// through the binary, with a time limit, are in `cxsiteTests/BadInputCommandTests`.
struct BadInputTests {
    static let tenMB = 10 * 1024 * 1024

    /// Checks the project in `folder` and asserts its diagnostics, then that a build fails
    /// without touching the output folder.
    func expectErrors(_ folder: TemporaryFolder, _ expected: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let site = FixtureSite(root: folder.url)
        #expect(site.diagnosticText == expected, sourceLocation: sourceLocation)
        expectBuildLeavesOutputUntouched(folder, sourceLocation: sourceLocation)
    }

    func expectBuildLeavesOutputUntouched(_ folder: TemporaryFolder, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let output = TemporaryFolder()
        output.write("public/\(OutputWriter.markerName)", "")
        output.write("public/index.html", "previous build")
        let before = output.snapshot("public")
        let report = SiteBuilder(root: folder.url, output: output.url.appendingPathComponent("public")).build()
        #expect(report.errorCount > 0, sourceLocation: sourceLocation)
        #expect(report.diagnostics.filter { $0.severity == .error }.allSatisfy { $0.location != nil }, sourceLocation: sourceLocation)
        #expect(output.snapshot("public") == before, sourceLocation: sourceLocation)
    }

    // MARK: 10 MB lines

    @Test func aTenMegabyteLineInMarkdownIsAnError() {
        let folder = TemporaryFolder()
        folder.write("content/handbook/huge.md", "---\ntitle: Huge\n---\n" + String(repeating: "x", count: Self.tenMB) + "\n")
        expectErrors(folder, "content/handbook/huge.md:4:1: error: line 4 is longer than 1 MB; expected text with lines of ordinary length (is this a text file?)\n")
    }

    @Test func aTenMegabyteLineInYAMLIsAnError() {
        let folder = TemporaryFolder()
        folder.write("site.yml", "title: " + String(repeating: "x", count: Self.tenMB) + "\n")
        folder.write("content/handbook/a.md", "# A\n\nText.\n")
        expectErrors(folder, "site.yml:1:1: error: line 1 is longer than 1 MB; expected text with lines of ordinary length (is this a text file?)\n")
    }

    @Test func aTenMegabyteCSVRecordIsAnErrorAndTheRowsAfterItAreRead() {
        let folder = TemporaryFolder()
        folder.write("content/metrics/huge.csv", "month,metric,value,segment\n2026-01,csat,87,"
                     + String(repeating: "s", count: Self.tenMB) + "\n2026-02,csat,88,smb\n2026-03,cs@t,89,smb\n")
        expectErrors(folder, """
            content/metrics/huge.csv:2:1: error: record is longer than 1 MB; expected rows of ordinary length (is this a CSV file?)
            content/metrics/huge.csv:4:9: error: unknown metric 'cs@t' (did you mean 'csat'?); expected a metric id from the catalog, or add the metric under 'metrics:' in site.yml

            """)
    }

    @Test func aTenMegabyteHeadingGetsAShortMessageQuickly() {
        let folder = TemporaryFolder()
        // Under the 1 MB line limit, but far longer than any name: no did-you-mean, a short quote.
        folder.write("content/journeys/j.md", "## " + String(repeating: "C", count: 900_000) + "\n")
        let start = Date()
        let site = FixtureSite(root: folder.url)
        #expect(Date().timeIntervalSince(start) < 10)
        #expect(site.diagnosticText == "content/journeys/j.md:1:1: error: unknown stage '\(String(repeating: "C", count: 80))…'; expected a CARE stage: Connect, Assist, Resolve or Enhance (## headings are stages, ### headings touchpoints)\n")
    }

    // MARK: 10,000 levels of nesting

    /// The body of a page nested 10,000 levels deep in the way `kind` names (made here, not passed
    /// as an argument, so the test log does not print megabytes of it).
    static func deepBody(_ kind: String) -> String {
        switch kind {
        case "list": String(repeating: "- ", count: 10_000) + "x\n"
        case "ordered list": String(repeating: "1. ", count: 10_000) + "x\n"
        case "block quote": String(repeating: "> ", count: 10_000) + "x\n"
        default: (0..<10_000).map { String(repeating: " ", count: 2 * min($0, 300)) + "- x\n" }.joined()
        }
    }

    @Test(arguments: [("list", "4:101"), ("ordered list", "4:151"), ("block quote", "4:201"), ("indented lists", "53:101")])
    func deepNestingInAPageIsAnError(_ kind: String, _ position: String) {
        let folder = TemporaryFolder()
        folder.write("content/handbook/deep.md", "---\ntitle: Deep \(kind)\n---\n" + Self.deepBody(kind))
        expectErrors(folder, "content/handbook/deep.md:\(position): error: Markdown nested more than 100 levels deep (lists, quotes or emphasis inside one another); flatten the structure\n")
    }

    @Test func deepNestingInAJourneyIsAnErrorNotACrash() {
        let folder = TemporaryFolder()
        folder.write("content/journeys/deep.md", """
            ---
            title: Deep
            ---
            ## Connect
            ### Welcome
            - Improvement: \(String(repeating: "[", count: 10_000))x\(String(repeating: "]", count: 10_000))
            - Note: \(String(repeating: "> ", count: 10_000))x
            \(String(repeating: "- ", count: 10_000))x

            """)
        let site = FixtureSite(root: folder.url)
        #expect(site.diagnostics.filter { $0.severity == .error }.map(\.description) == [
            "content/journeys/deep.md:8:101: error: Markdown nested more than 100 levels deep (lists, quotes or emphasis inside one another); flatten the structure",
        ])
        expectBuildLeavesOutputUntouched(folder)
    }

    @Test func deepNestingInYAMLIsAnError() {
        let folder = TemporaryFolder()
        folder.write("content/handbook/a.md", "---\ntitle: \(String(repeating: "[", count: 10_000))\(String(repeating: "]", count: 10_000))\n---\nText.\n")
        folder.write("site.yml", String(repeating: "{a: ", count: 10_000) + "1" + String(repeating: "}", count: 10_000) + "\n")
        let site = FixtureSite(root: folder.url)
        #expect(site.diagnostics.map(\.location?.path) == ["content/handbook/a.md", "site.yml"])
        #expect(site.diagnostics.allSatisfy { $0.severity == .error && $0.message.contains("Maximum nesting level") })
        expectBuildLeavesOutputUntouched(folder)
    }

    /// The tree walkers are iterative: a touchpoint heading of 10,000 nested links (which cmark
    /// does not nest) and a deep list item read in linear time.
    @Test func journeyWalkersAreLinearOnDeepInput() {
        let folder = TemporaryFolder()
        folder.write("content/journeys/links.md", "## Connect\n### " + String(repeating: "[a ", count: 10_000) + "x" + String(repeating: "]()", count: 10_000) + "\n- Improvement: y\n")
        let start = Date()
        let site = FixtureSite(root: folder.url)
        #expect(Date().timeIntervalSince(start) < 10)
        #expect(site.diagnostics.filter { $0.severity == .error }.isEmpty)
    }

    // MARK: Links, folders, special files

    @Test func aSymlinkLoopBetweenFilesIsAnError() throws {
        let folder = TemporaryFolder()
        folder.write("content/handbook/real.md", "# Real\n\nText.\n")
        let handbook = folder.url.appendingPathComponent("content/handbook")
        try FileManager.default.createSymbolicLink(atPath: handbook.appendingPathComponent("a.md").path, withDestinationPath: "b.md")
        try FileManager.default.createSymbolicLink(atPath: handbook.appendingPathComponent("b.md").path, withDestinationPath: "a.md")
        expectErrors(folder, """
            content/handbook/a.md:1:1: error: symbolic link loop: the link leads back to itself
            content/handbook/b.md:1:1: error: symbolic link loop: the link leads back to itself

            """)
    }

    @Test func aContentFolderThatIsALinkToItselfIsAnError() throws {
        let folder = TemporaryFolder()
        try FileManager.default.createSymbolicLink(atPath: folder.url.appendingPathComponent("content").path, withDestinationPath: "content")
        expectErrors(folder, "content:1:1: error: symbolic link loop: the link leads back to itself\n")
    }

    @Test func aFolderLoopIsAnError() throws {
        let folder = TemporaryFolder()
        folder.write("content/handbook/a.md", "# A\n\nText.\n")
        try FileManager.default.createSymbolicLink(atPath: folder.url.appendingPathComponent("content/handbook/up").path, withDestinationPath: "../..")
        // `up` is the project folder, so the loop closes at its `content`.
        expectErrors(folder, "content/handbook/up/content:1:1: error: symbolic link loop: 'content/handbook/up/content' leads back to a folder that contains it\n")
    }

    @Test func aFolderNamedLikeAPageIsAnError() throws {
        let folder = TemporaryFolder()
        folder.write("content/handbook/refunds.md/policy.md", "# Policy\n\nText.\n")
        folder.write("content/metrics/kpis.csv/readme.txt", "notes")
        expectErrors(folder, """
            content/handbook/refunds.md:1:1: error: 'content/handbook/refunds.md' is a folder, but its name ends in .md like a content file; rename the folder (or, if it should be a page, make it a file)
            content/metrics/kpis.csv:1:1: error: 'content/metrics/kpis.csv' is a folder, but its name ends in .csv like a content file; rename the folder (or, if it should be a page, make it a file)

            """)
    }

    @Test func aPipeOrADeviceIsAnErrorNotAHang() throws {
        let folder = TemporaryFolder()
        folder.write("content/handbook/a.md", "# A\n\nText.\n")
        #expect(mkfifo(folder.url.appendingPathComponent("content/handbook/pipe.md").path, 0o644) == 0)
        // /dev lies outside the project: allowed here so that the device itself is what is refused.
        folder.write("site.yml", "allow_outside: [/dev]\n")
        try FileManager.default.createSymbolicLink(atPath: folder.url.appendingPathComponent("content/handbook/zero.md").path, withDestinationPath: "/dev/zero")
        expectErrors(folder, """
            content/handbook/pipe.md:1:1: error: not a regular file (a device, pipe or socket); content/ may hold only files and folders
            content/handbook/zero.md:1:1: error: not a regular file (a device, pipe or socket); content/ may hold only files and folders

            """)
    }

    // MARK: Line breaks

    /// Old Mac files break lines with a lone CR, as cmark and libyaml do: every line number agrees
    /// (the fuzzer found a journey whose prose cmark placed past the last LF-counted line, a crash).
    @Test func loneCarriageReturnsBreakLines() {
        let folder = TemporaryFolder()
        folder.write("content/handbook/mac.md", "---\rtitle: Mac\rstage: nowhere\r---\rText.\r")
        folder.write("content/journeys/mac.md", "## Connect\r### Call\r- Emotion: +9\r\rProse.\r\r\r## Assist\r")
        folder.write("site.yml", "title: A\rdescription: B\u{2028}C\rbase_url: nope\r")
        let site = FixtureSite(root: folder.url)
        #expect(site.diagnostics.filter { $0.severity == .error }.map(\.description) == [
            "content/handbook/mac.md:3:8: error: unknown stage 'nowhere'; expected one of connect, assist, resolve, enhance",
            "content/journeys/mac.md:3:12: error: emotion '+9' is out of range; expected a number from -2 to +2 or one of frustrated, unhappy, neutral, pleased, delighted",
            "site.yml:3:11: error: 'base_url' must be an absolute http(s) URL such as https://cx.example.com/, found 'nope'",
        ])
    }

    // MARK: Permissions

    /// Unreadable files and folders. Root reads them anyway (permissions do not bind it), so run as
    /// root this asserts that they are read like any other; the error a user sees is asserted by
    /// `BadInputCommandTests.unreadableFilesAreErrorsForAnOrdinaryUser`, which runs the binary as `nobody`.
    @Test func unreadableFilesAndFolders() throws {
        let folder = TemporaryFolder()
        let page = folder.write("content/handbook/secret.md", "# Secret\n\nText.\n")
        folder.write("content/handbook/locked/inside.md", "# Inside\n\nText.\n")
        let locked = folder.url.appendingPathComponent("content/handbook/locked")
        #expect(chmod(page.path, 0) == 0)
        #expect(chmod(locked.path, 0) == 0)
        defer { _ = chmod(locked.path, 0o755) }
        let site = FixtureSite(root: folder.url)
        if getuid() == 0 {
            #expect(site.diagnostics.isEmpty, "\(site.diagnosticText)")
            #expect(site.text("handbook/secret/index.html") != nil)
        } else {
            #expect(site.diagnosticText == """
                content/handbook/locked:1:1: error: cannot list folder: permission denied
                content/handbook/secret.md:1:1: error: cannot read file: permission denied

                """)
        }
    }
}
