import Foundation
import Testing
@testable import CXSite

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
