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

    /// Every day of 2020 to 2030 falls in the ISO week Foundation's ISO 8601 calendar gives it, and
    /// that week's Monday and Sunday, text, parsing and steps agree.
    @Test func weeksAgreeWithFoundationsISOCalendar() throws {
        var calendar = Calendar(identifier: .iso8601)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let start = Period.days(year: 2020, month: 1, day: 1), end = Period.days(year: 2030, month: 12, day: 31)
        for day in start...end {
            let date = Date(timeIntervalSince1970: Double(day) * 86400)
            let parts = calendar.dateComponents([.yearForWeekOfYear, .weekOfYear, .weekday], from: date)
            let week = Period(containing: day, cadence: .weekly)
            #expect(week.year == parts.yearForWeekOfYear && week.number == parts.weekOfYear, "\(Period.dateText(day))")
            #expect(week.firstDay == day - (parts.weekday! + 5) % 7 && week.lastDay == week.firstDay + 6)
            #expect(try Period(parsing: week.description) == week)
            #expect(week.next.firstDay == week.firstDay + 7 && week.next.previous == week)
        }
    }

    @Test func theYearBoundaryOf2026And2027() throws {
        let w53 = try Period(parsing: "2026-W53")
        #expect(w53.description == "2026-W53")
        #expect(Period.dateText(w53.firstDay) == "2026-12-28" && Period.dateText(w53.lastDay) == "2027-01-03")
        #expect(Period(containing: Period.days(year: 2026, month: 12, day: 31), cadence: .weekly) == w53)
        #expect(w53.next.description == "2027-W01")
        #expect(Period.dateText(w53.next.firstDay) == "2027-01-04")
        #expect(w53.label == "W53 2026" && w53.longLabel == "Week 53, 2026")
        #expect(w53.span == "28 December 2026 – 3 January 2027")
        #expect(try Period(parsing: "2026-W44").span == "26 October – 1 November 2026")
        #expect(w53.month == Period(year: 2026, month: 12), "the month of its Thursday, 31 December")
        #expect(w53.yearEarlier == nil, "2025 has 52 weeks")
        #expect(try Period(parsing: "2027-W01").yearEarlier?.description == "2026-W01")
        #expect(try Period(parsing: "2026-W01").through(w53).count == 53)
        #expect(try Period(parsing: "2027-W02").periods(since: try Period(parsing: "2026-W52")) == 3)
        #expect(try Period(parsingWeek: "2026w05") == Period(isoYear: 2026, week: 5))
    }

    @Test func refusesWeeksTheYearDoesNotHave() {
        #expect(throws: Period.ParseError(what: "'2026-W54' is not a week of 2026, which has 53 ISO weeks", expected: "expected an ISO week YYYY-Www such as 2026-W44")) {
            try Period(parsing: "2026-W54")
        }
        #expect(throws: Period.ParseError(what: "'2027-W53' is not a week of 2027, which has 52 ISO weeks", expected: "expected an ISO week YYYY-Www such as 2026-W44")) {
            try Period(parsing: "2027-W53")
        }
        #expect(throws: Period.ParseError(what: "'2026-44' is not an ISO week", expected: "expected an ISO week YYYY-Www such as 2026-W44")) {
            try Period(parsingWeek: "2026-44")
        }
        for text in ["2026-W00", "2026-W4", "2026-W444", "W44", "2026-V44"] {
            #expect(throws: Period.ParseError.self) { try Period(parsing: text) }
        }
    }

    @Test func monthsAndWeeksOrderByTheirFirstDay() throws {
        let october = Period(year: 2026, month: 10)!
        let w40 = try Period(parsing: "2026-W40")   // 28 September to 4 October
        let w41 = try Period(parsing: "2026-W41")   // 5 to 11 October
        #expect(w40 < october && october < w41)
        #expect(w40.month == october, "its Thursday is 1 October")
    }
}
