import Foundation
import Testing
import CXSiteSupport
import CXSiteModel
import CXSiteAnalyse

/// Whether a month-over-month change is more than chance, from the point's sample to
/// `data/reviews.json`. Expected p-values are SciPy's (1.17), computed by hand from the numbers
/// in each comment.
struct ChangeSignificanceTests {
    let here = SourceLocation(path: "test.csv", line: 1, column: 1)

    func point(_ month: String, _ value: Double, n: Int? = nil, sample: MetricSample? = nil) throws -> MetricSeries.Point {
        MetricSeries.Point(month: try Period(parsing: month), value: value, target: nil, source: here, n: n, sample: sample)
    }

    func change(_ now: MetricSeries.Point, _ before: MetricSeries.Point, unit: MetricDefinition.Unit = .percent, confidence: Double = 95) -> MetricChange {
        MetricChange(key: .init(metric: "csat"), month: now.month, point: now, previous: before, unit: unit, confidence: confidence)
    }

    @Test func eachKindOfSampleGetsItsTest() throws {
        // Shares: 85 % of 380 against 75 % of 400; SciPy (pooled z): p = 0.000498.
        let shares = try #require(Statistics.changeTest(.share(percent: 85, n: 380), against: .share(percent: 75, n: 400)))
        #expect(abs(shares.pValue - 0.000498) < 1e-6)
        #expect(shares == Statistics.twoProportionTest(hits1: 323, of: 380, hits2: 300, of: 400))
        // NPS: the worked example of docs/STATISTICS.md, 200/60 of 412 against 180/70 of 400: p = 0.21.
        let nps = try #require(Statistics.changeTest(.netPromoter(promoters: 200, detractors: 60, n: 412), against: .netPromoter(promoters: 180, detractors: 70, n: 400)))
        #expect(abs(nps.pValue - 0.2077) < 5e-4)
        // Medians: SciPy's median_test(ties="below", correction=False) of these hours: p = 0.818971.
        let february = [10.0, 1800, 90, 600].map { $0 / 60 }, january = [30.0, 1500, 120, 2880, 60, 15, 240].map { $0 / 60 }
        let medians = try #require(Statistics.changeTest(.values(february), against: .values(january)))
        #expect(abs(medians.pValue - 0.818971) < 1e-6)
        // Different kinds: nothing to test.
        #expect(Statistics.changeTest(.share(percent: 85, n: 380), against: .values(january)) == nil)
    }

    @Test func aChangeSaysWhyItWasNotTested() throws {
        let significant = change(try point("2026-10", 85, n: 380, sample: .share(percent: 85, n: 380)),
                                 try point("2026-09", 75, n: 400, sample: .share(percent: 75, n: 400)))
        #expect(significant.significant == true && significant.untested == nil && significant.n == 380 && significant.previousN == 400)
        // At 99.99 % the same change is within chance.
        let strict = change(try point("2026-10", 85, n: 380, sample: .share(percent: 85, n: 380)),
                            try point("2026-09", 75, n: 400, sample: .share(percent: 75, n: 400)), confidence: 99.99)
        #expect(strict.significant == false)
        // n unknown in either month.
        let unknown = change(try point("2026-10", 85, n: 380, sample: .share(percent: 85, n: 380)), try point("2026-09", 75))
        #expect(unknown.significant == nil && unknown.pValue == nil && unknown.untested == .nUnknown)
        // An NPS typed in with its n alone: n known, nothing to test with.
        let typed = change(try point("2026-10", 36, n: 412), try point("2026-09", 34, n: 400), unit: .score)
        #expect(typed.significant == nil && typed.untested == .notTestable)
        // A count is exact: not a sample.
        let count = change(try point("2026-10", 230, n: 230), try point("2026-09", 200, n: 200), unit: .count)
        #expect(count.significant == nil && count.untested == .count)
        // Every case a hit in both months: no change, and none chance could explain.
        let perfect = change(try point("2026-10", 100, n: 40, sample: .share(percent: 100, n: 40)),
                             try point("2026-09", 100, n: 30, sample: .share(percent: 100, n: 30)))
        #expect(perfect.significant == false && perfect.pValue == 1)
    }

    @Test func readingsCallBetterOrWorseOnlyWhenSignificant() throws {
        let csat = try #require(MetricCatalog.builtIn.metric("csat"))
        #expect(ChangeReading(metric: csat, delta: 10, significant: true) == .better)
        #expect(ChangeReading(metric: csat, delta: -10, significant: true) == .worse)
        #expect(ChangeReading(metric: csat, delta: 10, significant: false) == .steady)
        #expect(ChangeReading(metric: csat, delta: 10, significant: nil) == .untested)
        #expect(ChangeReading(metric: csat, delta: 0.01, significant: nil) == .flat)
        #expect(ChangeReading(metric: csat, delta: nil, significant: true) == nil)
        let created = try #require(MetricCatalog.builtIn.metric("tickets_created"))
        #expect(ChangeReading(metric: created, delta: 30, significant: nil) == .neutral, "a volume has no better direction")
    }

    /// The sample's September 2026 against August, typed into experience-survey.csv with n and
    /// the split (NPS: promoters and detractors in percent) or the spread (CES: sd). SciPy:
    /// NPS adjusted-Wald interval 27.448856–40.177043, z test p = 0.841880 (288/100 of 553 against
    /// 260/93 of 505); CES t interval 5.555234–5.824766, Welch (`ttest_ind_from_stats`) p = 0.545375.
    @Test func typedNPSAndMeansAreTestedFromTheirSplitAndSpread() throws {
        let model = FixtureModel(root: TestPaths.repository)
        let september = try #require(model.analysis.review(of: try Period(parsing: "2026-09")))
        let nps = try #require(september.live.figures("nps")), ces = try #require(september.live.figures("ces"))
        #expect(abs(try #require(nps.pValue) - 0.841880) < 1e-6 && nps.significant == false)
        #expect(abs(try #require(nps.interval).lowerBound - 27.448856) < 1e-6 && abs(nps.interval!.upperBound - 40.177043) < 1e-6)
        #expect(abs(try #require(ces.pValue) - 0.545375) < 1e-6 && ces.significant == false)
        #expect(abs(try #require(ces.interval).lowerBound - 5.555234) < 1e-6 && abs(ces.interval!.upperBound - 5.824766) < 1e-6)
        #expect(september.live.highlights.contains { $0.kind == .steady && $0.text.hasPrefix("Net Promoter Score 34 (95 % interval 27.4–40.2, n = 553), steady:") })
    }

    /// What a spread column cannot be used for is a located warning, never a silent drop.
    @Test func aSpreadThatCannotBeUsedIsALocatedWarning() throws {
        let folder = TemporaryFolder()
        folder.write("site.yml", "base_url: https://cx.example.com/\n")
        folder.write("content/metrics/survey.csv", """
            month,metric,value,n,promoters,detractors,sd
            2026-09,nps,36,400,50,20,
            2026-10,nps,30,410,52,,
            2026-10,ces,5.6,,,,1.1
            2026-10,first_response_hours,12,300,,,2
            2026-09,csat,85%,300,,,

            """)
        let model = FixtureModel(root: folder.url)
        #expect(model.diagnostics.filter { $0.severity == .warning }.map(\.description) == [
            "content/metrics/survey.csv:2:13: warning: 'nps' is 36 but promoters − detractors is 50 − 20 = 30, with promoters + detractors at most 100; the value is used without its split, so its change is not tested",
            "content/metrics/survey.csv:3:13: warning: 'nps': promoters alone cannot be used; give both promoters and detractors (percent of the answers)",
            "content/metrics/survey.csv:4:13: warning: 'ces': sd without n cannot be used; give the number of answers in the n column (ces_n in a wide file)",
            "content/metrics/survey.csv:5:30: warning: 'first_response_hours' is measured in hours, not a mean, so its sd is not used; sd is for the mean of a scale such as ces",
        ], "\(model.diagnostics.map(\.description))")
        #expect(model.site.overallSeries(of: "nps")?.points.map(\.value) == [36, 30], "the values are kept")
    }
}
