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

/// The project boundary: nothing is read through a symbolic link leading out of the project
/// (or out of the folders `site.yml` names under `allow_outside:`), every such link is an error
/// at its own path, and links that stay inside keep working.
///
/// `Fixtures/boundary-site` holds committed relative links, in and out (into its sibling
/// `Fixtures/boundary-outside`); absolute links are made at run time in a temporary copy.
struct ProjectBoundaryTests {
    static let outside = ProjectBoundary.realPath(TestPaths.fixtures.appendingPathComponent("boundary-outside").path)!

    static func leaving(_ link: String, to target: String) -> String {
        "\(link):1:1: error: symbolic link leads outside the project (to \(target)); to allow it, name the folder under allow_outside: in site.yml\n"
    }

    /// The two fixture folders copied side by side into a temporary folder (links copied as
    /// links, so the relative ones lead where they did).
    static func copy() throws -> (folder: TemporaryFolder, project: URL, outside: String) {
        let folder = TemporaryFolder()
        for name in ["boundary-site", "boundary-outside"] {
            try FileManager.default.copyItem(at: TestPaths.fixtures.appendingPathComponent(name), to: folder.url.appendingPathComponent(name))
        }
        let outside = ProjectBoundary.realPath(folder.url.appendingPathComponent("boundary-outside").path)!
        return (folder, folder.url.appendingPathComponent("boundary-site"), outside)
    }

    static func link(_ project: URL, _ path: String, to target: String) throws {
        try FileManager.default.createSymbolicLink(atPath: project.appendingPathComponent(path).path, withDestinationPath: target)
    }

    static func remove(_ project: URL, _ paths: [String]) throws {
        for path in paths { try FileManager.default.removeItem(at: project.appendingPathComponent(path)) }
    }

    static let leavingLinks = ["content/handbook/chain.md", "content/handbook/keys", "content/handbook/passwd.md",
                               "content/tickets/stolen.csv", "templates/footer.mustache"]

    @Test func everyLinkLeavingTheProjectIsAnErrorAtTheLink() {
        let site = FixtureSite("boundary-site")
        #expect(site.diagnosticText ==
            Self.leaving("content/handbook/chain.md", to: "\(Self.outside)/secret.md")
            + Self.leaving("content/handbook/keys", to: "\(Self.outside)/keys")
            + Self.leaving("content/handbook/passwd.md", to: "\(Self.outside)/secret.md")
            + Self.leaving("content/tickets/stolen.csv", to: "\(Self.outside)/tickets.csv")
            + Self.leaving("templates/footer.mustache", to: "\(Self.outside)/footer.mustache"))
    }

    @Test func nothingIsReadThroughALinkThatLeaves() {
        var log = DiagnosticLog()
        let files = ProjectReader(root: TestPaths.fixtures.appendingPathComponent("boundary-site")).read(log: &log)
        #expect(files.markdown.map(\.path) == ["content/handbook/alias-of-alias.md", "content/handbook/alias.md",
                                               "content/handbook/guide.md", "content/handbook/policies/refunds.md"])
        #expect(files.staticFiles.isEmpty)
        #expect(files.templates.map(\.path) == ["templates/assets/extra.css"])
        #expect(!files.markdown.contains { $0.text.contains("root:x") })
        #expect(files.helpDesk.exports.map(\.path) == ["content/tickets/zendesk.csv"])
    }

    @Test func linksThatStayInsideKeepWorking() throws {
        let (folder, project, _) = try Self.copy()
        try Self.remove(project, Self.leavingLinks)
        let site = FixtureSite(root: project)
        #expect(site.diagnosticText == "")
        for page in ["handbook/guide/index.html", "handbook/alias/index.html", "handbook/alias-of-alias/index.html"] {
            #expect(site.text(page)?.contains("Greet every customer by name.") == true, "\(page)")
        }
        #expect(site.text("handbook/policies/refunds/index.html")?.contains("Refunds within 30 days") == true)
        #expect(site.text("assets/extra.css") == ".boundary-fixture { color: inherit; }\n")
        #expect(site.text("checks/index.html")?.contains("content/tickets/zendesk.csv") == true)
        _ = folder
    }

    /// Absolute links, to a file, a folder and through a chain, in content/, content/tickets/
    /// and templates/; and the example of the issue, a page linked to /etc/passwd.
    @Test func absoluteLinksLeavingAreErrorsToo() throws {
        let (folder, project, outside) = try Self.copy()
        try Self.remove(project, Self.leavingLinks)
        try Self.link(project, "content/handbook/abs-keys", to: outside + "/keys")
        try Self.link(project, "content/handbook/abs.md", to: outside + "/secret.md")
        try Self.link(project, "content/handbook/abs-chain.md", to: project.path + "/content/handbook/abs.md")
        try Self.link(project, "content/tickets/abs.csv", to: outside + "/tickets.csv")
        try Self.link(project, "templates/abs.mustache", to: outside + "/footer.mustache")
        var expected = Self.leaving("content/handbook/abs-chain.md", to: outside + "/secret.md")
            + Self.leaving("content/handbook/abs-keys", to: outside + "/keys")
            + Self.leaving("content/handbook/abs.md", to: outside + "/secret.md")
        if FileManager.default.fileExists(atPath: "/etc/passwd") {
            try Self.link(project, "content/handbook/passwd.md", to: "/etc/passwd")
            expected += Self.leaving("content/handbook/passwd.md", to: "/etc/passwd")
        }
        expected += Self.leaving("content/tickets/abs.csv", to: outside + "/tickets.csv")
            + Self.leaving("templates/abs.mustache", to: outside + "/footer.mustache")
        #expect(FixtureSite(root: project).diagnosticText == expected)
        _ = folder
    }

    /// The build stops before writing: the previous output stays byte for byte.
    @Test func aFailedBuildLeavesThePreviousOutput() throws {
        let (folder, project, _) = try Self.copy()
        folder.write("public/\(OutputWriter.markerName)", "")
        folder.write("public/index.html", "previous build")
        let before = folder.snapshot("public")
        let report = SiteBuilder(root: project, output: folder.url.appendingPathComponent("public")).build()
        #expect(report.diagnostics.filter { $0.severity == .error }.count == Self.leavingLinks.count)
        #expect(report.files == 0)
        #expect(folder.snapshot("public") == before)
    }

    @Test func allowOutsideOpensTheFoldersItNames() throws {
        for entry in ["../boundary-outside", "ABSOLUTE"] {
            let (folder, project, outside) = try Self.copy()
            folder.write("boundary-site/site.yml", "title: Boundary fixture\nallow_outside: [\(entry == "ABSOLUTE" ? outside : entry)]\n")
            let site = FixtureSite(root: project)
            #expect(site.diagnostics.filter { $0.severity == .error }.isEmpty, "\(entry): \(site.diagnosticText)")
            #expect(site.text("handbook/passwd/index.html")?.contains("root:x:0:0") == true)
            #expect(site.text("handbook/keys/id_ed25519")?.contains("not a real key") == true)
            #expect(site.text("index.html")?.contains("Footer from outside the project") == true)
            #expect(site.text("checks/index.html")?.contains("content/tickets/stolen.csv") == true)
        }
    }

    /// A link inside an allowed folder is checked like any other: leading further out is refused.
    @Test func linksInsideAnAllowedFolderAreCheckedToo() throws {
        let (folder, project, outside) = try Self.copy()
        folder.write("elsewhere/private.md", "# Private\n\nNot for the site.\n")
        try FileManager.default.createSymbolicLink(atPath: outside + "/keys/further.md", withDestinationPath: "../../elsewhere/private.md")
        folder.write("boundary-site/site.yml", "title: Boundary fixture\nallow_outside: ../boundary-outside\n")
        let elsewhere = ProjectBoundary.realPath(folder.url.appendingPathComponent("elsewhere").path)!
        #expect(FixtureSite(root: project).diagnosticText == Self.leaving("content/handbook/keys/further.md", to: elsewhere + "/private.md"))
    }

    @Test func contentTemplatesAndSiteYMLMayNotLeadOutside() throws {
        let folder = TemporaryFolder()
        folder.write("outside/content/handbook/a.md", "# A\n\nText.\n")
        folder.write("outside/templates/layout.mustache", "{{$content}}{{/content}}")
        folder.write("outside/site.yml", "title: Outside\nallow_outside: [..]\n")
        let outside = ProjectBoundary.realPath(folder.url.appendingPathComponent("outside").path)!
        let project = folder.url.appendingPathComponent("project")
        try FileManager.default.createDirectory(at: project, withIntermediateDirectories: true)
        for name in ["content", "templates", "site.yml"] { try Self.link(project, name, to: outside + "/" + name) }
        #expect(FixtureSite(root: project).diagnosticText ==
            Self.leaving("content", to: outside + "/content")
            + "site.yml:1:1: error: symbolic link leads outside the project (to \(outside)/site.yml); site.yml must be a file of the project\n"
            + Self.leaving("templates", to: outside + "/templates"))
    }

    /// A project folder reached through a link (`/tmp` may be one) is resolved first; its own
    /// links, and `allow_outside:` relative to it, work as they do from its real path.
    @Test func aProjectReachedThroughALinkBuilds() throws {
        let (folder, project, _) = try Self.copy()
        folder.write("boundary-site/site.yml", "title: Boundary fixture\nallow_outside: [../boundary-outside]\n")
        let via = folder.url.appendingPathComponent("via")
        try FileManager.default.createSymbolicLink(atPath: via.path, withDestinationPath: project.path)
        let site = FixtureSite(root: via)
        #expect(site.diagnostics.filter { $0.severity == .error }.isEmpty, "\(site.diagnosticText)")
        #expect(site.text("handbook/policies/refunds/index.html") != nil)
    }

    /// What `cxsite serve` reads one file at a time goes through the same check, with the error
    /// at the link on the way.
    @Test func singleFilesAreReadWithinTheBoundary() {
        let reader = ProjectReader(root: TestPaths.fixtures.appendingPathComponent("boundary-site"))
        var log = DiagnosticLog()
        #expect(reader.readText(relative: "content/handbook/keys/notes.md", log: &log) == nil)
        #expect(reader.readFile(relative: "content/handbook/keys/id_ed25519", log: &log) == nil)
        #expect(reader.readText(relative: "content/handbook/passwd.md", log: &log) == nil)
        #expect(reader.readFile(relative: "content/../../boundary-outside/secret.md", log: &log) == nil)
        #expect(log.diagnostics.map { $0.location?.path } == ["content/handbook/keys", "content/handbook/keys", "content/handbook/passwd.md", "content/.."])
        #expect(log.errors.count == 4)
        var fine = DiagnosticLog()
        #expect(reader.readText(relative: "content/handbook/alias.md", log: &fine)?.text.contains("Greet every customer") == true)
        #expect(reader.readText(relative: "content/handbook/policies/refunds.md", log: &fine) != nil)
        #expect(fine.diagnostics.isEmpty)
    }
}
