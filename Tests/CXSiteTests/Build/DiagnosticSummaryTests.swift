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

/// A message repeated on many files is listed for 20 of them, then counted in one line.
struct DiagnosticSummaryTests {
    /// A project of `count` handbook pages, each with the front matter `frontMatter`.
    static func project(pages count: Int, frontMatter: String) -> TemporaryFolder {
        let folder = TemporaryFolder()
        for number in 1...count {
            folder.write("content/handbook/page-\(String(format: "%03d", number)).md", "---\ntitle: Page \(number)\n\(frontMatter)---\nText.\n")
        }
        return folder
    }

    @Test func twentyFivePagesWithTheSameUnknownKeyPrintTwentyLinesAndASummary() {
        let folder = Self.project(pages: 25, frontMatter: "categories: [support]\n")
        let report = SiteBuilder(root: folder.url, output: nil).check()
        #expect(report.warningCount == 25, "the report keeps every warning")
        let lines = DiagnosticSummary.lines(report.diagnostics)
        let warning = "warning: unknown key 'categories' in handbook front matter; it is ignored"
        #expect(lines == (1...20).map { "content/handbook/page-\(String(format: "%03d", $0)).md:3:1: \(warning)" }
            + ["cxsite: warning: … and 5 more pages with: unknown key 'categories' in handbook front matter; it is ignored (--all-diagnostics lists every one)"])
    }

    @Test func twentyFilesAreAllListed() {
        let folder = Self.project(pages: 20, frontMatter: "categories: [support]\n")
        let diagnostics = SiteBuilder(root: folder.url, output: nil).check().diagnostics
        #expect(DiagnosticSummary.lines(diagnostics) == diagnostics.map(\.description))
    }

    /// Different keys are different messages; each is summarised on its own, right after its
    /// twentieth file, and other diagnostics are untouched.
    @Test func eachMessageIsCountedOnItsOwnAndErrorsStillFail() {
        let folder = Self.project(pages: 30, frontMatter: "categories: [a]\nkeywords: [b]\n")
        folder.write("content/handbook/page-007.md", "---\ntitle: Seven\ncategories: [a]\nkeywords: [b]\norder: first\n---\nText.\n")
        let report = SiteBuilder(root: folder.url, output: nil).check()
        #expect(report.errorCount == 1)
        let lines = DiagnosticSummary.lines(report.diagnostics)
        #expect(lines.count == 20 * 2 + 1 + 2)
        #expect(lines.contains("content/handbook/page-007.md:5:8: error: 'order' must be a whole number, found 'first'"))
        #expect(lines[40] == "cxsite: warning: … and 10 more pages with: unknown key 'categories' in handbook front matter; it is ignored (--all-diagnostics lists every one)")
        #expect(lines[41].hasPrefix("content/handbook/page-020.md:4:1: warning: unknown key 'keywords'"))
        #expect(lines[42] == "cxsite: warning: … and 10 more pages with: unknown key 'keywords' in handbook front matter; it is ignored (--all-diagnostics lists every one)")
        #expect(lines[39].hasPrefix("content/handbook/page-020.md:"))
    }

    @Test func theFileItIsOnIsNotPartOfTheMessage() {
        let diagnostics = (1...22).map { Diagnostic(.error, "'f\($0).md' is empty", at: SourceLocation(path: "f\($0).md")) }
        let lines = DiagnosticSummary.lines(diagnostics)
        #expect(lines.count == 21)
        #expect(lines.last == "cxsite: error: … and 2 more pages with: '<file>' is empty (--all-diagnostics lists every one)")
    }

    /// Several on one file: every one of the first 20 files is listed, the rest counted with their files.
    @Test func repeatsWithinAFileAreCountedWithTheirFiles() {
        let diagnostics = (1...25).flatMap { file in
            (1...2).map { Diagnostic(.warning, "row skipped", at: SourceLocation(path: "content/metrics/m\(String(format: "%02d", file)).csv", line: $0 + 1)) }
        }
        let lines = DiagnosticSummary.lines(diagnostics)
        #expect(lines.count == 41)
        #expect(lines.last == "cxsite: warning: … and 10 more in 5 more files with: row skipped (--all-diagnostics lists every one)")
    }

    @Test func largeCountsAreGrouped() {
        #expect(DiagnosticSummary.grouped(9980) == "9,980")
        #expect(DiagnosticSummary.grouped(1_234_567) == "1,234,567")
        #expect(DiagnosticSummary.grouped(980) == "980")
    }
}
