/// A request's path reduced to the path of a file inside the output folder, refusing anything
/// that could lead outside it.
///
/// The raw path (still percent-encoded, as sent) is decoded once. Refused with 400: a path not
/// starting with `/`, a bad `%` escape, bytes that are not UTF-8, NUL, a backslash, and any
/// `.` or `..` segment (browsers remove those before sending, so only a hand-made request has
/// them). Refused with 404: a segment starting with `.` (hidden files such as `.cxsite-output`).
/// What is left is joined under the output folder; the responder then checks that the real
/// path (symbolic links resolved) is still inside it.
struct RequestPath: Equatable {
    /// The decoded segments, none empty, `.` or `..`.
    let segments: [String]
    /// Whether the path ended with `/` (a folder's URL).
    let endsWithSlash: Bool

    enum Refusal: Error, Equatable {
        /// 400 Bad Request.
        case malformed(String)
        /// 404 Not Found: a hidden file.
        case hidden
    }

    /// `raw` is the request target's path (query and fragment are cut off here too).
    static func parse(_ raw: String) -> Result<RequestPath, Refusal> {
        var path = Substring(raw)
        if let cut = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = path[..<cut] }
        guard path.hasPrefix("/") else { return .failure(.malformed("the path must start with /")) }
        guard let bytes = percentDecoded(Array(path.utf8)) else { return .failure(.malformed("bad percent escape")) }
        guard !bytes.contains(0), !bytes.contains(UInt8(ascii: "\\")) else { return .failure(.malformed("NUL or backslash in the path")) }
        guard let decoded = String(validating: bytes, as: UTF8.self) else { return .failure(.malformed("the path is not UTF-8")) }
        var segments: [String] = []
        for segment in decoded.split(separator: "/", omittingEmptySubsequences: true) {
            if segment == "." || segment == ".." { return .failure(.malformed("'.' or '..' in the path")) }
            if segment.hasPrefix(".") { return .failure(.hidden) }
            segments.append(String(segment))
        }
        return .success(RequestPath(segments: segments, endsWithSlash: decoded.hasSuffix("/")))
    }

    /// `%XX` escapes decoded; nil when one is malformed.
    static func percentDecoded(_ bytes: [UInt8]) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "%") {
                guard i + 2 < bytes.count, let high = hex(bytes[i + 1]), let low = hex(bytes[i + 2]) else { return nil }
                out.append(high << 4 | low)
                i += 3
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return out
    }

    private static func hex(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
