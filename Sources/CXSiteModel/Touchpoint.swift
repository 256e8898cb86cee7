import CXSiteSupport

/// One `Key: value` list item of a touchpoint, as written.
public struct JourneyAttribute: Sendable, Hashable {
    /// The key: a known key in its canonical spelling (`Target emotion`), any other key as written.
    public var key: String
    /// The value as plain text (inline Markdown reduced to its text, smart punctuation applied).
    public var value: String
    /// Where the value starts in the file.
    public var location: SourceLocation

    public init(key: String, value: String, location: SourceLocation) {
        self.key = key
        self.value = value
        self.location = location
    }

    /// The keys cxsite understands, in the order a touchpoint card shows them.
    public static let knownKeys = ["Channel", "Emotion", "Target emotion", "Owner", "Action", "Thought",
                                   "Pain", "Opportunity", "Improvement", "Metric", "Step"]
}

/// A point where the customer meets the service: a `###` heading of a journey map and what
/// its `Key: value` items and prose say about it.
public struct Touchpoint: Sendable {
    public var title: String
    public var stage: CAREStage
    /// Position in the journey, 0 for the first touchpoint of the file.
    public var index: Int
    /// Where the `###` heading is.
    public var location: SourceLocation
    /// Every attribute in file order; keys may repeat.
    public var attributes: [JourneyAttribute]
    /// The as-is emotion, −2 (frustrated) … +2 (delighted), when given and valid.
    public var emotion: Double?
    /// The to-be emotion (`Target emotion`), when given and valid.
    public var targetEmotion: Double?
    /// Implementation steps named by `Step` items.
    public var steps: [ImplementationStep]
    /// Metric ids named by `Metric` items (unknown ids included; they were warned about).
    public var metrics: [String]
    /// The touchpoint's own prose, in runs of consecutive Markdown blocks.
    public var prose: [MarkdownText]
    /// `id` of the touchpoint's card on its journey page (`tp-welcome-email`), unique in the journey.
    public var anchor: String

    /// Values of `key` (canonical spelling for known keys), in file order.
    public func values(_ key: String) -> [String] { attributes.filter { $0.key == key }.map(\.value) }

    public var channels: [String] { values("Channel") }
    public var owners: [String] { values("Owner") }
    public var actions: [String] { values("Action") }
    public var thoughts: [String] { values("Thought") }
    public var pains: [String] { values("Pain") }
    public var opportunities: [String] { values("Opportunity") }
    public var improvements: [Improvement] {
        attributes.filter { $0.key == "Improvement" }.map { Improvement(parsing: $0.value, defaultOwner: owners.first) }
    }
    /// Attributes whose key cxsite does not know (`Evidence`, `Frequency`), in file order.
    public var otherAttributes: [JourneyAttribute] { attributes.filter { !JourneyAttribute.knownKeys.contains($0.key) } }

    /// The memberwise initialiser, open to the other targets.
    package init(title: String, stage: CAREStage, index: Int, location: SourceLocation, attributes: [JourneyAttribute], emotion: Double? = nil, targetEmotion: Double? = nil, steps: [ImplementationStep], metrics: [String], prose: [MarkdownText], anchor: String) {
        self.title = title
        self.stage = stage
        self.index = index
        self.location = location
        self.attributes = attributes
        self.emotion = emotion
        self.targetEmotion = targetEmotion
        self.steps = steps
        self.metrics = metrics
        self.prose = prose
        self.anchor = anchor
    }
}

/// A planned change to a touchpoint: `Improvement: Personalised welcome (owner: Lifecycle team)`.
public struct Improvement: Sendable, Hashable {
    /// The change, without the `(owner: …)` note.
    public var text: String
    /// The owner from a trailing `(owner: …)`, else the touchpoint's first `Owner`.
    public var owner: String?

    /// Splits a trailing `(owner: X)` (any case) off `value`.
    public init(parsing value: String, defaultOwner: String?) {
        var text = value.trimmingSpaces
        var owner: String?
        if text.hasSuffix(")"), let open = text.lastIndex(of: "(") {
            let inside = text[text.index(after: open)..<text.index(before: text.endIndex)].trimmingSpaces
            if inside.lowercased().hasPrefix("owner:") {
                let name = inside.dropFirst("owner:".count).trimmingSpaces
                if !name.isEmpty {
                    owner = name
                    text = text[..<open].trimmingSpaces
                }
            }
        }
        self.text = text
        self.owner = owner ?? defaultOwner
    }
}

/// The emotion scale of journey maps: a number from −2 to +2, or one of five words.
public enum EmotionScale {
    /// The words for −2, −1, 0, +1, +2.
    public static let words = ["frustrated", "unhappy", "neutral", "pleased", "delighted"]

    /// The word nearest to `value`: `+1` → `pleased`; halves round away from zero (−0.5 is
    /// unhappy, +0.5 pleased), as the heatmap's colour steps do.
    public static func word(for value: Double) -> String {
        words[Int(min(max(value, -2), 2).rounded()) + 2]
    }

    /// `+1`, `0`, `−1.5` (with a real minus sign), for display.
    public static func signed(_ value: Double) -> String {
        let text = plain(abs(value))
        if text == "0" { return "0" }
        return (value < 0 ? "\u{2212}" : "+") + text
    }

    /// `value` with at most two decimals and no trailing zeros: `1`, `-0.5`, `1.25`.
    public static func plain(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        if hundredths == 0 { return "0" }
        let magnitude = abs(hundredths)
        var text = (hundredths < 0 ? "-" : "") + String(magnitude / 100)
        let fraction = magnitude % 100
        if fraction != 0 {
            text += "." + (fraction < 10 ? "0" : "") + String(fraction)
            while text.hasSuffix("0") { text.removeLast() }
        }
        return text
    }

    package enum Reading: Equatable {
        case value(Double)
        /// A number outside −2…+2.
        case outOfRange(Double)
        /// Neither a number nor an emotion word.
        case unknown
    }

    /// Reads `+1`, `-2`, `−1` (minus sign), `0.5` or a word (any case).
    package static func read(_ text: String) -> Reading {
        let trimmed = text.trimmingSpaces.lowercased()
        if let index = words.firstIndex(of: trimmed) { return .value(Double(index - 2)) }
        var number = trimmed.replacingOccurrences(of: "\u{2212}", with: "-").replacingOccurrences(of: "\u{2013}", with: "-")
        if number.hasPrefix("+") { number.removeFirst() }
        guard !number.isEmpty, number.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-") }),
              let value = Double(number), value.isFinite else { return .unknown }
        return (-2...2).contains(value) ? .value(value) : .outOfRange(value)
    }
}
