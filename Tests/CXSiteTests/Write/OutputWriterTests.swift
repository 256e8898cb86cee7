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

/// Builds to disk: the output folder is swapped in whole, a failed build changes nothing,
/// and a folder cxsite did not write is never touched.
struct OutputWriterTests {
    func project() -> TemporaryFolder {
        let folder = TemporaryFolder()
        folder.write("content/handbook/a.md", "---\ntitle: A\nstage: connect\n---\nHello.\n")
        return folder
    }

    @Test func buildWritesThePublicFolderWithItsMarker() {
        let folder = project()
        let report = SiteBuilder(root: folder.url, output: nil).build()
        #expect(report.errorCount == 0)
        #expect(report.pages > 20)
        let files = folder.snapshot("public")
        #expect(files[OutputWriter.markerName] != nil)
        #expect(files["handbook/a/index.html"] != nil)
    }

    @Test func theBuildWritesExactlyTheFilesRenderedInMemory() throws {
        let site = FixtureSite("basic-site")
        let out = TemporaryFolder()
        let report = SiteBuilder(root: TestPaths.fixtures.appendingPathComponent("basic-site"), output: out.url.appendingPathComponent("public")).build()
        #expect(report.errorCount == 0)
        var written = out.snapshot("public")
        #expect(written.removeValue(forKey: OutputWriter.markerName) != nil)
        #expect(written.keys.sorted() == site.files.keys.sorted())
        for (path, file) in site.files { #expect(written[path] == Data(file.bytes), "\(path) differs") }
        #expect(report.files == site.files.count)
        #expect(report.pages == site.htmlPages.count)
    }

    @Test func aTreeIsRemovedWithoutFollowingSymbolicLinks() throws {
        let folder = TemporaryFolder()
        folder.write("keep/file.txt", "kept")
        folder.write("tree/a/b/c.txt", "x")
        folder.write("tree/d.txt", "y")
        try FileManager.default.createSymbolicLink(atPath: folder.url.appendingPathComponent("tree/link").path,
                                                   withDestinationPath: folder.url.appendingPathComponent("keep").path)
        try FileSystem.removeTree(folder.url.appendingPathComponent("tree").path)
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("tree").path))
        #expect(folder.snapshot("keep") == ["file.txt": Data("kept".utf8)])
        try FileSystem.removeTree(folder.url.appendingPathComponent("missing").path)
    }

    @Test func twoBuildsGiveIdenticalBytes() {
        let folder = project()
        _ = SiteBuilder(root: folder.url, output: nil).build()
        let first = folder.snapshot("public")
        _ = SiteBuilder(root: folder.url, output: nil).build()
        #expect(folder.snapshot("public") == first)
    }

    @Test func failedBuildLeavesThePreviousOutputByteIdentical() {
        let folder = project()
        _ = SiteBuilder(root: folder.url, output: nil).build()
        let before = folder.snapshot("public")
        folder.write("content/handbook/b.md", "---\nstage: nowhere\n---\nText.\n")
        let report = SiteBuilder(root: folder.url, output: nil).build()
        #expect(report.errorCount == 1)
        #expect(report.pages == 0)
        #expect(folder.snapshot("public") == before)
    }

    @Test func aFolderNotWrittenByCXSiteIsRefusedAndUntouched() {
        let folder = project()
        folder.write("public/notes.txt", "mine")
        let report = SiteBuilder(root: folder.url, output: nil).build()
        #expect(report.errorCount == 1)
        #expect(report.diagnostics.first?.message.contains("was not written by cxsite") == true)
        #expect(folder.snapshot("public") == ["notes.txt": Data("mine".utf8)])
    }

    @Test func anEmptyFolderWithGitkeepIsUsedAndTheGitkeepKept() {
        let folder = project()
        folder.write("public/.gitkeep", "")
        #expect(SiteBuilder(root: folder.url, output: nil).build().errorCount == 0)
        #expect(folder.snapshot("public")[".gitkeep"] != nil)
        #expect(folder.snapshot("public")["index.html"] != nil)
    }

    @Test(arguments: [".", "content", "content/out", "templates"])
    func outputInsideTheProjectSourcesIsRefused(_ relative: String) {
        let folder = project()
        let before = folder.snapshot("content")
        let report = SiteBuilder(root: folder.url, output: folder.url.appendingPathComponent(relative)).build()
        #expect(report.errorCount == 1)
        #expect(folder.snapshot("content") == before)
    }

    /// A process that has run and ended: its pid names no running build.
    func finishedProcessID() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    @Test func aTemporaryFolderLeftByAKilledBuildIsCleanedUp() throws {
        let folder = project()
        let pid = try finishedProcessID()
        folder.write(".public.cxsite-tmp-\(pid)/\(OutputWriter.markerName)", "")
        folder.write(".public.cxsite-tmp-\(pid)/index.html", "half")
        #expect(SiteBuilder(root: folder.url, output: nil).build().errorCount == 0)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.url.path).filter { $0.contains("cxsite-tmp") }
        #expect(leftovers.isEmpty)
    }

    /// Two builds of one project at once: neither removes the other's temporary folder.
    @Test func theTemporaryFolderOfARunningBuildIsLeftAlone() throws {
        let folder = project()
        let running = Process()
        running.executableURL = URL(fileURLWithPath: "/bin/sleep")
        running.arguments = ["30"]
        try running.run()
        defer { running.terminate(); running.waitUntilExit() }
        folder.write(".public.cxsite-tmp-\(running.processIdentifier)/\(OutputWriter.markerName)", "")
        #expect(SiteBuilder(root: folder.url, output: nil).build().errorCount == 0)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.url.path).filter { $0.contains("cxsite-tmp") }
        #expect(leftovers == [".public.cxsite-tmp-\(running.processIdentifier)"])
    }

    /// The output may be neither the project nor anything holding it, nor inside content/ or
    /// templates/, however it is written (a symbolic link, `..`).
    @Test func outputReachedThroughALinkOrDotsIsRefused() throws {
        let folder = project()
        try FileManager.default.createSymbolicLink(atPath: folder.url.appendingPathComponent("site-link").path,
                                                   withDestinationPath: folder.url.appendingPathComponent("content/handbook").path)
        let before = folder.snapshot("content")
        for output in ["site-link", "content/../content", "public/..", "content/handbook/../../templates/x"] {
            let report = SiteBuilder(root: folder.url, output: folder.url.appendingPathComponent(output)).build()
            #expect(report.errorCount == 1, "\(output)")
            #expect(report.diagnostics.first?.message.contains("output folder") == true, "\(output)")
        }
        #expect(folder.snapshot("content") == before)
    }
}
