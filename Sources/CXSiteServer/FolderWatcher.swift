import CXSiteSupport
import CXSiteModel
import CXSiteLoad
import CXSiteAnalyse
import CXSiteCharts
import CXSiteRender
import CXSiteWrite
import CXSite
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A portable polling watcher over the inputs of a project: `site.yml` and every file under
/// `content/` and `templates/` (following symbolic links to folders, as the build does, and
/// skipping hidden names, as the build does, so editors' swap files do not trigger builds).
/// A link leading out of the project (``ProjectBoundary``) is watched as the link itself, never
/// followed: the build reports it.
///
/// ``snapshot()`` stats every file (size, modification time, inode); comparing two snapshots
/// gives the paths that were added, removed or changed. On the sample project (50 files) a
/// snapshot takes well under a millisecond, so polling every 300 ms costs nothing noticeable.
struct FolderWatcher: Sendable {
    let root: URL
    /// `root.path`, made once: a snapshot of a large site builds thousands of paths.
    private let base: String
    static let watched = ["site.yml", "content", "templates"]

    init(root: URL) {
        self.root = root
        base = root.path
    }

    /// What identifies one version of a file.
    struct Stamp: Equatable, Sendable {
        var size: Int64
        var modified: Int64   // nanoseconds
        var inode: UInt64
    }

    /// Project-relative path → stamp.
    typealias Snapshot = [String: Stamp]

    func snapshot() -> Snapshot {
        var result: Snapshot = [:]
        for name in Self.watched {
            _ = Self.walk(base: base, name, folder: { _ in true }, file: { result[$0] = Self.stamp($1) })
        }
        return result
    }

    /// Walks `relative` (below the folder `base`) as the build reads a project: symbolic links to
    /// folders followed (a loop is walked once), hidden names skipped. Calls `folder` for each
    /// folder, before what it holds (false stops the walk, and the walk returns false), and
    /// `file` for everything else that exists. ``ChangeSignal`` watches the same folders.
    static func walk(base: String, _ relative: String, folder: (String) -> Bool, file: (String, stat) -> Void) -> Bool {
        var visited = Set<UInt64>()
        let boundary = ProjectReader(root: URL(fileURLWithPath: base)).boundary()
        func visit(_ relative: String) -> Bool {
            guard let info = Self.info(base + "/" + relative, boundary: boundary) else { return true }
            guard (info.st_mode & S_IFMT) == S_IFDIR else {
                file(relative, info)
                return true
            }
            guard visited.insert(UInt64(info.st_ino)).inserted else { return true }   // a symlink loop
            defer { visited.remove(UInt64(info.st_ino)) }
            guard folder(relative) else { return false }
            let names = (try? FileManager.default.contentsOfDirectory(atPath: base + "/" + relative)) ?? []
            for name in names where !name.hasPrefix(".") {
                guard visit(relative + "/" + name) else { return false }
            }
            return true
        }
        return visit(relative)
    }

    /// Brings `snapshot` up to date for `paths` only (files named by ``ChangeSignal``) and
    /// returns what changed; nil when one of them is now a folder (compare whole snapshots then).
    func update(_ snapshot: inout Snapshot, paths: Set<String>) -> Changes? {
        var changes = Changes()
        let boundary = ProjectReader(root: root).boundary()
        for relative in paths.sorted() {
            guard let info = Self.info(base + "/" + relative, boundary: boundary) else {
                if snapshot.removeValue(forKey: relative) != nil { changes.removed.append(relative) }
                continue
            }
            guard (info.st_mode & S_IFMT) != S_IFDIR else { return nil }
            let stamp = Self.stamp(info)
            switch snapshot.updateValue(stamp, forKey: relative) {
            case nil: changes.added.append(relative)
            case let before? where before != stamp: changes.modified.append(relative)
            default: break
            }
        }
        return changes
    }

    /// What `stat` says of `path`, or of the link itself when it leads out of `boundary`; nil
    /// when nothing is there.
    private static func info(_ path: String, boundary: ProjectBoundary) -> stat? {
        var info = stat()
        let leaves = boundary.target(ofLinkLeaving: path) != nil
        return (leaves ? lstat(path, &info) : stat(path, &info)) == 0 ? info : nil
    }

    private static func stamp(_ info: stat) -> Stamp {
        Stamp(size: Int64(info.st_size), modified: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec),
              inode: UInt64(info.st_ino))
    }

    /// What differs between two snapshots.
    struct Changes: Equatable, Sendable {
        var added: [String] = []
        var removed: [String] = []
        var modified: [String] = []
        var isEmpty: Bool { added.isEmpty && removed.isEmpty && modified.isEmpty }
        var all: [String] { (added + removed + modified).sorted() }

        mutating func merge(_ other: Changes) {
            added = Array(Set(added + other.added)).sorted()
            removed = Array(Set(removed + other.removed)).sorted()
            modified = Array(Set(modified + other.modified)).sorted()
        }
    }

    static func changes(from old: Snapshot, to new: Snapshot) -> Changes {
        var changes = Changes()
        for (path, stamp) in new {
            if let before = old[path] {
                if before != stamp { changes.modified.append(path) }
            } else {
                changes.added.append(path)
            }
        }
        changes.removed = old.keys.filter { new[$0] == nil }
        changes.added.sort()
        changes.modified.sort()
        changes.removed.sort()
        return changes
    }
}
