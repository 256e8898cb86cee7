import CXSiteSupport
import CXSiteModel
import CXSiteLoad
import CXSiteAnalyse
import CXSiteCharts
import CXSiteRender
import CXSiteWrite
import CXSite
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Loads a generated long metrics CSV of a million rows (or `--rows N`) and reports how long each
/// phase takes: reading and checking the file, building the monthly series, and `cxsite check`
/// and `cxsite build` on a project holding only that file.
///
///     swift run -c release MetricsBenchmark [--rows 1000000] [--shape dated|monthly] [--keep DIR]
///
/// `dated` rows (`date,metric,segment,channel,value`) are aggregated per month; `monthly` rows
/// (`month,metric,segment,channel,value,target`) each give one value. The file is generated
/// deterministically, so runs compare.
struct Options {
    var rows = 1_000_000
    var shape = "dated"
    var keep: String?

    init(_ arguments: [String]) {
        var it = arguments.dropFirst().makeIterator()
        while let argument = it.next() {
            switch argument {
            case "--rows": rows = Int(it.next() ?? "") ?? rows
            case "--shape": shape = it.next() ?? shape
            case "--keep": keep = it.next()
            default:
                print("usage: MetricsBenchmark [--rows N] [--shape dated|monthly] [--keep DIR]")
                exit(2)
            }
        }
    }
}

/// Writes the CSV: every metric of the catalog, for each day (or month), for each segment and channel.
func generate(rows: Int, shape: String, to url: URL) throws -> Int {
    let metrics = MetricCatalog.builtIn.metrics
    _ = FileManager.default.createFile(atPath: url.path, contents: nil)
    let handle = try FileHandle(forWritingTo: url)
    defer { try? handle.close() }
    var buffer = shape == "dated" ? "date,metric,segment,channel,value\n" : "month,metric,segment,channel,value,target\n"
    var written = 0
    var random: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next() -> Double {
        random = random &* 6364136223846793005 &+ 1442695040888963407
        return Double(random >> 11) / Double(1 << 53)
    }
    // Dated: days from 2025-01-01, 9 channels × 8 segments per metric and day.
    // Monthly: months from 2000-01, as many segments as needed for `rows` distinct keys.
    let channels = (0..<9).map { "ch\($0)" }
    let months = 240
    let segmentCount = shape == "dated" ? 8 : (rows + months * metrics.count * channels.count - 1) / (months * metrics.count * channels.count)
    let segments = (0..<segmentCount).map { "segment-\($0)" }
    var period = 0
    outer: while true {
        let time: String
        if shape == "dated" {
            var components = DateComponents(year: 2025, month: 1, day: 1 + period)
            components.calendar = Calendar(identifier: .gregorian)
            let date = components.calendar!.date(from: components)!
            let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: date)
            time = String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
        } else {
            guard period < months else { break }
            time = String(format: "%04d-%02d", 2000 + period / 12, period % 12 + 1)
        }
        for metric in metrics {
            for segment in segments {
                for channel in channels {
                    let base = metric.target ?? 50
                    let value = base * (0.8 + 0.4 * next())
                    let text = metric.unit == .percent ? String(format: "%.2f%%", min(value, 100)) : String(format: "%.2f", value)
                    buffer += shape == "dated"
                        ? "\(time),\(metric.id),\(segment),\(channel),\(text)\n"
                        : "\(time),\(metric.id),\(segment),\(channel),\(text),\(metric.target.map { String($0) } ?? "")\n"
                    written += 1
                    if buffer.utf8.count > 1 << 20 {
                        try handle.write(contentsOf: Data(buffer.utf8))
                        buffer = ""
                    }
                    if written == rows { break outer }
                }
            }
        }
        period += 1
    }
    try handle.write(contentsOf: Data(buffer.utf8))
    return written
}

/// CPU seconds of this process so far (less disturbed than wall time on a shared machine).
func cpuNow() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}

/// CPU seconds used by phases timed so far, by name.
nonisolated(unsafe) var cpuSeconds: [String: Double] = [:]

/// Wall seconds of `work`; its CPU seconds go to `cpuSeconds[name]`.
func seconds(_ name: String = "", _ work: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    let cpu = cpuNow()
    try work()
    cpuSeconds[name] = cpuNow() - cpu
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func peakRSSMegabytes() -> Double {
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    return Double(usage.ru_maxrss) / 1024
}

func format(_ value: Double) -> String { String(format: "%.3f", value) }

let options = Options(CommandLine.arguments)
let root = options.keep.map { URL(fileURLWithPath: $0) }
    ?? FileManager.default.temporaryDirectory.appendingPathComponent("cxsite-metrics-bench-\(getpid())")
let csv = root.appendingPathComponent("content/metrics/generated.csv")
try FileManager.default.createDirectory(at: csv.deletingLastPathComponent(), withIntermediateDirectories: true)
defer { if options.keep == nil { try? FileManager.default.removeItem(at: root) } }

var rows = 0
let generateTime = try seconds("generate") { rows = try generate(rows: options.rows, shape: options.shape, to: csv) }
let bytes = (try FileManager.default.attributesOfItem(atPath: csv.path)[.size] as? Int) ?? 0
print("generated \(rows) \(options.shape) rows, \(bytes / 1_000_000) MB, in \(format(generateTime)) s")

// Baseline: the CSV reader alone, every record built, nothing interpreted.
var records = 0
let rawTime = try seconds("raw") {
    var reader = try CSVReader(path: csv.path)
    while let record = reader.next() { if case .success = record { records += 1 } }
}
print("CSVReader alone:     \(format(rawTime)) s wall, \(format(cpuSeconds["raw"]!)) s CPU  (\(records) records)")

var log = DiagnosticLog()
var table: MetricTable?
let readTime = seconds("read") { table = MetricTableReader.read(fileAt: csv, path: "content/metrics/generated.csv", log: &log) }
guard let table, !log.hasErrors else {
    for diagnostic in log.sorted.prefix(10) { print(diagnostic) }
    exit(1)
}
print("read + check cells:  \(format(readTime)) s wall, \(format(cpuSeconds["read"]!)) s CPU  (\(table.entries.count) values, \(table.series.count) series, \(Int(Double(rows) / readTime)) rows/s)")

var series: [MetricSeries] = []
let assembleTime = seconds("assemble") { series = MetricSeries.assemble(from: [table], catalog: .builtIn, log: &log) }
print("monthly series:      \(format(assembleTime)) s wall, \(format(cpuSeconds["assemble"]!)) s CPU  (\(series.count) series, \(series.reduce(0) { $0 + $1.points.count }) monthly values)")
print("load total:          \(format(readTime + assembleTime)) s wall, \(format(cpuSeconds["read"]! + cpuSeconds["assemble"]!)) s CPU")
print("peak memory so far:  \(Int(peakRSSMegabytes())) MB")

let builder = SiteBuilder(root: root, output: root.appendingPathComponent("public"))
let check = builder.check()
print("cxsite check:        " + check.phases.map { "\($0.name) \(format($0.seconds)) s" }.joined(separator: ", ") + "; \(check.errorCount) errors")
let build = builder.build()
print("cxsite build:        " + build.phases.map { "\($0.name) \(format($0.seconds)) s" }.joined(separator: ", ") + "; \(build.files) files, \(build.errorCount) errors")
print("peak memory:         \(Int(peakRSSMegabytes())) MB")
