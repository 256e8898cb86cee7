import CXSiteSupport
import CXSiteModel

/// A linear map from a data interval (the domain) onto a drawing interval (the range), and
/// "nice" round axis ticks: steps of 1, 2 or 5 times a power of ten (0, 5, 10…; 0, 0.5, 1…).
///
/// The range may run backwards (a y axis grows upwards while SVG's y grows downwards).
public struct Scale: Sendable, Equatable {
    public let domainLower: Double
    public let domainUpper: Double
    public let rangeStart: Double
    public let rangeEnd: Double

    public init(domain: ClosedRange<Double>, range rangeStart: Double, _ rangeEnd: Double) {
        self.domainLower = domain.lowerBound
        self.domainUpper = domain.upperBound
        self.rangeStart = rangeStart
        self.rangeEnd = rangeEnd
    }

    /// The drawing position of `value`; the middle of the range when the domain is a single point.
    public func callAsFunction(_ value: Double) -> Double {
        let span = domainUpper - domainLower
        guard span > 0, span.isFinite else { return (rangeStart + rangeEnd) / 2 }
        return rangeStart + (value - domainLower) / span * (rangeEnd - rangeStart)
    }

    /// Ticks for an axis over `lower…upper`: round values from the largest multiple of the
    /// step at or below `lower` to the smallest at or above `upper`, at most `maxIntervals`
    /// intervals. `0…87` gives 0, 20, 40, 60, 80, 100.
    public static func niceTicks(from lower: Double, to upper: Double, maxIntervals: Int = 5) -> [Double] {
        nice(from: lower, to: upper, maxIntervals: maxIntervals).ticks
    }

    /// The nice ticks of `niceTicks`, the step between them, and the decimals a label needs.
    public static func nice(from lower: Double, to upper: Double, maxIntervals: Int = 5) -> (ticks: [Double], step: Double, decimals: Int) {
        var lo = lower.isFinite ? lower : 0
        var hi = upper.isFinite ? upper : 1
        if lo > hi { swap(&lo, &hi) }
        if lo == hi {
            // One value: open a small interval around it so it sits between two ticks.
            let pad = lo == 0 ? 1 : max(abs(lo) * 0.1, 1e-9)
            lo -= pad
            hi += pad
            if lower >= 0 && lo < 0 { lo = 0 }
        }
        let step = niceStep(span: hi - lo, maxIntervals: max(1, maxIntervals))
        // Tolerate float noise: 0.30000000000000004 / 0.1 is still the third step, not the fourth.
        let first = (lo / step.value + 1e-9).rounded(.down)
        let last = (hi / step.value - 1e-9).rounded(.up)
        var ticks: [Double] = []
        var k = first
        while k <= last && ticks.count < 1000 {
            ticks.append(step.tick(k))
            k += 1
        }
        return (ticks, step.value, max(0, -step.exponent))
    }

    /// How many decimals a label needs to tell ticks `step` apart (0.5 → 1, 20 → 0).
    public static func decimals(forStep step: Double) -> Int {
        guard step > 0, step.isFinite else { return 0 }
        var d = 0
        var s = step
        while d < 6 && abs(s - s.rounded()) > 1e-9 * max(1, abs(s)) {
            s *= 10
            d += 1
        }
        return d
    }

    /// A step of `mantissa` × 10^`exponent`, with mantissa 1, 2 or 5.
    private struct Step {
        package let mantissa: Int
        package let exponent: Int
        package var value: Double { Double(mantissa) * Self.power(exponent) }

        /// The `k`-th multiple of the step, computed so that 3 × 0.1 is 0.3 and not 0.30000000000000004.
        package func tick(_ k: Double) -> Double {
            exponent >= 0 ? k * Double(mantissa) * Self.power(exponent) : k * Double(mantissa) / Self.power(-exponent)
        }

        package static func power(_ e: Int) -> Double {
            var p = 1.0
            if e >= 0 { for _ in 0..<e { p *= 10 } } else { for _ in 0..<(-e) { p /= 10 } }
            return p
        }

        /// The memberwise initialiser, open to the other targets.
        package init(mantissa: Int, exponent: Int) {
            self.mantissa = mantissa
            self.exponent = exponent
        }
    }

    /// The smallest step of 1, 2 or 5 × 10^k that splits `span` into at most `maxIntervals`.
    private static func niceStep(span: Double, maxIntervals: Int) -> Step {
        let rough = span / Double(maxIntervals)
        guard rough > 0, rough.isFinite else { return Step(mantissa: 1, exponent: 0) }
        var exponent = 0
        while Step.power(exponent) > rough { exponent -= 1 }
        while Step.power(exponent + 1) <= rough { exponent += 1 }
        // Now 10^exponent <= rough < 10^(exponent+1).
        for mantissa in [1, 2, 5] {
            let step = Step(mantissa: mantissa, exponent: exponent)
            if step.value >= rough * (1 - 1e-12) { return step }
        }
        return Step(mantissa: 1, exponent: exponent + 1)
    }
}
