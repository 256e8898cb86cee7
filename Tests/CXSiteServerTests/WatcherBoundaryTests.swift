import Foundation
import Testing
@testable import CXSiteServer

/// While `cxsite serve` runs, a link leading out of the project is seen as the link itself:
/// the watcher never walks or watches through it, and a static file added through it is not
/// copied by the quick path but left to the full build, which reports it (docs/SECURITY.md).
struct WatcherBoundaryTests {
    @Test func aLinkOutOfTheProjectIsListedButNotWalkedNorCopied() throws {
        let project = try ServedProject()
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("cxsite-outside-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: outside) }
        try FileManager.default.createDirectory(at: outside.appendingPathComponent("keys"), withIntermediateDirectories: true)
        try Data("PRIVATE KEY".utf8).write(to: outside.appendingPathComponent("keys/id_rsa"))
        try Data("PRIVATE PICTURE".utf8).write(to: outside.appendingPathComponent("photo.png"))
        let handbook = project.root.appendingPathComponent("content/handbook")
        try FileManager.default.createSymbolicLink(at: handbook.appendingPathComponent("keys"), withDestinationURL: outside.appendingPathComponent("keys"))
        try FileManager.default.createSymbolicLink(at: handbook.appendingPathComponent("leak.png"), withDestinationURL: outside.appendingPathComponent("photo.png"))

        let snapshot = FolderWatcher(root: project.root).snapshot()
        #expect(snapshot["content/handbook/keys"] != nil, "the link itself is watched")
        #expect(snapshot["content/handbook/leak.png"] != nil)
        #expect(!snapshot.keys.contains { $0.hasPrefix("content/handbook/keys/") }, "nothing under it")

        var changes = FolderWatcher.Changes()
        changes.added = ["content/handbook/leak.png"]
        #expect(Rebuilder.staticFilesOnly(changes, root: project.root, previous: []) == nil, "left to the full build")
    }
}
