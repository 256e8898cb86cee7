/// What a value was computed from, kept so that its change from another month can be tested
/// against chance (docs/STATISTICS.md, "Tests of a month-over-month change").
///
/// A value typed into a metrics CSV with its `n` gives a share; an NPS needs its `promoters` and
/// `detractors` too, a mean its `sd`; a median typed in has no sample: its change cannot be tested.
public enum MetricSample: Sendable, Hashable {
    /// A share, in percent, of `n` cases (CSAT, FCR, every rate).
    case share(percent: Double, n: Int)
    /// A Net Promoter Score from its answer counts.
    case netPromoter(promoters: Int, detractors: Int, n: Int)
    /// A mean of a scale (CES) with its sample standard deviation.
    case mean(mean: Double, standardDeviation: Double, n: Int)
    /// The values a median is taken over (hours), in any order.
    case values([Double])
}
