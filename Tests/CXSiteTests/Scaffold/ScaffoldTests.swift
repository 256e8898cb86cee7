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

/// `cxsite init` and `cxsite new`: what they write, that it builds cleanly, that they never overwrite.
struct ScaffoldTests {
    /// Every file of the repository's `scaffold/` (and, with `--with-templates`, of `templates/`)
    /// is written by `cxsite init`, byte for byte, and nothing else.
    @Test func initWritesEveryFileOfTheScaffoldFolder() throws {
        for withTemplates in [false, true] {
            let folder = TemporaryFolder()
            let root = folder.url.appendingPathComponent("cx")
            let written = try ProjectScaffold(withTemplates: withTemplates).create(at: root)
            var expected = try Self.files(under: TestPaths.repository.appendingPathComponent("scaffold"))
            if withTemplates {
                for (path, bytes) in try Self.files(under: TestPaths.repository.appendingPathComponent("templates")) {
                    expected["templates/" + path] = bytes
                }
            }
            #expect(expected.count > 10)
            #expect(Set(written) == Set(expected.keys))
            #expect(try Self.files(under: root) == expected, "withTemplates: \(withTemplates)")
        }
    }

    /// Path below `folder` → bytes, for every file (hidden names skipped, as the build skips them).
    static func files(under folder: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        for path in try FileManager.default.subpathsOfDirectory(atPath: folder.path) where !path.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
            let url = folder.appendingPathComponent(path)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                result[path] = try Data(contentsOf: url)
            }
        }
        return result
    }

    /// A new project does not know the address it will be published at yet: the one warning
    /// its build gives says where to set it.
    static let onlyWarning = "cxsite: warning: site.yml has no base_url, so reviews/feed.xml links to the reviews relatively and most feed readers cannot follow them; set base_url to the address the site is published at\n"

    @Test func initWritesAProjectWhoseOnlyWarningAsksForItsAddress() throws {
        let folder = TemporaryFolder()
        let root = folder.url.appendingPathComponent("cx")
        let written = try ProjectScaffold().create(at: root)
        #expect(written.contains("site.yml"))
        #expect(written.contains("content/journeys/broadband-fault.md"))
        #expect(written.contains("content/assessment.csv"))
        #expect(!written.contains { $0.hasPrefix("templates/") }, "no templates unless asked")
        let yml = try String(contentsOf: root.appendingPathComponent("site.yml"), encoding: .utf8)
        #expect(yml.hasPrefix("# "), "site.yml is commented")
        let site = FixtureSite(root: root)
        #expect(site.diagnosticText == Self.onlyWarning)
        #expect(site.files["handbook/escalation-policy/index.html"] != nil)
        #expect(site.files["handbook/care/greetings/index.html"] != nil)
        let greetings = try #require(site.text("handbook/care/greetings/index.html"))
        #expect(greetings.contains("href=\"../../../stages/connect/index.html\""))
        let welcome = try #require(site.text("handbook/welcome/index.html"))
        #expect(welcome.contains("href=\"../../handbook/escalation-policy/index.html\""), "links between Markdown files resolve")
    }

    @Test func initWithTemplatesWritesAThemeThatBuildsCleanly() throws {
        let folder = TemporaryFolder()
        let root = folder.url.appendingPathComponent("cx")
        try ProjectScaffold(withTemplates: true).create(at: root)
        let site = FixtureSite(root: root)
        #expect(site.diagnosticText == Self.onlyWarning)
    }

    @Test func initRefusesANonEmptyFolderAndWritesNothing() throws {
        let folder = TemporaryFolder()
        folder.write("notes.txt", "mine")
        #expect(throws: StarterFile.Problem.self) { try ProjectScaffold().create(at: folder.url) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["notes.txt"])
        do {
            try ProjectScaffold().create(at: folder.url)
        } catch {
            #expect(error.description.contains("is not empty (it holds notes.txt)"))
        }
        // An empty folder, or one holding only .git, is fine.
        let empty = TemporaryFolder()
        try FileManager.default.createDirectory(at: empty.url.appendingPathComponent(".git"), withIntermediateDirectories: true)
        #expect(try ProjectScaffold().create(at: empty.url).count == BuiltInScaffold.files.count)
    }

    @Test func newFilesGoInTheRightPlaceAndBuildCleanly() throws {
        let folder = TemporaryFolder()
        try StarterFile.page(title: "Tone of voice").write(into: folder.url)
        try StarterFile.page(title: "Refunds: what we can approve").write(into: folder.url)
        try StarterFile.journey(name: "Moving house").write(into: folder.url)
        try StarterFile.review(month: "2026-11").write(into: folder.url)
        try StarterFile.assessment(month: "2026-11").write(into: folder.url)
        for path in ["content/handbook/tone-of-voice.md", "content/handbook/refunds-what-we-can-approve.md", "content/journeys/moving-house.md",
                     "content/reviews/2026-11.md", "content/assessment.csv"] {
            #expect(FileManager.default.fileExists(atPath: folder.url.appendingPathComponent(path).path), "\(path)")
        }
        let site = FixtureSite(root: folder.url)
        #expect(site.diagnosticText == Self.onlyWarning)
        #expect(site.text("handbook/refunds-what-we-can-approve/index.html")?.contains("<h1>Refunds: what we can approve</h1>") == true)
    }

    @Test func journeyStarterHasEveryStageWithATouchpointAndAnImprovement() throws {
        let text = try StarterFile.journey(name: "Moving house").text
        #expect(text.hasPrefix("---\ntitle: Moving house\npersona: "))
        let stages = text.split(separator: "\n").filter { $0.hasPrefix("## ") }.map { String($0.dropFirst(3)) }
        #expect(stages == ["Connect", "Assist", "Resolve", "Enhance"])
        #expect(text.components(separatedBy: "\n### ").count - 1 == 4)
        #expect(text.components(separatedBy: "\n- Improvement: ").count - 1 == 4)
        for metric in text.split(separator: "\n").filter({ $0.hasPrefix("- Metric: ") }) {
            let id = String(metric.dropFirst("- Metric: ".count))
            #expect(MetricCatalog.builtIn.metric(id) != nil, "\(id) is a catalog metric")
        }
    }

    @Test func reviewStarterHasTheFrontMatterOfAReview() throws {
        let text = try StarterFile.review(month: "2026-02").text
        #expect(text.hasPrefix("---\ntitle: February 2026 review\nauthor: "))
        #expect(text.contains("\ndecisions:\n  - ") && text.contains("\nimprovements:\n  - title: "))
        for bad in ["2026-13", "2026-2", "26-02", "2026/02", "latest", "2026-00", "２０２６-02"] {
            #expect(throws: StarterFile.Problem.self, "\(bad)") { try StarterFile.review(month: bad) }
        }
    }

    @Test func assessmentStarterCoversEveryStageAndPillar() throws {
        let text = StarterFile.assessment(month: "2026-11").text
        let lines = text.split(separator: "\n")
        #expect(lines.first == "area,statement,score,month,owner,note")
        let areas = Set(lines.dropFirst().map { String($0.split(separator: ",").first!) })
        #expect(areas == Set(CAREStage.allCases.map(\.rawValue) + Pillar.allCases.map(\.rawValue)))
        #expect(lines.dropFirst().allSatisfy { $0.contains(",,2026-11,,") })
        var records = 0
        for result in CSVReader(bytes: Array(text.utf8)) {
            let record = try result.get()
            #expect(record.fields.count == 6, "\(record.fields)")
            records += 1
        }
        #expect(records == 19)
    }

    @Test func newNeverOverwrites() throws {
        let folder = TemporaryFolder()
        folder.write("content/journeys/moving-house.md", "mine\n")
        do {
            try StarterFile.journey(name: "Moving  house").write(into: folder.url)
            Issue.record("expected a refusal")
        } catch {
            #expect(error.description == "content/journeys/moving-house.md already exists; cxsite never overwrites a file (remove or rename it first)")
        }
        #expect(try String(contentsOf: folder.url.appendingPathComponent("content/journeys/moving-house.md"), encoding: .utf8) == "mine\n")
        #expect(throws: StarterFile.Problem.self) { try StarterFile.page(title: "  ") }
        #expect(throws: StarterFile.Problem.self) { try StarterFile.page(title: "???") }
    }

    @Test func titlesThatNeedQuotingInYAMLAreQuoted() {
        #expect(StarterFile.yamlString("Moving house") == "Moving house")
        #expect(StarterFile.yamlString("Refunds: what we approve") == "\"Refunds: what we approve\"")
        #expect(StarterFile.yamlString("yes") == "\"yes\"")
        #expect(StarterFile.yamlString("2026") == "\"2026\"")
        #expect(StarterFile.yamlString("Say \"hi\"") == "\"Say \\\"hi\\\"\"")
    }
}
