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

/// The repository's sample site, scored, against values worked out by hand from its files.
struct SampleMaturityTests {
    static let sample = FixtureSite(root: TestPaths.repository)

    static var analysis: SiteAnalysis {
        FixtureModel(root: TestPaths.repository).analysis
    }

    @Test func enhanceInOctober2026() throws {
        let october = try #require(Self.analysis.latest)
        #expect(october.month?.description == "2026-10")
        let enhance = try #require(october.score(.stage(.enhance)))
        // content/metrics, 2026-10, overall rows of the Enhance metrics:
        //   nps 36 (≥ 30) → 1; survey_delay_compliance 97.5 (≥ 95) → 1; solved_yes_rate ≥ 85 → 1;
        //   retention_rate 91.3 (≥ 90) → 1; survey_response_rate 17.9 vs 20 → (17.9 − 10) / 10 = 0.79;
        //   repurchase_rate 26.8 vs 30 → (26.8 − 15) / 15 = 0.78667.
        //   mean = (4 + 0.79 + 0.786667) / 6 = 0.929444
        // practices: all four Enhance practices found → 1
        // content/assessment.csv, enhance rows: mean 3.5 → 0.625
        // score = 0.5 × 0.929444 + 0.25 × 1 + 0.25 × 0.625 = 0.870972 → 87.1, level 5
        #expect(enhance.metrics.count == 6)
        #expect(abs(try #require(enhance.metricsComponent) - 0.929444) < 0.00001)
        #expect(enhance.practicesComponent == 1)
        #expect(enhance.assessmentComponent == 0.625)
        #expect(abs(enhance.score - 87.0972) < 0.001)
        #expect(enhance.level == 5)
    }

    @Test func removingTheAssessmentReweightsAndStillBuilds() throws {
        let folder = TemporaryFolder()
        for item in ["site.yml", "content"] {
            try FileManager.default.copyItem(at: TestPaths.repository.appendingPathComponent(item), to: folder.url.appendingPathComponent(item))
        }
        try FileManager.default.removeItem(at: folder.url.appendingPathComponent("content/assessment.csv"))
        let model = FixtureModel(root: folder.url)
        #expect(!model.diagnostics.contains { $0.severity == .error })
        let enhance = try #require(model.analysis.latest?.score(.stage(.enhance)))
        // Without the assessment: (0.5 × 0.929444 + 0.25 × 1) / 0.75 = 0.952963 → 95.3
        #expect(enhance.assessmentComponent == nil)
        #expect(abs(enhance.score - 95.2963) < 0.001)
        #expect(FixtureSite(root: folder.url).files["maturity/index.html"] != nil)
    }

    @Test func scoresJSONHoldsTheNumbersThePagesShow() throws {
        let site = Self.sample
        let data = try #require(site.files["data/scores.json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(data.bytes)) as? [String: Any])
        let months = try #require(json["months"] as? [[String: Any]])
        let latest = try #require(months.last)
        #expect(latest["month"] as? String == "2026-10")
        let maturity = try #require(site.text("maturity/index.html"))
        let home = try #require(site.text("index.html"))
        let overall = try #require(latest["overall"] as? [String: Any])
        let overallScore = NumberFormat.fixed(try #require(overall["score"] as? Double), decimals: 1)
        #expect(maturity.contains("<p class=\"overall-score\">\(overallScore) <span>of 100</span>"))
        #expect(home.contains("<p class=\"overall-score\">\(overallScore) <span>of 100</span>"))
        let stages = try #require(latest["stages"] as? [String: [String: Any]])
        for (id, value) in stages {
            let score = NumberFormat.fixed(try #require(value["score"] as? Double), decimals: 1)
            let level = try #require(value["level"] as? Int)
            #expect(maturity.contains("id=\"\(id)\""))
            #expect(maturity.contains("<span class=\"level-pill level-\(level)\">Level \(level) · \(value["level_name"] as? String ?? "")</span> <span class=\"score-number\">\(score)</span>"),
                    "stage \(id) shows \(score)")
        }
        #expect(months.count == 20, "one entry per month of sample data, 2025-03 to 2026-10")
    }

    @Test func stepTrackerFindsTheSampleEvidence() throws {
        let steps = Self.analysis.steps
        #expect(steps.map(\.status) == [.done, .inProgress, .done, .done, .done, .done, .done])
        let refine = try #require(steps.last)
        #expect(refine.evidence.map(\.url) == ["reviews/2026-10/index.html"])
    }
}
