import CXSiteSupport
import CXSiteModel

/// Reading a journey map from its Markdown: structure comes from cmark's syntax tree
/// (headings, list items, inline nodes and their source positions), never from patterns
/// over the text.
extension JourneyMap {
    /// Front matter keys of a journey map.
    package static let frontMatterKeys = ["title", "persona", "owner", "scenario", "status"]

    /// Reads `file` (`content/journeys/<name>.md`). Problems are logged with their line and
    /// column; the map keeps everything that could be understood.
    ///
    /// ```swift
    /// var log = DiagnosticLog()
    /// let map = JourneyMap(parsing: file, catalog: .builtIn, log: &log)
    /// map.stage(.assist).touchpoints.count
    /// ```
    package init(parsing file: SourceText, catalog: MetricCatalog, log: inout DiagnosticLog) {
        let document = FrontMatterFields.read(file, known: Self.frontMatterKeys, what: "journey front matter", log: &log)
        let name = String(String(file.path.split(separator: "/").last ?? "journey").dropLast(3))
        var fields: [String: String] = [:]
        for key in ["persona", "owner", "scenario", "status"] {
            if let value = document.fields?.string(key, log: &log)?.trimmingSpaces, !value.isEmpty { fields[key] = value }
        }
        var parser = JourneyParser(markdown: document.markdown, catalog: catalog)
        parser.parse(log: &log)
        parser.checkCARERules(log: &log)
        self.init(path: file.path, slug: Slug.make(name), title: document.title ?? Slug.humanize(name),
                  persona: fields["persona"], owner: fields["owner"], scenario: fields["scenario"], status: fields["status"],
                  intro: parser.intro, stages: parser.stages, touchpoints: parser.touchpoints)
    }
}

/// Walks the top-level blocks of a journey's body once, in order: `##` opens a stage, `###` a
/// touchpoint, `Key: value` list items inside a touchpoint are its attributes, and every other
/// block is prose of the journey, stage or touchpoint it stands in.
private struct JourneyParser {
    package let markdown: MarkdownText
    package let catalog: MetricCatalog
    /// The body's lines, for cutting prose out by the line ranges cmark reports.
    package let lines: [Substring]

    package private(set) var intro: [MarkdownText] = []
    package private(set) var touchpoints: [Touchpoint] = []
    private var stageDrafts: [CAREStage: JourneyStage] = [:]

    /// What the blocks being read belong to.
    private enum Container { case intro, stage(CAREStage), touchpoint, skipped }
    private var container = Container.intro
    /// The stage of the last stage heading, nil before the first one or under an unknown one.
    private var currentStage: CAREStage?
    /// Set under a `##` that is not a CARE stage: its touchpoints are skipped without more errors.
    private var inUnknownStage = false
    /// Set once any `##` was not a CARE stage: the CARE rules are not checked then, since the
    /// stage the author meant is unknown.
    private var sawUnknownStage = false
    /// Set once a `#` heading named a stage (already an error): the CARE rules are not checked then.
    private var sawLevelOneStage = false
    private var current: Touchpoint?
    /// Body lines (1-based) of the prose blocks read since the last heading or attribute.
    private var pendingProse: ClosedRange<Int>?
    private var anchors: Set<String> = []

    package init(markdown: MarkdownText, catalog: MetricCatalog) {
        self.markdown = markdown
        self.catalog = catalog
        self.lines = markdown.text.split(separator: "\n", omittingEmptySubsequences: false)
        for stage in CAREStage.allCases {
            stageDrafts[stage] = JourneyStage(stage: stage, subtitles: [], location: nil, prose: [], touchpoints: [])
        }
    }

    package var stages: [JourneyStage] { CAREStage.allCases.map { stageDrafts[$0]! } }

    package mutating func parse(log: inout DiagnosticLog) {
        let document = MarkdownDocument(parsing: markdown.text, firstLine: 1, extensions: false)
        if document.isShallowEnough(path: markdown.path, firstLine: markdown.firstLine, log: &log) {
            ContentLink.warnLeavingContent(document, path: markdown.path, firstLine: markdown.firstLine, log: &log)
        }
        for block in document.root.children {
            switch (block.kind, block.kind == .heading ? block.headingLevel : 0) {
            case (.heading, 1):
                if case .stage(let stage, _) = StageHeading(block.plainText) {
                    log.error("'# \(block.plainText.trimmingSpaces)' is a level-1 heading; CARE stages are level-2 headings such as '## \(stage.name)'", at: location(of: block))
                    sawLevelOneStage = true
                }
                addProse(block)
            case (.heading, 2):
                finishBlock()
                startStage(block, log: &log)
            case (.heading, 3):
                finishBlock()
                startTouchpoint(block, log: &log)
            case (.list, _) where isInTouchpoint:
                for item in block.children {
                    if let attribute = Self.attribute(in: item) {
                        flushProse()
                        add(attribute, log: &log)
                    } else {
                        addProse(item)
                    }
                }
            default:
                addProse(block)
            }
        }
        finishBlock()
    }

    private var isInTouchpoint: Bool {
        if case .touchpoint = container { return true }
        return false
    }

    /// A file location for a body line and column.
    package func location(line: Int, column: Int) -> SourceLocation {
        SourceLocation(path: markdown.path, line: markdown.firstLine + line - 1, column: column)
    }

    package func location(of node: MarkdownNode) -> SourceLocation { location(line: node.startLine, column: node.startColumn) }

    // MARK: Stages

    private mutating func startStage(_ heading: MarkdownNode, log: inout DiagnosticLog) {
        let at = location(of: heading)
        switch StageHeading(heading.plainText) {
        case .stage(let stage, let subtitle):
            container = .stage(stage)
            currentStage = stage
            inUnknownStage = false
            if stageDrafts[stage]!.location == nil { stageDrafts[stage]!.location = at }
            if let subtitle { stageDrafts[stage]!.subtitles.append(subtitle) }
        case .unknown(let name):
            container = .skipped
            currentStage = nil
            inUnknownStage = true
            sawUnknownStage = true
            if name.isEmpty {
                log.error("empty stage heading; expected a CARE stage: Connect, Assist, Resolve or Enhance", at: at)
            } else {
                let hint = Suggestion.hint(for: name, in: CAREStage.allCases.map(\.name))
                log.error("unknown stage '\(name)'\(hint); expected a CARE stage: Connect, Assist, Resolve or Enhance (## headings are stages, ### headings touchpoints)", at: at)
            }
        }
    }

    /// The CARE rules: every stage has a touchpoint and an improvement.
    package func checkCARERules(log: inout DiagnosticLog) {
        guard !sawUnknownStage, !sawLevelOneStage else { return }
        if stages.allSatisfy({ $0.location == nil }) {
            log.error("the journey has no CARE stages; write '## Connect', '## Assist', '## Resolve' and '## Enhance' sections, each with '### touchpoint' headings (see docs/JOURNEYS.md)",
                      at: location(line: 1, column: 1))
            return
        }
        for stage in stages {
            let name = stage.stage.name
            guard let at = stage.location else {
                log.warning("no \(name) stage in this journey; add '## \(name)' with at least one touchpoint and one improvement",
                            at: SourceLocation(path: markdown.path, line: 1, column: 1))
                continue
            }
            if stage.touchpoints.isEmpty {
                log.warning("stage \(name) has no touchpoints; map at least one touchpoint in each CARE stage", at: at)
            } else if stage.improvements.isEmpty {
                log.warning("stage \(name) has no improvement; define one improvement in each stage (add '- Improvement: …' to one of its touchpoints)", at: at)
            }
        }
    }

    // MARK: Touchpoints

    private mutating func startTouchpoint(_ heading: MarkdownNode, log: inout DiagnosticLog) {
        let title = heading.plainText.trimmingSpaces
        let at = location(of: heading)
        guard let stage = currentStage else {
            if !inUnknownStage {
                log.error("touchpoint '\(title)' comes before any stage; put a stage heading such as '## Connect' above it", at: at)
            }
            container = .skipped
            return
        }
        if title.isEmpty {
            log.error("empty touchpoint heading; give the touchpoint a name after '###'", at: at)
            container = .skipped
            return
        }
        var anchor = "tp-" + Slug.make(title)
        if anchors.contains(anchor) {
            var n = 2
            while anchors.contains(anchor + "-\(n)") { n += 1 }
            anchor += "-\(n)"
        }
        anchors.insert(anchor)
        current = Touchpoint(title: title, stage: stage, index: touchpoints.count, location: at, attributes: [],
                             emotion: nil, targetEmotion: nil, steps: [], metrics: [], prose: [], anchor: anchor)
        container = .touchpoint
    }

    /// Ends the prose and touchpoint being read (at a heading or the end of the file).
    private mutating func finishBlock() {
        flushProse()
        if let touchpoint = current {
            touchpoints.append(touchpoint)
            stageDrafts[touchpoint.stage]!.touchpoints.append(touchpoint)
            current = nil
        }
    }

    // MARK: Attributes

    /// A `Key: value` or `**Key:** value` item: its key, value and where the value starts.
    package struct RawAttribute {
        package var key: String
        package var value: String
        /// Where the value starts.
        package var line: Int
        package var column: Int
        /// Where the item's text (the key) starts.
        package var keyLine: Int
        package var keyColumn: Int

        /// The memberwise initialiser, open to the other targets.
        package init(key: String, value: String, line: Int, column: Int, keyLine: Int, keyColumn: Int) {
            self.key = key
            self.value = value
            self.line = line
            self.column = column
            self.keyLine = keyLine
            self.keyColumn = keyColumn
        }
    }

    /// The attribute an item sets, or nil when its first paragraph does not start with a key.
    ///
    /// A plain key is one to three words of letters (`Target emotion`) followed by `:` and a
    /// space; a bold key (`**Channel:**` or `**Channel**:`) may be any short text.
    package static func attribute(in item: MarkdownNode) -> RawAttribute? {
        guard item.kind == .item, let paragraph = item.children.first, paragraph.kind == .paragraph else { return nil }
        let inlines = paragraph.children
        guard let head = inlines.first else { return nil }
        var key: String
        /// Inline nodes after the key, and how many characters of the first one the key's colon took.
        var rest: ArraySlice<MarkdownNode>
        var skip = 0
        switch head.kind {
        case .strong:
            let strong = head.plainText.trimmingSpaces
            rest = inlines.dropFirst()
            if strong.hasSuffix(":") {
                key = String(strong.dropLast()).trimmingSpaces
            } else if let next = rest.first, next.kind == .text, next.literal?.hasPrefix(":") == true {
                key = strong
                skip = 1
            } else {
                return nil
            }
            guard !key.isEmpty, key.count <= 40, !key.contains(":") else { return nil }
        case .text:
            // The key lies in the leading text nodes (smart punctuation may split one run of text).
            let leading = inlines.prefix { $0.kind == .text }
            let text = leading.map { $0.literal ?? "" }.joined()
            guard let colon = text.firstIndex(of: ":") else { return nil }
            let after = text.index(after: colon)
            guard after == text.endIndex || text[after] == " " || text[after] == "\t" else { return nil }
            key = String(text[..<colon]).trimmingSpaces
            guard isPlainKey(key) else { return nil }
            skip = text[...colon].count
            rest = inlines[...]
        default:
            return nil
        }

        // The value: the rest of the first text node, the following inlines and any further blocks.
        var value = ""
        var valueLine = paragraph.startLine
        var valueColumn = paragraph.startColumn
        var located = false
        var remainingSkip = skip
        for node in rest {
            var piece = node.kind == .text ? (node.literal ?? "") : node.plainText
            if remainingSkip > 0 {
                let n = min(remainingSkip, piece.count)
                piece = String(piece.dropFirst(n))
                remainingSkip -= n
            }
            if !located {
                let leadingSpaces = piece.prefix { $0 == " " || $0 == "\t" }
                if leadingSpaces.count < piece.count {
                    located = true
                    valueLine = node.startLine
                    let consumed = node.kind == .text ? (node.literal ?? "").utf8.count - piece.utf8.count + leadingSpaces.utf8.count : 0
                    valueColumn = node.startColumn + consumed
                }
            }
            value += piece
        }
        for block in item.children.dropFirst() { value += " " + blockText(block) }
        return RawAttribute(key: key, value: value.trimmingSpaces, line: valueLine, column: valueColumn,
                            keyLine: paragraph.startLine, keyColumn: paragraph.startColumn)
    }

    /// One to three words of letters, hyphens or apostrophes, starting with a letter.
    package static func isPlainKey(_ key: String) -> Bool {
        guard let first = key.first, first.isLetter, key.count <= 30 else { return false }
        guard key.allSatisfy({ $0.isLetter || $0 == " " || $0 == "-" || $0 == "'" || $0 == "\u{2019}" }) else { return false }
        return key.split(separator: " ").count <= 3
    }

    /// The text of a block and its children, blocks separated by spaces (walked without
    /// recursion: lists may nest 10,000 levels deep).
    package static func blockText(_ node: MarkdownNode) -> String {
        var pieces: [String] = []
        node.forEachDescendant { block in
            switch block.kind {
            case .paragraph, .heading:
                pieces.append(block.plainText)
                return false
            case .codeBlock, .htmlBlock:
                pieces.append((block.literal ?? "").trimmingSpaces)
                return false
            default:
                return true
            }
        }
        return pieces.filter { !$0.isEmpty }.joined(separator: " ")
    }

    private mutating func add(_ raw: RawAttribute, log: inout DiagnosticLog) {
        guard var touchpoint = current else { return }
        defer { current = touchpoint }
        let at = location(line: raw.line, column: raw.column)
        let known = JourneyAttribute.knownKeys.first { $0.lowercased() == Self.normalized(raw.key) }
        let key = known ?? raw.key
        guard !raw.value.isEmpty else {
            log.warning("'\(key)' has no value; write it after the colon, or remove the item", at: at)
            return
        }
        touchpoint.attributes.append(JourneyAttribute(key: key, value: raw.value, location: at))
        switch known {
        case "Emotion", "Target emotion":
            let what = key == "Emotion" ? "emotion" : "target emotion"
            let expected = "expected a number from -2 to +2 or one of \(EmotionScale.words.joined(separator: ", "))"
            switch EmotionScale.read(raw.value) {
            case .value(let value):
                if key == "Emotion" {
                    if touchpoint.emotion == nil { touchpoint.emotion = value } else {
                        log.warning("'Emotion' is given more than once for '\(touchpoint.title)'; the first value is used", at: at)
                    }
                } else {
                    if touchpoint.targetEmotion == nil { touchpoint.targetEmotion = value } else {
                        log.warning("'Target emotion' is given more than once for '\(touchpoint.title)'; the first value is used", at: at)
                    }
                }
            case .outOfRange:
                log.error("\(what) '\(raw.value)' is out of range; \(expected)", at: at)
            case .unknown:
                log.error("\(what) '\(raw.value)' is not a number or an emotion word; \(expected)", at: at)
            }
        case "Step":
            if let number = Int(raw.value), let step = ImplementationStep(rawValue: number) {
                if !touchpoint.steps.contains(step) { touchpoint.steps.append(step) }
            } else {
                log.error("step '\(raw.value)' is not one of the seven implementation steps; expected a number from 1 to 7", at: at)
            }
        case "Metric":
            touchpoint.metrics.append(raw.value)
            if catalog.metric(raw.value) == nil {
                log.warning("unknown metric '\(raw.value)'\(Suggestion.hint(for: raw.value, in: catalog.ids)); expected an id from the metric catalog", at: at)
            }
        case nil:
            if let near = Suggestion.closest(to: raw.key, in: JourneyAttribute.knownKeys) {
                log.warning("unknown key '\(raw.key)' (did you mean '\(near)'?); it is kept and shown as written", at: location(line: raw.keyLine, column: raw.keyColumn))
            }
        default:
            break
        }
    }

    /// Lowercased, with runs of spaces made one.
    package static func normalized(_ key: String) -> String {
        key.lowercased().split(separator: " ").joined(separator: " ")
    }

    // MARK: Prose

    /// Adds a block's lines to the prose being collected (or drops it under an unknown stage).
    private mutating func addProse(_ block: MarkdownNode) {
        if case .skipped = container { return }
        let start = block.startLine
        let end = max(start, min(block.endLine, lines.count))
        if let pending = pendingProse {
            pendingProse = min(pending.lowerBound, start)...max(pending.upperBound, end)
        } else {
            pendingProse = start...end
        }
    }

    /// Turns the collected prose lines into Markdown of the container they stand in.
    private mutating func flushProse() {
        guard let range = pendingProse else { return }
        pendingProse = nil
        // cmark's lines are the body's lines (TextDecoding makes every line break an LF); clamped all the same.
        let lower = min(max(range.lowerBound, 1), lines.count + 1)
        var slice = lines[(lower - 1)..<max(lower - 1, min(range.upperBound, lines.count))]
        while let last = slice.last, last.trimmingSpaces.isEmpty { slice = slice.dropLast() }
        guard !slice.isEmpty else { return }
        let text = MarkdownText(path: markdown.path, text: slice.joined(separator: "\n") + "\n",
                                firstLine: markdown.firstLine + range.lowerBound - 1)
        switch container {
        case .intro: intro.append(text)
        case .stage(let stage): stageDrafts[stage]!.prose.append(text)
        case .touchpoint: current?.prose.append(text)
        case .skipped: break
        }
    }
}

/// The text of a `##` heading read as a CARE stage: `Connect`, `1. Assist`, `Resolve — move day`,
/// `Enhance: after the fix` (any case). The stage is the first word after an optional number;
/// what follows, without a leading dash or colon, is the subtitle.
package enum StageHeading: Equatable {
    case stage(CAREStage, subtitle: String?)
    /// Not a stage: the word (or the heading's text) to quote in the error.
    case unknown(String)

    package init(_ heading: String) {
        var text = Substring(heading.trimmingSpaces)
        // An optional number: `1.`, `2)`, `3 -`.
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty {
            let afterDigits = text.dropFirst(digits.count)
            if let mark = afterDigits.first, mark == "." || mark == ")" {
                text = afterDigits.dropFirst()
            } else if afterDigits.first?.isWhitespace == true {
                text = afterDigits
            }
            text = Substring(text.trimmingSpaces)
        }
        let word = text.prefix { $0.isLetter }
        var rest = text.dropFirst(word.count)
        guard let stage = CAREStage(named: String(word)), rest.first.map({ !$0.isLetter && !$0.isNumber }) ?? true else {
            let separators: Set<Character> = ["-", "\u{2013}", "\u{2014}", ":", "|"]
            let endOfName = rest.trimmingSpaces.first.map { separators.contains($0) } ?? true
            self = .unknown(endOfName ? String(word) : String(text))
            return
        }
        while let first = rest.first, first.isWhitespace || "-\u{2013}\u{2014}:|·".contains(first) { rest = rest.dropFirst() }
        let subtitle = rest.trimmingSpaces
        self = .stage(stage, subtitle: subtitle.isEmpty ? nil : subtitle)
    }
}
