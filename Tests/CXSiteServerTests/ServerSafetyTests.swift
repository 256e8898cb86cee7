import CXSite
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import CXSiteServer
#if canImport(Glibc)
import Glibc
#endif

/// What keeps `cxsite serve` safe to leave running (docs/SECURITY.md): it answers only requests
/// for this machine's names (no DNS rebinding), escapes whatever it reflects, and survives
/// hostile requests. Traversal is in `SiteResponderTests`.
struct ServerSafetyTests {
    let project: ServedProject
    let live = LiveSite(instance: "test")

    init() throws {
        project = try ServedProject()
        _ = project.build()
    }

    /// Sends `request` as raw bytes to 127.0.0.1:`port` and returns the status line of the answer.
    static func statusLine(port: Int, request: String) -> String {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return "no socket" }
        defer { close(fd) }
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { return "no connection" }
        let bytes = Array(request.utf8)
        _ = bytes.withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, 0) }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let n = recv(fd, &buffer, buffer.count, 0)
        guard n > 0 else { return "no answer" }
        return String(decoding: buffer[..<n], as: UTF8.self).split(separator: "\r\n").first.map(String.init) ?? ""
    }

    /// `statusLine` on a thread of its own: blocking a thread of the cooperative pool could starve
    /// the server's own tasks on a two-core machine.
    static func send(_ port: Int, _ request: String) async -> String {
        await withCheckedContinuation { continuation in
            Thread.detachNewThread { continuation.resume(returning: statusLine(port: port, request: request)) }
        }
    }

    static func get(_ port: Int, host: String, path: String = "/") async -> String {
        await send(port, "GET \(path) HTTP/1.1\r\nHost: \(host)\r\nConnection: close\r\n\r\n")
    }

    @Test func requestsForAnotherHostAreRefusedOnLoopback() async throws {
        let app = project.server().makeApplication(live: live)
        try await app.test(.live) { client in
            let port = try #require(client.port)
            for host in ["evil.example", "evil.example:\(port)", "127.evil.example", "localhost.evil.example", "10.0.0.5", "[::2]:\(port)"] {
                #expect(await Self.get(port, host: host) == "HTTP/1.1 403 Forbidden", "\(host)")
            }
            for host in ["localhost", "localhost:\(port)", "LOCALHOST", "127.0.0.1:\(port)", "127.0.0.2", "[::1]:\(port)", "app.localhost:\(port)"] {
                #expect(await Self.get(port, host: host) == "HTTP/1.1 200 OK", "\(host)")
            }
        }
    }

    @Test func anExplicitNonLoopbackHostAnswersEveryName() async throws {
        var server = project.server()
        server.host = "0.0.0.0"
        #expect(!SiteServer.isLoopbackHost("0.0.0.0") && SiteServer.isLoopbackHost("127.0.0.1") && SiteServer.isLoopbackHost("::1"))
        let app = server.makeApplication(live: live)
        try await app.test(.live) { client in
            let port = try #require(client.port)
            #expect(await Self.get(port, host: "cx.example:\(port)") == "HTTP/1.1 200 OK")
        }
    }

    @Test func theDefaultHostIsLoopback() {
        #expect(SiteServer(root: project.root).host == "127.0.0.1")
    }

    /// The error overlay shows diagnostics and the requested path; both are escaped.
    @Test func theErrorOverlayEscapesWhatItShows() async throws {
        var log = DiagnosticLog()
        log.error("unknown stage '\"><script>alert(1)</script>'", at: SourceLocation(path: "content/handbook/<img src=x onerror=alert(2)>.md"))
        await live.finishBuild(failure: log.sorted, changedPaths: [])
        let app = project.server().makeApplication(live: live)
        try await app.test(.router) { client in
            for uri in ["/", "/%3Cscript%3Ealert(3)%3C/script%3E", "/\"><script>alert(4)</script>"] {
                let response = try await client.execute(uri: uri, method: .get)
                #expect([.internalServerError, .badRequest].contains(response.status), "\(uri)")
                for raw in ["<script>alert", "<img src=x"] {
                    #expect(!response.text.contains(raw), "\(uri) reflects \(raw)")
                }
            }
        }
    }

    /// Hostile requests get an error status, never a crash or a file from outside.
    @Test func hostileRequestsAreAnsweredWithErrors() async throws {
        let app = project.server().makeApplication(live: live)
        try await app.test(.live) { client in
            let port = try #require(client.port)
            let long = "/" + String(repeating: "a/", count: 40_000)
            #expect(await Self.get(port, host: "localhost", path: long).hasPrefix("HTTP/1.1 4"))
            #expect(await Self.send(port, "DELETE /index.html HTTP/1.1\r\nHost: localhost\r\n\r\n").hasPrefix("HTTP/1.1 405"))
            // The absolute form a proxy would be sent, naming another host: refused like its Host header.
            let absolute = await Self.send(port, "GET http://evil.example/ HTTP/1.1\r\nHost: evil.example\r\n\r\n")
            #expect(absolute == "HTTP/1.1 403 Forbidden", "\(absolute)")
            // Two Host headers (RFC 9112, 3.2), whichever comes first.
            for hosts in ["localhost\r\nHost: evil.example", "evil.example\r\nHost: localhost"] {
                #expect(await Self.send(port, "GET / HTTP/1.1\r\nHost: \(hosts)\r\n\r\n") == "HTTP/1.1 400 Bad Request")
            }
            let garbage = await Self.send(port, "GARBAGE\r\n\r\n")
            #expect(garbage.hasPrefix("HTTP/1.1 4") || garbage == "no answer", "\(garbage)")
            // The server still answers after all that.
            #expect(await Self.get(port, host: "localhost") == "HTTP/1.1 200 OK")
        }
    }
}
