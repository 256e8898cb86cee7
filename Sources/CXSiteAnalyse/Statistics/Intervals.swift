/// Confidence intervals for each kind of value the site shows, at a confidence in percent
/// (`statistics: confidence:`, 80–99.9). Shares and scores are in percent and points, as the site
/// shows them (docs/STATISTICS.md gives each formula in words and symbols).
extension Statistics {
    /// A value's interval: `low ≤ value ≤ high` at the confidence it was made for.
    public struct Interval: Sendable, Equatable {
        public var low: Double
        public var high: Double

        public init(low: Double, high: Double) {
            self.low = low
            self.high = high
        }

        /// Half the width, the "±" of a value whose interval is symmetric about it.
        public var margin: Double { (high - low) / 2 }
    }

    /// The Wilson score interval of a share: `hits` of `n`, in percent; nil for n = 0.
    ///
    /// With p̂ = hits / n and z the normal critical value:
    /// centre = (p̂ + z²/2n) / (1 + z²/n), half-width = z / (1 + z²/n) · √(p̂(1 − p̂)/n + z²/4n²).
    public static func wilson(hits: Int, of n: Int, confidence: Double) -> Interval? {
        guard n > 0, hits >= 0, hits <= n else { return nil }
        return wilson(percent: 100 * Double(hits) / Double(n), n: n, confidence: confidence)
    }

    /// The Wilson interval of a share given as a percentage of `n` (a value typed into a metrics
    /// CSV with its `n`); nil for n = 0 or a percentage outside 0–100.
    public static func wilson(percent: Double, n: Int, confidence: Double) -> Interval? {
        guard n > 0, (0...100).contains(percent) else { return nil }
        let z = normalCritical(confidence: confidence)
        let n = Double(n), p = percent / 100, z2 = z * z
        let centre = (p + z2 / (2 * n)) / (1 + z2 / n)
        let half = z / (1 + z2 / n) * (p * (1 - p) / n + z2 / (4 * n * n)).squareRoot()
        return Interval(low: 100 * max(0, centre - half), high: 100 * min(1, centre + half))
    }

    /// The adjusted-Wald estimate of a Net Promoter Score (Rocks 2016): n′ = n + 3, promoters and
    /// detractors each + ¾, so p₊′ = (promoters + ¾)/n′ and p₋′ = (detractors + ¾)/n′; the
    /// adjusted score is p₊′ − p₋′ and its variance p₊′ + p₋′ − (p₊′ − p₋′)².
    public struct AdjustedNPS: Sendable, Equatable {
        /// The adjusted score, in points (−100…100).
        public var score: Double
        /// Its standard error, in points.
        public var standardError: Double
    }

    /// The adjusted-Wald estimate of an NPS from its answer counts; nil without answers.
    public static func adjustedNPS(promoters: Int, detractors: Int, of n: Int) -> AdjustedNPS? {
        guard n > 0, promoters >= 0, detractors >= 0, promoters + detractors <= n else { return nil }
        let adjusted = Double(n) + 3
        let plus = (Double(promoters) + 0.75) / adjusted, minus = (Double(detractors) + 0.75) / adjusted
        let variance = plus + minus - (plus - minus) * (plus - minus)
        return AdjustedNPS(score: 100 * (plus - minus), standardError: 100 * (variance / adjusted).squareRoot())
    }

    /// The adjusted-Wald interval of an NPS: the adjusted score ± z · its standard error, within −100…100.
    public static func npsInterval(promoters: Int, detractors: Int, of n: Int, confidence: Double) -> Interval? {
        guard let nps = adjustedNPS(promoters: promoters, detractors: detractors, of: n) else { return nil }
        let half = normalCritical(confidence: confidence) * nps.standardError
        return Interval(low: max(-100, nps.score - half), high: min(100, nps.score + half))
    }

    /// The t interval of a mean (a scale such as CES): mean ± t(n − 1) · s/√n, s the sample
    /// standard deviation; nil for fewer than two values.
    public static func meanInterval(mean: Double, standardDeviation: Double, n: Int, confidence: Double) -> Interval? {
        guard n >= 2 else { return nil }
        let half = tCritical(confidence: confidence, df: Double(n - 1)) * standardDeviation / Double(n).squareRoot()
        return Interval(low: mean - half, high: mean + half)
    }

    /// The distribution-free interval of a median from the order statistics: the values of ranks
    /// l and n + 1 − l (from 1, in sorted order), l the largest rank with P(B ≤ l − 1) ≤ α/2 for B
    /// binomial(n, ½). Its coverage is at least the confidence asked for; nil when n is too small
    /// for any rank to qualify (fewer than 6 values at 95 %).
    public static func medianInterval(_ values: [Double], confidence: Double) -> Interval? {
        let n = values.count
        let alpha = 1 - confidence / 100
        var rank = 0
        while rank + 1 <= n / 2, binomialHalfCDF(rank, n: n) <= alpha / 2 { rank += 1 }
        guard rank >= 1 else { return nil }
        var work = values
        let low = kth(rank - 1, &work)
        let high = kth(n - rank, &work)
        return Interval(low: low, high: high)
    }
}
