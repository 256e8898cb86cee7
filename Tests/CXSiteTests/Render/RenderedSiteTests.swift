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

/// After one handbook page changed, only that page and the search index are rendered again
/// when nothing but its body changed (what `cxsite serve` does); the result is what a full
/// build gives, byte for byte.
struct RenderedSiteTests {
    private func project() -> TemporaryFolder {
        let folder = TemporaryFolder()
        folder.write("content/handbook/team/a.md", "---\ntitle: A\nstage: connect\n---\nFirst text, see [B](b.md).\n")
        folder.write("content/handbook/team/b.md", "---\ntitle: B\norder: 1\n---\nOther text.\n")
        return folder
    }

    private func load(_ root: URL) -> RenderedSite {
        var log = DiagnosticLog()
        let prepared = SiteBuilder(root: root).prepare(log: &log)
        #expect(!log.hasErrors, "\(log.sorted)")
        return RenderedSite(prepared!, diagnostics: log.sorted)
    }

    @Test func aBodyEditRendersTheSamePageAsAFullBuild() throws {
        let folder = project()
        var rendered = load(folder.url)
        let edited = SourceText(path: "content/handbook/team/a.md", text: "---\ntitle: A\nstage: connect\n---\nNew text with aardvarks, see [B](b.md).\n")
        var log = DiagnosticLog()
        let changed = try #require(rendered.applyEdit(of: edited, log: &log))
        #expect(changed.map(\.path) == ["handbook/team/a/index.html", SearchIndex.path])
        #expect(changed[0].text.contains("New text with aardvarks, see <a href=\"../../../handbook/team/b/index.html\">B</a>."))
        #expect(changed[1].text.contains("aardvarks"))

        folder.write("content/handbook/team/a.md", edited.text)
        let full = FixtureSite(root: folder.url)
        for file in changed { #expect(full.files[file.path]?.bytes == file.bytes, "\(file.path)") }
        #expect(Set(rendered.files.map(\.path)) == Set(full.files.keys))
        for file in rendered.files { #expect(full.files[file.path]?.bytes == file.bytes, "\(file.path)") }
    }

    @Test func thePageDiagnosticsReplaceItsOldOnes() throws {
        let folder = TemporaryFolder()
        folder.write("content/handbook/team/a.md", "---\ntitle: A\ncolour: red\n---\nText.\n")
        var rendered = load(folder.url)
        #expect(rendered.diagnostics.count == 1)
        var log = DiagnosticLog()
        _ = try #require(rendered.applyEdit(of: SourceText(path: "content/handbook/team/a.md", text: "---\ntitle: A\n---\nText.\n"), log: &log))
        #expect(rendered.diagnostics.isEmpty)
    }

    @Test(arguments: [
        "---\ntitle: A renamed\nstage: connect\n---\nFirst text.\n",
        "---\ntitle: A\nstage: assist\n---\nFirst text.\n",
        "---\ntitle: A\nstage: connect\norder: 3\n---\nFirst text.\n",
        "---\ntitle: A\nstage: connect\nsummary: Now with a summary\n---\nFirst text.\n",
        "---\ntitle: A\nstage: nowhere\n---\nFirst text.\n",
        // Front matter of other generators that other pages show (tag pages, lists, redirects, the URL).
        "---\ntitle: A\nstage: connect\ntags: [refunds]\n---\nFirst text.\n",
        "---\ntitle: A\nstage: connect\nslug: a-page\n---\nFirst text.\n",
        "---\ntitle: A\nstage: connect\naliases: [/old-a/]\n---\nFirst text.\n",
        "---\ntitle: A\nstage: connect\ndraft: true\n---\nFirst text.\n",
        "---\ntitle: A\nstage: connect\ndescription: Now described\n---\nFirst text.\n",
        "---\ntitle: A\nstage: connect\nweight: 3\n---\nFirst text.\n",
    ])
    func otherChangesNeedTheWholeSite(_ text: String) {
        let folder = project()
        var rendered = load(folder.url)
        let before = rendered.files.map(\.bytes)
        var log = DiagnosticLog()
        #expect(rendered.applyEdit(of: SourceText(path: "content/handbook/team/a.md", text: text), log: &log) == nil)
        #expect(rendered.files.map(\.bytes) == before)
        // (The model keeps a page's HTML, not its Markdown source.)
        #expect(rendered.site.handbookPages.first { $0.path.hasSuffix("/a.md") }?.body.html.hasPrefix("<p>First text, see <a href=") == true, "the site is left as it was")
    }

    /// An author or a date shows on the page itself only: a one-page edit, equal to a full build.
    @Test func anAuthorOrDateEditRendersOnlyThePage() throws {
        let folder = project()
        var rendered = load(folder.url)
        let edited = SourceText(path: "content/handbook/team/a.md", text: "---\ntitle: A\nstage: connect\nauthor: Priya\nlastmod: 2026-11-02\n---\nFirst text, see [B](b.md).\n")
        var log = DiagnosticLog()
        let changed = try #require(rendered.applyEdit(of: edited, log: &log))
        #expect(changed[0].text.contains("<span>By Priya</span><span>Last updated <time datetime=\"2026-11-02\">2 November 2026</time></span>"))
        folder.write("content/handbook/team/a.md", edited.text)
        let full = FixtureSite(root: folder.url)
        for file in rendered.files { #expect(full.files[file.path]?.bytes == file.bytes, "\(file.path)") }
    }

    @Test func aFileThatIsNotAPageOfTheSiteNeedsTheWholeSite() {
        let folder = project()
        var rendered = load(folder.url)
        var log = DiagnosticLog()
        #expect(rendered.applyEdit(of: SourceText(path: "content/handbook/team/new.md", text: "# New\n"), log: &log) == nil)
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
