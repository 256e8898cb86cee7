import Foundation
import HTTPTypes
import HummingbirdCore
import NIOCore
import ServiceLifecycle
import Testing
import CXSiteSupport
import CXSiteModel
import CXSiteLoad
import CXSiteAnalyse
import CXSiteCharts
import CXSiteRender
import CXSiteWrite
import CXSite
@testable import CXSiteServer

/// A small project in a temporary folder, built once into `public/`, and a secret file beside
/// it that no request may ever read.
final class ServedProject: Sendable {
    let root: URL
    let output: URL
    static let secret = "TOP-SECRET-NOT-IN-PUBLIC"

    init(files: [String: String] = ServedProject.defaultFiles) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("cxsite-serve-\(UUID().uuidString)")
        output = root.appendingPathComponent("public")
        for (path, text) in files { try write(path, text) }
        try write("secret.txt", Self.secret)
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    static let defaultFiles: [String: String] = [
        "site.yml": "title: Served site\n",
        "content/index.md": "# Home\n\nWelcome to the served site.\n",
        "content/handbook/escalation.md": "---\ntitle: Escalation policy\nstage: resolve\n---\nEscalate after two interactions.\n",
        "content/handbook/notes.txt": "plain text\n",
        "content/handbook/diagram.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n",
        "content/handbook/photo.png": "not really a png",
        "content/handbook/data.unknownext": "bytes",
    ]

    func write(_ path: String, _ text: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// The first build, as `cxsite serve` does it.
    func build() -> Rebuilder {
        var rebuilder = Rebuilder(root: root, output: output)
        let outcome = rebuilder.build(after: nil)
        #expect(outcome.failure == nil, "\(outcome.diagnostics)")
        return rebuilder
    }

    func server() -> SiteServer { SiteServer(root: root, port: 0) }

    /// The responder `cxsite serve` answers with, called in process.
    func client(live: LiveSite) -> InProcessClient {
        InProcessClient(responder: SiteResponder(output: output, live: live))
    }
}

/// A response as a browser would see it: status, headers and the whole body.
struct TestResponse: Sendable {
    let status: HTTPResponse.Status
    let headers: HTTPFields
    let body: [UInt8]
    var text: String { String(decoding: body, as: UTF8.self) }
}

/// Calls ``SiteResponder`` with request values, in process, with no socket and no HTTP client:
/// the responder is a function of the request head, and the body is collected as the server
/// would write it (the event stream until it ends). Socket-level behaviour (idle connections,
/// malformed requests, Host checks on the wire) is tested with ``withRunningServer(_:live:_:)``
/// and `.ci/server-load`.
struct InProcessClient: Sendable {
    let responder: SiteResponder

    func execute(uri: String, method: HTTPRequest.Method, headers: HTTPFields = [:], authority: String? = "localhost") async throws -> TestResponse {
        let request = HTTPRequest(method: method, scheme: nil, authority: authority, path: uri, headerFields: headers)
        let response = await responder.respond(to: request)
        let collector = BodyCollector()
        try await response.body.write(collector)
        return TestResponse(status: response.status, headers: response.headers, body: await collector.bytes.value)
    }
}

/// A ``ResponseBodyWriter`` that keeps what is written.
struct BodyCollector: ResponseBodyWriter {
    actor Bytes {
        var value: [UInt8] = []
        func append(_ buffer: ByteBuffer) { value += buffer.readableBytesView }
    }
    let bytes = Bytes()

    mutating func write(_ buffer: ByteBuffer) async throws { await bytes.append(buffer) }
    consuming func finish(_ trailingHeaders: HTTPFields?) async throws {}
}

/// Runs `services` (a watcher, say) in the background while `body` runs, then shuts them down
/// gracefully, as Ctrl-C does.
func withServices<T: Sendable>(_ services: [any Service], _ body: () async throws -> T) async throws -> T {
    let group = ServiceGroup(configuration: .init(services: services, logger: SiteServer.logger))
    async let running: Void = group.run()
    do {
        let value = try await body()
        await group.triggerGracefulShutdown()
        try await running
        return value
    } catch {
        await group.triggerGracefulShutdown()
        try? await running
        throw error
    }
}

/// Runs `server` on a free port of 127.0.0.1 (real sockets, for what only a connection shows)
/// and calls `body` with the port once it listens.
func withRunningServer<T: Sendable>(_ server: SiteServer, live: LiveSite, _ body: (Int) async throws -> T) async throws -> T {
    let (ports, listening) = AsyncStream<Int>.makeStream()
    let services = server.makeServices(live: live) { channel in
        listening.yield(channel.localAddress?.port ?? 0)
        listening.finish()
    }
    return try await withServices(services) {
        let port = try #require(await first(of: ports, within: 30), "the server did not start listening")
        return try await body(port)
    }
}

/// Waits for the first element of `stream`, or nil after `seconds`.
func first<T: Sendable>(of stream: AsyncStream<T>, within seconds: Double) async -> T? {
    await withTaskGroup(of: T?.self) { group in
        group.addTask {
            for await value in stream { return value }
            return nil
        }
        group.addTask {
            try? await Task.sleep(for: .seconds(seconds))
            return nil
        }
        let value = await group.next() ?? nil
        group.cancelAll()
        return value
    }
}
