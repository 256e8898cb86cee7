import Foundation
import Testing
import CXSiteSupport
import CXSiteModel
import CXSiteLoad
import CXSiteAnalyse
import CXSiteCharts
import CXSiteRender
import CXSiteWrite
import CXSite

/// Replays every committed fuzzing input, the seed corpora (`Tests/Fuzz/Corpus/TARGET/`) and the
/// inputs of crashes found (`Tests/Fuzz/Regressions/TARGET/`), through the calls each libFuzzer
/// target makes (`Tests/Fuzz/FuzzTargets.swift`), with the same invariants, in every `swift test`.
struct FuzzCorpusTests {
    static let fuzz = TestPaths.repository.appendingPathComponent("Tests/Fuzz")

    static let inputs: [String] = {
        var found: [String] = []
        for folder in ["Corpus", "Regressions"] {
            for target in ["front-matter", "csv", "journey", "site-config", "tickets", "orders"] {
                let dir = fuzz.appendingPathComponent("\(folder)/\(target)")
                let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
                found += names.filter { !$0.hasPrefix(".") }.sorted().map { "\(folder)/\(target)/\($0)" }
            }
        }
        return found
    }()

    @Test func thereAreSeedsForEveryTarget() {
        for target in ["front-matter", "csv", "journey", "site-config", "tickets", "orders"] {
            #expect(Self.inputs.contains { $0.hasPrefix("Corpus/\(target)/") }, "no seeds for \(target)")
        }
    }

    @Test(arguments: inputs)
    func replay(_ input: String) throws {
        let bytes = [UInt8](try Data(contentsOf: Self.fuzz.appendingPathComponent(input)))
        switch input.split(separator: "/")[1] {
        case "front-matter":
            var log = DiagnosticLog()
            guard let text = TextDecoding.utf8(bytes, path: "content/handbook/f.md", log: &log) else { return }
            let split = FrontMatter.split(text, path: "content/handbook/f.md", log: &log)
            #expect(text.hasSuffix(split.body))
            if split.yaml != nil {
                let before = text.utf8.count - split.body.utf8.count
                #expect(split.bodyFirstLine == text.utf8.prefix(before).filter { $0 == 0x0A }.count + 1, "body starts on line \(split.bodyFirstLine)")
            }
            _ = HandbookPage(SourceText(path: "content/handbook/f.md", text: text), section: "", slug: "f", log: &log)
            expectInside(log, text)
        case "csv":
            let whole = Array(CSVReader(bytes: bytes))
            for chunk in 1...7 {
                let chunked = Array(CSVReader(bytes: bytes, chunkSize: chunk))
                let first = zip(chunked, whole).first { $0 != $1 }.map { "\($0) instead of \($1)" } ?? "\(chunked.count) results instead of \(whole.count)"
                #expect(chunked == whole, "chunks of \(chunk) bytes: \(first)")
            }
            var log = DiagnosticLog()
            _ = MetricTableReader.read(bytes: bytes, path: "content/metrics/f.csv", log: &log)
        case "journey":
            var log = DiagnosticLog()
            guard let text = TextDecoding.utf8(bytes, path: "content/journeys/j.md", log: &log) else { return }
            let map = JourneyMap(parsing: SourceText(path: "content/journeys/j.md", text: text), catalog: .builtIn, log: &log)
            _ = JourneyJSON.file(for: map)
            expectInside(log, text)
        case "site-config":
            var log = DiagnosticLog()
            guard let text = TextDecoding.utf8(bytes, path: "site.yml", log: &log) else { return }
            _ = SiteConfig.load(yaml: text, path: "site.yml", log: &log)
            expectInside(log, text)
        case "tickets":
            var log = DiagnosticLog()
            var data = HelpDeskData()
            TicketExportReader.read(bytes: bytes, path: "content/tickets/t.csv", into: &data, log: &log)
            SurveyExportReader.read(bytes: bytes, path: "content/surveys/s.csv", into: &data, log: &log)
            #expect(log.diagnostics.allSatisfy { $0.location.map { $0.line >= 1 && $0.column >= 1 } ?? true })
        case "orders":
            var log = DiagnosticLog()
            var book = OrderBook()
            var customers = OrderExportReader.CustomerNumbers()
            OrderExportReader.read(bytes: bytes, path: "content/orders/o.csv", into: &book, customers: &customers, log: &log)
            var lists = CustomerLists(settings: CustomerListSettings())
            lists.settings.asOf = Period(monthContaining: 20_000)
            CustomerListReader.read(bytes: bytes, path: "content/customers/c.csv", into: &lists, log: &log)
            let analysis = CustomerAnalysis.compute(orders: book, lists: lists, confidence: 95, log: &log)
            #expect(analysis.cohorts.allSatisfy { $0.cells.allSatisfy { $0.share >= 0 && $0.share <= 100 } })
            #expect(book.orders.allSatisfy { Int($0.customer) < book.customerCount })
            #expect(log.diagnostics.allSatisfy { $0.location.map { $0.line >= 1 && $0.column >= 1 } ?? true })
        default:
            Issue.record("unknown fuzz target in \(input)")
        }
    }

    /// Every diagnostic points into the file.
    func expectInside(_ log: DiagnosticLog, _ text: String) {
        let lines = 1 + text.utf8.filter { $0 == 0x0A }.count
        for diagnostic in log.diagnostics {
            guard let location = diagnostic.location else { continue }
            #expect(location.line >= 1 && location.line <= lines + 1 && location.column >= 1, "\(diagnostic)")
        }
    }
}
