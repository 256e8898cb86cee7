import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Linux inotify over the project's watched folders: says which files changed as soon as they
/// do, so `cxsite serve` neither waits for its next poll nor stats every file of a large site
/// to find one edit.
///
/// Every folder under `content/` and `templates/` (symbolic links followed, hidden names
/// skipped, as ``FolderWatcher`` does) and the project folder itself (for `site.yml`) get a
/// watch. ``wait(timeout:)`` returns the project-relative paths named by the events. A new
/// folder, a removed or renamed folder, or a full event queue gives ``Pending/rescan`` instead:
/// the watcher then compares whole snapshots, as it does without inotify.
///
/// `init` returns nil where inotify is missing or refuses a watch (the per-user watch limit):
/// the watcher polls then.
final class ChangeSignal: @unchecked Sendable {
    /// What happened since the last wait.
    enum Pending: Equatable, Sendable {
        /// Files that were written, created, removed or renamed (relative to the project).
        case paths(Set<String>)
        /// Folders changed, or events were lost: compare whole snapshots.
        case rescan
    }

    private let root: URL
    private let fd: Int32
    /// Watch descriptor → folder relative to the project ("" for the project folder itself).
    private var folders: [Int32: String] = [:]
    private let lock = NSLock()

    init?(root: URL) {
        self.root = root.standardizedFileURL
        fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard fd >= 0 else { return nil }
        guard watch("") else {
            close(fd)
            return nil
        }
        for name in FolderWatcher.watched where name != "site.yml" {
            guard watchTree(name) else {
                close(fd)
                return nil
            }
        }
    }

    deinit { close(fd) }

    private static let fileEvents = UInt32(IN_CLOSE_WRITE | IN_MODIFY | IN_ATTRIB | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO)
    private static let folderEvents = UInt32(IN_DELETE_SELF | IN_MOVE_SELF)

    /// Adds a watch on the folder `relative`; false when inotify refuses it.
    private func watch(_ relative: String) -> Bool {
        let path = relative.isEmpty ? root.path : root.path + "/" + relative
        let wd = inotify_add_watch(fd, path, Self.fileEvents | Self.folderEvents)
        guard wd >= 0 else { return errno == ENOENT || errno == ENOTDIR }   // gone meanwhile: nothing to watch
        lock.withLock { folders[wd] = relative }
        return true
    }

    /// Watches `relative` and every folder below it; false when inotify refuses a watch.
    private func watchTree(_ relative: String) -> Bool {
        FolderWatcher.walk(base: root.path, relative, folder: watch, file: { _, _ in })
    }

    /// Waits up to `timeout` for events (blocking the calling thread); nil when none came.
    func wait(timeout: Duration) -> Pending? {
        var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        let milliseconds = Int32(timeout.components.seconds * 1000 + timeout.components.attoseconds / 1_000_000_000_000_000)
        guard poll(&poller, 1, max(0, milliseconds)) > 0 else { return nil }
        return drain()
    }

    /// Reads every queued event.
    private func drain() -> Pending? {
        var paths = Set<String>()
        var rescan = false
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
            guard count > 0 else { break }
            buffer.withUnsafeBytes { raw in
                var offset = 0
                while offset + MemoryLayout<inotify_event>.size <= count {
                    let event = raw.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
                    let nameStart = offset + MemoryLayout<inotify_event>.size
                    let nameBytes = raw[nameStart..<(nameStart + Int(event.len))].prefix { $0 != 0 }
                    offset = nameStart + Int(event.len)
                    let name = String(decoding: nameBytes, as: UTF8.self)
                    if event.mask & UInt32(IN_Q_OVERFLOW) != 0 || event.mask & Self.folderEvents != 0 {
                        rescan = true
                        continue
                    }
                    guard let folder = lock.withLock({ folders[event.wd] }), !name.isEmpty, !name.hasPrefix(".") else { continue }
                    let path = folder.isEmpty ? name : folder + "/" + name
                    if folder.isEmpty && !FolderWatcher.watched.contains(name) { continue }
                    if event.mask & UInt32(IN_ISDIR) != 0 || (folder.isEmpty && name != "site.yml") {
                        // A folder came, went or was renamed: watch what is there now.
                        if event.mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
                            _ = watchTree(path)
                        }
                        rescan = true
                    } else {
                        paths.insert(path)
                    }
                }
            }
        }
        if rescan { return .rescan }
        return paths.isEmpty ? nil : .paths(paths)
    }
}
