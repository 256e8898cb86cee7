import CXSiteSupport
import CXSiteModel
import CXSiteLoad
import CXSiteAnalyse
import CXSiteCharts
import CXSiteRender
import CXSiteWrite
import CXSite
import Foundation
import HTTPTypes
import HummingbirdCore
import NIOCore
import ServiceLifecycle
#if canImport(Glibc)
import Glibc
#endif

/// Answers every request of `cxsite serve`: files of the output folder, the live-reload event
/// stream, and the error overlay while the last build failed.
///
/// - GET and HEAD only (anything else is 405 with `Allow: GET, HEAD`).
/// - Paths are decoded and checked by ``RequestPath``; only regular files and folders of the
///   output folder are served: a path whose real path differs from its place in the output
///   (a symbolic link anywhere below the output folder) is 404.
/// - A folder's URL without a trailing slash redirects to it with one; with one, its
///   `index.html` is served.
/// - Every file carries `Content-Type`, a strong `ETag` (a hash of the bytes served),
///   `Last-Modified` and `Cache-Control: no-cache`; `If-None-Match` and `If-Modified-Since`
///   give 304.
/// - HTML responses get the live-reload script; the files on disk never do.
/// - Unknown paths get the site's `404.html` with status 404.
/// - Served on loopback, a request naming another host (`Host: evil.example`) is refused with
///   403: a web page cannot reach the local server through a DNS name it points at 127.0.0.1
///   (DNS rebinding). A request without a host is answered.
///
/// It is a plain function of the request head (bodies are never read), so tests call it in
/// process with `HTTPRequest` values and no HTTP client (`SiteResponderTests`).
struct SiteResponder: Sendable {
    /// The output folder, absolute.
    let output: URL
    let live: LiveSite
    /// Answer only requests for a loopback host name (true when the server listens on loopback).
    var loopbackOnly = true

    /// Host names that mean this machine.
    static let loopbackNames: Set<String> = ["localhost", "127.0.0.1", "[::1]", "::1"]

    /// Whether `authority` (`host` or `host:port`, as in the `Host` header) names this machine.
    static func isLoopback(authority: String) -> Bool {
        var host = Substring(authority.lowercased())
        if host.hasPrefix("[") {
            if let close = host.firstIndex(of: "]") { host = host[...close] }
        } else if let colon = host.lastIndex(of: ":") {
            host = host[..<colon]
        }
        if host.hasSuffix(".") { host = host.dropLast() }
        let ipv4Loopback = host.hasPrefix("127.") && host.allSatisfy { $0.isASCII && ($0.isNumber || $0 == ".") }
        return loopbackNames.contains(String(host)) || host.hasSuffix(".localhost") || ipv4Loopback
    }

    func respond(to request: HTTPRequest) async -> Response {
        // The first Host became `authority`; another is a bad request (RFC 9112, 3.2), lest two
        // readers of the request disagree on the host it names.
        if request.headerFields[Self.hostField] != nil {
            return Self.text(.badRequest, "400 Bad Request: more than one Host header\n")
        }
        if loopbackOnly, let authority = request.authority, !Self.isLoopback(authority: authority) {
            return Self.text(.forbidden, "403 Forbidden: cxsite serve answers requests for localhost or 127.0.0.1 only\n")
        }
        guard request.method == .get || request.method == .head else {
            var response = Self.text(.methodNotAllowed, "405 Method Not Allowed: cxsite serve answers GET and HEAD only\n")
            response.headers[.allow] = "GET, HEAD"
            return response
        }
        let response = await route(request)
        return request.method == .head ? response.createHeadResponse() : response
    }

    private func route(_ request: HTTPRequest) async -> Response {
        let uri = URI(request.path ?? "/")
        let rawPath = uri.path
        let path: RequestPath
        switch RequestPath.parse(rawPath) {
        case .success(let parsed): path = parsed
        case .failure(.malformed(let why)): return Self.text(.badRequest, "400 Bad Request: \(why)\n")
        case .failure(.hidden): return await notFound(path: rawPath, depth: 0)
        }
        if path.segments == ["_cxsite", "events"] { return await events() }

        // cxsite writes only regular files and folders into the output, so anything reached through
        // a symbolic link (even one leading back inside) was put there by hand and is not served.
        let rootReal = Self.realPath(output.path) ?? output.path
        var relativeSegments = path.segments
        var filePath = ([output.path] + relativeSegments).joined(separator: "/")
        var kind = Self.fileKind(filePath)
        if kind == .directory {
            guard Self.isReachedWithoutLinks(filePath, as: relativeSegments, root: rootReal) else {
                return await notFound(path: rawPath, depth: path.segments.count)
            }
            guard path.endsWithSlash || path.segments.isEmpty else {
                var response = Response(status: .movedPermanently)
                response.headers[.location] = rawPath + "/" + (uri.query.map { "?" + $0 } ?? "")
                return response
            }
            relativeSegments.append("index.html")
            filePath += "/index.html"
            kind = Self.fileKind(filePath)
        }
        guard kind == .file, Self.isReachedWithoutLinks(filePath, as: relativeSegments, root: rootReal) else {
            return await notFound(path: rawPath, depth: path.segments.count)
        }
        let relative = String(filePath.dropFirst(output.path.count + 1))
        let isHTML = MediaType.of(relative).hasPrefix("text/html")
        if isHTML, let failure = await live.failure {
            return await overlay(failure, path: rawPath)
        }
        guard let bytes = FileManager.default.contents(atPath: filePath).map(Array.init) else {
            return await notFound(path: rawPath, depth: path.segments.count)
        }
        let body = isHTML ? LiveReloadScript.inject(into: bytes, page: relative, build: await live.buildID) : bytes
        return Self.file(body, type: MediaType.of(relative), modified: Self.modified(filePath), request: request)
    }

    /// The site's own `404.html` (with the live-reload script), or plain text when it has none.
    private func notFound(path: String, depth: Int) async -> Response {
        if let failure = await live.failure { return await overlay(failure, path: path) }
        let page = output.appendingPathComponent("404.html").path
        guard let bytes = FileManager.default.contents(atPath: page).map(Array.init) else {
            return Self.text(.notFound, "404 Not Found\n")
        }
        let html = LiveReloadScript.inject(into: bytes, page: "404.html", build: await live.buildID, baseHref: "/")
        var response = Response(status: .notFound, body: ResponseBody(byteBuffer: ByteBuffer(bytes: html)))
        response.headers[.contentType] = MediaType.of("404.html")
        response.headers[.cacheControl] = "no-store"
        return response
    }

    private func overlay(_ diagnostics: [Diagnostic], path: String) async -> Response {
        let html = ErrorOverlay.html(diagnostics: diagnostics, requested: path)
        let bytes = LiveReloadScript.inject(into: Array(html.utf8), page: "", build: await live.buildID)
        var response = Response(status: .internalServerError, body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
        response.headers[.contentType] = MediaType.of("x.html")
        response.headers[.cacheControl] = "no-store"
        return response
    }

    /// The Server-Sent Events stream a page listens on: `hello` with the current build, then
    /// one `reload` event per build, and a keep-alive comment now and then. It ends when the
    /// page goes away or the server shuts down.
    private func events() async -> Response {
        let live = self.live
        let (stream, continuation) = await live.subscribe()
        let hello = "retry: 1000\nevent: hello\ndata: {\"build\":\"\(await live.buildID)\"}\n\n"
        var response = Response(status: .ok, body: ResponseBody { writer in
            try await writer.write(ByteBuffer(string: hello))
            try await withGracefulShutdownHandler {
                for await event in stream {
                    try await writer.write(ByteBuffer(string: event.serverSentEvent))
                }
            } onGracefulShutdown: {
                continuation.finish()
            }
            continuation.finish()
            try await writer.finish(nil)
        })
        response.headers[.contentType] = "text/event-stream; charset=utf-8"
        response.headers[.cacheControl] = "no-store"
        return response
    }

    // MARK: Helpers

    static func file(_ bytes: [UInt8], type: String, modified: Int?, request: HTTPRequest) -> Response {
        let etag = "\"" + String(OutputManifest.fingerprint(bytes), radix: 16) + "-" + String(bytes.count, radix: 16) + "\""
        var headers = HTTPFields()
        headers[.contentType] = type
        headers[.eTag] = etag
        headers[.cacheControl] = "no-cache"
        headers[Self.noSniff] = "nosniff"
        if let modified { headers[.lastModified] = HTTPDate.format(modified) }
        if let match = request.headerFields[.ifNoneMatch] {
            let tags = match.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            if tags.contains("*") || tags.contains(where: { ($0.hasPrefix("W/") ? String($0.dropFirst(2)) : $0) == etag }) {
                return Response(status: .notModified, headers: headers)
            }
        } else if let since = request.headerFields[.ifModifiedSince].flatMap(HTTPDate.parse), let modified, modified <= since {
            return Response(status: .notModified, headers: headers)
        }
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    static func text(_ status: HTTPResponse.Status, _ message: String) -> Response {
        var response = Response(status: status, body: ResponseBody(byteBuffer: ByteBuffer(string: message)))
        response.headers[.contentType] = "text/plain; charset=utf-8"
        response.headers[Self.noSniff] = "nosniff"
        return response
    }

    private static let noSniff = HTTPField.Name("X-Content-Type-Options")!
    private static let hostField = HTTPField.Name("Host")!

    enum FileKind { case file, directory, other, missing }

    /// What is at `path`, following symbolic links.
    static func fileKind(_ path: String) -> FileKind {
        var info = stat()
        guard stat(path, &info) == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory
        default: return .other
        }
    }

    /// Modification time in whole seconds.
    static func modified(_ path: String) -> Int? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Int(info.st_mtim.tv_sec)
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Whether `path`, with every symbolic link resolved, is `root` followed by `segments`: true
    /// only when no component below the output folder is a link, so a link into or out of it,
    /// chained or not, is never followed.
    static func isReachedWithoutLinks(_ path: String, as segments: [String], root: String) -> Bool {
        guard let real = realPath(path) else { return false }
        return real == ([root == "/" ? "" : root] + segments).joined(separator: "/")
    }
}
