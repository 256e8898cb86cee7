public import Foundation
#if canImport(Glibc)
import Glibc
#endif
import CXSiteSupport

/// Writes a site into its output folder without ever leaving it half-written, and without
/// touching a folder cxsite did not create.
///
/// Files go to a temporary folder beside the target, which is then swapped in (atomically
/// with `renameat2(RENAME_EXCHANGE)` where the file system allows it). The previous output is
/// removed only after the swap. A folder is replaced only when it holds cxsite's marker
/// file ``markerName`` or is empty (a lone `.gitkeep` counts as empty and is kept).
///
/// This is the only code in cxsite that writes files of the site.
public struct OutputWriter {
    /// The marker file inside every output folder cxsite writes.
    public static let markerName = ".cxsite-output"
    package static let temporaryInfix = ".cxsite-tmp-"

    public let target: URL

    public init(target: URL) { self.target = target.standardizedFileURL }

    /// Why an output folder may not be used.
    public struct Refusal: Error, CustomStringConvertible {
        public let description: String

        /// The memberwise initialiser, open to the other targets.
        package init(description: String) {
            self.description = description
        }
    }

    /// Checks that `target` may be replaced: it is not the project (or inside `content/` or
    /// `templates/`), and it is absent, empty or cxsite's own.
    public func check(projectRoot: URL) throws(Refusal) {
        let root = projectRoot.standardizedFileURL.resolvingSymlinksInPath().path
        let out = target.resolvingSymlinksInPath().path
        if out == root || root.hasPrefix(out + "/") {
            throw Refusal(description: "output folder '\(target.path)' is the project folder or contains it; choose a folder inside it such as public/")
        }
        for inside in ["content", "templates"] where out == root + "/" + inside || out.hasPrefix(root + "/" + inside + "/") {
            throw Refusal(description: "output folder '\(target.path)' is inside \(inside)/; cxsite would read its own output. Choose another folder such as public/")
        }
        try checkReplaceable()
    }

    private func checkReplaceable() throws(Refusal) {
        let path = target.path
        guard FileSystem.exists(path) else { return }
        guard FileSystem.isDirectory(path) else {
            throw Refusal(description: "output path '\(path)' is a file, not a folder; cxsite leaves it alone")
        }
        if FileSystem.exists(target.appendingPathComponent(Self.markerName).path) { return }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        if entries.allSatisfy({ $0 == ".gitkeep" }) { return }
        throw Refusal(description: "output folder '\(path)' is not empty and was not written by cxsite (it has no \(Self.markerName) file); cxsite never replaces such a folder. Empty it, remove it, or choose another with --output")
    }

    /// Writes `files` and swaps them in. On failure the previous output is left as it was.
    public func write(_ files: [OutputFile]) throws {
        let staging = try begin()
        do {
            for file in files { try staging.write(file) }
        } catch {
            abandon(staging)
            throw error
        }
        try commit(staging)
    }

    /// A temporary folder beside the target being filled with the new site. ``write(_:)`` may be
    /// called from several threads at once (each file is written by one of them); nothing is
    /// visible at the target until ``OutputWriter/commit(_:)``.
    public struct Staging: Sendable {
        /// The temporary folder.
        public let folder: URL

        /// Writes `file` with plain POSIX calls (no fsync), creating its folders as needed.
        public func write(_ file: OutputFile) throws {
            let path = folder.path + "/" + file.path
            var fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            if fd < 0, errno == ENOENT, let slash = file.path.utf8.lastIndex(of: UInt8(ascii: "/")) {
                try makeFolder(file.path[..<slash])
                fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            }
            guard fd >= 0 else { throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path]) }
            defer { close(fd) }
            var written = 0
            try file.bytes.withUnsafeBytes { buffer in
                while written < buffer.count {
                    let n = Glibc.write(fd, buffer.baseAddress! + written, buffer.count - written)
                    guard n > 0 else { throw CocoaError(.fileWriteOutOfSpace, userInfo: [NSFilePathErrorKey: path]) }
                    written += n
                }
            }
        }

        /// Writes each of `files`.
        public func write(_ files: [OutputFile]) throws {
            for file in files { try write(file) }
        }

        /// Creates `relative` and the folders above it that are missing. Another thread may
        /// create the same folder at the same time: an existing folder is fine.
        private func makeFolder(_ relative: Substring) throws {
            let path = folder.path + "/" + relative
            if mkdir(path, 0o755) == 0 || errno == EEXIST { return }
            guard errno == ENOENT, let slash = relative.utf8.lastIndex(of: UInt8(ascii: "/")) else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
            }
            try makeFolder(relative[..<slash])
            if mkdir(path, 0o755) != 0 && errno != EEXIST {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
            }
        }

        /// The memberwise initialiser, open to the other targets.
        package init(folder: URL) {
            self.folder = folder
        }
    }

    /// Starts a build's output: checks the target may be replaced, removes folders left by killed
    /// builds, and creates the temporary folder with cxsite's marker in it.
    public func begin() throws -> Staging {
        try checkReplaceable()
        let parent = target.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        removeStaleTemporaryFolders(in: parent)
        let temporary = parent.appendingPathComponent(".\(target.lastPathComponent)\(Self.temporaryInfix)\(getpid())")
        if FileSystem.exists(temporary.path) { try FileSystem.removeTree(temporary.path) }
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: false)
        let staging = Staging(folder: temporary)
        do {
            // The marker goes first, so a folder left by a killed build is recognisably cxsite's.
            try staging.write(OutputFile(path: Self.markerName, text: "This folder is written by cxsite; each build replaces it whole.\n"))
        } catch {
            abandon(staging)
            throw error
        }
        return staging
    }

    /// Swaps the finished temporary folder in and removes the previous output. On failure the
    /// temporary folder is removed and the previous output is left as it was.
    public func commit(_ staging: Staging) throws {
        do {
            if FileSystem.exists(target.appendingPathComponent(".gitkeep").path) {
                try staging.write(OutputFile(path: ".gitkeep", bytes: []))
            }
            try swapIn(staging.folder)
        } catch {
            abandon(staging)
            throw error
        }
    }

    /// Rewrites `files` in the output folder as it is (for `cxsite serve`, after
    /// ``RenderedSite/applyEdit(of:log:)``): each file is written beside its old version and renamed over it,
    /// so a reader sees the old file or the new one, never part of one. Only a folder cxsite
    /// wrote (holding its marker) is touched.
    public func replace(_ files: [OutputFile]) throws {
        guard FileSystem.exists(target.appendingPathComponent(Self.markerName).path) else {
            throw Refusal(description: "output folder '\(target.path)' was not written by cxsite (it has no \(Self.markerName) file); build the site first")
        }
        let folder = Staging(folder: target)
        for file in files {
            let temporary = file.path + Self.temporaryInfix + String(getpid())
            try folder.write(OutputFile(path: temporary, bytes: file.bytes))
            guard rename(target.path + "/" + temporary, target.path + "/" + file.path) == 0 else {
                unlink(target.path + "/" + temporary)
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: target.path + "/" + file.path])
            }
        }
    }

    /// Removes the temporary folder of a build that will not be committed.
    public func abandon(_ staging: Staging) {
        try? FileSystem.removeTree(staging.folder.path)
    }

    private func swapIn(_ temporary: URL) throws {
        let path = target.path
        guard FileSystem.exists(path) else {
            guard rename(temporary.path, path) == 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path]) }
            return
        }
        if Self.exchange(temporary.path, path) {
            try FileSystem.removeTree(temporary.path)
            return
        }
        // No atomic exchange on this file system: two renames, with a short window without `path`.
        let old = temporary.deletingLastPathComponent().appendingPathComponent(temporary.lastPathComponent + "-old")
        guard rename(path, old.path) == 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path]) }
        guard rename(temporary.path, path) == 0 else {
            _ = rename(old.path, path)
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
        }
        try FileSystem.removeTree(old.path)
    }

    /// `renameat2(…, RENAME_EXCHANGE)`, looked up at run time (Glibc's Swift module does not export it).
    private static func exchange(_ a: String, _ b: String) -> Bool {
        typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return false }
        let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
        let renameExchange: UInt32 = 2
        return renameat2(AT_FDCWD, a, AT_FDCWD, b, renameExchange) == 0
    }

    /// Temporary folders left by an interrupted build (`kill -9`): recognised by name and marker,
    /// and left alone while the build that owns them (the process named in the name) still runs.
    private func removeStaleTemporaryFolders(in parent: URL) {
        let prefix = "." + target.lastPathComponent + Self.temporaryInfix
        for name in (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? [] where name.hasPrefix(prefix) {
            if let pid = pid_t(name.dropFirst(prefix.count)), pid != getpid(), kill(pid, 0) == 0 || errno == EPERM { continue }
            let folder = parent.appendingPathComponent(name)
            if FileSystem.exists(folder.appendingPathComponent(Self.markerName).path) || (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.isEmpty == true {
                try? FileSystem.removeTree(folder.path)
            }
        }
    }
}
