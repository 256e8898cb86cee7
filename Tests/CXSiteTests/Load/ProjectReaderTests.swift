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

/// What the reader takes from disk: symlinked folders followed, loops refused, files classified.
struct ProjectReaderTests {
    @Test func symlinkedFoldersAreFollowed() throws {
        let folder = TemporaryFolder()
        folder.write("shared/policies/refunds.md", "# Refunds\n\nWithin 30 days.\n")
        folder.write("content/index.md", "# Home\n")
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("content/handbook"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder.url.appendingPathComponent("content/handbook/policies").path,
                                                   withDestinationPath: folder.url.appendingPathComponent("shared/policies").path)
        let site = FixtureSite(root: folder.url)
        #expect(site.diagnostics.isEmpty, "\(site.diagnosticText)")
        #expect(site.text("handbook/policies/refunds/index.html")?.contains("Refunds") == true)
    }

    @Test func aSymlinkLoopIsAnErrorNotAHang() throws {
        let folder = TemporaryFolder()
        folder.write("content/handbook/a.md", "# A\n\nText.\n")
        try FileManager.default.createSymbolicLink(atPath: folder.url.appendingPathComponent("content/handbook/loop").path,
                                                   withDestinationPath: "..")
        let site = FixtureSite(root: folder.url)
        #expect(site.diagnosticText == "content/handbook/loop:1:1: error: symbolic link loop: 'content/handbook/loop' leads back to a folder that contains it\n")
    }

    @Test func aBrokenSymlinkIsAnError() throws {
        let folder = TemporaryFolder()
        folder.write("content/handbook/a.md", "# A\n\nText.\n")
        try FileManager.default.createSymbolicLink(atPath: folder.url.appendingPathComponent("content/handbook/gone.md").path,
                                                   withDestinationPath: "nowhere.md")
        #expect(FixtureSite(root: folder.url).diagnosticText == "content/handbook/gone.md:1:1: error: broken symbolic link: its target does not exist\n")
    }

    @Test func markdownOutsideTheKnownFoldersIsAWarning() {
        let folder = TemporaryFolder()
        folder.write("content/about.md", "# About\n")
        let site = FixtureSite(root: folder.url)
        #expect(site.diagnostics.map(\.severity) == [.warning])
        #expect(site.diagnostics.first?.location?.path == "content/about.md")
    }

    @Test func aProjectWithOnlyContentBuildsWithTheBuiltInTemplates() {
        let folder = TemporaryFolder()
        folder.write("content/handbook/a.md", "# A\n\nText.\n")
        let site = FixtureSite(root: folder.url)
        #expect(site.diagnostics.isEmpty)
        #expect(site.text("index.html")?.contains("<!DOCTYPE html>") == true)
    }
}
