import ArgumentParser
import CXSiteServer
import Foundation

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the project, serve it on loopback, rebuild on every change and reload the open pages.",
        discussion: """
            Watches content/, templates/ and site.yml. A build error replaces the pages with a page listing \
            the diagnostics, which turns back into the site once the error is fixed. Ctrl-C stops.
            """)

    @OptionGroup var project: ProjectOptions

    @Option(name: .long, help: "The TCP port (0 picks a free one).")
    var port: Int = 8000

    @Option(name: .long, help: "The address to listen on. The default serves this machine only.")
    var host: String = "127.0.0.1"

    @Option(name: .long, help: "The output folder (default ROOT/public).")
    var output: String?

    @Flag(name: .long, help: "Open the site in the default browser.")
    var open = false

    @Flag(name: .long, help: "Show the handbook pages marked draft: true (cxsite build leaves them out).")
    var drafts = false

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
    }

    func run() async throws {
        let server = SiteServer(root: project.rootURL, output: output.map { URL(fileURLWithPath: $0) },
                                host: host, port: port, openBrowser: open, includingDrafts: drafts)
        do {
            try await server.run()
        } catch let failure as SiteServer.StartFailure {
            Terminal.error("cxsite: error: \(failure.description)")
            throw ExitCode.failure
        }
    }
}
