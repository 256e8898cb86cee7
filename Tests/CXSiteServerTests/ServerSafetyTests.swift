import CXSiteSupport
import CXSiteModel
import CXSiteLoad
import CXSiteAnalyse
import CXSiteCharts
import CXSiteRender
import CXSiteWrite
import CXSite
import Foundation
import Testing
@testable import CXSiteServer

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

    /// Runs blocking socket work on a thread of its own: blocking a thread of the cooperative pool
    /// could starve the server's own tasks on a two-core machine.
    static func offThread<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            Thread.detachNewThread { continuation.resume(returning: work()) }
        }
    }

    /// Sends `request` as raw bytes to 127.0.0.1:`port` and returns the status line of the answer.
    static func send(_ port: Int, _ request: String) async -> String {
        await offThread {
            guard let connection = RawConnection(port: port) else { return "no connection" }
            connection.send(request)
            guard let bytes = connection.receive(), !bytes.isEmpty else { return "no answer" }
            return String(decoding: bytes, as: UTF8.self).split(separator: "\r\n").first.map(String.init) ?? ""
        }
    }

    /// Sends `head`, then `drip` every 100 ms (reading and dropping any answer) until the server
    /// closes the connection; false when it is still open after 30 s.
    static func isClosed(_ port: Int, head: String, drip: String?) async -> Bool {
        await offThread {
            guard let connection = RawConnection(port: port, timeout: 0.1) else { return false }
            connection.send(head)
            let end = Date().addingTimeInterval(30)
            while Date() < end {
                guard connection.receive() != nil else { return true }
                if let drip { connection.send(drip) }
            }
            return false
        }
    }

    static func get(_ port: Int, host: String, path: String = "/") async -> String {
        await send(port, "GET \(path) HTTP/1.1\r\nHost: \(host)\r\nConnection: close\r\n\r\n")
    }

    @Test func requestsForAnotherHostAreRefusedOnLoopback() async throws {
        try await withRunningServer(project.server(), live: live) { port in
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
        try await withRunningServer(server, live: live) { port in
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
        do {
            let client = project.client(live: live)
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
        try await withRunningServer(project.server(), live: live) { port in
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

    /// A connection without a whole request is closed once idle for `idleTimeout`, whether it sends
    /// nothing, a header a byte at a time (slowloris) or a body a byte at a time after its head
    /// (bodies are never read). The live-reload stream, a response still being written, stays open.
    @Test func connectionsWithoutARequestAreClosedWhenIdle() async throws {
        var server = project.server()
        server.idleTimeout = .milliseconds(300)
        try await withRunningServer(server, live: live) { port in
            let trickles: [(head: String, drip: String?)] = [
                ("", nil),
                ("GET / HTTP/1.1\r\nHost: localhost\r\nX-Slow: ", "a"),
                ("GET / HTTP/1.1\r\nHost: localhost\r\nContent-Length: 100000\r\n\r\n", "a"),
                ("POST / HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n", "1\r\na\r\n"),
            ]
            for trickle in trickles {
                #expect(await Self.isClosed(port, head: trickle.head, drip: trickle.drip), "still open: \(trickle.head.debugDescription)")
            }
            // A body is dropped, not lost track of: the requests pipelined after it are answered.
            let pipelined = await Self.offThread { () -> Int in
                guard let connection = RawConnection(port: port, timeout: 5) else { return 0 }
                connection.send("POST / HTTP/1.1\r\nHost: localhost\r\nContent-Length: 5\r\n\r\nhello"
                                + "GET / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                var text = ""
                while let bytes = connection.receive(), !bytes.isEmpty { text += String(decoding: bytes, as: UTF8.self) }
                return text.components(separatedBy: "HTTP/1.1 ").count - 1
            }
            #expect(pipelined == 2)

            let events = try #require(await Self.offThread { RawConnection(port: port, timeout: 10) })
            events.send("GET /_cxsite/events HTTP/1.1\r\nHost: localhost\r\n\r\n")
            #expect(await Self.offThread { events.receive(until: "event: hello") })
            try await Task.sleep(for: .seconds(1))
            await live.finishBuild(failure: nil, changedPaths: ["index.html"])
            #expect(await Self.offThread { events.receive(until: "event: reload") }, "the event stream was cut")
        }
    }
}
