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

struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a starter file in the right place with the right front matter; never overwrites.",
        subcommands: [Journey.self, Review.self, Page.self, Assessment.self])

    struct Location: ParsableArguments {
        @Option(name: .long, help: "The project folder.")
        var root: String = "."
    }

    /// Writes `file` under the project root, printing where, or the reason it cannot.
    static func write(_ make: () throws(StarterFile.Problem) -> StarterFile, root: String) throws {
        do {
            let file = try make()
            try file.write(into: URL(fileURLWithPath: root))
            print("cxsite: wrote \(file.path)")
        } catch {
            Terminal.error("cxsite: error: \(error.description)")
            throw ExitCode.failure
        }
    }

    struct Journey: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "content/journeys/<name>.md: a journey map with all four CARE stages.")
        @Argument(help: "The journey's name (its title); the file name is made from it.")
        var name: [String]
        @OptionGroup var location: Location

        func run() throws {
            try New.write({ () throws(StarterFile.Problem) in try StarterFile.journey(name: name.joined(separator: " ")) }, root: location.root)
        }
    }

    struct Review: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "content/reviews/YYYY-MM.md (YYYY-Www.md under cadence: weekly): the period's notes, pre-filled with its highlights as prompts and the improvements still open.")
        @Argument(help: "The month, YYYY-MM; under cadence: weekly the ISO week, YYYY-Www.")
        var month: String
        @OptionGroup var location: Location

        func run() throws {
            let commands = ReviewCommands(root: URL(fileURLWithPath: location.root))
            try Terminal.run { () throws(ReviewCommands.Failure) in try commands.newReview(month: month) }
        }
    }

    struct Page: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "content/handbook/<title>.md: a handbook page.")
        @Argument(help: "The page's title; the file name is made from it.")
        var title: [String]
        @OptionGroup var location: Location

        func run() throws {
            try New.write({ () throws(StarterFile.Problem) in try StarterFile.page(title: title.joined(separator: " ")) }, root: location.root)
        }
    }

    struct Assessment: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "content/assessment.csv: self-assessment statements for every stage and pillar, scores to fill in.")
        @Option(name: .long, help: "The month the answers are for, YYYY-MM (default: this month).")
        var month: String?
        @OptionGroup var location: Location

        func run() throws {
            let month = self.month ?? StarterFile.month(of: Date())
            try New.write({ () throws(StarterFile.Problem) in
                _ = try StarterFile.review(month: month)   // the same YYYY-MM check
                return StarterFile.assessment(month: month)
            }, root: location.root)
        }
    }
}
