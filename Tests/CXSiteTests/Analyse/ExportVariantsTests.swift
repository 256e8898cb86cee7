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

/// The `tickets-exports` fixture: a Zendesk export (commas, numeric and word CSAT in one column,
/// a `[list]` contact reason, unreadable cells, a ragged row), a Freshdesk export (`;`, decimal
/// commas, two-digit-year dates read by `date_format`), an Intercom export (tabs, Unix times) and
/// a mapped export (`22-Apr-25`), all written by `generate.py`, which also computed
/// `expected.json` on its own (Python's csv and strptime). Every monthly value must match it.
struct ExportVariantsTests {
    static let model = FixtureModel("tickets-exports")
    static let expected: [String: [String: Double]] = {
        let url = TestPaths.fixtures.appendingPathComponent("tickets-exports/expected.json")
        return try! JSONDecoder().decode([String: [String: Double]].self, from: Data(contentsOf: url))
    }()

    func series(_ key: MetricSeries.Key, _ month: String) -> Double? {
        Self.model.site.metricSeries.first { $0.key == key }?.value(in: try! Period(parsing: month))
    }

    @Test func everyVariantIsReadWithoutErrors() {
        let errors = Self.model.diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(Self.model.diagnosticText)")
        let formats = Set(Self.model.site.helpDesk.ticketExports.map(\.format))
        #expect(formats.count == 4)
        let delimiters = Self.model.site.helpDesk.ticketExports.map { "\($0.path): \($0.delimiter)" }
        #expect(delimiters.contains("content/tickets/freshdesk.csv: semicolon") && delimiters.contains("content/tickets/intercom-tabs.csv: tab"))
    }

    @Test func volumeAndCSATMatchTheIndependentComputation() throws {
        for metric in ["tickets_created", "tickets_solved", "backlog", "csat"] {
            let months = try #require(Self.expected[metric], "expected.json has \(metric)")
            for (month, value) in months {
                let actual = Self.model.series(metric, month)
                #expect(actual.map { abs($0 - value) < 1e-9 } == true, "\(metric) \(month): \(String(describing: actual)) ≠ \(value)")
            }
        }
        // Tickets created until March and solved in April or May: those months are not covered
        // by the exports, so their partial counts are not shown.
        for month in ["2025-04", "2025-05"] {
            #expect(Self.model.series("tickets_solved", month) == nil && Self.model.series("backlog", month) == nil, "\(month)")
        }
    }

    /// Each month's CSAT carries the answers it rests on and its 95 % Wilson interval, both as
    /// the fixture generator computed them on its own (Python's `statistics.NormalDist`).
    @Test func csatCarriesItsNAndInterval() throws {
        let url = TestPaths.fixtures.appendingPathComponent("tickets-exports/expected-intervals.json")
        let intervals = try #require(try JSONDecoder().decode([String: [String: [Double]]].self, from: Data(contentsOf: url))["csat"])
        #expect(intervals.count == 3)
        let series = try #require(Self.model.site.overallSeries(of: "csat"))
        for (month, expected) in intervals {
            let point = try #require(series.point(in: try Period(parsing: month)))
            #expect(point.n == Int(expected[0]), "\(month) n")
            let interval = try #require(point.interval, "\(month) has an interval")
            #expect(abs(interval.lowerBound - expected[1]) < 1e-9 && abs(interval.upperBound - expected[2]) < 1e-9, "\(month): \(interval) vs \(expected)")
        }
        // A count has its n and no interval.
        let created = try #require(Self.model.site.overallSeries(of: "tickets_created")?.point(in: try Period(parsing: "2025-01")))
        #expect(created.n == Int(created.value) && created.interval == nil)
    }

    @Test func breakdownsByChannelAndGroupMatch() throws {
        for (table, isChannel) in [("by_channel", true), ("by_group", false)] {
            for (label, value) in try #require(Self.expected[table]) {
                let parts = label.split(separator: "|").map(String.init)
                let key = isChannel ? MetricSeries.Key(metric: "tickets_created", channel: parts[0])
                                    : MetricSeries.Key(metric: "tickets_created", segment: parts[0])
                #expect(series(key, parts[1]) == value, "\(label)")
            }
        }
    }

    @Test func contactReasonsMatchAndHideEmailsAndLongText() throws {
        let data = Self.model.site.helpDesk
        for (label, value) in try #require(Self.expected["reasons"]) {
            let parts = label.split(separator: "|").map(String.init)
            let reasons = try #require(ContactReasons.of(try Period(parsing: parts[1]), in: data))
            #expect(reasons.rows.first { $0.reason == parts[0] }?.count == Int(value), "\(label)")
        }
        for reasons in ContactReasons.all(in: data) {
            #expect(reasons.hidden > 0, "e-mail addresses and long texts are counted, not shown")
            #expect(!reasons.rows.contains { $0.reason.contains("@") || $0.reason.count > 80 })
        }
    }

    @Test func unreadableCellsKeepTheTicketAndAreCountedPerColumn() throws {
        let zendesk = try #require(Self.model.site.helpDesk.ticketExports.first { $0.path.hasSuffix("zendesk.csv") })
        #expect(zendesk.unreadable.map(\.column) == ["Replies", "Satisfaction Score"])
        #expect(zendesk.unreadable.map(\.count) == [4, 4])
        #expect(zendesk.skipped.map(\.reason).sorted() == ["unreadable creation time", "wrong number of fields"])
    }
}
