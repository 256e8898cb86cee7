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

/// Timestamps, durations and counts as help-desk exports write them, mixed formats included.
struct ExportCellTests {
    /// 2025-03-04 14:05:09 UTC.
    static let reference = 1_741_097_109.0

    func instant(_ text: String, zone: String = "UTC", order: TicketSettings.DateOrder? = nil) -> ExportCell<ExportInstant> {
        var clock = ExportClock(zone: TimeZone(identifier: zone)!)
        return ExportTime.timestamp(text, clock: &clock, order: order)
    }

    func seconds(_ text: String, zone: String = "UTC", order: TicketSettings.DateOrder? = nil) -> Double? {
        instant(text, zone: zone, order: order).value?.seconds
    }

    func problem(_ text: String, order: TicketSettings.DateOrder? = nil) -> String? {
        if case .invalid(let what, let expected) = instant(text, order: order) { return "\(what); \(expected)" }
        return nil
    }

    @Test(arguments: [
        "2025-03-04 14:05:09", "2025-03-04T14:05:09Z", "2025-03-04T14:05:09.000Z", "2025-03-04 15:05:09 +01:00",
        "2025-03-04T15:05:09+0100", "2025-03-04 09:05:09 -05:00", "2025-03-04 14:05:09 UTC", "2025/03/04 2:05:09 PM",
        "04.03.2025 14:05:09", "4 Mar 2025 14:05:09", "Mar 4, 2025 2:05:09 PM", "March 4, 2025 14:05:09",
        "1741097109", "1741097109000", "  2025-03-04 14:05:09  ",
    ])
    func everyWrittenFormOfOneInstant(_ text: String) {
        #expect(seconds(text) == Self.reference, "\(text)")
        #expect(instant(text).value?.period.description == "2025-03")
    }

    @Test func dateWithoutTimeIsMidnight() {
        #expect(seconds("2025-03-04") == 1_741_046_400)
        #expect(seconds("2025-03-04 14:05") == Self.reference - 9)
        #expect(abs(seconds("2025-03-04T14:05:09.25Z")! - (Self.reference + 0.25)) < 1e-6)
    }

    @Test func sentinelsAndPlaceholdersMeanNoDate() {
        for text in ["", "   ", "1900-01-01 00:00:00", "1899-12-30", "1970-01-01 00:00:00", "0000-00-00 00:00:00", "0", "-", "n/a", "NULL", "none"] {
            if case .empty = instant(text) {} else { Issue.record("'\(text)' should mean no date, got \(instant(text))") }
        }
    }

    @Test func slashedDatesNeedAnOrderUnlessUnambiguous() {
        #expect(problem("03/04/2025 10:00") == "'03/04/2025 10:00' could be day-first or month-first; set 'date_order: day-first' or 'date_order: month-first' under 'tickets:' in site.yml, or export ISO dates (2025-03-04)")
        #expect(instant("03/04/2025", order: .dayFirst).value?.period.description == "2025-04")
        #expect(instant("03/04/2025", order: .monthFirst).value?.period.description == "2025-03")
        #expect(instant("25/03/2025").value?.period.description == "2025-03", "a day above 12 tells the order")
        #expect(instant("03/25/2025").value?.period.description == "2025-03")
        #expect(instant("04/04/2025").value?.period.description == "2025-04", "equal parts need no order")
    }

    @Test func unreadableTimestampsSayWhatWasExpected() {
        #expect(problem("2025-13-45 10:00:00") == "'2025-13-45 10:00:00' is not a real date; expected a date and time such as 2025-03-04 14:05:09")
        #expect(problem("2025-02-29") == "'2025-02-29' is not a real date; expected a date and time such as 2025-03-04 14:05:09")
        #expect(problem("yesterday") == "'yesterday' is not a date; expected a date and time such as 2025-03-04 14:05:09")
        #expect(problem("2025-03-04 25:00:00") == "'2025-03-04 25:00:00' has no such time of day; expected a date and time such as 2025-03-04 14:05:09")
        #expect(problem("2025-03-04 10:00 tomorrow") != nil)
        #expect(problem("12345") != nil, "only 10 or 13 digits are Unix time")
    }

    @Test func naiveTimesAreInTheExportsTimeZone() {
        // Dublin is UTC+1 in summer: 10:00 there is 09:00 UTC; the month is the one written.
        let dublin = seconds("2025-07-01 00:30:00", zone: "Europe/Dublin")
        #expect(dublin == 1_751_329_800.0 - 3600, "\(String(describing: dublin.map { $0 - 1_751_326_200 }))")
        #expect(instant("2025-07-01 00:30:00", zone: "Europe/Dublin").value?.period.description == "2025-07")
        // An explicit offset gives the instant; the month is then counted in the zone.
        #expect(instant("2025-06-30T23:30:00Z", zone: "Europe/Dublin").value?.period.description == "2025-07")
        #expect(instant("2025-06-30T23:30:00Z").value?.period.description == "2025-06")
        // Across the spring change (01:00 UTC on 30 March 2025), 00:30 → 02:30 local is one hour.
        let before = seconds("2025-03-30 00:30", zone: "Europe/Dublin")!, after = seconds("2025-03-30 02:30", zone: "Europe/Dublin")!
        #expect(after - before == 3600)
    }

    @Test func durationsInMinutesOrHours() {
        #expect(ExportTime.hours("90", minutes: true).value == 1.5)
        #expect(ExportTime.hours("02:30:00", minutes: false).value == 2.5)
        #expect(ExportTime.hours("26:15", minutes: false).value == 26.25)
        #expect(ExportTime.hours("2.25", minutes: false).value == 2.25)
        #expect(ExportTime.hours("0", minutes: false).value == 0)
        if case .empty = ExportTime.hours(" ", minutes: true) {} else { Issue.record("empty") }
        if case .invalid(let what, _) = ExportTime.hours("-5", minutes: true) { #expect(what == "'-5' is a negative duration") } else { Issue.record("negative") }
        if case .invalid(let what, _) = ExportTime.hours("1:75", minutes: false) { #expect(what == "'1:75' is not a duration") } else { Issue.record("1:75") }
        if case .invalid(let what, _) = ExportTime.hours("two", minutes: true) { #expect(what == "'two' is not a number of minutes") } else { Issue.record("two") }
    }

    @Test func countsAreWholeNumbers() {
        #expect(ExportTime.count("3").value == 3)
        #expect(ExportTime.count(" 4 ").value == 4)
        #expect(ExportTime.count("2.0").value == 2)
        if case .empty = ExportTime.count("") {} else { Issue.record("empty") }
        if case .invalid = ExportTime.count("-1") {} else { Issue.record("-1") }
        if case .invalid = ExportTime.count("three") {} else { Issue.record("three") }
        if case .invalid = ExportTime.count("1.5") {} else { Issue.record("1.5") }
    }
}
