import CXSiteSupport
import CXSiteModel
import CXSiteLoad
import CXSiteAnalyse
import CXSiteCharts
import CXSiteRender
import CXSiteWrite
import CXSite
import Foundation
import ServiceLifecycle

/// The service that keeps the output folder up to date while `cxsite serve` runs: it notices
/// changes to the project's inputs, waits until they have been quiet for a moment (an editor's
/// save is often several writes), rebuilds (``Rebuilder``) and tells the open pages
/// (``LiveSite``). It stops on graceful shutdown (Ctrl-C).
///
/// On Linux, inotify (``ChangeSignal``) names the changed files the moment they change: only
/// those are looked at, and the quiet wait is ``settle``. A full comparison of snapshots
/// (``FolderWatcher``) still runs every ``interval`` × 10 in case an event was missed (a file
/// reached through a symbolic link, a network file system). Without inotify the watcher polls:
/// a snapshot every ``interval``, then quiet for ``debounce``.
struct SiteWatcher: Service {
    let watcher: FolderWatcher
    let rebuilder: Rebuilder
    let live: LiveSite
    var interval: Duration = .milliseconds(300)
    var debounce: Duration = .milliseconds(150)
    /// How long events must stop before a build when inotify tells about them.
    var settle: Duration = .milliseconds(20)
    var keepAliveEvery: Duration = .seconds(20)
    /// Whether to use inotify where the system has it (tests turn it off to test polling).
    var useEvents = true
    /// Where progress lines go (the terminal, or nowhere in tests).
    let report: @Sendable (Rebuilder.Outcome, FolderWatcher.Changes) -> Void
    /// Called once the first snapshot is taken and inotify watches are in place: a change from
    /// then on is seen.
    var whenWatching: @Sendable () -> Void = {}

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
        let signal = useEvents ? ChangeSignal(root: watcher.root) : nil
        var snapshot = watcher.snapshot()
        whenWatching()
        let clock = ContinuousClock()
        var lastKeepAlive = clock.now
        var lastFullLook = clock.now
        while !Task.isCancelled {
            var changes = FolderWatcher.Changes()
            if let signal {
                let pending = await Self.offThread { signal.wait(timeout: interval) }
                if let pending {
                    changes = await settled(pending, signal: signal, snapshot: &snapshot)
                } else if clock.now - lastFullLook >= interval * 10 {
                    lastFullLook = clock.now
                    changes = try await polled(&snapshot)
                }
            } else {
                try await Task.sleep(for: interval)
                changes = try await polled(&snapshot)
            }
            if clock.now - lastKeepAlive >= keepAliveEvery {
                lastKeepAlive = clock.now
                await live.publish(.keepAlive)
            }
            guard !changes.isEmpty else { continue }
            let pending = changes
            let (updated, outcome) = await Self.offThread { [rebuilder] in
                var copy = rebuilder
                let outcome = copy.build(after: pending)
                return (copy, outcome)
            }
            rebuilder = updated
            await live.finishBuild(failure: outcome.failure, changedPaths: outcome.changed)
            if !outcome.deferred.isEmpty {
                rebuilder = await Self.offThread { [rebuilder] in
                    var copy = rebuilder
                    copy.writeDeferred(outcome.deferred)
                    return copy
                }
            }
            report(outcome, changes)
        }
    }

    /// The changes inotify told about, once events have stopped for ``settle`` (at most 2 s of
    /// continuous writes), with `snapshot` brought up to date.
    private func settled(_ first: ChangeSignal.Pending, signal: ChangeSignal, snapshot: inout FolderWatcher.Snapshot) async -> FolderWatcher.Changes {
        var pending = first
        let clock = ContinuousClock()
        let start = clock.now
        while clock.now - start < .seconds(2), let more = await Self.offThread({ signal.wait(timeout: settle) }) {
            switch (pending, more) {
            case (.paths(let a), .paths(let b)): pending = .paths(a.union(b))
            default: pending = .rescan
            }
        }
        if case .paths(let paths) = pending, let changes = watcher.update(&snapshot, paths: paths) { return changes }
        let current = watcher.snapshot()
        defer { snapshot = current }
        return FolderWatcher.changes(from: snapshot, to: current)
    }

    /// The changes a new snapshot shows, once polls have found nothing new for ``debounce`` (at
    /// most 2 s of continuous writes), with `snapshot` brought up to date.
    private func polled(_ snapshot: inout FolderWatcher.Snapshot) async throws -> FolderWatcher.Changes {
        var current = watcher.snapshot()
        var changes = FolderWatcher.changes(from: snapshot, to: current)
        guard !changes.isEmpty else { return changes }
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
        return changes
    }

    /// Runs blocking work (a build reads files and renders on one thread) outside the
    /// concurrency pool, so the server keeps answering.
    static func offThread<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async { continuation.resume(returning: work()) }
        }
    }
}
