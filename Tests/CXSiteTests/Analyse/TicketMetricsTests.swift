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

/// One small, hand-made export per format goes in; the monthly metrics come out equal to the
/// values worked out by hand in each test (the working is in the comments).
struct TicketMetricsTests {
    /// `actual` equals `expected` to 1e-9, or both are absent.
    func expectValue(_ actual: Double?, _ expected: Double?, _ what: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        switch (actual, expected) {
        case (nil, nil): break
        case let (a?, e?): #expect(abs(a - e) < 1e-9, "\(what): \(a) ≠ \(e)", sourceLocation: sourceLocation)
        default: Issue.record("\(what): \(String(describing: actual)) ≠ \(String(describing: expected))", sourceLocation: sourceLocation)
        }
    }

    func expectMonth(_ model: FixtureModel, _ month: String, _ expected: [String: Double?], sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        for (metric, value) in expected {
            expectValue(model.computed(metric, month)?.value, value, "\(metric) \(month)", sourceLocation: sourceLocation)
            expectValue(model.series(metric, month), value, "series \(metric) \(month)", sourceLocation: sourceLocation)
        }
    }

    // MARK: Zendesk

    @Test func zendeskExportGivesEveryResolveMetricByMonth() throws {
        let model = FixtureModel("tickets-zendesk")
        #expect(model.diagnostics.isEmpty, "\(model.diagnosticText)")
        // January, tickets 1001–1008 (created in January; 1008 at 23:30 on the 31st).
        // First reply (calendar minutes column): 0.5, 25, 2, 48, –(1005), 1, 0.25, 4 h
        //   sorted 0.25 0.5 1 2 4 25 48 → median 2; p90 at rank 0.9×6 = 5.4 → 25 + 0.4×23 = 34.2.
        // Solved: 1001, 1002, 1003, 1006, 1008 (1004 open, 1005 solved 1900-01-01, 1007 solved before created).
        // Resolution (full resolution minutes): 6, 48, 36, 12, 48 → median 36.
        // FCR (≤1 reply, no reopen): 1001 → 1/5. Within 2 replies: 1001, 1002 → 2/5. Reopened: 1002 → 1/5.
        // Past two replies: 1003 (tag escalated_to_call), 1004 (no), 1006 (Phone call), 1008 (group Call team) → 3/4.
        // CSAT from Satisfaction Score (the survey export has no CSAT column): Good, Bad, Good, Good → 3/4.
        // Surveys sent in January: 1001, 1002, 1003, 1006; answered 1001, 1002, 1006 → 3/4.
        //   NPS 10, 6, 8 → 1 promoter, 1 detractor of 3 → 0. Solved? yes, no, yes → 2/3.
        //   Sent after resolution: 25 h, 0.5 h, 23 h, 25 h → 2/4 at 24 h or more.
        expectMonth(model, "2025-01", [
            "first_response_hours": 2, "resolution_hours": 36, "fcr_rate": 20, "resolved_within_2_rate": 40,
            "reopen_rate": 20, "escalation_compliance": 75, "csat": 75, "survey_response_rate": 75,
            "nps": 0, "solved_yes_rate": 200.0 / 3, "survey_delay_compliance": 50,
        ])
        expectValue(model.computed("first_response_hours", "2025-01")?.percentile90, 34.2, "p90 January")
        #expect(model.computed("first_response_hours", "2025-01")?.basis == 7)
        #expect(model.computed("resolution_hours", "2025-01")?.basis == 5)
        // February, tickets 2001–2005 (2006 is deleted; a repeated header line in between).
        // First reply: 1/6 (10 min), 30, 1.5, –(2004), 10 → median (1.5 + 10)/2 = 5.75; p90 rank 2.7 → 10 + 0.7×20 = 24.
        // Solved 2001, 2002, 2003, 2005: resolution 2, 48, 6, 24 → median 15.
        // FCR 2001 → 1/4. Within 2: 2001, 2005 → 2/4. Reopened none → 0.
        // Past two replies: 2002 (no), 2003 (tag video_call) → 1/2. CSAT Good, Bad → 1/2.
        // Surveys sent in February: 1008, 2001, 2002, 2003; answered 2001, 2002 → 2/4.
        //   NPS 9, 7 → 1 promoter of 2 → 50. Solved? yes, no → 1/2. Sent 24, 24, 1/12, 24 h after → 3/4.
        expectMonth(model, "2025-02", [
            "first_response_hours": 5.75, "resolution_hours": 15, "fcr_rate": 25, "resolved_within_2_rate": 50,
            "reopen_rate": 0, "escalation_compliance": 50, "csat": 50, "survey_response_rate": 50,
            "nps": 50, "solved_yes_rate": 50, "survey_delay_compliance": 75,
        ])
        expectValue(model.computed("first_response_hours", "2025-02")?.percentile90, 24, "p90 February")
        #expect(model.analysis.ticketMetrics.missing.isEmpty, "\(model.analysis.ticketMetrics.missing)")
    }

    @Test func zendeskRuleChecksListTheOffendersByTicketID() throws {
        let model = FixtureModel("tickets-zendesk")
        let first = try #require(model.check(.firstResponse, "2025-01"))
        #expect(first.checked == 7 && first.passed == 5 && first.withoutReply == 1 && !first.meetsTarget)
        #expect(first.offenders.map(\.id) == ["1004", "1002"])
        #expect(first.offenders.map(\.value) == [48, 25])
        let escalation = try #require(model.check(.escalation, "2025-01"))
        #expect(escalation.checked == 4 && escalation.passed == 3 && escalation.target == 95)
        #expect(escalation.offenders.map(\.id) == ["1004"] && escalation.offenders.first?.value == 3)
        let survey = try #require(model.check(.surveyDelay, "2025-01"))
        #expect(survey.checked == 4 && survey.passed == 2)
        #expect(survey.offenders.map(\.id) == ["1002", "1003"])
        #expect(survey.offenders.map(\.value) == [0.5, 23])

        #expect(model.check(.firstResponse, "2025-02").map { ($0.checked, $0.passed, $0.offenders.map(\.id)) } ?? (0, 0, []) == (4, 3, ["2002"]))
        #expect(model.check(.escalation, "2025-02").map { ($0.checked, $0.passed) } ?? (0, 0) == (2, 1))
        let february = try #require(model.check(.surveyDelay, "2025-02"))
        #expect(february.offenders.map(\.id) == ["2002"])
        #expect(abs(february.offenders[0].value - 5.0 / 60) < 1e-9)
    }

    @Test func zendeskExportSummaryCountsWhatWasLeftOut() throws {
        let model = FixtureModel("tickets-zendesk")
        let export = try #require(model.site.helpDesk.ticketExports.first)
        #expect(export.format == "Zendesk ticket export")
        #expect(export.rows == 15 && export.used == 13 && export.skipped.isEmpty)
        #expect(export.ignored.map(\.reason) == ["repeated header line", "deleted or spam ticket"])
        #expect(export.ignored.map(\.count) == [1, 1])
        #expect(export.source(of: "first_response_hours")?.method == "median of 'First reply time in minutes' (calendar hours); 90th percentile shown")
        #expect(model.site.helpDesk.summary == "tickets: 1 Zendesk ticket export (13 rows used); surveys: 1 survey export (8 rows used)")
    }

    // MARK: Freshdesk

    @Test func freshdeskExportReadsHoursWrittenBothWays() throws {
        let model = FixtureModel("tickets-freshdesk")
        #expect(model.diagnostics.isEmpty, "\(model.diagnosticText)")
        // March, tickets 301–304 (302 created "05/03/2025 10:00", day-first as site.yml says).
        // First response (in hrs): 01:30:00 = 1.5, 26.5, 2.25, 0.5 → sorted 0.5 1.5 2.25 26.5
        //   → median (1.5 + 2.25)/2 = 1.875; p90 rank 2.7 → 2.25 + 0.7×24.25 = 19.225.
        // Solved: 301 Resolved, 302 Closed, 304 Resolved (303 Open). Resolution (in hrs): 3.5, 48, 12 → median 12.
        // Within 2 agent interactions: 301 (1) of 301, 302 (3), 304 (3) → 1/3.
        // Past two interactions: 302 (tag escalated_to_call), 303 (4, Email), 304 (Source Phone) → 2/3.
        // CSAT (Survey results): Extremely Happy, Unhappy, Neutral → 1/3.
        expectMonth(model, "2025-03", [
            "first_response_hours": 1.875, "resolution_hours": 12, "resolved_within_2_rate": 100.0 / 3,
            "escalation_compliance": 200.0 / 3, "csat": 100.0 / 3,
            "fcr_rate": nil, "reopen_rate": nil, "survey_response_rate": nil, "nps": nil,
        ])
        expectValue(model.computed("first_response_hours", "2025-03")?.percentile90, 19.225, "p90 March")
        // April: 305 (00:05:00 = 1/12 h, resolved in 24:00:00, 2 interactions, Happy); 306 pending, no reply.
        expectMonth(model, "2025-04", [
            "first_response_hours": 1.0 / 12, "resolution_hours": 24, "resolved_within_2_rate": 100,
            "escalation_compliance": nil, "csat": 100,
        ])
        // Freshdesk exports count no reopens and list no unanswered surveys: those metrics are
        // absent, each with one note naming the column that would give it.
        let missing = model.analysis.ticketMetrics.missing
        #expect(missing["reopen_rate"] == ["content/tickets/freshdesk-march-april.csv needs a reopen count column (Zendesk's 'Reopens'); or export as a ticket export mapped under 'tickets: columns:' in site.yml"])
        #expect(missing["fcr_rate"]?.first?.contains("a reopen count column") == true)
        #expect(missing["survey_response_rate"]?.first?.contains("a survey export in content/surveys/") == true)
        #expect(missing["nps"] == ["a survey export in content/surveys/ with an 'nps' column (answers 0–10)"])
        let escalation = try #require(model.check(.escalation, "2025-03"))
        #expect(escalation.offenders.map(\.id) == ["303"] && escalation.offenders[0].value == 4)
        #expect(model.check(.firstResponse, "2025-03")?.offenders.map(\.id) == ["302"])
        #expect(model.check(.firstResponse, "2025-04").map { ($0.checked, $0.passed, $0.withoutReply) } ?? (0, 0, 0) == (1, 1, 1))
    }

    // MARK: Intercom

    @Test func intercomExportUsesTimestampsInAnyOffset() throws {
        let model = FixtureModel("tickets-intercom")
        #expect(model.diagnostics.isEmpty, "\(model.diagnosticText)")
        // May (UTC): 9001 (0.5 h to reply, closed after 2 h, rating 5), 9002 (27 h, 48 h, rating 2),
        // 9003 (Unix time; 1 h, open), 9004 (23:30 on 31 May at +02:00 is 21:30 UTC: May; 1 h, 10 h, rating 4).
        // First response 0.5 1 1 27 → median 1; p90 rank 2.7 → 1 + 0.7×26 = 19.2. Resolution 2 48 10 → 10.
        // CSAT ratings 5, 2, 4 → 2/3. The export counts no replies: no FCR, within-2, reopen or escalation.
        expectMonth(model, "2025-05", [
            "first_response_hours": 1, "resolution_hours": 10, "csat": 200.0 / 3,
            "fcr_rate": nil, "resolved_within_2_rate": nil, "reopen_rate": nil, "escalation_compliance": nil,
        ])
        expectValue(model.computed("first_response_hours", "2025-05")?.percentile90, 19.2, "p90 May")
        // June: 9005, open without a reply: counted, but gives no value.
        #expect(model.site.helpDesk.tickets[try Period(parsing: "2025-06")]?.tickets == 1)
        #expect(model.computed("first_response_hours", "2025-06") == nil)
        #expect(model.analysis.ticketMetrics.missing["escalation_compliance"]?.first?.contains("an agent reply count column") == true)
        #expect(model.check(.firstResponse, "2025-05")?.offenders.map(\.id) == ["9002"])
    }

    // MARK: Generic

    @Test func genericExportMappedInSiteYmlCountsInItsTimeZone() throws {
        let model = FixtureModel("tickets-generic")
        #expect(model.diagnostics.isEmpty, "\(model.diagnosticText)")
        // Times are Europe/Dublin. R-1 opens at 00:30 on 30 March, the night the clocks go forward:
        // the 02:30 reply is 1 h later, the 04:30 close 3 h. R-2: 2 h to reply, closed after 48 h,
        // 3 replies, reopened once, went to a call, rating 3.
        // March: first response 1, 2 → median 1.5, p90 1.9; resolution 3, 48 → 25.5; FCR R-1 → 1/2;
        // within 2 → 1/2; reopened R-2 → 1/2; escalation R-2 → 1/1; CSAT 5, 3 → 1/2.
        expectMonth(model, "2025-03", [
            "first_response_hours": 1.5, "resolution_hours": 25.5, "fcr_rate": 50, "resolved_within_2_rate": 50,
            "reopen_rate": 50, "escalation_compliance": 100, "csat": 50,
        ])
        expectValue(model.computed("first_response_hours", "2025-03")?.percentile90, 1.9, "p90 March")
        // R-3 opens at 00:30 on 1 July Dublin time (23:30 on 30 June UTC): it is a July ticket.
        // July: first response 30, 0.75 → median 15.375, p90 0.75 + 0.9×29.25 = 27.075; R-4 solved in 3 h.
        // Escalation: R-3 (4 replies, no call) → 0/1. CSAT: R-4 rated 4 → 1/1 (R-3 not rated).
        expectMonth(model, "2025-07", [
            "first_response_hours": 15.375, "resolution_hours": 3, "fcr_rate": 100, "resolved_within_2_rate": 100,
            "reopen_rate": 0, "escalation_compliance": 0, "csat": 100,
        ])
        expectValue(model.computed("first_response_hours", "2025-07")?.percentile90, 27.075, "p90 July")
        #expect(model.site.helpDesk.tickets[try Period(parsing: "2025-06")] == nil)
        #expect(model.check(.escalation, "2025-07")?.offenders.map(\.id) == ["R-3"])
        #expect(model.site.helpDesk.exports.first?.format == "ticket export mapped in site.yml")
    }

    // MARK: Combining with content/metrics/

    @Test func aMetricsCSVWinsOverComputedValuesWithOneWarning() throws {
        let folder = TemporaryFolder()
        folder.write("site.yml", "base_url: https://cx.example.com/\n")   // a published site: no warning about the feed
        folder.write("content/metrics/kpis.csv", "month,metric,value\n2025-01,first_response_hours,9.5\n2025-02,first_response_hours,8\n2025-01,csat,80%\n")
        let export = try String(contentsOf: TestPaths.fixtures.appendingPathComponent("tickets-zendesk/content/tickets/zendesk-2025-q1.csv"), encoding: .utf8)
        folder.write("content/tickets/zendesk.csv", export)
        let model = FixtureModel(root: folder.url)
        #expect(model.diagnosticText == """
            content/metrics/kpis.csv:2:30: warning: 'first_response_hours' for 2025-01 and 2025-02 is also computed from content/tickets/zendesk.csv; the values in content/metrics/ are used (remove them to use the computed values, or set 'compute_metrics: false' under 'tickets:' in site.yml to use the exports for the rule checks only)
            content/metrics/kpis.csv:4:14: warning: 'csat' for 2025-01 is also computed from content/tickets/zendesk.csv; the value in content/metrics/ is used (remove it to use the computed value, or set 'compute_metrics: false' under 'tickets:' in site.yml to use the exports for the rule checks only)

            """)
        #expect(model.series("first_response_hours", "2025-01") == 9.5)
        #expect(model.series("csat", "2025-01") == 80)
        #expect(model.series("csat", "2025-02") == 50, "a month the CSV leaves out keeps the computed value")
        #expect(model.analysis.ticketMetrics.superseded["first_response_hours"]?.map(\.description) == ["2025-01", "2025-02"])
        // The rule checks do not depend on the metrics: they are still made.
        #expect(model.check(.firstResponse, "2025-01")?.checked == 7)
    }

    @Test func computeMetricsFalseKeepsTheExportsForTheChecksAndTheVolume() throws {
        let folder = TemporaryFolder()
        folder.write("site.yml", "base_url: https://cx.example.com/\ntickets:\n  compute_metrics: false\n")
        folder.write("content/metrics/kpis.csv", "month,metric,value\n2025-01,first_response_hours,9.5\n")
        let export = try String(contentsOf: TestPaths.fixtures.appendingPathComponent("tickets-zendesk/content/tickets/zendesk-2025-q1.csv"), encoding: .utf8)
        folder.write("content/tickets/zendesk.csv", export)
        let model = FixtureModel(root: folder.url)
        #expect(model.diagnostics.isEmpty, "\(model.diagnosticText)")
        // Only the volume is computed: no metrics CSV of the team records it.
        #expect(Set(model.site.metricSeries.map(\.metric)) == ["first_response_hours", "tickets_created", "tickets_solved", "backlog"])
        #expect(model.series("first_response_hours", "2025-02") == nil)
        #expect(model.series("tickets_created", "2025-01") != nil)
        // Without the fixture's "groups: [Call team]", ticket 1008 does not count as escalated.
        #expect(model.check(.escalation, "2025-01")?.passed == 2)
    }

    // MARK: Statistics

    @Test func medianAndNinetiethPercentile() {
        #expect(Statistics.median([]) == nil)
        #expect(Statistics.median([3]) == 3)
        #expect(Statistics.median([4, 1, 3, 2]) == 2.5)
        #expect(Statistics.percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90) == 9.1)
        #expect(Statistics.percentile([5], 90) == 5)
        #expect(Statistics.percentile([10, 0], 90) == 9)
    }

    /// Selection, not sorting, finds the medians and percentiles: the same values as reading a
    /// sorted copy, on lists with many ties, runs and odd and even lengths.
    @Test func selectionAgreesWithSorting() {
        var random = SplitMix64(seed: 16)
        for length in [1, 2, 3, 4, 5, 10, 11, 100, 1001, 5000] {
            for shape in 0..<4 {
                let values: [Double] = (0..<length).map { i in
                    switch shape {
                    case 0: Double(random.next() % 1_000_000) / 10
                    case 1: Double(random.next() % 4)            // many ties
                    case 2: Double(i)                             // already sorted
                    default: Double(length - i)                   // reversed
                    }
                }
                let sorted = values.sorted()
                let middle = sorted.count / 2
                let median = sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
                #expect(Statistics.median(values) == median, "length \(length), shape \(shape)")
                let rank = 0.9 * Double(sorted.count - 1)
                let low = Int(rank.rounded(.down)), high = min(low + 1, sorted.count - 1)
                #expect(Statistics.percentile(values, 90) == sorted[low] + (sorted[high] - sorted[low]) * (rank - Double(low)))
            }
        }
    }

    @Test func offenderListKeepsTheWorstTenInFileOrderOnTies() {
        var list = OffenderList(highestFirst: true)
        for i in 0..<30 {
            list.consider(Offender(id: "t\(i)", value: Double(i % 12), source: SourceLocation(path: "a.csv", line: i + 2)))
        }
        #expect(list.items.count == 10)
        #expect(list.items.map(\.id) == ["t11", "t23", "t10", "t22", "t9", "t21", "t8", "t20", "t7", "t19"])
        var soonest = OffenderList(highestFirst: false)
        for (i, hours) in [5.0, -1, 23, 0.5].enumerated() {
            soonest.consider(Offender(id: "s\(i)", value: hours, source: SourceLocation(path: "b.csv", line: i + 2)))
        }
        #expect(soonest.items.map(\.id) == ["s1", "s3", "s0", "s2"])
    }
}
