import Dispatch

/// Independent jobs spread over every core, their results kept in input order.
///
/// The build uses it where work splits into many pieces that share nothing but read-only input
/// (reading files, parsing front matter, rendering pages), so the output is the same bytes, in
/// the same order, as a plain loop would give.
///
/// ```swift
/// let pages = Parallel.map(site.handbookPages) { context.render($0) }
/// ```
package enum Parallel {
    /// `transform` applied to each of `items`, on all cores; the results in the order of `items`.
    package static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        guard items.count > 1 else { return items.map(transform) }
        return items.withUnsafeBufferPointer { input in
            let input = Slots(base: UnsafeMutablePointer(mutating: input.baseAddress!))
            return results(count: items.count) { transform(input.base[$0]) }
        }
    }

    /// Calls `transform` on each element of `items` in place, on all cores, and returns what each
    /// call returned, in order. What a call drops from its element (a page's Markdown source once
    /// its HTML is made) is freed at once, not when the last call ends.
    package static func update<T: Sendable, R: Sendable>(_ items: inout [T], _ transform: @Sendable (inout T) -> R) -> [R] {
        let count = items.count
        guard count > 1 else { return items.indices.map { transform(&items[$0]) } }
        return items.withUnsafeMutableBufferPointer { elements in
            let elements = Slots(base: elements.baseAddress!)
            return results(count: count) { transform(&elements.base[$0]) }
        }
    }

    /// `job(index)` for each index below `count`, on all cores, in index order. Each iteration
    /// writes its own slot only (and reads or writes only its own element), so no two threads
    /// touch the same memory.
    private static func results<R: Sendable>(count: Int, _ job: @Sendable (Int) -> R) -> [R] {
        [R](unsafeUninitializedCapacity: count) { buffer, initialized in
            let slots = Slots(base: buffer.baseAddress!)
            DispatchQueue.concurrentPerform(iterations: count) { index in
                (slots.base + index).initialize(to: job(index))
            }
            initialized = count
        }
    }

    /// A buffer whose slots are each written by exactly one job (see ``results(count:_:)``).
    private struct Slots<Element>: @unchecked Sendable {
        package let base: UnsafeMutablePointer<Element>

        /// The memberwise initialiser, open to the other targets.
        package init(base: UnsafeMutablePointer<Element>) {
            self.base = base
        }
    }
}
