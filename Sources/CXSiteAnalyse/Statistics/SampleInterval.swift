import CXSiteModel

extension MetricSample {
    /// The value's confidence interval at `confidence` percent, by the kind of sample: Wilson for
    /// a share, adjusted Wald for an NPS, t for a mean, order statistics for a median (nil when it
    /// has too few values). Every interval the site shows is made here.
    public func interval(confidence: Double) -> ClosedRange<Double>? {
        let interval: Statistics.Interval?
        switch self {
        case .share(let percent, let n): interval = Statistics.wilson(percent: percent, n: n, confidence: confidence)
        case .netPromoter(let promoters, let detractors, let n):
            interval = Statistics.npsInterval(promoters: promoters, detractors: detractors, of: n, confidence: confidence)
        case .mean(let mean, let sd, let n): interval = Statistics.meanInterval(mean: mean, standardDeviation: sd, n: n, confidence: confidence)
        case .values(let values): interval = Statistics.medianInterval(values, confidence: confidence)
        }
        return interval.map { $0.low...$0.high }
    }
}
