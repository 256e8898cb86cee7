import Testing
import CXSiteSupport
import CXSiteModel
import CXSiteLoad
import CXSiteAnalyse
import CXSiteCharts
import CXSiteRender
import CXSiteWrite
import CXSite

/// Reads `text` as the metrics file `path` and assembles its series with the built-in catalog.
func metricSeries(_ files: [(path: String, bytes: [UInt8])], catalog: MetricCatalog = .builtIn) -> (series: [MetricSeries], diagnostics: [String]) {
    var log = DiagnosticLog()
    let tables = files.compactMap { MetricTableReader.read(bytes: $0.bytes, path: $0.path, log: &log) }
    let series = MetricSeries.assemble(from: tables, catalog: catalog, log: &log)
    return (series, log.sorted.map(\.description))
}

func metricSeries(_ text: String, path: String = "content/metrics/a.csv") -> (series: [MetricSeries], diagnostics: [String]) {
    metricSeries([(path, Array(text.utf8))])
}

/// `metric/segment/channel month=value@target …`, one line per series: easy to compare.
func summary(_ series: [MetricSeries]) -> [String] {
    series.map { s in
        let key = [s.metric, s.segment ?? "", s.channel ?? ""].joined(separator: "/")
        let points = s.points.map { "\($0.month)=\($0.value)@\($0.target.map { "\($0)" } ?? "-")" }
        return key + " " + points.joined(separator: " ")
    }
}

struct MetricTableReaderTests {
    @Test func longShapeWithBreakdownsAndTargets() {
        let (series, diagnostics) = metricSeries("""
            month,metric,segment,channel,value,target
            2025-03,csat,,,85.1%,
            2025-03,csat,small,,86.4%,
            2025-03,first_response_hours,,email,21.2,24
            2025-04,csat,,,,
            2025-04,csat,,,86,90

            """)
        #expect(diagnostics == [])
        #expect(summary(series) == [
            "csat// 2025-03=85.1@85.0 2025-04=86.0@90.0",
            "csat/small/ 2025-03=86.4@85.0",
            "first_response_hours//email 2025-03=21.2@24.0",
        ])
    }

    @Test func wideShapeOneColumnPerMetric() {
        let (series, diagnostics) = metricSeries("""
            month,csat,nps,agent_enps
            2025-03,85.1%,31,
            2025-04,86,,12
            """)
        #expect(diagnostics == [])
        #expect(summary(series) == [
            "agent_enps// 2025-04=12.0@20.0",
            "csat// 2025-03=85.1@85.0 2025-04=86.0@85.0",
            "nps// 2025-03=31.0@30.0",
        ])
    }

    @Test func wideShapeMayCarryASegmentColumn() {
        let (series, diagnostics) = metricSeries("Month , Segment ,csat\n2025-03,small,80\n2025-03,,82\n")
        #expect(diagnostics == [])
        #expect(summary(series) == ["csat// 2025-03=82.0@85.0", "csat/small/ 2025-03=80.0@85.0"])
    }

    @Test func datedRowsAreAggregatedByTheMetricsRule() {
        let (series, diagnostics) = metricSeries("""
            date,metric,value
            2025-03-03,tooling_uptime,99.5
            2025-03-10,tooling_uptime,99.7
            2025-03-17,first_response_hours,30
            2025-03-03,first_response_hours,10
            2025-03-10,first_response_hours,20
            2025-03-24,first_response_hours,100
            2025-04-01,tooling_uptime,100
            """)
        #expect(diagnostics == [])
        #expect(summary(series) == [
            "first_response_hours// 2025-03=25.0@24.0",
            "tooling_uptime// 2025-03=99.6@99.5 2025-04=100.0@99.5",
        ])
        #expect(series[0].points[0].rows == 4)
        #expect(series[0].points[0].source == SourceLocation(path: "content/metrics/a.csv", line: 5, column: 33))
    }

    @Test func sumAndLastFollowTheCatalog() {
        var catalog = MetricCatalog.builtIn
        catalog.metrics[catalog.metrics.firstIndex { $0.id == "nps" }!].aggregate = .sum
        catalog.metrics[catalog.metrics.firstIndex { $0.id == "csat" }!].aggregate = .last
        let text = "date,metric,value\n2025-03-31,csat,70\n2025-03-01,csat,90\n2025-03-02,nps,5\n2025-03-09,nps,7\n"
        let (series, diagnostics) = metricSeries([("content/metrics/a.csv", Array(text.utf8))], catalog: catalog)
        #expect(diagnostics == [])
        #expect(summary(series) == ["csat// 2025-03=70.0@85.0", "nps// 2025-03=12.0@30.0"])
    }

    /// The same numbers written with LF, CRLF, a BOM, lone CRs, every field quoted and a line
    /// break inside a quoted segment name: the same series come out.
    @Test func lineEndingsBOMAndQuotedNewlinesDoNotChangeTheSeries() {
        let plain = "month,metric,segment,value\n2025-03,csat,,85.1%\n2025-03,csat,small business,86.4\n2025-04,nps,,31\n"
        let crlf = plain.replacingOccurrences(of: "\n", with: "\r\n")
        let lonecr = plain.replacingOccurrences(of: "\n", with: "\r")
        let quoted = "\"month\",\"metric\",\"segment\",\"value\"\r\n\"2025-03\",\"csat\",\"\",\"85.1%\"\r\n"
            + "\"2025-03\",\"csat\",\"small\r\nbusiness\",\"86.4\"\r\n\n\"2025-04\",\"nps\",\"\",\"31\""
        let variants: [(String, [UInt8])] = [
            ("plain", Array(plain.utf8)),
            ("crlf", Array(crlf.utf8)),
            ("bom", [0xEF, 0xBB, 0xBF] + Array(crlf.utf8)),
            ("lone-cr", Array(lonecr.utf8)),
            ("quoted", [0xEF, 0xBB, 0xBF] + Array(quoted.utf8)),
        ]
        let expected = summary(metricSeries(plain).series)
        #expect(expected == ["csat// 2025-03=85.1@85.0", "csat/small business/ 2025-03=86.4@85.0", "nps// 2025-04=31.0@30.0"])
        for (name, bytes) in variants {
            let (series, diagnostics) = metricSeries([("content/metrics/\(name).csv", bytes)])
            #expect(diagnostics == [], "\(name)")
            #expect(summary(series) == expected, "\(name)")
        }
    }

    @Test func positionsCountFromAfterTheBOM() {
        let (_, diagnostics) = metricSeries([("content/metrics/a.csv", [0xEF, 0xBB, 0xBF] + Array("month,csat\r\n2025-03,x\r\n".utf8))])
        #expect(diagnostics == ["content/metrics/a.csv:2:9: error: 'x' is not a number (column 'csat'); expected a decimal such as 87.5 or 87.5%"])
    }

    @Test func everyBadCellIsReportedTogether() {
        let (series, diagnostics) = metricSeries("""
            month,metric,value
            2025-13,csat,abc
            2025-03,cast,80
            2025-03,csat,NaN
            2025-03,csat,81,extra
            2025-04,,82
            ,csat,83
            2025-05,csat,1e308
            2025-06,csat,84
            """)
        #expect(diagnostics == [
            "content/metrics/a.csv:2:1: error: '2025-13' is not a month (column 'month'); expected YYYY-MM such as 2025-03",
            "content/metrics/a.csv:2:14: error: 'abc' is not a number (column 'value'); expected a decimal such as 87.5 or 87.5%",
            "content/metrics/a.csv:3:9: error: unknown metric 'cast' (did you mean 'csat'?); expected a metric id from the catalog, or add the metric under 'metrics:' in site.yml",
            "content/metrics/a.csv:4:14: error: 'NaN' is not a number (column 'value'); expected a decimal such as 87.5 or 87.5%",
            "content/metrics/a.csv:5:17: error: expected 3 fields as in the header, found 4",
            "content/metrics/a.csv:6:9: error: the metric id is missing (column 'metric'); expected a metric id such as csat",
            "content/metrics/a.csv:7:1: error: the month is missing (column 'month'); expected YYYY-MM such as 2025-03",
            "content/metrics/a.csv:8:14: error: '1e308' is not a number (column 'value'); expected a plain decimal without an exponent, such as 87.5",
        ])
        #expect(summary(series) == ["csat// 2025-06=84.0@85.0"])
    }

    @Test func unknownIdIsReportedOncePerFileWithItsCount() {
        let (_, diagnostics) = metricSeries("month,metric,value\n2025-03,nsp,1\n2025-04,nsp,2\n2025-05,nsp,\n")
        #expect(diagnostics == ["content/metrics/a.csv:2:9: error: unknown metric 'nsp' (did you mean 'nps'?) (3 rows name it; this is the first); expected a metric id from the catalog, or add the metric under 'metrics:' in site.yml"])
    }

    @Test func duplicatesNameBothPlaces() {
        let a = "month,metric,segment,value\n2025-03,csat,small,80\n"
        let b = "month,csat\n2025-03,81\n"
        let c = "month,metric,segment,value\n2025-04,csat,small,1\n2025-03,csat,small,2\n"
        let (series, diagnostics) = metricSeries([("content/metrics/a.csv", Array(a.utf8)), ("content/metrics/b.csv", Array(b.utf8)),
                                                  ("content/metrics/c.csv", Array(c.utf8))])
        #expect(diagnostics == ["content/metrics/c.csv:3:20: error: 'csat' (segment small) for 2025-03 is given twice: here and at content/metrics/a.csv:2:20; keep one of them"])
        #expect(summary(series) == ["csat// 2025-03=81.0@85.0", "csat/small/ 2025-04=1.0@85.0"])
    }

    @Test func sameDateTwiceAndMonthPlusDatesAreDuplicates() {
        let dated = "date,metric,value\n2025-03-03,tooling_uptime,99\n2025-03-03,tooling_uptime,98\n2025-04-01,csat,80\n"
        let monthly = "month,metric,value\n2025-04,csat,81\n"
        let (_, diagnostics) = metricSeries([("content/metrics/a.csv", Array(dated.utf8)), ("content/metrics/b.csv", Array(monthly.utf8))])
        #expect(diagnostics == [
            "content/metrics/a.csv:3:27: error: 'tooling_uptime' for 2025-03-03 is given twice: here and at content/metrics/a.csv:2:27; keep one of them",
            "content/metrics/b.csv:2:14: error: 'csat' for 2025-04 is given both as a monthly value and by date (2025-04-01): here and at content/metrics/a.csv:4:17; give a month either one value or dated rows",
        ])
    }

    @Test func differentTargetsInOneMonthAreAnError() {
        let (_, diagnostics) = metricSeries("date,metric,value,target\n2025-03-01,csat,80,85\n2025-03-02,csat,81,90\n")
        #expect(diagnostics == ["content/metrics/a.csv:3:17: error: 'csat' has target 90 here but 85 at content/metrics/a.csv:2:17 for the same month 2025-03; expected one target per month"])
    }

    @Test func percentSignOnlyForPercentMetrics() {
        let (_, diagnostics) = metricSeries("month,ces,csat\n2025-03,5.4%,85%\n")
        #expect(diagnostics == ["content/metrics/a.csv:2:9: error: a value with '%' for 'ces', which is measured in points on a scale; expected a plain number"])
    }

    @Test func headerProblems() {
        #expect(metricSeries("month,metric,value,segmnt\n").diagnostics == [
            "content/metrics/a.csv:1:20: error: unknown column 'segmnt' in a long metrics file (did you mean 'segment'?); expected month, week or date, metric, value, and optionally segment, channel, target, n, sd, promoters, detractors",
        ])
        #expect(metricSeries("2025-03,csat,85\n").diagnostics == [
            "content/metrics/a.csv:1:1: error: cannot tell the shape of this metrics file from its header '2025-03,csat,85'; expected 'month,metric,value' (long) or 'month' followed by metric ids such as 'month,csat,nps' (wide)",
        ])
        #expect(metricSeries("metric,value\n").diagnostics == [
            "content/metrics/a.csv:1:1: error: the header has no 'month' column; expected 'month' (YYYY-MM), 'week' (YYYY-Www) or 'date' (YYYY-MM-DD), as in 'month,metric,value'",
        ])
        #expect(metricSeries("month,metric\n").diagnostics == [
            "content/metrics/a.csv:1:1: error: the header has no 'value' column; a long metrics file needs 'month,metric,value'",
        ])
        #expect(metricSeries("month,csat,,csat\n").diagnostics == [
            "content/metrics/a.csv:1:12: error: column 3 of the header has no name; expected a column name such as 'month', 'metric' or a metric id",
            "content/metrics/a.csv:1:13: error: column 'csat' appears twice in the header (also column 2); each column may appear once",
        ])
        #expect(metricSeries("month,date,csat\n").diagnostics == [
            "content/metrics/a.csv:1:7: error: the header has both 'month' and 'date'; expected one of them (a month YYYY-MM, a week YYYY-Www or a date YYYY-MM-DD per row)",
        ])
        #expect(metricSeries("month,csat,target\n").diagnostics == [
            "content/metrics/a.csv:1:12: error: a 'target' column needs the long shape 'month,metric,value,target'; in a wide file targets come from the catalog or site.yml",
        ])
        #expect(metricSeries("").diagnostics == [
            "content/metrics/a.csv:1:1: error: metrics file is empty; expected a header such as 'month,metric,value' and a row per value, or delete the file",
        ])
        #expect(metricSeries("month,metric,value\n").diagnostics == [
            "content/metrics/a.csv:2:1: error: metrics file has a header but no rows; add rows such as '2026-01,csat,87.5' below it, or delete the file",
        ])
    }

    @Test func csvSyntaxErrorsAndUTF16() {
        #expect(metricSeries("month,csat\n2025-03,8\"5\n2025-04,\"86\n").diagnostics == [
            "content/metrics/a.csv:2:10: error: a quote (\") inside an unquoted field; enclose the field in quotes and double the quotes inside it",
            "content/metrics/a.csv:3:9: error: quoted field has no closing quote before the end of the file",
        ])
        let (_, diagnostics) = metricSeries([("content/metrics/u.csv", [0xFF, 0xFE, 0x6D, 0x00])])
        #expect(diagnostics == ["content/metrics/u.csv:1:1: error: file is UTF-16; save it as UTF-8 (\"CSV UTF-8\" in spreadsheet programs)"])
    }

    @Test func aMonthColumnRefusesDates() {
        #expect(metricSeries("month,csat\n2025-03-01,85\n").diagnostics == [
            "content/metrics/a.csv:2:1: error: '2025-03-01' is a date (column 'month'); expected a month written YYYY-MM such as 2025-03, or name the column 'date' to give daily values",
        ])
    }
}

/// Ordinary rows of a long file are read from their bytes (`MetricTableReader.Builder.addPlain`);
/// every other row through the checked path. Both must give the same table and the same messages.
struct MetricTablePlainRowTests {
    /// The table read with and without the plain-row path, as comparable text, and the diagnostics.
    private func bothWays(_ text: String) -> (plain: [String], checked: [String]) {
        func read(_ plainRows: Bool) -> [String] {
            var log = DiagnosticLog()
            let table = MetricTableReader.read(bytes: Array(text.utf8), path: "content/metrics/m.csv", plainRows: plainRows, log: &log)
            var lines = log.sorted.map(\.description)
            if let table {
                lines.append("rows \(table.rowCount) shape \(table.shape) dated \(table.dated)")
                lines += table.series.map { "series \($0.key.metric)|\($0.key.segment ?? "-")|\($0.key.channel ?? "-") at \($0.location) uses \($0.uses)" }
                lines += table.entries.map { e in
                    let bits = e.value.bitPattern
                    return "entry \(e.series) \(e.period)-\(e.day) \(e.value) bits \(bits) % \(e.percent) target \(e.target.map { "\($0)" } ?? "-") at \(e.line):\(e.column)"
                }
            }
            return lines
        }
        return (read(true), read(false))
    }

    @Test func plainAndCheckedPathsAgreeOnOrdinaryAndUnusualRows() {
        let text = [
            "date,metric,segment,channel,value,target",
            "2025-03-03,csat,small,email,85.1%,90",
            "2025-03-03,csat,small,chat,-0.0,",
            "2025-03-04,csat,,email,+12,",
            "2025-03-05,csat,small,email,.5,",
            "2025-03-06,csat,small,email,5.,",
            "2025-03-07,csat,small,email,0.1234567890123,",
            "2025-03-08,csat,small,email,1234567890.1234567,",      // 17 digits: checked path
            "2025-03-09,csat,small,email,1e3,",                       // error
            "2025-03-10,csat,small,email,\"1,5\",",                   // error
            "2025-03-11,csat,\"big  business\",email,3,",            // collapsed
            "2025-03-12,csat,\" small \",email,4,",                   // trimmed
            "2025-03-13,csat,Zoë,email,4,",                          // not ASCII
            "2025-03-14,csat,\"say \"\"hi\"\"\",email,4,",            // escaped quotes
            "2025-03-15,nps,,,30,",
            "2025-03-15,nps,,,31,",                                  // same date twice (found later)
            "2025-03-16,unknown_metric,,,1,",
            "2025-02-30,nps,,,1,",                                   // no such day
            "2025-03,nps,,,1,",                                      // a month in a date column
            "2025-03-17,,,,1,",                                      // no metric
            "2025-03-18,nps,,,,",                                    // no value
            "2025-03-19,nps,,,87.5 %,",                              // space before %
            "2025-03-20,nps,,,7,80%",
            "2025-03-21,nps,,",                                      // ragged
            "2025-03-22, nps,,,7,",                                  // blank before the id
            "2025-03-23,nps,a\tb,,7,",
            "2025-03-24,nps,,,00000000000000000000001,",
            "2025-03-25,nps,,,-,",
            "2025-03-26,nps,,,.,",
        ].joined(separator: "\r\n") + "\r\n"
        let (plain, checked) = bothWays(text)
        #expect(plain == checked)
        #expect(plain.contains { $0.contains("entry") && $0.contains("85.1") }, "the table is not empty")
    }

    @Test func plainAndCheckedPathsAgreeOnAMonthFile() {
        let text = "month,metric,value\n2025-01,csat,80\n2025-02,csat,81%\n2025-02-01,csat,82\n2025-13,csat,1\n2025-03,nps,12\n"
        let (plain, checked) = bothWays(text)
        #expect(plain == checked)
    }

    @Test func plainNumbersAreReadExactlyAsDoubleReadsThem() {
        var generator = SplitMix64(seed: 7)
        for _ in 0..<2000 {
            let digits = Int.random(in: 1...15, using: &generator)
            var text = String((0..<digits).map { _ in Character(String(Int.random(in: 0...9, using: &generator))) })
            if Bool.random(using: &generator) { text.insert(".", at: text.index(text.startIndex, offsetBy: Int.random(in: 0...digits, using: &generator))) }
            if Bool.random(using: &generator) { text = "-" + text }
            let value = Array(text.utf8).withUnsafeBufferPointer { MetricNumber.parsePlain($0) }
            let expected = try? MetricNumber.parse(text)
            #expect(value == expected, "\(text)")
        }
    }

    /// A wide file's `<id>_n`, `<id>_sd`, `<id>_promoters` and `<id>_detractors` are about the
    /// metric beside them, not metrics of their own; their cells become the point's sample, and
    /// a bad cell is an error at it.
    @Test func wideCompanionColumnsGiveTheSample() throws {
        let (series, diagnostics) = metricSeries("month,nps,nps_n,nps_promoters,nps_detractors,ces,ces_n,ces_sd\n2026-09,34,553,52,18,5.69,307,1.2\n2026-10,36,384,53%,17,5.7,300,-1\n")
        #expect(series.map(\.metric) == ["ces", "nps"])
        let nps = try #require(series.first { $0.metric == "nps" })
        #expect(nps.points.map(\.sample) == [.netPromoter(promoters: 288, detractors: 100, n: 553), .netPromoter(promoters: 204, detractors: 65, n: 384)])
        let ces = try #require(series.first { $0.metric == "ces" })
        #expect(ces.points.map(\.sample) == [.mean(mean: 5.69, standardDeviation: 1.2, n: 307), nil])
        #expect(diagnostics == ["content/metrics/a.csv:3:31: error: '-1' is not a standard deviation of 0 or more (column 'ces_sd')"])
    }
}
