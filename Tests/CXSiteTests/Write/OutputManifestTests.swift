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

/// `cxsite serve` writes only the files a build changed: the manifest finds them and
/// `OutputWriter.update` writes them.
struct OutputManifestTests {
    @Test func changesAreTheFilesWhoseBytesDiffer() {
        let before = OutputManifest([OutputFile(path: "a.html", text: "A"), OutputFile(path: "b/c.html", text: "C"), OutputFile(path: "gone.txt", text: "x")])
        let changes = before.changes(to: [OutputFile(path: "a.html", text: "A"), OutputFile(path: "b/c.html", text: "C2"), OutputFile(path: "new.css", text: "n")])
        #expect(changes.written == ["b/c.html", "new.css"])
        #expect(changes.removed == ["gone.txt"])
        #expect(changes.paths == ["b/c.html", "gone.txt", "new.css"])
        let long = Array("a page of the handbook, longer than eight bytes".utf8)
        #expect(OutputManifest.fingerprint(long) == OutputManifest.fingerprint(long), "the same bytes, the same fingerprint")
        for index in long.indices {
            var changed = long
            changed[index] ^= 1
            #expect(OutputManifest.fingerprint(changed) != OutputManifest.fingerprint(long), "byte \(index) changed")
        }
        #expect(OutputManifest.fingerprint([0]) != OutputManifest.fingerprint([0, 0]), "the length counts")
    }

    @Test func updateWritesOnlyWhatChangedAndRemovesWhatIsGone() throws {
        let folder = TemporaryFolder()
        let writer = OutputWriter(target: folder.url.appendingPathComponent("public"))
        let first = [OutputFile(path: "index.html", text: "home"), OutputFile(path: "a/b/page.html", text: "page"), OutputFile(path: "keep.css", text: "k")]
        try writer.write(first)
        let kept = folder.url.appendingPathComponent("public/keep.css")
        let keptInode = try FileManager.default.attributesOfItem(atPath: kept.path)[.systemFileNumber] as? Int
        let changes = try writer.update([OutputFile(path: "index.html", text: "home 2"), OutputFile(path: "keep.css", text: "k")], previous: OutputManifest(first))
        #expect(changes.written == ["index.html"] && changes.removed == ["a/b/page.html"])
        let files = folder.snapshot("public")
        #expect(Set(files.keys) == [".cxsite-output", "index.html", "keep.css"], "the emptied folders a/b and a are gone too")
        #expect(files["index.html"] == Data("home 2".utf8))
        #expect(try FileManager.default.attributesOfItem(atPath: kept.path)[.systemFileNumber] as? Int == keptInode, "an unchanged file is not rewritten")
    }

    @Test func updateOfAFolderThatIsNotCxsitesFallsBackToTheCheckedFullWrite() throws {
        let folder = TemporaryFolder()
        folder.write("public/mine.txt", "precious")
        let writer = OutputWriter(target: folder.url.appendingPathComponent("public"))
        #expect(throws: OutputWriter.Refusal.self) { try writer.update([OutputFile(path: "index.html", text: "x")], previous: OutputManifest()) }
        #expect(folder.snapshot("public") == ["mine.txt": Data("precious".utf8)])
    }
}
