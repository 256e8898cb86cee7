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

/// The `cxsite` command: argument parsing only; the work is in the CXSite library.
struct CXSiteCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cxsite",
        abstract: "Build a customer-experience maturity site from Markdown and CSV files.",
        subcommands: [Build.self, Check.self, Serve.self, Init.self, New.self, Review.self],
        defaultSubcommand: nil)

    /// Parses the arguments and runs the command (main.swift sets up the allocator first).
    static func start() async {
        await main(nil)
    }
}

struct ProjectOptions: ParsableArguments {
    @Argument(help: "The project folder (holding content/, optional site.yml and templates/).")
    var root: String = "."

    var rootURL: URL { URL(fileURLWithPath: root) }
}

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Render the project into an output folder (default ROOT/public).")

    @OptionGroup var project: ProjectOptions

    @Option(name: .long, help: "The output folder. cxsite replaces only a folder it wrote itself, or an empty one.")
    var output: String?

    @Flag(name: .long, help: "Print how long each phase took.")
    var timings = false

    @OptionGroup var printing: DiagnosticOptions

    func run() throws {
        let builder = SiteBuilder(root: project.rootURL, output: output.map { URL(fileURLWithPath: $0) })
        let report = builder.build()
        Terminal.printDiagnostics(report.diagnostics, all: printing.allDiagnostics)
        if timings {
            for phase in report.phases { Terminal.error("  \(phase.name): \(Terminal.seconds(phase.seconds)) s") }
        }
        if report.errorCount > 0 {
            print("cxsite: build failed with \(Terminal.counts(report)); \(builder.output.path) was left as it was")
            throw ExitCode.failure
        }
        print("cxsite: wrote \(report.pages) pages (\(report.files) files) to \(builder.output.path) in \(Terminal.seconds(report.seconds)) s; \(Terminal.counts(report))\(Terminal.drafts(report, "left out"))\(Terminal.exports(report))")
    }
}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Report every content error and rule warning without writing anything.")

    @OptionGroup var project: ProjectOptions

    @OptionGroup var printing: DiagnosticOptions

    func run() throws {
        let report = SiteBuilder(root: project.rootURL, output: nil).check()
        Terminal.printDiagnostics(report.diagnostics, all: printing.allDiagnostics)
        if !report.drafts.isEmpty {
            print("cxsite: \(report.drafts.count) draft\(report.drafts.count == 1 ? "" : "s") (draft: true), left out of the build; `cxsite serve --drafts` shows them:")
            for draft in report.drafts { print("  \(draft.path)  \(draft.title)") }
        }
        print("cxsite: checked \(project.root) in \(Terminal.seconds(report.seconds)) s; \(Terminal.counts(report))\(Terminal.drafts(report, "not built"))\(Terminal.exports(report))")
        if report.errorCount > 0 { throw ExitCode.failure }
    }
}

/// `cxsite new …`: starter files. Only `new review` here (the other starters come with issue 8).
/// `cxsite review …`: commands on the monthly reviews.
struct Review: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Commands on the monthly reviews.",
        subcommands: [Freeze.self])

    struct Freeze: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record a published review's scorecard, scores and highlights in content/reviews/YYYY-MM.frozen.json (YYYY-Www under cadence: weekly).",
            discussion: """
            Builds then show the frozen numbers for that period, and where today's data differs the review \
            says "restated" with the published and the new value; `cxsite check` lists the restatements.
            """)

        @Argument(help: "The month, YYYY-MM; under cadence: weekly the ISO week, YYYY-Www.")
        var month: String

        @Option(name: .long, help: "The project folder.")
        var root: String = "."

        @Option(name: .long, help: "The day to record as the publication date, YYYY-MM-DD (default: today, UTC).")
        var on: String?

        @Flag(name: .long, help: "Replace an existing frozen review with today's numbers.")
        var force = false

        func run() throws {
            let commands = ReviewCommands(root: URL(fileURLWithPath: root))
            let day = on ?? Terminal.today()
            try Terminal.run { () throws(ReviewCommands.Failure) in try commands.freeze(month: month, on: day, force: force) }
        }
    }
}

/// `--all-diagnostics`, shared by `build` and `check`.
struct DiagnosticOptions: ParsableArguments {
    @Flag(name: .long, help: "Print every diagnostic: by default a message repeated on more than 20 files is listed for 20 and counted for the rest.")
    var allDiagnostics = false
}

/// Output helpers: diagnostics to stderr, numbers with fixed decimals.
enum Terminal {
    /// The diagnostics on stderr, a message repeated on many files summarised unless `all` (``DiagnosticSummary``).
    static func printDiagnostics(_ diagnostics: [Diagnostic], all: Bool = false) {
        for line in all ? diagnostics.map(\.description) : DiagnosticSummary.lines(diagnostics) { error(line) }
    }

    /// `; 2 drafts left out`, or nothing without drafts.
    static func drafts(_ report: SiteBuilder.Report, _ what: String) -> String {
        report.drafts.isEmpty ? "" : "; \(report.drafts.count) draft\(report.drafts.count == 1 ? "" : "s") \(what)"
    }

    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    static func counts(_ report: SiteBuilder.Report) -> String {
        let e = report.errorCount, w = report.warningCount
        return "\(e) error\(e == 1 ? "" : "s"), \(w) warning\(w == 1 ? "" : "s")"
    }

    /// `; tickets: 1 Zendesk ticket export (1,204 rows used)`, or nothing without exports.
    static func exports(_ report: SiteBuilder.Report) -> String {
        report.exports.map { "; " + $0 } ?? ""
    }

    /// Runs a review command: its warnings (or the project's diagnostics) on stderr, one line on stdout.
    static func run(_ command: () throws(ReviewCommands.Failure) -> ReviewCommands.Written) throws {
        do {
            let written = try command()
            printDiagnostics(written.warnings)
            print("cxsite: \(written.replaced ? "replaced" : "wrote") \(written.path)")
        } catch let failure {
            if case .project(let diagnostics) = failure { printDiagnostics(diagnostics) }
            error("cxsite: error: \(failure.description)")
            throw ExitCode.failure
        }
    }

    /// Today in UTC, `YYYY-MM-DD`.
    static func today() -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
    }

    static func seconds(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
