import CXSiteSupport
import CXSiteModel

extension MetricCatalog {
    /// Fields a metric may set under `metrics:` in `site.yml`.
    package static let configKeys = ["name", "unit", "stage", "pillar", "better", "target", "aggregate", "definition"]

    /// This catalog changed and extended by the `metrics:` mapping of `site.yml`.
    ///
    /// Each key is a metric id. For a built-in metric any field may be given and replaces the
    /// built-in one; a new id adds a metric, which needs at least `unit`, `stage` and `pillar`.
    /// `target: none` (or `~`) removes a target. Every wrong value is an error at its line and
    /// column; unknown fields are warnings, like unknown keys elsewhere in `site.yml`.
    ///
    /// ```yaml
    /// metrics:
    ///   csat: {target: 90}
    ///   tickets_per_agent: {name: Tickets per agent, unit: score, stage: resolve, pillar: operations,
    ///                       better: lower, target: 40, aggregate: sum, definition: Tickets solved per agent.}
    /// ```
    package func applying(_ config: YAMLFields, log: inout DiagnosticLog) -> MetricCatalog {
        var catalog = self
        for pair in config.pairs {
            let id = pair.key
            guard Self.isValidID(id) else {
                log.error("metric id '\(id)' must be lowercase letters, digits and underscores, starting with a letter, such as \(Self.suggestedID(for: id))", at: config.location(pair.keyNode))
                continue
            }
            guard let fields = YAMLFields(pair.value, path: config.path, firstLine: config.firstLine,
                                          what: "metric '\(id)'", log: &log) else { continue }
            fields.warnUnknownKeys(Self.configKeys, in: "metric '\(id)'", log: &log)
            let existing = catalog.metrics.firstIndex { $0.id == id }
            var metric = existing.map { catalog.metrics[$0] }
                ?? MetricDefinition(id: id, name: Slug.humanize(id), unit: .score, stage: .connect, pillar: .strategy,
                                    better: .higher, target: nil, aggregate: .mean, definition: "")
            var missing = existing == nil ? ["unit", "stage", "pillar"] : []
            if let name = fields.string("name", log: &log) {
                if name.trimmingSpaces.isEmpty {
                    log.error("'name' of metric '\(id)' is empty; expected the name shown on the site", at: fields.location(fields.node("name")!))
                } else {
                    metric.name = name.trimmingSpaces
                }
            }
            if let definition = fields.string("definition", log: &log) { metric.definition = definition.trimmingSpaces }
            if let unit = fields.choice("unit", MetricDefinition.Unit.self, parse: { .init(rawValue: $0) }, log: &log) {
                metric.unit = unit
                missing.removeAll { $0 == "unit" }
            }
            if let stage = fields.choice("stage", CAREStage.self, parse: CAREStage.init(named:), log: &log) {
                metric.stage = stage
                missing.removeAll { $0 == "stage" }
            }
            if let pillar = fields.choice("pillar", Pillar.self, parse: Pillar.init(named:), log: &log) {
                metric.pillar = pillar
                missing.removeAll { $0 == "pillar" }
            }
            if let better = fields.choice("better", MetricDefinition.Direction.self, parse: { .init(rawValue: $0) }, log: &log) {
                metric.better = better
            }
            if let aggregate = fields.choice("aggregate", MetricDefinition.Aggregate.self, parse: { .init(rawValue: $0) }, log: &log) {
                metric.aggregate = aggregate
            }
            if let node = fields.node("target") {
                switch Self.target(node) {
                case .success(let target): metric.target = target
                case .failure(let problem): log.error("'target' of metric '\(id)' \(problem)", at: fields.location(node))
                }
            }
            if !missing.isEmpty {
                let hint = Suggestion.closest(to: id, in: catalog.ids).map { "'\(id)' is not a built-in metric (did you mean '\($0)'?); " } ?? ""
                let needs = missing.map { field -> String in
                    switch field {
                    case "unit": "'unit' (\(Self.list(MetricDefinition.Unit.allCases.map(\.rawValue))))"
                    case "stage": "'stage' (\(Self.list(CAREStage.allCases.map(\.rawValue))))"
                    default: "'pillar' (\(Self.list(Pillar.allCases.map(\.rawValue))))"
                    }
                }
                log.error("\(hint)new metric '\(id)' needs \(Self.list(needs, conjunction: "and")); it is left out", at: config.location(pair.keyNode))
                continue
            }
            if let existing { catalog.metrics[existing] = metric } else { catalog.metrics.append(metric) }
        }
        return catalog
    }

    /// Lowercase ASCII letters, digits and underscores, starting with a letter.
    package static func isValidID(_ id: String) -> Bool {
        guard let first = id.utf8.first, first >= 0x61, first <= 0x7A else { return false }
        return id.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x5F }
    }

    /// `Tickets per agent` → `tickets_per_agent`.
    private static func suggestedID(for text: String) -> String {
        let slug = Slug.make(text).replacingOccurrences(of: "-", with: "_")
        return isValidID(slug) ? slug : "tickets_per_agent"
    }

    /// A target value: a number (a trailing `%` allowed), or `none`/`~`/empty for no target.
    private static func target(_ node: YAMLNode) -> Result<Double?, TargetProblem> {
        guard let scalar = node.scalar else { return .failure(TargetProblem(text: "must be a number such as 90, not a list or mapping")) }
        let text = scalar.string.trimmingSpaces
        if ["", "~", "null", "none"].contains(text.lowercased()) { return .success(nil) }
        do {
            return .success(try MetricNumber.parse(text)?.number)
        } catch {
            return .failure(TargetProblem(text: "must be a number such as 90 or 'none', found '\(text)'"))
        }
    }

    private struct TargetProblem: Error, CustomStringConvertible {
        package var text: String
        package var description: String { text }

        /// The memberwise initialiser, open to the other targets.
        package init(text: String) {
            self.text = text
        }
    }

    /// `a`, `a or b`, `a, b or c` (or with another conjunction).
    private static func list(_ items: [String], conjunction: String = "or") -> String {
        items.count <= 1 ? items.joined() : items.dropLast().joined(separator: ", ") + " \(conjunction) " + items.last!
    }
}

extension YAMLFields {
    /// One of a fixed set of words (`unit: percent`); an error listing the choices otherwise.
    package func choice<T: CaseIterable & RawRepresentable>(_ key: String, _ type: T.Type, parse: (String) -> T?,
                                                    log: inout DiagnosticLog) -> T? where T.RawValue == String {
        guard let text = string(key, log: &log) else { return nil }
        if let value = parse(text.trimmingSpaces.lowercased()) { return value }
        let choices = T.allCases.map(\.rawValue)
        let shown = choices.count <= 1 ? choices.joined() : choices.dropLast().joined(separator: ", ") + " or " + choices.last!
        log.error("'\(key)' must be \(shown), found '\(text)'\(Suggestion.hint(for: text, in: choices))", at: location(node(key)!))
        return nil
    }
}
