import CXSiteSupport

/// One of the seven implementation steps of a CX programme, numbered 1…7.
public enum ImplementationStep: Int, CaseIterable, Sendable, Codable, Comparable {
    case analyzeWants = 1, recognizeChannels, planJourney, defineKPIs, collectData, generateInsights, refineProcess

    public var number: Int { rawValue }

    public var name: String {
        switch self {
        case .analyzeWants: "Analyze customer wants"
        case .recognizeChannels: "Recognize suitable interaction channels"
        case .planJourney: "Plan the customer journey"
        case .defineKPIs: "Define the right KPIs"
        case .collectData: "Collect customer data"
        case .generateInsights: "Generate customer insights"
        case .refineProcess: "Refine the process"
        }
    }

    public static func < (a: ImplementationStep, b: ImplementationStep) -> Bool { a.rawValue < b.rawValue }
}
