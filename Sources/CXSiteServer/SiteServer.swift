public import Foundation
import CXSiteSupport
import CXSiteModel
import CXSiteLoad
import CXSiteAnalyse
import CXSiteCharts
import CXSiteRender
import CXSiteWrite
import CXSite
import HTTPTypes
import HummingbirdCore
import Logging
import NIOCore
import NIOPosix
import ServiceLifecycle

/// `cxsite serve`: builds the project, serves the output folder over HTTP on loopback, rebuilds
/// when `content/`, `templates/` or `site.yml` change, and reloads the open pages.
///
/// ```swift
/// let server = SiteServer(root: URL(fileURLWithPath: "."), port: 8000)
/// try await server.run()   // until Ctrl-C
/// ```
public struct SiteServer: Sendable {
    public var root: URL
    public var output: URL
    public var host: String
    public var port: Int
    /// Open the site in the default browser once the server listens.
    public var openBrowser: Bool
    /// Build the pages marked `draft: true` too (`--drafts`).
    public var includingDrafts: Bool
    /// How long a connection may go without a request before the server closes it, counted from
    /// its opening or its last response. Partial headers are no request, and request bodies are
    /// dropped unread (``RequestBodyDiscarder``), so a client sending nothing, its headers a byte
    /// at a time (slowloris) or a body a byte at a time is cut off instead of holding a file
    /// descriptor forever (enough of them would lock everyone out). A response being written, such
    /// as the live-reload event stream, is never cut; browsers reopen a closed keep-alive
    /// connection by themselves. Measured by `make check-server` (docs/SECURITY.md).
    var idleTimeout: TimeAmount = .seconds(10)

    /// `output` defaults to `root/public`; `host` to loopback.
    public init(root: URL, output: URL? = nil, host: String = "127.0.0.1", port: Int = 8000, openBrowser: Bool = false,
                includingDrafts: Bool = false) {
        self.root = root.standardizedFileURL
        self.output = (output ?? root.appendingPathComponent("public")).standardizedFileURL
        self.host = host
        self.port = port
        self.openBrowser = openBrowser
        self.includingDrafts = includingDrafts
    }

    /// Why the server could not start.
    public struct StartFailure: Error, CustomStringConvertible {
        public let description: String
    }

    /// Builds, then serves until SIGINT or SIGTERM. Progress goes to stdout, diagnostics to stderr.
    public func run() async throws {
        let live = LiveSite()
        var rebuilder = Rebuilder(root: root, output: output, includingDrafts: includingDrafts)
        let first = await SiteWatcher.offThread { [rebuilder] in
            var copy = rebuilder
            let outcome = copy.build(after: nil)
            return (copy, outcome)
        }
        rebuilder = first.0
        let outcome = first.1
        await live.finishBuild(failure: outcome.failure, changedPaths: [])
        Console.diagnostics(outcome.diagnostics)
        if outcome.failure == nil {
            Console.line("cxsite: wrote \(outcome.pages) pages to \(output.path) in \(Console.seconds(outcome.seconds)) s")
        } else {
            Console.line("cxsite: the first build failed (\(Console.counts(outcome.diagnostics))); serving the error page until it is fixed")
        }
        let watcher = SiteWatcher(watcher: FolderWatcher(root: root), rebuilder: rebuilder, live: live) { outcome, changes in
            Console.diagnostics(outcome.diagnostics)
            let trigger = changes.all.prefix(3).joined(separator: ", ") + (changes.all.count > 3 ? ", …" : "")
            if outcome.failure != nil {
                Console.line("cxsite: \(trigger) changed; build failed with \(Console.counts(outcome.diagnostics)); showing the error page")
            } else {
                let files = outcome.changed.count
                Console.line("cxsite: \(trigger) changed; rebuilt (\(outcome.kind)) in \(Console.duration(outcome.seconds)), \(files) file\(files == 1 ? "" : "s") updated; \(Console.counts(outcome.diagnostics))")
            }
        }
        let openBrowser = self.openBrowser
        let host = self.host
        let services = makeServices(live: live, watcher: watcher) { channel in
            let port = channel.localAddress?.port ?? 0
            let shown = host.contains(":") ? "[\(host)]" : host
            let url = "http://\(shown):\(port)/"
            Console.line("cxsite: serving \(url) (watching content/, templates/ and site.yml; Ctrl-C stops)")
            if !["127.0.0.1", "localhost", "::1"].contains(host) {
                Console.line("cxsite: note: --host \(host) makes the site reachable from other machines")
            }
            if openBrowser { Self.open(url) }
        }
        do {
            try await ServiceGroup(configuration: .init(services: services, gracefulShutdownSignals: [.sigterm, .sigint],
                                                        logger: Self.logger)).run()
        } catch {
            await live.finishAll()
            let text = "\(error)"
            if text.contains("Address already in use") || text.contains("EADDRINUSE") {
                throw StartFailure(description: "cannot listen on \(host):\(port): the port is in use; choose another with --port")
            }
            throw StartFailure(description: "cannot serve on \(host):\(port): \(text)")
        }
        await live.finishAll()
        Console.line("cxsite: stopped")
    }

    /// Whether the server listens on this machine only (`--host` left at its default or another
    /// loopback name); only then are requests for other host names refused.
    static func isLoopbackHost(_ host: String) -> Bool {
        ["127.0.0.1", "localhost", "::1", "[::1]"].contains(host.lowercased()) || host.hasPrefix("127.")
    }

    static let logger: Logger = {
        var logger = Logger(label: "cxsite-serve")
        logger.logLevel = .warning
        return logger
    }()

    /// The HTTP server, HummingbirdCore's HTTP/1 server with ``SiteResponder`` over the output
    /// folder, and `watcher` (when given) before it, as the services `run()` runs together.
    func makeServices(live: LiveSite, watcher: (any Service)? = nil,
                      onServerRunning: @escaping @Sendable (any Channel) async -> Void = { _ in }) -> [any Service] {
        let responder = SiteResponder(output: output, live: live, loopbackOnly: Self.isLoopbackHost(host))
        let channel = HTTP1Channel(responder: { request, writer, _ in
            var response = await responder.respond(to: request.head)
            response.headers[.date] = HTTPDate.format(Int(Date().timeIntervalSince1970))
            response.headers[.server] = "cxsite"
            try await writer.write(response: response.head, body: response.body)
        }, configuration: .init(additionalChannelHandlers: [RequestBodyDiscarder()], idleTimeout: idleTimeout))
        let server = Server(childChannelSetup: channel,
                            configuration: .init(address: .hostname(host, port: port), serverName: "cxsite"),
                            onServerRunning: onServerRunning,
                            eventLoopGroup: MultiThreadedEventLoopGroup.singleton,
                            logger: Self.logger)
        return (watcher.map { [$0] } ?? []) + [server]
    }

    /// Opens `url` in the desktop's browser (`xdg-open`, or `open` on macOS); a failure is only reported.
    static func open(_ url: String) {
        let process = Process()
        #if os(macOS)
        process.executableURL = URL(fileURLWithPath: "/usr/bin/open")
        process.arguments = [url]
        #else
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["xdg-open", url]
        #endif
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            Console.line("cxsite: could not open a browser (\(error.localizedDescription)); open \(url) yourself")
        }
    }
}

/// Terminal output of `cxsite serve`: progress on stdout, diagnostics on stderr.
enum Console {
    static func line(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    static func diagnostics(_ diagnostics: [Diagnostic]) {
        for line in DiagnosticSummary.lines(diagnostics) { FileHandle.standardError.write(Data((line + "\n").utf8)) }
    }

    static func counts(_ diagnostics: [Diagnostic]) -> String {
        let e = diagnostics.filter { $0.severity == .error }.count
        let w = diagnostics.count - e
        return "\(e) error\(e == 1 ? "" : "s"), \(w) warning\(w == 1 ? "" : "s")"
    }

    /// `8 ms` under a second (a one-page rebuild), `1.25 s` from a second on.
    static func duration(_ value: Double) -> String {
        value < 0.9995 ? "\(Int((value * 1000).rounded())) ms" : seconds(value) + " s"
    }

    static func seconds(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
    }
}
