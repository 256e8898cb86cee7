import Testing
import CXSiteSupport
import CXSiteModel
import CXSiteLoad
import CXSiteAnalyse
import CXSiteCharts
import CXSiteRender
import CXSiteWrite
import CXSite

struct PeriodTests {
    @Test func parsesYearDashMonth() throws {
        let month = try Period(parsing: "2025-03")
        #expect(month.year == 2025)
        #expect(month.number == 3)
        #expect(month.description == "2025-03")
        #expect(month.label == "Mar 2025")
        #expect(month.longLabel == "March 2025")
    }

    @Test(arguments: ["2025-13", "2025-00", "2025-3", "25-03", "2025/03", "", "March 2025", "2025-03 ", "２０２５-03"])
    func refusesAnythingElse(_ text: String) {
        #expect(throws: Period.ParseError.self) { try Period(parsing: text) }
    }

    @Test func explainsWhatWasExpected() {
        #expect(throws: Period.ParseError(what: "'2025-13' is not a month", expected: "expected YYYY-MM such as 2025-03")) {
            try Period(parsing: "2025-13")
        }
        #expect(throws: Period.ParseError(what: "'2025-03-01' is a date",
                                         expected: "expected a month written YYYY-MM such as 2025-03, or name the column 'date' to give daily values")) {
            try Period(parsing: "2025-03-01")
        }
    }

    @Test func parsesRealDatesOnly() throws {
        let date = try Period.parseDate("2024-02-29")
        #expect(date.month == Period(year: 2024, month: 2))
        #expect(date.day == 29)
        #expect(throws: Period.ParseError.self) { try Period.parseDate("2025-02-29") }
        #expect(throws: Period.ParseError.self) { try Period.parseDate("2025-04-31") }
        #expect(throws: Period.ParseError.self) { try Period.parseDate("2025-03") }
        #expect(throws: Period.ParseError.self) { try Period.parseDate("2025-3-1") }
    }

    @Test func ordersAndSteps() throws {
        let dec = Period(year: 2025, month: 12)!
        #expect(dec.next == Period(year: 2026, month: 1))
        #expect(dec.next.previous == dec)
        #expect(Period(year: 2025, month: 3)! < Period(year: 2025, month: 10)!)
        #expect(Period(year: 2025, month: 12)! < Period(year: 2026, month: 1)!)
        #expect(Period(year: 2025, month: 11)!.through(Period(year: 2026, month: 2)!).map(\.description)
                == ["2025-11", "2025-12", "2026-01", "2026-02"])
        #expect(dec.through(Period(year: 2025, month: 1)!).isEmpty)
        #expect(Period(year: 2025, month: 13) == nil)
    }
}
