import Foundation
import CXSiteSupport
import CXSiteModel

extension FrozenReview {
    /// Reads a frozen review; every problem is logged with its line and column, and nil is
    /// returned when the file cannot be used (the build then stops before rendering).
    package init?(_ file: SourceText, catalog: MetricCatalog, log: inout DiagnosticLog) {
        let path = file.path
        let name = String(path.split(separator: "/").last!.dropLast(".frozen.json".count))
        guard let fileMonth = try? Period(parsing: name) else {
            log.error("a frozen review must be named after its month, like content/reviews/2026-10.frozen.json; found '\(name).frozen.json'", at: SourceLocation(path: path))
            return nil
        }
        let root: JSONNode
        do {
            root = try JSONReader.parse(file.text)
        } catch {
            log.error("invalid JSON: \(error.message)", at: SourceLocation(path: path, line: error.line, column: error.column))
            return nil
        }
        var reader = Reader(path: path, catalog: catalog)
        let before = log.errors.count
        let review = reader.review(root, fileMonth: fileMonth, log: &log)
        guard log.errors.count == before, let review else { return nil }
        self = review
    }

    /// Turns the JSON tree into a ``FrozenReview``, logging each value of the wrong kind at its place.
    private struct Reader {
        package let path: String
        package let catalog: MetricCatalog
        package var locations: [String: SourceLocation] = [:]

        package init(path: String, catalog: MetricCatalog) {
            self.path = path
            self.catalog = catalog
        }

        package func at(_ node: JSONNode) -> SourceLocation { SourceLocation(path: path, line: node.line, column: node.column) }

        package func members(_ node: JSONNode, what: String, known: [String], log: inout DiagnosticLog) -> [JSONNode.Member]? {
            guard let members = node.members else {
                log.error("\(what) must be an object, found \(node.kind)", at: at(node))
                return nil
            }
            for member in members where !known.contains(member.key) {
                log.warning("unknown key '\(member.key)' in \(what)\(Suggestion.hint(for: member.key, in: known)); it is ignored",
                            at: SourceLocation(path: path, line: member.line, column: member.column))
            }
            return members
        }

        package func text(_ node: JSONNode?, _ key: String, log: inout DiagnosticLog) -> String? {
            guard let node, !node.isNull else { return nil }
            guard let text = node.string else {
                log.error("'\(key)' must be text, found \(node.kind)", at: at(node))
                return nil
            }
            return text
        }

        /// A number or null; `.some(nil)` for null, nil when absent or wrong.
        package func number(_ node: JSONNode?, _ key: String, log: inout DiagnosticLog) -> Double?? {
            guard let node else { return .some(nil) }
            if node.isNull { return .some(nil) }
            guard let number = node.number else {
                log.error("'\(key)' must be a number or null, found \(node.kind)", at: at(node))
                return nil
            }
            return .some(number)
        }

        // Swift 6.3.1's optimizer crashes on this function ("Found ownership error" in the SIL
        // verifier) in release builds; it reads one small file per frozen month, so it is left
        // unoptimised.
        @_optimize(none)
        package mutating func review(_ root: JSONNode, fileMonth: Period, log: inout DiagnosticLog) -> FrozenReview? {
            guard let top = members(root, what: "a frozen review", known: ["version", fileMonth.cadence.unit, "frozen_on", "metrics", "maturity", "highlights"], log: &log) else { return nil }
            var fields: [String: JSONNode] = [:]
            for member in top where fields[member.key] == nil { fields[member.key] = member.node }
            func field(_ key: String) -> JSONNode? { fields[key] }
            if let version = field("version"), version.number != Double(FrozenReview.version) {
                let found = version.number.map { JSONValue.format($0) } ?? version.kind
                log.error("unsupported frozen review version \(found); this cxsite reads version \(FrozenReview.version)", at: at(version))
            }
            // A frozen month names its month, a frozen week its week.
            let key = fileMonth.cadence.unit
            guard let monthNode = field(key) else {
                log.error("a frozen review needs '\(key)' (\(fileMonth.cadence == .monthly ? "YYYY-MM" : "YYYY-Www"))", at: at(root))
                return nil
            }
            guard let monthText = text(monthNode, key, log: &log) else { return nil }
            guard let month = try? Period(parsing: monthText), month == fileMonth else {
                log.error("'\(key)' is '\(monthText)' but the file is named for \(fileMonth); they must match", at: at(monthNode))
                return nil
            }
            let frozenOn = text(field("frozen_on"), "frozen_on", log: &log)
            if let frozenOn, (try? Period.parseDate(frozenOn)) == nil {
                log.error("'frozen_on' must be a date written YYYY-MM-DD, found '\(frozenOn)'", at: at(field("frozen_on")!))
            }

            var metrics: [ReviewSnapshot.MetricFigures] = []
            if let node = field("metrics") {
                if let items = node.array {
                    for item in items {
                        if let figures = metric(item, log: &log) {
                            if metrics.contains(where: { $0.id == figures.id }) {
                                log.error("metric '\(figures.id)' is listed twice", at: at(item))
                            } else {
                                metrics.append(figures)
                            }
                        }
                    }
                } else {
                    log.error("'metrics' must be a list, found \(node.kind)", at: at(node))
                }
            }

            var overall: ReviewSnapshot.ScoreFigures?
            var areas: [MaturityArea: ReviewSnapshot.ScoreFigures] = [:]
            if let node = field("maturity"), !node.isNull,
               let groups = members(node, what: "'maturity'", known: ["overall", "stages", "pillars"], log: &log) {
                for member in groups {
                    let (key, value) = (member.key, member.node)
                    switch key {
                    case "overall":
                        if !value.isNull { overall = score(value, key: "overall", log: &log) }
                    case "stages", "pillars":
                        let ids = key == "stages" ? CAREStage.allCases.map(\.rawValue) : Pillar.allCases.map(\.rawValue)
                        guard let entries = members(value, what: "'\(key)'", known: ids, log: &log) else { continue }
                        for (id, entry) in entries.map({ ($0.key, $0.node) }) {
                            let area: MaturityArea? = key == "stages" ? CAREStage(rawValue: id).map(MaturityArea.stage) : Pillar(rawValue: id).map(MaturityArea.pillar)
                            guard let area else { continue }   // already warned about as an unknown key
                            if let figures = score(entry, key: id, log: &log) { areas[area] = figures }
                        }
                    default: continue
                    }
                }
            }

            var highlights: [ReviewSnapshot.Highlight] = []
            if let node = field("highlights") {
                if let items = node.array {
                    for item in items {
                        guard let entry = members(item, what: "a highlight", known: ["kind", "metric", "text"], log: &log) else { continue }
                        let get = { (key: String) in entry.first { $0.key == key }?.node }
                        guard let textNode = get("text"), let sentence = text(textNode, "text", log: &log) else {
                            if get("text") == nil { log.error("a highlight needs 'text'", at: at(item)) }
                            continue
                        }
                        var kind = ReviewSnapshot.Highlight.Kind.better
                        if let kindNode = get("kind"), let name = text(kindNode, "kind", log: &log) {
                            if let parsed = ReviewSnapshot.Highlight.Kind(rawValue: name) { kind = parsed } else {
                                let names = ReviewSnapshot.Highlight.Kind.allCases.map(\.rawValue)
                                log.error("unknown highlight kind '\(name)'\(Suggestion.hint(for: name, in: names)); expected one of \(names.joined(separator: ", "))", at: at(kindNode))
                                continue
                            }
                        }
                        highlights.append(.init(kind: kind, metric: text(get("metric"), "metric", log: &log), text: sentence))
                    }
                } else {
                    log.error("'highlights' must be a list, found \(node.kind)", at: at(node))
                }
            }
            let snapshot = ReviewSnapshot(month: month, metrics: metrics, overall: overall, areas: areas, highlights: highlights)
            return FrozenReview(path: path, frozenOn: frozenOn, snapshot: snapshot, locations: locations)
        }

        // The same optimizer crash as `review(_:fileMonth:log:)` ("Found outside of lifetime use",
        // reading `significant`) in release builds; one small entry per metric, left unoptimised.
        @_optimize(none)
        package mutating func metric(_ node: JSONNode, log: inout DiagnosticLog) -> ReviewSnapshot.MetricFigures? {
            guard let entry = members(node, what: "a metric", known: ["id", "value", "previous", "target", "status", "n", "previous_n", "ci_low", "ci_high", "p_value", "significant"],
                                      log: &log) else { return nil }
            let get = { (key: String) in entry.first { $0.key == key }?.node }
            guard let idNode = get("id") else {
                log.error("a metric needs 'id'", at: at(node))
                return nil
            }
            guard let id = text(idNode, "id", log: &log) else { return nil }
            guard catalog.metric(id) != nil else {
                log.warning("unknown metric '\(id)'\(Suggestion.hint(for: id, in: catalog.ids)); the review leaves it out", at: at(idNode))
                return nil
            }
            guard let value = number(get("value"), "value", log: &log),
                  let previous = number(get("previous"), "previous", log: &log),
                  let target = number(get("target"), "target", log: &log) else { return nil }
            var standing = MetricStanding.noData
            if let statusNode = get("status"), let name = text(statusNode, "status", log: &log) {
                guard let parsed = MetricStanding(rawValue: name) else {
                    log.error("unknown status '\(name)'; expected met, missed, no-target or no-data", at: at(statusNode))
                    return nil
                }
                standing = parsed
            } else if get("status") == nil {
                log.error("a metric needs 'status' (met, missed, no-target or no-data)", at: at(node))
                return nil
            }
            locations["metric/\(id)"] = at(node)
            for key in ["value", "previous", "target"] {
                if let field = get(key) { locations["metric/\(id)/\(key)"] = at(field) }
            }
            // What the value rests on and the test of its change: absent from reviews frozen before
            // cxsite recorded them, and then unknown.
            // Each read on its own, so that every wrong entry is reported.
            let n = count(get("n"), "n", log: &log), previousN = count(get("previous_n"), "previous_n", log: &log)
            let low = number(get("ci_low"), "ci_low", log: &log), high = number(get("ci_high"), "ci_high", log: &log)
            let pValue = number(get("p_value"), "p_value", log: &log)
            var significant: Bool?? = .some(nil)
            if let node = get("significant"), !node.isNull {
                significant = node.bool.map { $0 }
                if significant == nil { log.error("'significant' must be true, false or null, found \(node.kind)", at: at(node)) }
            }
            var interval: ClosedRange<Double>?? = .some(nil)
            if case let (lower??, upper??) = (low, high) {
                if lower <= upper {
                    interval = lower...upper
                } else {
                    log.error("'ci_low' (\(JSONValue.format(lower))) must not be above 'ci_high' (\(JSONValue.format(upper)))", at: at(get("ci_low")!))
                    interval = nil
                }
            }
            guard let n, let previousN, let pValue, let significant, let interval else { return nil }
            return .init(id: id, value: value, previous: previous, target: target, standing: standing,
                         n: n, previousN: previousN, interval: interval, pValue: pValue, significant: significant)
        }

        /// A whole number of answers or tickets, or null; `.some(nil)` for null or absent, nil when wrong.
        package func count(_ node: JSONNode?, _ key: String, log: inout DiagnosticLog) -> Int?? {
            guard let number = number(node, key, log: &log) else { return nil }
            guard let number else { return .some(nil) }
            guard let whole = Int(exactly: number), whole >= 0 else {
                log.error("'\(key)' must be a whole number of answers or tickets, found \(JSONValue.format(number))", at: at(node!))
                return nil
            }
            return .some(whole)
        }

        package mutating func score(_ node: JSONNode, key: String, log: inout DiagnosticLog) -> ReviewSnapshot.ScoreFigures? {
            guard let entry = members(node, what: "the score of '\(key)'", known: ["score", "level", "previous_score", "previous_level"], log: &log) else { return nil }
            let get = { (name: String) in entry.first { $0.key == name }?.node }
            guard let scoreNode = get("score"), let levelNode = get("level") else {
                log.error("the score of '\(key)' needs 'score' and 'level'", at: at(node))
                return nil
            }
            guard let score = number(scoreNode, "score", log: &log) ?? nil, let level = number(levelNode, "level", log: &log) ?? nil else {
                if scoreNode.isNull || levelNode.isNull { log.error("'score' and 'level' of '\(key)' may not be null", at: at(node)) }
                return nil
            }
            guard (0...100).contains(score) else {
                log.error("'score' must be from 0 to 100, found \(JSONValue.format(score))", at: at(scoreNode))
                return nil
            }
            guard let whole = Int(exactly: level), (1...5).contains(whole) else {
                log.error("'level' must be a whole number from 1 to 5, found \(JSONValue.format(level))", at: at(levelNode))
                return nil
            }
            guard let previousScore = number(get("previous_score"), "previous_score", log: &log),
                  let previousLevel = number(get("previous_level"), "previous_level", log: &log) else { return nil }
            var previousWhole: Int?
            if let previousLevel {
                guard let value = Int(exactly: previousLevel), (1...5).contains(value) else {
                    log.error("'previous_level' must be a whole number from 1 to 5, found \(JSONValue.format(previousLevel))", at: at(get("previous_level")!))
                    return nil
                }
                previousWhole = value
            }
            locations["score/\(key)"] = at(scoreNode)
            return .init(score: score, level: whole, previousScore: previousScore, previousLevel: previousWhole)
        }
    }
}
