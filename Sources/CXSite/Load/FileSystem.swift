import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Small POSIX helpers the reader and the writer share (symlinks followed, like `stat`).
enum FileSystem {
    /// A file's identity: device and inode.
    struct FileID: Hashable { let device: UInt64; let inode: UInt64 }

    static func fileID(_ path: String) -> FileID? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return FileID(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    }

    static func exists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0
    }

    static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    static func isReadable(_ path: String) -> Bool { access(path, R_OK) == 0 }

    /// What is at a path, symlinks followed.
    enum Kind: Equatable {
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

    static func kind(_ path: String) -> Kind {
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

    /// The names in a folder (without `.` and `..`), or the `errno` of the failure.
    static func contents(ofDirectory path: String) -> Result<[String], POSIXError> {
        guard let dir = opendir(path) else { return .failure(POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)) }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return .success(names)
    }

    /// `strerror` for `code`, lower-cased: "permission denied".
    static func describe(errno code: Int32) -> String { String(cString: strerror(code)).lowercased() }

    /// A short human reason for a Foundation file error.
    static func reason(_ error: any Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code))).lowercased()
        }
        return nsError.localizedDescription
    }
}
