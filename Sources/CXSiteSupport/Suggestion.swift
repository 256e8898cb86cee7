/// "Did you mean …?" suggestions for misspelt names (stages, pillars, metric ids, keys).
public enum Suggestion {
    /// The candidate closest to `word` by edit distance (case-insensitive), if it is
    /// close enough to be a plausible typo: at most a third of the word's length, minimum 2.
    /// Words longer than ``maximumLength`` get no suggestion (no name is that long, and the
    /// distance costs the product of the lengths).
    public static func closest(to word: String, in candidates: some Sequence<String>) -> String? {
        guard word.utf8.count <= maximumLength * 4, word.unicodeScalars.count <= maximumLength else { return nil }
        let target = Array(word.lowercased().unicodeScalars)
        var best: (String, Int)?
        for candidate in candidates where candidate.unicodeScalars.count <= maximumLength {
            let d = distance(target, Array(candidate.lowercased().unicodeScalars))
            if best == nil || d < best!.1 || (d == best!.1 && candidate < best!.0) { best = (candidate, d) }
        }
        guard let (name, d) = best, d <= max(2, target.count / 3), d < target.count else { return nil }
        return name
    }

    /// The longest word (in Unicode scalars) a suggestion is looked for.
    public static let maximumLength = 64

    /// `" (did you mean 'x'?)"` or an empty string, ready to append to a message.
    public static func hint(for word: String, in candidates: some Sequence<String>) -> String {
        closest(to: word, in: candidates).map { " (did you mean '\($0)'?)" } ?? ""
    }

    /// Edit distance where swapping two neighbouring characters (`csta` → `csat`) counts as one
    /// edit, like inserting, deleting or replacing one (optimal string alignment).
    package static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var beforePrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], beforePrevious[j - 2] + 1)
                }
            }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[b.count]
    }
}
