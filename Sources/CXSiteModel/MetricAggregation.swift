import CXSiteSupport

extension MetricDefinition.Aggregate {
    /// The month's value from its dated values, given in date order; nil for no values.
    ///
    /// `mean` for rates and scores, `median` for the hour medians, `sum` for counts, `last` (the
    /// value of the latest date) for stock figures.
    public func apply(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        switch self {
        case .mean:
            return values.reduce(0, +) / Double(values.count)
        case .sum:
            return values.reduce(0, +)
        case .last:
            return values[values.count - 1]
        case .median:
            let sorted = values.sorted()
            let middle = sorted.count / 2
            return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
        }
    }
}
