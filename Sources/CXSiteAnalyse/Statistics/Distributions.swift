#if canImport(Glibc)
import Glibc
#endif

/// The normal and Student's t distributions: what the intervals and the tests of change need,
/// written out so that every number on the site can be traced to a formula (docs/STATISTICS.md).
extension Statistics {
    /// Φ(x), the standard normal distribution function.
    public static func normalCDF(_ x: Double) -> Double {
        0.5 * erfc(-x / 2.0.squareRoot())
    }

    /// Φ⁻¹(p) for 0 < p < 1: Acklam's rational approximation (relative error below 1.2 × 10⁻⁹),
    /// then one Halley step on Φ, which brings it to the precision of `erfc`.
    public static func normalQuantile(_ p: Double) -> Double {
        precondition(p > 0 && p < 1, "a probability strictly between 0 and 1")
        let a = [-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00]
        let b = [-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01, -1.328068155288572e+01]
        let c = [-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00]
        let d = [7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00]
        let low = 0.02425
        var x: Double
        if p < low {
            let q = (-2 * log(p)).squareRoot()
            x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
        } else if p <= 1 - low {
            let q = p - 0.5, r = q * q
            x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1)
        } else {
            let q = (-2 * log(1 - p)).squareRoot()
            x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
        }
        let e = normalCDF(x) - p
        let u = e * (2 * Double.pi).squareRoot() * exp(x * x / 2)
        x -= u / (1 + x * u / 2)
        return x
    }

    /// The two-sided critical value of the normal distribution at `confidence` percent (1.96 at 95).
    public static func normalCritical(confidence: Double) -> Double {
        normalQuantile(1 - (1 - confidence / 100) / 2)
    }

    /// P(T ≤ t) for Student's t with `df` degrees of freedom (df > 0, not necessarily whole: Welch's
    /// test gives fractional ones), through the regularized incomplete beta function.
    public static func tCDF(_ t: Double, df: Double) -> Double {
        precondition(df > 0, "degrees of freedom above 0")
        let tail = 0.5 * regularizedIncompleteBeta(df / (df + t * t), a: df / 2, b: 0.5)
        return t >= 0 ? 1 - tail : tail
    }

    /// The `p` quantile of Student's t with `df` degrees of freedom: the root of `tCDF(x) = p`,
    /// found by bisection (the distribution function is increasing; 200 halvings of a bracket
    /// that holds it leave it exact to the last bit).
    public static func tQuantile(_ p: Double, df: Double) -> Double {
        precondition(p > 0 && p < 1, "a probability strictly between 0 and 1")
        var low = -1.0, high = 1.0
        while tCDF(low, df: df) > p { low *= 2 }
        while tCDF(high, df: df) < p { high *= 2 }
        for _ in 0..<200 {
            let middle = (low + high) / 2
            if middle == low || middle == high { break }
            if tCDF(middle, df: df) < p { low = middle } else { high = middle }
        }
        return (low + high) / 2
    }

    /// The two-sided critical value of Student's t at `confidence` percent (2.262 at 95 with 9 df).
    public static func tCritical(confidence: Double, df: Double) -> Double {
        tQuantile(1 - (1 - confidence / 100) / 2, df: df)
    }

    /// I_x(a, b), the regularized incomplete beta function, by its continued fraction (modified
    /// Lentz), using the symmetry I_x(a, b) = 1 − I_{1−x}(b, a) where the fraction converges slowly.
    public static func regularizedIncompleteBeta(_ x: Double, a: Double, b: Double) -> Double {
        if x <= 0 { return 0 }
        if x >= 1 { return 1 }
        if x > (a + 1) / (a + b + 2) { return 1 - regularizedIncompleteBeta(1 - x, a: b, b: a) }
        let logGammas: Double = logGamma(a + b) - logGamma(a) - logGamma(b)
        let logPowers: Double = a * log(x) + b * log(1 - x)
        let front = exp(logGammas + logPowers) / a
        let tiny = 1e-300
        var c = 1.0, d = 1 - (a + b) * x / (a + 1)
        if abs(d) < tiny { d = tiny }
        d = 1 / d
        var fraction = d
        for m in 1...500 {
            let m = Double(m)
            // Even step.
            var numerator: Double = m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m))
            d = 1 + numerator * d; if abs(d) < tiny { d = tiny }
            c = 1 + numerator / c; if abs(c) < tiny { c = tiny }
            d = 1 / d
            fraction *= d * c
            // Odd step.
            let odd: Double = (a + m) * (a + b + m) * x
            numerator = -odd / ((a + 2 * m) * (a + 2 * m + 1))
            d = 1 + numerator * d; if abs(d) < tiny { d = tiny }
            c = 1 + numerator / c; if abs(c) < tiny { c = tiny }
            d = 1 / d
            let step = d * c
            fraction *= step
            if abs(step - 1) < 1e-15 { break }
        }
        return front * fraction
    }

    /// P(X ≤ k) for X binomial with `n` trials of probability ½ (the order-statistic interval of a median).
    public static func binomialHalfCDF(_ k: Int, n: Int) -> Double {
        guard k >= 0 else { return 0 }
        guard k < n else { return 1 }
        // Summed in logarithms: n may be large.
        let logHalf = Double(n) * log(0.5)
        var total = 0.0
        for i in 0...k {
            let logChoose: Double = logGamma(Double(n + 1)) - logGamma(Double(i + 1)) - logGamma(Double(n - i + 1))
            total += exp(logChoose + logHalf)
        }
        return min(1, total)
    }

    /// ln Γ(x) for x > 0: the Lanczos approximation (g = 7, 9 terms; relative error about 10⁻¹⁵),
    /// with the reflection of small arguments. Ours rather than libc's `lgamma`, which writes a
    /// global sign variable and so is not safe on several threads at once.
    public static func logGamma(_ x: Double) -> Double {
        precondition(x > 0, "a positive argument")
        if x < 0.5 { return log(Double.pi / sin(Double.pi * x)) - logGamma(1 - x) }
        let coefficients = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
                            12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7]
        let z = x - 1
        var sum = coefficients[0]
        for k in 1..<coefficients.count { sum += coefficients[k] / (z + Double(k)) }
        let t = z + 7.5
        let logRoot: Double = 0.5 * log(2 * Double.pi)
        return logRoot + (z + 0.5) * log(t) - t + log(sum)
    }
}
