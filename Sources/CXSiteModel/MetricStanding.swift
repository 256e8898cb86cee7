import CXSiteSupport

/// A metric's standing against its target in one month, as a review shows and freezes it.
public enum MetricStanding: String, Sendable {
    /// At or beyond the target in the good direction.
    case met
    /// Short of the target.
    case missed
    /// The metric has no target.
    case noTarget = "no-target"
    /// The series has no values at all.
    case noData = "no-data"
}
