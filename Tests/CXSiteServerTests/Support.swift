import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
@testable import CXSite
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
}

extension TestResponse {
    var text: String { String(buffer: body) }
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
