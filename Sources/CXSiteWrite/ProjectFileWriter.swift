public import Foundation
#if canImport(Glibc)
import Glibc
#endif
import CXSiteSupport

/// Writes one file into a project folder (the only code besides ``OutputWriter`` that writes files): the sample project of `cxsite init`, the starter files
/// of `cxsite new`, a frozen review of `cxsite review freeze`. (The site itself is written by
/// ``OutputWriter``.)
///
/// The folders above the file are created as needed. The bytes go to a hidden temporary file
/// beside the target (which a build or `cxsite serve` never reads), are flushed to disk, and the
/// file is then put in place in one step, so a reader sees no file or the old one, or the whole
/// new one, never part of it:
/// - ``create(_:at:)`` links it in (`link(2)`), which fails if the name exists: an existing file
///   is never replaced, even by a race with another program;
/// - ``replace(_:at:)`` renames it over the old file.
///
/// ```swift
/// try ProjectFileWriter.create(Array(text.utf8), at: root.appendingPathComponent("content/reviews/2026-10.md"))
/// ```
public enum ProjectFileWriter {
    /// Why a file was not written; the reasons are in lower-case words (`permission denied`).
    public enum Failure: Error, Sendable, Equatable {
        /// ``create(_:at:)`` found a file (or anything else) of that name.
        case exists
        /// A folder above the file could not be created.
        case folder(reason: String)
        /// The file could not be written.
        case file(reason: String)
    }

    /// Writes `bytes` as a new file at `url`; ``Failure/exists`` if there is one.
    public static func create(_ bytes: [UInt8], at url: URL) throws(Failure) {
        try write(bytes, at: url) { temporary, target in
            if link(temporary, target) == 0 { return 0 }
            // A file system without hard links: the old way, a file opened only if it does not exist.
            guard [EPERM, EOPNOTSUPP, ENOSYS, EMLINK].contains(errno) else { return errno }
            return exclusiveCopy(from: temporary, to: target)
        }
    }

    /// Writes `bytes` at `url`, replacing the file there if there is one.
    public static func replace(_ bytes: [UInt8], at url: URL) throws(Failure) {
        try write(bytes, at: url) { temporary, target in rename(temporary, target) == 0 ? 0 : errno }
    }

    /// Creates the folders, writes the temporary file, calls `place` (which returns 0 or an
    /// errno) and removes the temporary file whatever happened.
    private static func write(_ bytes: [UInt8], at url: URL, place: (String, String) -> Int32) throws(Failure) {
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw .folder(reason: FileSystem.reason(error))
        }
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).cxsite-\(getpid())-\(UInt32.random(in: 0...UInt32.max))").path
        defer { unlink(temporary) }
        let written = writeNew(bytes, to: temporary)
        guard written == 0 else { throw .file(reason: FileSystem.describe(errno: written)) }
        switch place(temporary, url.path) {
        case 0: return
        case EEXIST: throw .exists
        case let code: throw .file(reason: FileSystem.describe(errno: code))
        }
    }

    /// Writes `bytes` into a new file at `path` and flushes it to disk; 0 or the errno.
    private static func writeNew(_ bytes: [UInt8], to path: String) -> Int32 {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return errno }
        defer { close(fd) }
        var done = 0
        let ok = bytes.withUnsafeBytes { buffer -> Bool in
            while done < buffer.count {
                let n = Glibc.write(fd, buffer.baseAddress! + done, buffer.count - done)
                if n < 0, errno == EINTR { continue }
                guard n > 0 else { return false }
                done += n
            }
            return fsync(fd) == 0
        }
        return ok ? 0 : errno
    }

    /// Where hard links are not supported: the temporary file's bytes written into `target`,
    /// opened only if it does not exist yet (`O_EXCL`); 0 or the errno.
    private static func exclusiveCopy(from temporary: String, to target: String) -> Int32 {
        let source = open(temporary, O_RDONLY | O_CLOEXEC)
        guard source >= 0 else { return errno }
        defer { close(source) }
        guard let bytes = FileSystem.readAll(source) else { return errno }
        let result = writeNew(bytes, to: target)
        if result != 0, result != EEXIST { unlink(target) }   // created, then not written whole
        return result
    }
}
