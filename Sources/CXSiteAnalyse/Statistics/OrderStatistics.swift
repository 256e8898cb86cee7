/// The statistics of the site, small, pure and ours: order statistics (this file), the normal and
/// Student's t distributions, intervals and tests of change (docs/STATISTICS.md).
public enum Statistics {
    /// The middle value (the mean of the two middle ones for an even count); nil for no values.
    public static func median(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        var work = values
        let middle = work.count / 2
        let upper = kth(middle, &work)
        // After the selection every value before `middle` is at most `upper`: the lower middle is their largest.
        return work.count % 2 == 1 ? upper : (work[..<middle].max()! + upper) / 2
    }

    /// The `p`th percentile by linear interpolation between the closest ranks (rank p/100 × (n − 1),
    /// as Excel's PERCENTILE.INC and NumPy's default); nil for no values.
    public static func percentile(_ values: [Double], _ p: Double) -> Double? {
        guard !values.isEmpty else { return nil }
        var work = values
        let rank = p / 100 * Double(work.count - 1)
        let low = Int(rank.rounded(.down))
        let lowValue = kth(low, &work)
        // Every value after `low` is at least `lowValue`: the next rank is their smallest.
        let highValue = low + 1 < work.count ? work[(low + 1)...].min()! : lowValue
        return lowValue + (highValue - lowValue) * (rank - Double(low))
    }

    /// The `k`th smallest value (from 0) of `values`, which it reorders so that the values before
    /// position `k` are at most it and those after at least it: quickselect with a median-of-three
    /// pivot, linear time in practice (a month's list is selected, not sorted).
    package static func kth(_ k: Int, _ values: inout [Double]) -> Double {
        var low = 0, high = values.count - 1
        values.withUnsafeMutableBufferPointer { v in
            while high > low {
                let mid = low + (high - low) / 2
                if v[mid] < v[low] { v.swapAt(mid, low) }
                if v[high] < v[low] { v.swapAt(high, low) }
                if v[high] < v[mid] { v.swapAt(high, mid) }
                let pivot = v[mid]
                var i = low, j = high
                while i <= j {
                    while v[i] < pivot { i += 1 }
                    while pivot < v[j] { j -= 1 }
                    if i <= j {
                        v.swapAt(i, j)
                        i += 1
                        j -= 1
                    }
                }
                if k <= j { high = j } else if k >= i { low = i } else { return }
            }
        }
        return values[k]
    }
}
