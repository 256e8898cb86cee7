import Foundation
import Testing
@testable import CXSite

/// After one handbook page changed, only that page is rendered again when nothing but its body
/// changed; the result is the page a full render gives.
struct IncrementalRenderTests {
    private func project() -> TemporaryFolder {
        let folder = TemporaryFolder()
        folder.write("content/handbook/team/a.md", "---\ntitle: A\nstage: connect\n---\nFirst text, see [B](b.md).\n")
        folder.write("content/handbook/team/b.md", "---\ntitle: B\norder: 1\n---\nOther text.\n")
        return folder
    }

    private func load(_ root: URL) -> (Site, SiteAnalysis) {
        var log = DiagnosticLog()
        let site = Site.assemble(from: ProjectReader(root: root).read(log: &log), log: &log)
        #expect(!log.hasErrors, "\(log.sorted)")
        return (site, SiteAnalysis(site))
    }

    @Test func aBodyEditRendersTheSamePageAsAFullBuild() throws {
        let folder = project()
        var (site, analysis) = load(folder.url)
        let edited = SourceText(path: "content/handbook/team/a.md", text: "---\ntitle: A\nstage: connect\n---\nNew text, see [B](b.md).\n")
        var log = DiagnosticLog()
        let page = try #require(IncrementalRender.handbookPage(edited, site: &site, analysis: analysis, log: &log))
        #expect(page.path == "handbook/team/a/index.html")
        #expect(page.text.contains("New text, see <a href=\"../../../handbook/team/b/index.html\">B</a>."))

        folder.write("content/handbook/team/a.md", edited.text)
        let full = FixtureSite(root: folder.url)
        #expect(full.files[page.path]?.bytes == page.bytes)
    }

    @Test(arguments: [
        "---\ntitle: A renamed\nstage: connect\n---\nFirst text.\n",
        "---\ntitle: A\nstage: assist\n---\nFirst text.\n",
        "---\ntitle: A\nstage: connect\norder: 3\n---\nFirst text.\n",
        "---\ntitle: A\nstage: connect\nsummary: Now with a summary\n---\nFirst text.\n",
        "---\ntitle: A\nstage: nowhere\n---\nFirst text.\n",
    ])
    func otherChangesNeedTheWholeSite(_ text: String) {
        let folder = project()
        var (site, analysis) = load(folder.url)
        let before = site.handbookPages.map(\.title)
        var log = DiagnosticLog()
        #expect(IncrementalRender.handbookPage(SourceText(path: "content/handbook/team/a.md", text: text), site: &site, analysis: analysis, log: &log) == nil)
        #expect(site.handbookPages.map(\.title) == before)
        #expect(site.handbookPages.first { $0.path.hasSuffix("/a.md") }?.body == "First text, see [B](b.md).\n", "the site is left as it was")
    }

    @Test func aFileThatIsNotAPageOfTheSiteNeedsTheWholeSite() {
        let folder = project()
        var (site, analysis) = load(folder.url)
        var log = DiagnosticLog()
        #expect(IncrementalRender.handbookPage(SourceText(path: "content/handbook/team/new.md", text: "# New\n"), site: &site, analysis: analysis, log: &log) == nil)
    }

    @Test func replaceRewritesOneFileOfABuiltSite() throws {
        let folder = project()
        #expect(SiteBuilder(root: folder.url, output: nil).build().errorCount == 0)
        let writer = OutputWriter(target: folder.url.appendingPathComponent("public"))
        try writer.replace([OutputFile(path: "handbook/team/a/index.html", text: "new")])
        let files = folder.snapshot("public")
        #expect(files["handbook/team/a/index.html"] == Data("new".utf8))
        #expect(!files.keys.contains { $0.contains("cxsite-tmp") })
        #expect(throws: OutputWriter.Refusal.self) { try OutputWriter(target: folder.url.appendingPathComponent("content")).replace([]) }
    }
}
