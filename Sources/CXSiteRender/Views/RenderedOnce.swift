import Foundation

/// Values made once per key and kept, for pages rendered on any thread: what many pages show
/// the same way (a shared partial, a page's line in its neighbours' lists). A value is made
/// outside the lock, so two threads may both make one the first time; they make the same.
final class RenderedOnce<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var made: [String: Value] = [:]

    func value(for key: String, _ make: () -> Value) -> Value {
        lock.lock()
        let known = made[key]
        lock.unlock()
        if let known { return known }
        let value = make()
        lock.lock()
        made[key] = value
        lock.unlock()
        return value
    }
}
