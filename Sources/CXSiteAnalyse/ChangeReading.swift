import CXSiteSupport
import CXSiteModel

/// How a month-over-month change may be read: better or worse only when it is more than chance
/// (or exact: a count), steady when it is within chance, untested when nothing says how many
/// answers or tickets it rests on. Tiles, scorecards, review summaries and highlights all read
/// a change through this one rule (docs/STATISTICS.md).
public enum ChangeReading: String, Sendable {
    /// More than chance, the good way (or a count that moved the good way).
    case better
    /// More than chance, the bad way.
    case worse
    /// Within chance at the site's confidence: the value held steady.
    case steady
    /// Not tested: n unknown in a month, or a value typed in without what its test needs.
    case untested
    /// No change at the precision shown.
    case flat
    /// A change of a metric that has no better direction (a volume).
    case neutral

    /// The reading of `delta` of `metric`, tested or not (`significant` nil when not). Nil without a delta.
    public init?(metric: MetricDefinition, delta: Double?, significant: Bool?) {
        guard let delta else { return nil }
        if NumberFormat.isZero(delta, unit: metric.unit) {
            self = .flat
        } else if significant == false {
            self = .steady
        } else if significant == nil && metric.unit != .count {
            self = .untested
        } else {
            self = metric.isImprovement(delta).map { $0 ? .better : .worse } ?? .neutral
        }
    }
}
