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

/// The `reviews-site` fixture: six months of CSAT (with its n: 400 to 4,000 answers, 20 in
/// June), first response time (with an n, but a median typed in), reopen rate and NPS (no n;
/// NPS missing in April), notes for March, May and June, and May frozen with a CSAT value the
/// CSV has since corrected (86.1 % published, 86.6 % now).
struct MonthlyReviewTests {
    static let root = TestPaths.fixtures.appendingPathComponent("reviews-site")

    static func load(_ root: URL = root) -> (Site, SiteAnalysis, DiagnosticLog) {
        var log = DiagnosticLog()
        let builder = SiteBuilder(root: root)
        var files = builder.load(log: &log)
        var site = builder.model(&files, log: &log)
        let analysis = builder.analyse(&site, log: &log)
        return (site, analysis, log)
    }

    func review(_ month: String) throws -> MonthlyReview {
        let (_, analysis, log) = Self.load()
        #expect(!log.hasErrors)
        return try #require(analysis.review(of: try Period(parsing: month)))
    }

    func sentences(_ month: String) throws -> [String] {
        try review(month).snapshot.highlights.map { "\($0.kind.rawValue): \($0.text)" }
    }

    @Test func oneReviewPerMonthWithDataInOrderWithNeighbours() {
        let (_, analysis, _) = Self.load()
        #expect(analysis.reviews.map(\.month.description) == ["2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06"])
        #expect(analysis.reviews.first?.previous == nil)
        #expect(analysis.reviews[2].previous?.description == "2026-02")
        #expect(analysis.reviews[2].next?.description == "2026-04")
        #expect(analysis.reviews.map { $0.notes != nil } == [false, false, true, false, true, true])
    }

    @Test func scorecardRowsCarryValuePreviousTargetAndStanding() throws {
        let april = try review("2026-04")
        let csat = try #require(april.snapshot.figures("csat"))
        #expect(csat.value == 84.5 && csat.previous == 83.5 && csat.target == 85 && csat.standing == .missed)
        #expect(abs(try #require(csat.delta) - 1.0) < 1e-9)
        let nps = try #require(april.snapshot.figures("nps"))
        #expect(nps.value == nil && nps.previous == 28 && nps.standing == .noData)
        let may = try review("2026-05")
        #expect(may.live.figures("nps")?.previous == nil)   // no April value: no change to show
        #expect(may.live.figures("first_response_hours")?.standing == .met)
    }

    /// CSAT has its n (`csat_n`): its changes are tested (two-proportion z; p-values and Wilson
    /// intervals checked against SciPy: Feb p = 0.428, interval 80.09–87.27; Apr p = 0.591,
    /// 83.35–85.59; May p = 0.00756, 85.51–87.62). First response time has an n but is a median
    /// typed in: not testable. Reopen rate and NPS have no n: untested.
    @Test func highlightsSayWhatTheNumbersSay() throws {
        #expect(try sentences("2026-02") == [
            "worse: The overall maturity score fell 1.7 points to 62.2 of 100, still level 4, Managed.",
            "steady: Customer satisfaction (CSAT) 84.0% (95 % interval 80.1%–87.3%, n = 400), steady: its fall of 2.0 points since January 2026 is within chance (p = 0.43), below its 85% target for the first time in the data (since January 2026).",
            "untested: First response time fell 2.0 hours to 18.0 h (n = 300; not tested against chance: the spread of the values is not known), within its 24 h target for the 2nd month running.",
            "untested: Reopen rate rose 0.2 points to 6.2% (n unknown: not tested against chance), above its 5% target for the 2nd month running.",
            "untested: Net Promoter Score fell 1 point to 30 (n unknown: not tested against chance), at its 30 target for the 2nd month running.",
        ])
        #expect(try sentences("2026-04") == [
            "worse: Overall maturity fell to level 3, Defined, from level 4: 58.7 of 100, down 1.7 points.",
            "worse: Maturity level fell in Enhance (from 3 to 1, Initial) and Strategy (from 4 to 2, Developing).",
            "steady: Customer satisfaction (CSAT) 84.5% (95 % interval 83.3%–85.6%, n = 4,000), steady: its rise of 1.0 points since March 2026 is within chance (p = 0.59), below its 85% target for the 3rd month running.",
            "untested: First response time fell 1.0 hours to 15.0 h (n = 300; not tested against chance: the spread of the values is not known), within its 24 h target for the 4th month running.",
            "untested: Reopen rate rose 0.2 points to 6.3% (n unknown: not tested against chance), above its 5% target for the 4th month running.",
            "missing: No value this month for Net Promoter Score (last value 28, in March 2026).",
        ])
        // Today's data for May: CSAT back above target after three months below, by more than
        // chance (n = 4,000 both months); NPS back after a gap (no change to report).
        let may = try review("2026-05").live.highlights
        #expect(may.contains(.init(kind: .better, metric: "csat", text: "Customer satisfaction (CSAT) rose 2.1 points to 86.6% (95 % interval 85.5%–87.6%, n = 4,000; p = 0.008), back above its 85% target for the first time since January 2026.")))
        #expect(may.contains(.init(kind: .better, metric: "nps", text: "Net Promoter Score was 32, back above its 30 target for the first time since February 2026.")))
    }

    @Test func theScorecardRecordsTheTestOfEachChange() throws {
        let may = try review("2026-05").live
        let csat = try #require(may.figures("csat"))
        #expect(csat.n == 4000 && csat.previousN == 4000 && csat.significant == true)
        #expect(abs(try #require(csat.pValue) - 0.007560282243119942) < 1e-6)
        #expect(abs(try #require(csat.interval).lowerBound - 85.50913370513614) < 1e-6)
        let hours = try #require(may.figures("first_response_hours"))
        #expect(hours.n == 300 && hours.significant == nil && hours.pValue == nil)
        #expect(may.figures("reopen_rate")?.n == nil && may.figures("reopen_rate")?.significant == nil)
    }

    @Test func smallChangesAndSmallSamplesAreLeftToTheScorecard() throws {
        // June: CSAT +0.4 points rests on 20 answers (a small sample) and is under 1 % of its 85 % target.
        let june = try sentences("2026-06")
        #expect(!june.contains { $0.contains("CSAT") })
        #expect(june.contains("untested: Reopen rate fell 0.2 points to 6.2% (n unknown: not tested against chance), above its 5% target for the 6th month running."))
        #expect(!june.contains { $0.hasPrefix("better: Reopen") }, "a change with n unknown is never called better")
    }

    @Test func runsOfMonthsOnAndOffTargetAreGrouped() throws {
        let (site, _, _) = Self.load()
        let month = try Period(parsing: "2026-06")
        // With the changes ranked away (limit 0), only the runs remain.
        let rows = MonthlyReviews.liveSnapshot(month: month, site: site, maturity: []).metrics
        let runs = ReviewHighlights.make(month: month, figures: rows.map { row in
            var flat = row
            flat.previous = row.value   // no change from the month before
            return flat
        }, site: site, overall: nil, areas: [:])
        #expect(runs.map(\.text) == [
            "On target for 3 months or more: First response time (6 months).",
            "Off target for 3 months or more: Reopen rate (6.2% against 5%, 6 months).",
        ])
        #expect(runs.map(\.kind) == [.onTarget, .offTarget])
        #expect(runs.map(\.metric) == ["first_response_hours", "reopen_rate"])
    }

    @Test func improvementsAreCarriedOverUntilDone() throws {
        let titles = { (items: [ImprovementLoop.Item]) in items.map(\.title) }
        let march = try review("2026-03").improvements
        #expect(titles(march.new) == ["Greeting macro", "Escalation <slots> & rota"])
        #expect(march.carried.isEmpty && march.done.isEmpty)

        // April has no notes: both stay open, carried with their March status.
        let april = try review("2026-04").improvements
        #expect(titles(april.carried) == ["Greeting macro", "Escalation <slots> & rota"])
        #expect(april.carried.map(\.updated) == [false, false])
        #expect(april.carried.map(\.status) == [.planned, .inProgress])

        // May closes the greeting macro (matched ignoring case), adds one, does not mention the other.
        let may = try review("2026-05").improvements
        #expect(titles(may.done) == ["greeting macro"])
        #expect(may.done.first?.previousStatus == .planned)
        #expect(may.done.first?.since.description == "2026-03")
        #expect(titles(may.carried) == ["Escalation <slots> & rota"])
        #expect(may.carried.first?.lastListed?.description == "2026-03")
        #expect(titles(may.new) == ["Survey reminder"])

        let june = try review("2026-06").improvements
        #expect(titles(june.done) == ["Escalation <slots> & rota"])
        #expect(titles(june.carried) == ["Survey reminder"])
        #expect(june.carried.first?.lastListed?.description == "2026-05")
        #expect(june.new.isEmpty)
    }

    @Test func frozenReviewKeepsThePublishedNumbersAndListsRestatements() throws {
        let may = try review("2026-05")
        let frozen = try #require(may.frozen)
        #expect(frozen.frozenOn == "2026-06-04")
        #expect(may.snapshot.figures("csat")?.value == 86.1)
        #expect(may.live.figures("csat")?.value == 86.6)
        #expect(may.snapshot.highlights.contains { $0.text.contains("rose 1.6 points to 86.1%") })
        #expect(may.restatements.count == 1)
        let restatement = try #require(may.restatements.first)
        #expect(restatement.subject == .metric("csat") && restatement.field == .value)
        #expect(restatement.text(restatement.published) == "86.1%" && restatement.text(restatement.now) == "86.6%")
        // June's change is from today's May value.
        #expect(try review("2026-06").snapshot.figures("csat")?.previous == 86.6)
    }

    @Test func checkListsRestatementsAtTheFrozenNumber() {
        let report = SiteBuilder(root: Self.root, output: nil).check()
        #expect(report.errorCount == 0)
        #expect(report.diagnostics.map(\.description) == [
            "content/reviews/2026-05.frozen.json:119:16: warning: restated: Customer satisfaction (CSAT), May 2026 was 86.1% when the review was frozen, and is 86.6% in today's data; the review keeps the frozen number and shows the new one beside it",
        ])
    }

    @Test func ruleChecksFromTheMonthsFigures() throws {
        let checks = try review("2026-04").ruleChecks
        #expect(checks.map(\.rule) == ["First response within 24 hours"])   // no journeys, no other rule metrics
        #expect(checks.first?.result == .pass)
        #expect(checks.first?.detail == "The median first response took 15.0 h, within the 24 h limit.")
        #expect(checks.first?.source == .metrics)
    }

    @Test func sampleRuleChecksIncludeJourneys() throws {
        let (_, analysis, _) = Self.load(TestPaths.repository)
        let checks = try #require(analysis.review(of: try Period(parsing: "2025-12"))).ruleChecks
        #expect(checks.map(\.rule) == [
            "First replies greet the customer by name", "Proactive help exists on every journey", "First response within 24 hours",
            "Not solved in two interactions: escalate to a call", "“Did we solve it?” survey 24 hours after resolution",
            "One improvement in each CARE stage",
        ])
        #expect(checks.map(\.result) == [.fail, .pass, .fail, .fail, .fail, .pass])
        #expect(checks[2].detail == "The median first response took 34.0 h, over the 24 h limit.")
        #expect(checks[1].source == .journeys && checks[0].source == .metrics)
    }

    @Test func ordinalsAndLists() {
        #expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111].map(ReviewHighlights.ordinal) ==
                ["1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd", "101st", "111th"])
        #expect(ReviewHighlights.list(["a"]) == "a")
        #expect(ReviewHighlights.list(["a", "b"]) == "a and b")
        #expect(ReviewHighlights.list(["a", "b", "c"]) == "a, b and c")
        #expect(ReviewHighlights.amount(1, unit: .score) == "1 point")
        #expect(ReviewHighlights.amount(0.7, unit: .hours) == "0.7 hours")
        #expect(ReviewHighlights.amount(0.12, unit: .scale) == "0.12")
        #expect(ReviewHighlights.amount(12, unit: .count) == "12 tickets")
        #expect(ReviewHighlights.amount(1, unit: .count, counting: "customer") == "1 customer")
        #expect(ReviewHighlights.amount(3.5, unit: .amount) == "3.50")
        #expect(ReviewHighlights.position(4, target: 5, better: .lower) == "within")
        #expect(ReviewHighlights.position(30, target: 30, better: .higher) == "at")
    }
}
