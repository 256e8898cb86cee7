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

/// The default rubric, checked against numbers worked out by hand.
struct MaturityModelTests {
    let settings = MaturitySettings()

    @Test func attainmentAtBeyondAndHalfWayToTarget() {
        // Higher is better, target 80: 0 at 40, 1 at 80, linear between.
        #expect(MaturityModel.attainment(value: 80, target: 80, better: .higher) == 1)
        #expect(MaturityModel.attainment(value: 95, target: 80, better: .higher) == 1)
        #expect(MaturityModel.attainment(value: 40, target: 80, better: .higher) == 0)
        #expect(MaturityModel.attainment(value: 60, target: 80, better: .higher) == 0.5)
        #expect(MaturityModel.attainment(value: 10, target: 80, better: .higher) == 0)
        // Lower is better, target 24 h: 1 at 24, 0 at 36 (1.5 × target), 50 % worse scores 0.
        #expect(MaturityModel.attainment(value: 24, target: 24, better: .lower) == 1)
        #expect(MaturityModel.attainment(value: 12, target: 24, better: .lower) == 1)
        #expect(MaturityModel.attainment(value: 36, target: 24, better: .lower) == 0)
        #expect(MaturityModel.attainment(value: 30, target: 24, better: .lower) == 0.5)
        #expect(MaturityModel.attainment(value: 48, target: 24, better: .lower) == 0)
        // A target of 0 or below (NPS) has no half-way point.
        #expect(MaturityModel.attainment(value: -5, target: 0, better: .higher) == 0)
        #expect(MaturityModel.attainment(value: 3, target: 0, better: .higher) == 1)
    }

    @Test func levelsAtTwentyPointBands() {
        #expect([0, 19.99, 20, 39.9, 40, 59.9, 60, 79.99, 80, 100].map(MaturityModel.level(for:)) == [1, 1, 2, 2, 3, 3, 4, 4, 5, 5])
    }

    @Test func weightsAreRenormalisedOverThePresentInputs() throws {
        // All three: 0.5 × 0.8 + 0.25 × 0.6 + 0.25 × 0.4 = 0.65.
        #expect(try #require(MaturityModel.combine(metrics: 0.8, practices: 0.6, assessment: 0.4, settings: settings)) == 65)
        // No assessment: (0.5 × 0.8 + 0.25 × 0.6) / 0.75 = 0.7333…
        let withoutAssessment = try #require(MaturityModel.combine(metrics: 0.8, practices: 0.6, assessment: nil, settings: settings))
        #expect(abs(withoutAssessment - 73.333333) < 0.0001)
        // Only practices: the practices alone.
        #expect(MaturityModel.combine(metrics: nil, practices: 0.6, assessment: nil, settings: settings) == 60)
        #expect(MaturityModel.combine(metrics: nil, practices: nil, assessment: nil, settings: settings) == nil)
        // Custom weights.
        var custom = MaturitySettings()
        custom.metricsWeight = 1
        custom.practicesWeight = 0
        custom.assessmentWeight = 1
        #expect(abs(try #require(MaturityModel.combine(metrics: 0.8, practices: 0.0, assessment: 0.4, settings: custom)) - 60) < 1e-9)
    }

    @Test func oneAreaScoredFromEachKindOfInput() throws {
        let csat = MetricCatalog.builtIn.metric("csat")!      // target 85, higher
        let frt = MetricCatalog.builtIn.metric("first_response_hours")!   // target 24, lower
        let metrics = [
            MetricAttainment(metric: csat, value: 85, target: 85, attainment: MaturityModel.attainment(value: 85, target: 85, better: .higher)),
            MetricAttainment(metric: frt, value: 30, target: 24, attainment: MaturityModel.attainment(value: 30, target: 24, better: .lower)),
        ]
        let practices = [PracticeCheck(id: "a", title: "A", credit: 1, detail: "", evidence: []),
                         PracticeCheck(id: "b", title: "B", credit: 0.5, detail: "", evidence: []),
                         PracticeCheck(id: "c", title: "C", credit: 0, detail: "", evidence: [])]
        let here = SourceLocation(path: "content/assessment.csv")
        let answers = [AssessmentAnswer(area: .stage(.resolve), statement: "x", score: 4, location: here),
                       AssessmentAnswer(area: .stage(.resolve), statement: "y", score: 2, location: here)]
        let score = try #require(MaturityModel.score(area: .stage(.resolve), month: nil, metrics: metrics, practices: practices,
                                                     assessment: answers, settings: settings))
        // metrics (1 + 0.5) / 2 = 0.75; practices 1.5 / 3 = 0.5; assessment mean 3 → (3 − 1) / 4 = 0.5
        // 0.5 × 0.75 + 0.25 × 0.5 + 0.25 × 0.5 = 0.625 → 62.5, level 4
        #expect(score.metricsComponent == 0.75)
        #expect(score.practicesComponent == 0.5)
        #expect(score.assessmentComponent == 0.5)
        #expect(score.score == 62.5)
        #expect(score.level == 4)

        let gains = MaturityModel.gains(for: score, settings: settings)
        // First response to target: metrics (1 + 1) / 2 = 1, +0.25 × weight 0.5 → +12.5 points.
        // Answer "y" raised from 2 to 5: assessment (0.75 + 1) / 2 = 0.875, +0.375 × 0.25 → +9.375.
        // Practice C found: (1 + 0.5 + 1) / 3 = 0.8333, +0.3333 × 0.25 → +8.333.
        // (Practice B finished: +4.167, fourth, not listed.)
        #expect(gains.map(\.action) == ["Bring First response time to its target",
                                        "Make this fully true: “y” (self-assessed 2 of 5)", "C"])
        #expect(zip(gains.map(\.points), [12.5, 9.375, 8.3333]).allSatisfy { abs($0 - $1) < 0.001 })
    }

    @Test func latestAnswerPerStatementCountsForEachMonth() throws {
        let here = SourceLocation(path: "content/assessment.csv")
        let march = try Period(parsing: "2026-03"), june = try Period(parsing: "2026-06")
        let assessment = Assessment(answers: [
            AssessmentAnswer(area: .stage(.connect), statement: "Greet by name", score: 2, month: march, location: here),
            AssessmentAnswer(area: .stage(.connect), statement: "Greet by name", score: 4, month: june, location: here),
            AssessmentAnswer(area: .stage(.connect), statement: "Undated", score: 3, location: here),
        ])
        #expect(assessment.answers(for: .stage(.connect), in: try Period(parsing: "2026-02")).map(\.score) == [3])
        #expect(assessment.answers(for: .stage(.connect), in: try Period(parsing: "2026-04")).map(\.score).sorted() == [2, 3])
        #expect(assessment.answers(for: .stage(.connect), in: try Period(parsing: "2026-10")).map(\.score).sorted() == [3, 4])
        #expect(assessment.answers(for: .stage(.assist), in: june).isEmpty)
    }
}
