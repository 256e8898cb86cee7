import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Small POSIX helpers the reader and the writer share (symlinks followed, like `stat`).
package enum FileSystem {
    /// A file's identity: device and inode.
    package struct FileID: Hashable { let device: UInt64; let inode: UInt64 }

    package static func fileID(_ path: String) -> FileID? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return FileID(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    }

    package static func exists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0
    }

    package static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    package static func isReadable(_ path: String) -> Bool { access(path, R_OK) == 0 }

    /// What is at a path, symlinks followed.
    package enum Kind: Equatable {
        case file(size: Int)
        case directory
        /// A device, pipe or socket: reading one may block or never end.
        case special
        /// A symbolic link that leads back to itself (directly or through others).
        case linkLoop
        /// A symbolic link whose target does not exist.
        case brokenLink
        case missing
        /// `stat` failed for another reason (`errno`).
        case unreadable(Int32)
    }

    package static func kind(_ path: String) -> Kind {
        var info = stat()
        if stat(path, &info) == 0 {
            switch info.st_mode & S_IFMT {
            case S_IFREG: return .file(size: Int(info.st_size))
            case S_IFDIR: return .directory
            default: return .special
            }
        }
        let code = errno
        if code == ELOOP { return .linkLoop }
        var linkInfo = stat()
        if lstat(path, &linkInfo) == 0 && (linkInfo.st_mode & S_IFMT) == S_IFLNK { return code == ENOENT ? .brokenLink : .unreadable(code) }
        return code == ENOENT ? .missing : .unreadable(code)
    }

    /// A name in a folder, and whether it may be a symbolic link (the folder's listing says so,
    /// or cannot tell), so that only those need a look of their own.
    package struct Entry {
        package let name: String
        package let mayBeLink: Bool

        /// The memberwise initialiser, open to the other targets.
        package init(name: String, mayBeLink: Bool) {
            self.name = name
            self.mayBeLink = mayBeLink
        }
    }

    /// The entries of a folder (without `.` and `..`), or the `errno` of the failure.
    package static func contents(ofDirectory path: String) -> Result<[Entry], POSIXError> {
        guard let dir = opendir(path) else { return .failure(POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)) }
        defer { closedir(dir) }
        var entries: [Entry] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            let type = entry.pointee.d_type
            if name != "." && name != ".." { entries.append(Entry(name: name, mayBeLink: type == UInt8(DT_LNK) || type == UInt8(DT_UNKNOWN))) }
        }
        return .success(entries)
    }

    /// `strerror` for `code`, lower-cased: "permission denied".
    package static func describe(errno code: Int32) -> String { String(cString: strerror(code)).lowercased() }

    /// Everything left to read from `fd`, read straight into an array (sized by `fstat`, one
    /// byte more so that the end shows in the same pass); nil on a read error.
    package static func readAll(_ fd: Int32) -> [UInt8]? {
        var info = stat()
        let expected = fstat(fd, &info) == 0 ? max(Int(info.st_size), 0) : 0
        var failed = false
        var bytes = [UInt8](unsafeUninitializedCapacity: expected + 1) { buffer, count in
            count = 0
            while count < buffer.count {
                let n = Glibc.read(fd, buffer.baseAddress! + count, buffer.count - count)
                if n > 0 {
                    count += n
                } else if n == 0 {
                    return
                } else if errno != EINTR {
                    failed = true
                    return
                }
            }
        }
        if failed { return nil }
        guard bytes.count > expected else { return bytes }
        // Longer than fstat said (it is growing): read on in chunks to the end.
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress!, $0.count) }
            if n > 0 {
                bytes.append(contentsOf: chunk[0..<n])
            } else if n == 0 {
                return bytes
            } else if errno != EINTR {
                return nil
            }
        }
    }

    /// Removes `path` and everything below it, depth first, without following symbolic links:
    /// one `unlinkat` per entry relative to an open folder, none of the per-file work of
    /// FileManager.removeItem. A missing `path` is not an error.
    package static func removeTree(_ path: String) throws {
        var info = stat()
        guard lstat(path, &info) == 0 else {
            if errno == ENOENT { return }
            throw posixError(path)
        }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            let fd = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW)
            guard fd >= 0, removeContents(of: fd), rmdir(path) == 0 else { throw posixError(path) }
        } else if unlink(path) != 0 {
            throw posixError(path)
        }
    }

    /// Removes everything in the open folder `fd` (closed when done); false if anything remains.
    private static func removeContents(of fd: Int32) -> Bool {
        guard let folder = fdopendir(fd) else {
            close(fd)
            return false
        }
        defer { closedir(folder) }
        var removedAll = true
        while let entry = readdir(folder) {
            let type = entry.pointee.d_type
            let removed = withUnsafePointer(to: &entry.pointee.d_name) { tuple in
                tuple.withMemoryRebound(to: CChar.self, capacity: 256) { name -> Bool in
                    if name[0] == 0x2E && (name[1] == 0 || (name[1] == 0x2E && name[2] == 0)) { return true }
                    var isFolder = type == UInt8(DT_DIR)
                    if type == UInt8(DT_UNKNOWN) {
                        var info = stat()
                        isFolder = fstatat(fd, name, &info, AT_SYMLINK_NOFOLLOW) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
                    }
                    guard isFolder else { return unlinkat(fd, name, 0) == 0 }
                    let child = openat(fd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW)
                    return child >= 0 && removeContents(of: child) && unlinkat(fd, name, AT_REMOVEDIR) == 0
                }
            }
            if !removed { removedAll = false }
        }
        return removedAll
    }

    private static func posixError(_ path: String) -> CocoaError {
        CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path,
                                                 NSUnderlyingErrorKey: NSError(domain: NSPOSIXErrorDomain, code: Int(errno))])
    }

    /// A short human reason for a Foundation file error.
    package static func reason(_ error: any Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code))).lowercased()
        }
        return nsError.localizedDescription
    }
}
