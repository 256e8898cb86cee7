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
    /// The binary carries a copy of the repository's `scaffold/` in `SampleProject.swift`;
    /// `RECORD_SNAPSHOTS=1` rewrites the copy.
    @Test func builtInSampleEqualsTheScaffoldFolder() throws {
        let folder = TestPaths.repository.appendingPathComponent("scaffold")
        let names = try FileManager.default.subpathsOfDirectory(atPath: folder.path)
            .filter { !FileSystemTestHelpers.isDirectory(folder.appendingPathComponent($0)) }
            .sorted()
        var files: [(String, String)] = []
        for name in names { files.append((name, try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8))) }
        let target = TestPaths.repository.appendingPathComponent("Sources/CXSite/Scaffold/SampleProject.swift")
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            try Self.swiftSource(for: files).write(to: target, atomically: true, encoding: .utf8)
            return
        }
        #expect(SampleProject.files.count == files.count, "run `make templates` to update SampleProject.swift")
        for (name, text) in files {
            #expect(SampleProject.files[name] == text, "scaffold/\(name) differs from the built-in copy; run `make templates`")
        }
    }

    static func swiftSource(for files: [(String, String)]) -> String {
        var out = """
        // Generated from scaffold/ by `make templates`; do not edit by hand.

        /// The sample project `cxsite init` writes: a copy of the repository's `scaffold/`.
        enum SampleProject {
            /// Path inside the project → contents.
            static let files: [String: String] = [

        """
        for (name, text) in files {
            precondition(!text.contains("\"\"\"#"), "scaffold/\(name) contains the raw-string delimiter")
            out += "        \"\(name)\": #\"\"\"\n\(text)\n\"\"\"#,\n"
        }
        out += "    ]\n}\n"
        return out
    }

    @Test func initWritesAProjectThatBuildsWithoutDiagnostics() throws {
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
        #expect(site.diagnostics.isEmpty, "\(site.diagnosticText)")
        #expect(site.files["handbook/escalation-policy/index.html"] != nil)
        #expect(site.files["handbook/care/greetings/index.html"] != nil)
        let greetings = try #require(site.text("handbook/care/greetings/index.html"))
        #expect(greetings.contains("href=\"../../../stages/connect/index.html\""))
        let welcome = try #require(site.text("handbook/welcome/index.html"))
        #expect(welcome.contains("href=\"../../handbook/escalation-policy/index.html\""), "links between Markdown files resolve")
    }

    @Test func initWithTemplatesCopiesTheTheme() throws {
        let folder = TemporaryFolder()
        let root = folder.url.appendingPathComponent("cx")
        try ProjectScaffold(withTemplates: true).create(at: root)
        for name in DefaultTemplates.files.keys {
            #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("templates/" + name).path), "templates/\(name)")
        }
        let site = FixtureSite(root: root)
        #expect(site.diagnostics.isEmpty, "\(site.diagnosticText)")
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
        #expect(try ProjectScaffold().create(at: empty.url).count == SampleProject.files.count)
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
        #expect(site.diagnostics.isEmpty, "\(site.diagnosticText)")
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
