/// A set of 64-bit word hashes (``SearchIndex/hash(_:)``) for telling a page's words apart:
/// open addressing over a power-of-two table, each hash placed by its own bits (mixed once).
/// `Set<UInt64>` runs SipHash over every value again, which was a fifth of the search index's
/// time at two lookups per word.
package struct WordHashes {
    /// 0 marks an empty slot; the hash 0 itself is kept in ``hasZero``.
    private var slots: [UInt64]
    private var shift: UInt64
    private var count = 0
    private var hasZero = false

    /// An empty set with room for about `capacity` hashes before it grows.
    package init(capacity: Int = 32) {
        var size = 16
        while size < 2 * capacity { size *= 2 }
        slots = Array(repeating: 0, count: size)
        shift = UInt64(64 - size.trailingZeroBitCount)
    }

    package init(_ hashes: some Sequence<UInt64>) {
        self.init()
        for hash in hashes { insert(hash) }
    }

    @inline(__always) package func contains(_ hash: UInt64) -> Bool {
        if hash == 0 { return hasZero }
        var index = position(of: hash)
        while slots[index] != 0 {
            if slots[index] == hash { return true }
            index = (index + 1) & (slots.count - 1)
        }
        return false
    }

    /// Adds `hash`; true when it was not in the set.
    @discardableResult
    @inline(__always) package mutating func insert(_ hash: UInt64) -> Bool {
        if hash == 0 {
            defer { hasZero = true }
            return !hasZero
        }
        var index = position(of: hash)
        while slots[index] != 0 {
            if slots[index] == hash { return false }
            index = (index + 1) & (slots.count - 1)
        }
        slots[index] = hash
        count += 1
        if 2 * count > slots.count { grow() }
        return true
    }

    private func position(of hash: UInt64) -> Int {
        Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: 0, count: 2 * old.count)
        shift -= 1
        for hash in old where hash != 0 {
            var index = position(of: hash)
            while slots[index] != 0 { index = (index + 1) & (slots.count - 1) }
            slots[index] = hash
        }
    }
}
