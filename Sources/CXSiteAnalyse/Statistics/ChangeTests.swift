import CXSiteModel

/// Whether a month-over-month change is more than chance: a two-sided test per kind of value,
/// at the same confidence as the intervals (significant when p < 1 − confidence/100).
extension Statistics {
    /// A test's result: its statistic (z or t) and two-sided p-value.
    public struct TestResult: Sendable, Equatable {
        public var statistic: Double
        public var pValue: Double

        /// Significant at `confidence` percent: p < 1 − confidence/100.
        public func isSignificant(confidence: Double) -> Bool { pValue < 1 - confidence / 100 }
    }

    /// Two shares, `hits1` of `n1` and `hits2` of `n2`: the two-proportion z test with the pooled
    /// share p = (h₁ + h₂)/(n₁ + n₂), z = (p₁ − p₂) / √(p(1 − p)(1/n₁ + 1/n₂)). Nil when a month has
    /// no cases, or every case in both is a hit (or none is): no variation to test against.
    public static func twoProportionTest(hits1: Int, of n1: Int, hits2: Int, of n2: Int) -> TestResult? {
        guard n1 > 0, n2 > 0 else { return nil }
        return twoProportionTest(percent1: 100 * Double(hits1) / Double(n1), n1: n1, percent2: 100 * Double(hits2) / Double(n2), n2: n2)
    }

    /// The same test for two shares given in percent (a share typed into a metrics CSV with its n:
    /// its hits are n · percent/100, not always a whole number).
    public static func twoProportionTest(percent1: Double, n1: Int, percent2: Double, n2: Int) -> TestResult? {
        guard n1 > 0, n2 > 0 else { return nil }
        let p1 = percent1 / 100, p2 = percent2 / 100
        let pooled = (p1 * Double(n1) + p2 * Double(n2)) / Double(n1 + n2)
        let variance = pooled * (1 - pooled) * (1 / Double(n1) + 1 / Double(n2))
        guard variance > 0 else { return nil }
        let z = (p1 - p2) / variance.squareRoot()
        return TestResult(statistic: z, pValue: 2 * (1 - normalCDF(abs(z))))
    }

    /// The test that fits two samples of one kind of value: two shares, two NPS, two means, two
    /// lists of values (medians). Nil for samples of different kinds or when the test has nothing to
    /// work with (see each test).
    public static func changeTest(_ current: MetricSample, against previous: MetricSample) -> TestResult? {
        switch (current, previous) {
        case let (.share(p1, n1), .share(p2, n2)):
            return twoProportionTest(percent1: p1, n1: n1, percent2: p2, n2: n2)
        case let (.netPromoter(promoters1, detractors1, n1), .netPromoter(promoters2, detractors2, n2)):
            guard let first = adjustedNPS(promoters: promoters1, detractors: detractors1, of: n1),
                  let second = adjustedNPS(promoters: promoters2, detractors: detractors2, of: n2) else { return nil }
            return npsChangeTest(first, second)
        case let (.values(first), .values(second)):
            return medianTest(first, second)
        case let (.mean(mean1, sd1, n1), .mean(mean2, sd2, n2)):
            return welchTest(mean1: mean1, sd1: sd1, n1: n1, mean2: mean2, sd2: sd2, n2: n2)
        default:
            return nil
        }
    }

    /// Two NPS values from their answer counts: z on the difference of the adjusted-Wald scores,
    /// z = (NPS′₁ − NPS′₂) / √(se₁² + se₂²).
    public static func npsChangeTest(_ first: AdjustedNPS, _ second: AdjustedNPS) -> TestResult? {
        let se = (first.standardError * first.standardError + second.standardError * second.standardError).squareRoot()
        guard se > 0 else { return nil }
        let z = (first.score - second.score) / se
        return TestResult(statistic: z, pValue: 2 * (1 - normalCDF(abs(z))))
    }

    /// Two means (a scale): Welch's t test, t = (m₁ − m₂) / √(s₁²/n₁ + s₂²/n₂), with the
    /// Welch–Satterthwaite degrees of freedom. Nil with fewer than two values in a month or no spread.
    public static func welchTest(mean1: Double, sd1: Double, n1: Int, mean2: Double, sd2: Double, n2: Int) -> TestResult? {
        guard n1 >= 2, n2 >= 2 else { return nil }
        let v1 = sd1 * sd1 / Double(n1), v2 = sd2 * sd2 / Double(n2)
        guard v1 + v2 > 0 else { return nil }
        let t = (mean1 - mean2) / (v1 + v2).squareRoot()
        let df = (v1 + v2) * (v1 + v2) / (v1 * v1 / Double(n1 - 1) + v2 * v2 / Double(n2 - 1))
        return TestResult(statistic: t, pValue: 2 * (1 - tCDF(abs(t), df: df)))
    }

    /// Two medians (hours): Mood's median test. Both months' values are split at the median of
    /// all of them into above and not above; the 2 × 2 table's χ² (1 degree of freedom, no
    /// continuity correction) gives p = 2(1 − Φ(√χ²)). Nil when a month has no values or
    /// nothing lies above the pooled median.
    public static func medianTest(_ first: [Double], _ second: [Double]) -> TestResult? {
        guard !first.isEmpty, !second.isEmpty, let pooled = median(first + second) else { return nil }
        let above1 = first.count { $0 > pooled }, above2 = second.count { $0 > pooled }
        let n1 = Double(first.count), n2 = Double(second.count), n = n1 + n2
        let above = Double(above1 + above2), below = n - above
        guard above > 0, below > 0 else { return nil }
        var chiSquare = 0.0
        for (observed, rowTotal, columnTotal) in [(Double(above1), n1, above), (n1 - Double(above1), n1, below),
                                                   (Double(above2), n2, above), (n2 - Double(above2), n2, below)] {
            let expected = rowTotal * columnTotal / n
            chiSquare += (observed - expected) * (observed - expected) / expected
        }
        return TestResult(statistic: chiSquare, pValue: 2 * (1 - normalCDF(chiSquare.squareRoot())))
    }
}
