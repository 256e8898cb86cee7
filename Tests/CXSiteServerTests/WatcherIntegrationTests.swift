import Foundation
import Testing
@testable import CXSiteServer

/// The whole loop on a temporary site, with the watcher running as the application's service:
/// edit a file → rebuild → reload event → the page shows the change; break the YAML → the
/// overlay names path:line:column; fix it → the page is back.
struct WatcherIntegrationTests {
    /// With inotify (the default on Linux) and with polling only.
    @Test(arguments: [true, false])
    func editBreakFixAndRestyle(useEvents: Bool) async throws {
        let project = try ServedProject()
        let live = LiveSite(instance: "w")
        let outcomes = Outcomes()
        var watcher = SiteWatcher(watcher: FolderWatcher(root: project.root), rebuilder: project.build(), live: live,
                                  interval: .milliseconds(50), debounce: .milliseconds(50), useEvents: useEvents) { outcome, _ in outcomes.append(outcome) }
        let (watching, ready) = AsyncStream<Void>.makeStream()
        watcher.whenWatching = { ready.yield(); ready.finish() }
        let client = project.client(live: live)
        try await withServices([watcher]) {
            try #require(await first(of: watching, within: 30) != nil, "the watcher did not start")
            // 1. An edit reaches the open page within 2 seconds, and only its page (and the search index) changed.
            var (events, _) = await live.subscribe()
            let start = ContinuousClock.now
            try project.write("content/handbook/escalation.md", "---\ntitle: Escalation policy\nstage: resolve\n---\nEscalate after ONE interaction.\n")
            let edited = try #require(await first(of: events, within: 5), "no reload event after an edit")
            #expect(ContinuousClock.now - start < .seconds(2))
            #expect(!edited.all)
            #expect(edited.paths == ["handbook/escalation/index.html", "search-index.js"])
            let page = try await client.execute(uri: "/handbook/escalation/index.html", method: .get)
            #expect(page.status == .ok && page.text.contains("Escalate after ONE interaction."))
            #expect(page.text.contains("build = \"\(edited.build)\""), "the page carries the build it came from")
            // The search index is written just after the reload goes out.
            var index = ""
            for _ in 0..<100 where !index.contains("Escalate after ONE interaction.") {
                index = (try? String(contentsOf: project.output.appendingPathComponent("search-index.js"), encoding: .utf8)) ?? ""
                if !index.contains("Escalate after ONE interaction.") { try await Task.sleep(for: .milliseconds(20)) }
            }
            #expect(index.contains("Escalate after ONE interaction."), "the search index has the edited text")

            // 2. Broken YAML: every page reloads into the overlay, which names the place.
            (events, _) = await live.subscribe()
            try project.write("content/handbook/escalation.md", "---\ntitle: [unclosed\nstage: resolve\n---\nText\n")
            let broken = try #require(await first(of: events, within: 5), "no reload event after breaking the YAML")
            #expect(broken.all)
            let overlay = try await client.execute(uri: "/handbook/escalation/index.html", method: .get)
            #expect(overlay.status == .internalServerError)
            #expect(overlay.text.contains("<h1>Build failed</h1>"))
            #expect(overlay.text.range(of: #"content/handbook/escalation\.md:\d+:\d+: error: "#, options: .regularExpression) != nil, "\(overlay.text)")
            let stillThere = try String(contentsOf: project.output.appendingPathComponent("handbook/escalation/index.html"), encoding: .utf8)
            #expect(stillThere.contains("ONE interaction"), "a failed build leaves public/ as it was")

            // 3. Fixed: the pages come back.
            (events, _) = await live.subscribe()
            try project.write("content/handbook/escalation.md", "---\ntitle: Escalation policy\nstage: resolve\n---\nEscalate after TWO interactions.\n")
            let fixed = try #require(await first(of: events, within: 5), "no reload event after the fix")
            #expect(fixed.all, "pages showing the overlay reload")
            let back = try await client.execute(uri: "/handbook/escalation/index.html", method: .get)
            #expect(back.status == .ok && back.text.contains("Escalate after TWO interactions."))

            // 4. A stylesheet of the project's own: copied without rendering; every page reloads for it.
            (events, _) = await live.subscribe()
            try project.write("templates/assets/extra.css", "body { color: red; }\n")
            let styled = try #require(await first(of: events, within: 5), "no reload event after adding a stylesheet")
            #expect(styled.paths == ["assets/extra.css"])
            let css = try await client.execute(uri: "/assets/extra.css", method: .get)
            #expect(css.status == .ok && css.text == "body { color: red; }\n")

            // 5. Removing a page removes its file and folder.
            (events, _) = await live.subscribe()
            try FileManager.default.removeItem(at: project.root.appendingPathComponent("content/handbook/escalation.md"))
            let removed = try #require(await first(of: events, within: 5))
            #expect(removed.paths.contains("handbook/escalation/index.html"))
            #expect(!FileManager.default.fileExists(atPath: project.output.appendingPathComponent("handbook/escalation").path))
            #expect(try await client.execute(uri: "/handbook/escalation/index.html", method: .get).status == .notFound)
        }
        // The body edit re-renders one page and the search index; after a failed build the next
        // one is whole, since other files may have changed meanwhile.
        #expect(outcomes.kinds == ["page", "full", "full", "static files", "full"])
    }

    @Test func watcherSeesAddedChangedAndRemovedFilesButNotHiddenOnes() throws {
        let project = try ServedProject()
        let watcher = FolderWatcher(root: project.root)
        let before = watcher.snapshot()
        #expect(before.keys.contains("site.yml") && before.keys.contains("content/index.md"))
        #expect(!before.keys.contains("secret.txt"), "only site.yml, content/ and templates/ are watched")
        try project.write("content/handbook/new.md", "# New\n")
        try project.write("content/handbook/.new.md.swp", "editor swap file")
        try project.write("site.yml", "title: Renamed\n")
        try FileManager.default.removeItem(at: project.root.appendingPathComponent("content/handbook/notes.txt"))
        let changes = FolderWatcher.changes(from: before, to: watcher.snapshot())
        #expect(changes.added == ["content/handbook/new.md"])
        #expect(changes.modified == ["site.yml"])
        #expect(changes.removed == ["content/handbook/notes.txt"])
    }

    @Test func inotifyNamesChangedFilesAndAsksForARescanWhenFoldersChange() throws {
        let project = try ServedProject()
        let signal = try #require(ChangeSignal(root: project.root))
        #expect(signal.wait(timeout: .milliseconds(50)) == nil)
        try project.write("content/handbook/escalation.md", "# Changed\n")
        try project.write("content/handbook/.escalation.md.swp", "editor swap file")
        try project.write("site.yml", "title: Renamed\n")
        try project.write("secret.txt", "not watched")
        #expect(signal.wait(timeout: .seconds(5)) == .paths(["content/handbook/escalation.md", "site.yml"]))

        try project.write("content/handbook/new/page.md", "# New folder\n")
        #expect(signal.wait(timeout: .seconds(5)) == .rescan, "a new folder")
        try project.write("content/handbook/new/other.md", "# In the new folder\n")
        #expect(signal.wait(timeout: .seconds(5)) == .paths(["content/handbook/new/other.md"]), "the new folder is watched")
    }

    @Test func updatingASnapshotForNamedFilesFindsWhatChanged() throws {
        let project = try ServedProject()
        let watcher = FolderWatcher(root: project.root)
        var snapshot = watcher.snapshot()
        try project.write("content/handbook/escalation.md", "# Changed, longer than before\n")
        try project.write("content/handbook/added.md", "# Added\n")
        try FileManager.default.removeItem(at: project.root.appendingPathComponent("content/handbook/notes.txt"))
        let changes = try #require(watcher.update(&snapshot, paths: ["content/handbook/escalation.md", "content/handbook/added.md",
                                                                     "content/handbook/notes.txt", "content/index.md"]))
        #expect(changes.added == ["content/handbook/added.md"])
        #expect(changes.modified == ["content/handbook/escalation.md"])
        #expect(changes.removed == ["content/handbook/notes.txt"])
        #expect(snapshot == watcher.snapshot())
        #expect(watcher.update(&snapshot, paths: ["content/handbook"]) == nil, "a folder needs a whole snapshot")
    }

    @Test func onlyStaticFilesSkipRendering() {
        #expect(Rebuilder.outputPath(ofStaticFile: "templates/assets/style.css") == "assets/style.css")
        #expect(Rebuilder.outputPath(ofStaticFile: "content/handbook/img/a.png") == "handbook/img/a.png")
        #expect(Rebuilder.outputPath(ofStaticFile: "content/handbook/a.md") == nil)
        #expect(Rebuilder.outputPath(ofStaticFile: "content/metrics/a.CSV") == nil)
        #expect(Rebuilder.outputPath(ofStaticFile: "content/extra.html") == nil, "HTML is indexed for search")
        #expect(Rebuilder.outputPath(ofStaticFile: "templates/layout.mustache") == nil)
        #expect(Rebuilder.outputPath(ofStaticFile: "site.yml") == nil)
    }
}

/// Collects the watcher's build outcomes across tasks.
final class Outcomes: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [Rebuilder.Outcome] = []
    func append(_ outcome: Rebuilder.Outcome) { lock.withLock { items.append(outcome) } }
    var kinds: [String] { lock.withLock { items.map(\.kind) } }
}
