import Foundation
import CXSiteSupport

/// One of the four stages of the CARE service cycle, in cycle order.
public enum CAREStage: String, CaseIterable, Sendable, Codable, Comparable {
    case connect, assist, resolve, enhance

    /// `Connect`, `Assist`, …
    public var name: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }

    /// The stage named by `text` (an id or a name, any case), if any.
    public init?(named text: String) {
        self.init(rawValue: text.trimmingCharacters(in: .whitespaces).lowercased())
    }

    public static func < (a: CAREStage, b: CAREStage) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
