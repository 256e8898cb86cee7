import ArgumentParser
import CXSiteSupport
import CXSiteModel
import CXSiteLoad
import CXSiteAnalyse
import CXSiteCharts
import CXSiteRender
import CXSiteWrite
import CXSite
import Foundation

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a new project: a commented site.yml and sample content that uses every feature.",
        discussion: "DIR must be new or empty. Then run `cxsite serve DIR` and edit the sample into your own.")

    @Argument(help: "The folder to create the project in.")
    var directory: String

    @Flag(name: .long, help: "Also copy the built-in templates into templates/, to start a theme from.")
    var withTemplates = false

    func run() throws {
        do {
            let written = try ProjectScaffold(withTemplates: withTemplates).create(at: URL(fileURLWithPath: directory))
            print("cxsite: wrote \(written.count) files into \(directory); next: cxsite serve \(directory)")
        } catch {
            Terminal.error("cxsite: error: \(error.description)")
            throw ExitCode.failure
        }
    }
}
