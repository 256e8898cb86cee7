import CXSite
import Foundation
import ServiceLifecycle

/// The service that keeps the output folder up to date while `cxsite serve` runs: it polls the
/// project's inputs (``FolderWatcher``) every ``interval``, waits until they have been quiet for
/// ``debounce`` (an editor's save is often several writes), rebuilds (``Rebuilder``) and
/// tells the open pages (``LiveSite``). It stops on graceful shutdown (Ctrl-C).
struct SiteWatcher: Service {
    let watcher: FolderWatcher
    let rebuilder: Rebuilder
    let live: LiveSite
    var interval: Duration = .milliseconds(300)
    var debounce: Duration = .milliseconds(150)
    var keepAliveEvery: Duration = .seconds(20)
    /// Where progress lines go (the terminal, or nowhere in tests).
    let report: @Sendable (Rebuilder.Outcome, FolderWatcher.Changes) -> Void

    func run() async throws {
        defer { Task { [live] in await live.finishAll() } }
        do {
            try await cancelWhenGracefulShutdown { try await watch() }
        } catch is CancellationError {
            // Ctrl-C: the normal way to stop.
        }
    }

    private func watch() async throws {
        var rebuilder = self.rebuilder
        var snapshot = watcher.snapshot()
        var sinceKeepAlive: Duration = .zero
        do {
            while !Task.isCancelled {
                try await Task.sleep(for: interval)
                sinceKeepAlive += interval
                if sinceKeepAlive >= keepAliveEvery {
                    sinceKeepAlive = .zero
                    await live.publish(.keepAlive)
                }
                var current = watcher.snapshot()
                var changes = FolderWatcher.changes(from: snapshot, to: current)
                guard !changes.isEmpty else { continue }
                // Debounce: wait until a poll finds nothing new (at most 2 s of continuous writes).
                var waited: Duration = .zero
                while waited < .seconds(2) {
                    try await Task.sleep(for: debounce)
                    waited += debounce
                    let next = watcher.snapshot()
                    let more = FolderWatcher.changes(from: current, to: next)
                    current = next
                    if more.isEmpty { break }
                    changes.merge(more)
                }
                snapshot = current
                let pending = changes
                let (updated, outcome) = await Self.offThread { [rebuilder] in
                    var copy = rebuilder
                    let outcome = copy.build(after: pending)
                    return (copy, outcome)
                }
                rebuilder = updated
                await live.finishBuild(failure: outcome.failure, changedPaths: outcome.changed)
                report(outcome, changes)
            }
        }
    }

    /// Runs blocking work (a build reads files and renders on one thread) outside the
    /// concurrency pool, so the server keeps answering.
    static func offThread<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async { continuation.resume(returning: work()) }
        }
    }
}
