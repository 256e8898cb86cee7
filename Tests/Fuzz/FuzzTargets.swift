import Foundation
import CXSiteSupport
import CXSiteModel
import CXSiteLoad
import CXSiteAnalyse
import CXSiteCharts
import CXSiteRender
import CXSiteWrite
import CXSite

/// The parsers `make fuzz` feeds with libFuzzer, one function per target, each taking the raw
/// bytes of a would-be file. A crash, a hang, a sanitizer report or a broken invariant
/// (`check`) is a finding; diagnostics are the expected outcome of bad input.
///
/// `Tests/CXSiteTests/Load/FuzzCorpusTests.swift` replays every committed input (the seed
/// corpora and the regression inputs of crashes found) through the same calls in `swift test`.
enum FuzzTargets {
    static let all: [String: @Sendable ([UInt8]) -> Void] = [
        "front-matter": frontMatter,
        "csv": csv,
        "journey": journey,
        "site-config": siteConfig,
        "tickets": tickets,
        "orders": orders,
    ]

    /// A Markdown file's front matter: decoding, the `---` splitter, YAML and the typed fields;
    /// then its body through the Markdown extensions into HTML.
    static func frontMatter(_ bytes: [UInt8]) {
        var log = DiagnosticLog()
        guard let text = TextDecoding.utf8(bytes, path: "content/handbook/f.md", log: &log) else { return }
        let split = FrontMatter.split(text, path: "content/handbook/f.md", log: &log)
        // The body is the end of the text, and starts on the line after the closing fence.
        check(text.hasSuffix(split.body), "body is not a suffix of the text")
        if split.yaml != nil {
            let before = text.utf8.count - split.body.utf8.count
            let newlines = text.utf8.prefix(before).filter { $0 == 0x0A }.count
            check(split.bodyFirstLine == newlines + 1, "bodyFirstLine \(split.bodyFirstLine) but \(newlines) line breaks precede the body")
        }
        let file = SourceText(path: "content/handbook/f.md", text: text)
        if let page = HandbookPage(file, section: "", slug: "f", log: &log) {
            // The body as the page shows it: the Markdown extensions' tree changes and cmark's HTML.
            _ = MarkdownDocument(parsing: page.body, firstLine: page.bodyFirstLine).html(unsafeHTML: false)
        }
        checkLocations(log, lines: lineCount(text))
    }

    /// The RFC 4180 reader, fed whole and in small chunks (the two must agree), and the metrics
    /// table reader on top of it.
    static func csv(_ bytes: [UInt8]) {
        let whole = Array(CSVReader(bytes: bytes))
        let chunk = 1 + Int(bytes.first ?? 0) % 7
        let chunked = Array(CSVReader(bytes: bytes, chunkSize: chunk))
        check(whole == chunked, "reading in chunks of \(chunk) bytes differs from reading whole")
        for case .success(let record) in whole {
            check(!record.fields.isEmpty && record.fields.count == record.positions.count, "record without fields")
            for position in record.positions { check(position.line >= 1 && position.column >= 1, "position \(position)") }
        }
        var log = DiagnosticLog()
        _ = MetricTableReader.read(bytes: bytes, path: "content/metrics/f.csv", log: &log)
        for diagnostic in log.diagnostics {
            check(diagnostic.location.map { $0.line >= 1 && $0.column >= 1 } ?? true, "bad location \(diagnostic)")
        }
    }

    /// A journey map: decoding, front matter, cmark's tree walked into stages and touchpoints,
    /// its JSON and the HTML of its prose.
    static func journey(_ bytes: [UInt8]) {
        var log = DiagnosticLog()
        guard let text = TextDecoding.utf8(bytes, path: "content/journeys/j.md", log: &log) else { return }
        let map = JourneyMap(parsing: SourceText(path: "content/journeys/j.md", text: text), catalog: .builtIn, log: &log)
        _ = JourneyJSON.file(for: map)
        for prose in map.intro + map.touchpoints.flatMap(\.prose) {
            _ = MarkdownDocument(parsing: prose.text, firstLine: prose.firstLine).html(unsafeHTML: false)
        }
        checkLocations(log, lines: lineCount(text))
    }

    /// `site.yml`: YAML, the settings, the metric catalog changes, maturity weights, step overrides.
    static func siteConfig(_ bytes: [UInt8]) {
        var log = DiagnosticLog()
        guard let text = TextDecoding.utf8(bytes, path: "site.yml", log: &log) else { return }
        _ = SiteConfig.load(yaml: text, path: "site.yml", log: &log)
        checkLocations(log, lines: lineCount(text))
    }

    /// A help-desk export: the ticket reader (Zendesk, Freshdesk, Intercom, told from the header)
    /// and the survey reader, streamed into monthly tallies.
    static func tickets(_ bytes: [UInt8]) {
        var log = DiagnosticLog()
        var data = HelpDeskData()
        TicketExportReader.read(bytes: bytes, path: "content/tickets/t.csv", into: &data, log: &log)
        SurveyExportReader.read(bytes: bytes, path: "content/surveys/s.csv", into: &data, log: &log)
        for diagnostic in log.diagnostics {
            check(diagnostic.location.map { $0.line >= 1 && $0.column >= 1 } ?? true, "bad location \(diagnostic)")
        }
    }

    /// An order export and a customer list: `OrderExportReader` (Shopify, Stripe, WooCommerce,
    /// told from the header) and `CustomerListReader` (the Telco layout, as of a month), then the
    /// customer analysis (activity, metrics, cohorts) of what was read.
    static func orders(_ bytes: [UInt8]) {
        var log = DiagnosticLog()
        var book = OrderBook()
        var customers = OrderExportReader.CustomerNumbers()
        OrderExportReader.read(bytes: bytes, path: "content/orders/o.csv", into: &book, customers: &customers, log: &log)
        var settings = CustomerListSettings()
        settings.asOf = Period(monthContaining: 20_000)
        var lists = CustomerLists(settings: settings)
        CustomerListReader.read(bytes: bytes, path: "content/customers/c.csv", into: &lists, log: &log)
        let analysis = CustomerAnalysis.compute(orders: book, lists: lists, confidence: 95, log: &log)
        for cohort in analysis.cohorts {
            check(cohort.cells.allSatisfy { $0.share >= 0 && $0.share <= 100 }, "a cohort share outside 0…100 in \(cohort.month)")
        }
        for diagnostic in log.diagnostics {
            check(diagnostic.location.map { $0.line >= 1 && $0.column >= 1 } ?? true, "bad location \(diagnostic)")
        }
    }

    // MARK: Invariants

    static func lineCount(_ text: String) -> Int { 1 + text.utf8.filter { $0 == 0x0A }.count }

    /// Every diagnostic points into the file: line 1 up to one past the last line.
    static func checkLocations(_ log: DiagnosticLog, lines: Int) {
        for diagnostic in log.diagnostics {
            guard let location = diagnostic.location else { continue }
            check(location.line >= 1 && location.line <= lines + 1 && location.column >= 1,
                  "diagnostic outside the file (\(lines) lines): \(diagnostic)")
        }
    }

    static func check(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
        if !condition() { fatalError("invariant broken: \(message())") }
    }
}
