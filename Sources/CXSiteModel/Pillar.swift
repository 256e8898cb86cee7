import Foundation
import CXSiteSupport

/// One of the five pillars of a CX programme.
public enum Pillar: String, CaseIterable, Sendable, Codable, Comparable {
    case technology, strategy, people, service, operations

    public var name: String {
        switch self {
        case .technology: "Technology"
        case .strategy: "Strategy"
        case .people: "People"
        case .service: "Customer Service"
        case .operations: "Operations"
        }
    }

    /// The pillar named by `text`: an id (`service`) or a name (`Customer Service`), any case.
    public init?(named text: String) {
        let key = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard let pillar = Pillar.allCases.first(where: { $0.rawValue == key || $0.name.lowercased() == key }) else { return nil }
        self = pillar
    }

    public static func < (a: Pillar, b: Pillar) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
