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

    /// A short human reason for a Foundation file error.
    static func reason(_ error: any Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code))).lowercased()
        }
        return nsError.localizedDescription
    }
}
