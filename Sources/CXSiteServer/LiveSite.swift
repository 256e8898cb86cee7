import CXSiteSupport
import CXSiteModel
import CXSiteLoad
import CXSiteAnalyse
import CXSiteCharts
import CXSiteRender
import CXSiteWrite
import CXSite
import Foundation

/// The state the server and the rebuilds share: the build generation, the last build's
/// failure (while there is one), and the browsers listening for reloads.
///
/// Each open page holds a Server-Sent Events stream (``subscribe()``); after each build the
/// watcher ``publish(_:)``es one ``ReloadEvent``, and each page decides whether it is affected.
actor LiveSite {
    /// Changes each time the server starts, so a page reconnecting to a new server reloads.
    let instance: String
    private(set) var generation = 0
    /// The diagnostics of the last build when it failed; nil when it succeeded.
    private(set) var failure: [Diagnostic]?
    private var listeners: [Int: AsyncStream<ReloadEvent>.Continuation] = [:]
    private var nextListener = 0

    init(instance: String = String(UInt32.random(in: 0...UInt32.max), radix: 36)) {
        self.instance = instance
    }

    /// `instance-generation`, written into every served page and sent with every event.
    var buildID: String { "\(instance)-\(generation)" }

    var listenerCount: Int { listeners.count }

    /// Records a finished build and tells every open page: a failure or a recovery reloads
    /// every page (to show or to leave the error overlay); otherwise the changed paths go out.
    func finishBuild(failure newFailure: [Diagnostic]?, changedPaths: [String]) {
        let wasFailing = failure != nil
        failure = newFailure
        if newFailure == nil && !wasFailing && changedPaths.isEmpty { return }
        generation += 1
        publish(ReloadEvent(build: buildID, paths: changedPaths, all: newFailure != nil || wasFailing))
    }

    /// A stream of the events published from now on, and its continuation (to end it).
    func subscribe() -> (stream: AsyncStream<ReloadEvent>, continuation: AsyncStream<ReloadEvent>.Continuation) {
        let (stream, continuation) = AsyncStream.makeStream(of: ReloadEvent.self, bufferingPolicy: .bufferingNewest(8))
        let id = nextListener
        nextListener += 1
        listeners[id] = continuation
        continuation.onTermination = { [weak self] _ in
            Task { await self?.remove(id) }
        }
        return (stream, continuation)
    }

    func publish(_ event: ReloadEvent) {
        for continuation in listeners.values { continuation.yield(event) }
    }

    /// Ends every stream (the server is stopping).
    func finishAll() {
        for continuation in listeners.values { continuation.finish() }
        listeners = [:]
    }

    private func remove(_ id: Int) { listeners[id] = nil }
}

/// What a page hears after a build.
struct ReloadEvent: Sendable, Equatable {
    /// `instance-generation` of the build.
    var build: String
    /// Output paths whose bytes changed (written or removed).
    var paths: [String]
    /// Every page reloads (the build failed, or recovered from a failure).
    var all: Bool
    /// A comment line that keeps the connection alive and finds closed ones.
    var isKeepAlive = false

    static let keepAlive = ReloadEvent(build: "", paths: [], all: false, isKeepAlive: true)

    /// The event in Server-Sent Events framing.
    var serverSentEvent: String {
        if isKeepAlive { return ": keep-alive\n\n" }
        struct Payload: Encodable { var build: String; var all: Bool; var paths: [String] }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(Payload(build: build, all: all, paths: paths))) ?? Data("{}".utf8)
        return "event: reload\ndata: \(String(decoding: data, as: UTF8.self))\n\n"
    }
}
