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

/// Every folder under `Fixtures/invalid/` is a broken project; its `expected.txt` holds the
/// exact diagnostics `cxsite check` must print for it, with line and column.
struct InvalidSiteTests {
    static let cases: [String] = {
        let folder = TestPaths.fixtures.appendingPathComponent("invalid")
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }()

    @Test(arguments: cases)
    func reportsExactDiagnostics(_ name: String) throws {
        let root = TestPaths.fixtures.appendingPathComponent("invalid/\(name)")
        let expected = try String(contentsOf: root.appendingPathComponent("expected.txt"), encoding: .utf8)
        let site = FixtureSite(root: root)
        #expect(site.diagnosticText == expected)
    }

    /// Every case with an error fails the build with located errors only, and the previous output
    /// folder is left byte for byte as it was, with no temporary folder beside it. (A few cases hold
    /// only rule warnings, which do not stop a build.)
    @Test(arguments: cases)
    func failsWithALocatedErrorAndLeavesTheOutputUntouched(_ name: String) throws {
        let root = TestPaths.fixtures.appendingPathComponent("invalid/\(name)")
        let expected = try String(contentsOf: root.appendingPathComponent("expected.txt"), encoding: .utf8)
        guard expected.contains(": error: ") else { return }
        let scratch = TemporaryFolder()
        scratch.write("public/\(OutputWriter.markerName)", "")
        scratch.write("public/index.html", "previous build")
        let before = scratch.snapshot("public")
        let report = SiteBuilder(root: root, output: scratch.url.appendingPathComponent("public")).build()
        let errors = report.diagnostics.filter { $0.severity == .error }
        #expect(!errors.isEmpty)
        #expect(errors.allSatisfy { $0.location != nil }, "\(errors)")
        #expect(report.files == 0)
        #expect(scratch.snapshot("public") == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.url.path) == ["public"])
    }

    /// The bad-input corpus of the hardening issue; inputs git cannot hold well (10 MB lines,
    /// 10,000-level nesting, links, permissions) are made by `BadInputTests`.
    @Test func casesCoverTheBadInputCorpus() {
        let corpus = ["empty-files", "only-front-matter", "unterminated-front-matter", "yaml-not-mapping", "tabs-in-yaml",
                      "duplicate-keys", "nul-bytes", "not-utf8", "csv-invalid-utf8", "utf16-bom", "csv-mismatched-quotes",
                      "csv-header-only", "metrics-bad-values", "metrics-bad-number", "metrics-bad-months",
                      "journey-only-level-one-headings", "link-outside-project", "allow-outside-config"]
        for name in corpus {
            #expect(Self.cases.contains(name), "missing fixture \(name)")
        }
    }

    @Test func casesCoverTheFoundationErrors() {
        for name in ["front-matter-bad-yaml", "unknown-stage", "missing-partial", "unknown-site-key", "not-utf8"] {
            #expect(Self.cases.contains(name), "missing fixture \(name)")
        }
    }

    @Test func everyErrorOfARunIsReportedTogether() throws {
        let site = FixtureSite("invalid/several-errors")
        let files = Set(site.diagnostics.compactMap { $0.location?.path })
        #expect(site.diagnostics.filter { $0.severity == .error }.count == 4)
        #expect(files == ["site.yml", "content/handbook/a.md", "content/handbook/b.md"])
    }

    @Test func unknownStageSuggestsTheClosestOne() {
        let site = FixtureSite("invalid/unknown-stage")
        #expect(site.diagnostics.first?.description == "content/handbook/assist.md:3:8: error: unknown stage 'Asist' (did you mean 'assist'?); expected one of connect, assist, resolve, enhance")
    }
}
