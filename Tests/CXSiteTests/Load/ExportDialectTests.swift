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

/// `date_format` patterns, delimiters told from the header line, decimal commas, and the loud
/// checks of an export that cannot be used.
struct ExportDialectTests {
    func read(_ text: String, _ pattern: String) -> DatePattern.Match? {
        let p = try! DatePattern(pattern)
        var copy = text
        return copy.withUTF8 { p.match($0, from: 0, to: $0.count) }
    }

    @Test func patternsReadEveryForm() {
        #expect(read("22-04-15", "%d-%m-%y") == .init(year: 2015, month: 4, day: 22))
        #expect(read("22-Apr-15", "%d-%b-%y") == .init(year: 2015, month: 4, day: 22))
        #expect(read("22-april-99", "%d-%b-%y")?.year == 2099, "%y is 2000–2099")
        #expect(read("20250304", "%Y%m%d") == .init(year: 2025, month: 3, day: 4))
        #expect(read("03/04/2025 02:05 PM", "%m/%d/%Y %I:%M %p") == .init(year: 2025, month: 3, day: 4, hour: 14, minute: 5))
        #expect(read("03/04/2025 12:05 am", "%m/%d/%Y %I:%M %p")?.hour == 0)
        #expect(read("2025-03-04T10:00:09.5+01:30", "%FT%T%z") == .init(year: 2025, month: 3, day: 4, hour: 10, minute: 0, second: 9.5, offset: 5400))
        #expect(read(" 4 Sept 2025 ", "%e %b %Y") == nil, "surrounding blanks are the caller's to trim")
        #expect(read("4  Sept 2025", "%e %b %Y") == .init(year: 2025, month: 9, day: 4), "a space matches a run of blanks")
        #expect(read("31-02-25", "%d-%m-%y") == nil, "not a real date")
        #expect(read("22-04-2015", "%d-%m-%y") == nil, "the whole cell must match")
        #expect(read("13/04/2025 02:05", "%m/%d/%Y %H:%M") == nil)
    }

    @Test func badPatternsSayWhatIsAllowed() {
        #expect(throws: DatePattern.PatternError.self) { try DatePattern("%d-%q-%y") }
        #expect(throws: DatePattern.PatternError.self) { try DatePattern("%H:%M") }
        #expect(throws: DatePattern.PatternError.self) { try DatePattern("%d/%m/%Y %I:%M") }
        #expect(DatePattern.guess(["22-04-15", "30-12-24"])?.text == "%d-%m-%y")
        #expect(DatePattern.guess(["22-Apr-15 14:05"])?.text == "%d-%b-%y %H:%M")
        #expect(DatePattern.guess(["yesterday"]) == nil)
    }

    @Test func aPatternComesBeforeTheBuiltInFormsWhichStillApply() {
        var clock = ExportClock(zone: TimeZone(identifier: "UTC")!)
        let formats = [try! DatePattern("%d-%m-%y")]
        #expect(ExportTime.timestamp("04-03-25", clock: &clock, order: nil, formats: formats).value?.period.description == "2025-03")
        #expect(ExportTime.timestamp("2025-03-04 10:00", clock: &clock, order: nil, formats: formats).value?.period.description == "2025-03")
        #expect(ExportTime.timestamp("1900-01-01", clock: &clock, order: nil, formats: formats).value == nil)
        if case .invalid(_, let expected) = ExportTime.timestamp("04/03/25", clock: &clock, order: nil, formats: formats) {
            #expect(expected == "expected a date matching date_format '%d-%m-%y'")
        } else {
            Issue.record("04/03/25 should not be read")
        }
    }

    @Test func theDelimiterIsToldFromTheHeaderLineAndQuotingWorksInEach() {
        for (delimiter, name) in [(";", CSVReader.Delimiter.semicolon), ("\t", .tab), (",", .comma)] {
            let text = "a\(delimiter)\"b\(delimiter)c\"\(delimiter)d\r\n1\(delimiter)\"x\"\"y\"\(delimiter)2\n"
            var reader = CSVReader(bytes: Array(text.utf8), delimiter: nil)
            var rows: [[String]] = []
            while let result = reader.next() { if let fields = try? result.get().fields { rows.append(fields) } }
            #expect(reader.delimiter == name)
            #expect(rows == [["a", "b\(delimiter)c", "d"], ["1", "x\"y", "2"]])
        }
        var quoted = CSVReader(bytes: Array("\"a;b\",c,d\n".utf8), delimiter: nil)
        _ = quoted.next()
        #expect(quoted.delimiter == .comma, "a delimiter inside quotes does not count")
    }

    @Test func errorsKeepTheirLineAndColumnInASemicolonFile() {
        var reader = CSVReader(bytes: Array("a;b\n1;\"x\"y;2\n".utf8), delimiter: nil)
        _ = reader.next()
        guard case .failure(let error)? = reader.next() else { Issue.record("expected an error"); return }
        #expect(error.description == "2:6: unexpected \"y\" after a closing quote; expected ';' or the end of the line")
    }

    @Test func decimalCommasInSemicolonMetricsFiles() throws {
        var log = DiagnosticLog()
        let text = "month;metric;value;target\n2026-01;csat;81,5;85\n2026-02;csat;\"82,25 %\";85\n2026-03;csat;83.5;85\n2026-04;csat;1.234;85\n"
        let table = try #require(MetricTableReader.read(bytes: Array(text.utf8), path: "m.csv", log: &log))
        #expect(table.entries.map(\.value) == [81.5, 82.25, 83.5])
        #expect(log.sorted.map(\.description) == ["m.csv:5:14: error: '1.234' is ambiguous in a file with decimal commas (column 'value'); expected 81,5 for a decimal, or 1234 without a thousands separator"])
        var commaLog = DiagnosticLog()
        _ = MetricTableReader.read(bytes: Array("month,metric,value\n2026-01,csat,\"81,5\"\n".utf8), path: "c.csv", log: &commaLog)
        #expect(commaLog.sorted.count == 1, "a comma file keeps the decimal point")
    }

    @Test func anExportOfWhichNothingCanBeUsedIsAnErrorWithTheFix() {
        var data = HelpDeskData()
        var log = DiagnosticLog()
        let text = "Ref,Opened\nA,22-04-15\nB,23-04-15\n"
        data.settings.ticketColumns = [.id: "Ref", .created: "Opened"]
        TicketExportReader.read(bytes: Array(text.utf8), path: "content/tickets/x.csv", into: &data, log: &log)
        let errors = log.sorted.filter { $0.severity == .error }.map(\.description)
        #expect(errors == ["content/tickets/x.csv:1:5: error: none of the 2 rows of this export can be used: the creation time in column 'Opened' cannot be read (such as '22-04-15' at line 2); set tickets: date_format: \"%d-%m-%y\" in site.yml"])
    }

    @Test func aMostlyUnreadableColumnGetsOneWarningWithTheShare() {
        var data = HelpDeskData()
        var log = DiagnosticLog()
        let text = "Ticket ID;Created time;First response time (in hrs)\n1;2025-01-02 10:00;1.5.5\n2;2025-01-03 10:00;x\n3;2025-01-04 10:00;2,5\n"
        TicketExportReader.read(bytes: Array(text.utf8), path: "content/tickets/f.csv", into: &data, log: &log)
        let share = log.sorted.filter { $0.message.contains("of the cells of column") }.map(\.description)
        #expect(share == ["content/tickets/f.csv:1:24: warning: 66.7% of the cells of column 'First response time (in hrs)' (2 of 3) (such as '1.5.5') cannot be read, so those tickets count without them; expected minutes or hours such as 95 or 2.5"])
        #expect(data.tickets[try! Period(parsing: "2025-01")]?.tickets == 3, "every ticket still counts")
        #expect(data.tickets[try! Period(parsing: "2025-01")]?.firstResponse.calendar == [2.5])
    }

    @Test func satisfactionInEveryForm() {
        let satisfied = ["Good", "good with comment", "4", "5", "103", "Extremely happy", "Awesome", "amazing"]
        let unsatisfied = ["Bad", "1", "3", "100", "-102", "Neutral", "Not good", "terrible"]
        for word in satisfied { #expect(TicketExportReader.satisfactionAnswer(word).value == .satisfied, "\(word)") }
        for word in unsatisfied { #expect(TicketExportReader.satisfactionAnswer(word).value == .unsatisfied, "\(word)") }
        #expect(TicketExportReader.satisfactionAnswer("Offered").value == .offered)
        #expect(TicketExportReader.satisfactionAnswer("Unoffered").value == .notOffered)
        #expect(TicketExportReader.satisfactionAnswer("7").value == nil && TicketExportReader.satisfactionAnswer("meh").value == nil)
    }
}
