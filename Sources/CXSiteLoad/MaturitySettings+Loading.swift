import CXSiteSupport
import CXSiteModel

extension MaturitySettings {
    /// Reads `maturity: {weights: {metrics, practices, assessment}, levels: [five names]}`.
    package static func load(_ fields: YAMLFields, log: inout DiagnosticLog) -> MaturitySettings {
        var settings = MaturitySettings()
        fields.warnUnknownKeys(["weights", "levels"], in: "'maturity'", log: &log)
        if let weights = fields.mapping("weights", what: "'maturity.weights'", log: &log) {
            weights.warnUnknownKeys(["metrics", "practices", "assessment"], in: "'maturity.weights'", log: &log)
            for (key, path) in [("metrics", \MaturitySettings.metricsWeight), ("practices", \.practicesWeight), ("assessment", \.assessmentWeight)] {
                guard let value = weights.double(key, log: &log) else { continue }
                if value < 0 {
                    log.error("weight '\(key)' must be 0 or more, found \(value)", at: weights.location(weights.node(key)!))
                } else {
                    settings[keyPath: path] = value
                }
            }
            if settings.metricsWeight + settings.practicesWeight + settings.assessmentWeight == 0, let node = fields.node("weights") {
                log.error("the maturity weights add up to 0; at least one must be positive", at: fields.location(node))
                settings = MaturitySettings()
            }
        }
        if let node = fields.node("levels") {
            let names = fields.strings("levels", log: &log)
            if names.count == 5 { settings.levelNames = names } else {
                log.error("'levels' must list exactly five names (levels 1 to 5), found \(names.count)", at: fields.location(node))
            }
        }
        return settings
    }
}

extension StepOverride {
    /// Reads `steps: {4: {status: done, note: "…"}}`.
    package static func load(_ fields: YAMLFields, log: inout DiagnosticLog) -> [ImplementationStep: StepOverride] {
        var overrides: [ImplementationStep: StepOverride] = [:]
        for pair in fields.pairs {
            guard let number = Int(pair.key), let step = ImplementationStep(rawValue: number) else {
                log.error("unknown step '\(pair.key)'; expected a step number from 1 to 7", at: fields.location(pair.keyNode))
                continue
            }
            guard let entry = YAMLFields(pair.value, path: fields.path, firstLine: fields.firstLine, what: "step \(number)", log: &log) else { continue }
            entry.warnUnknownKeys(["status", "note"], in: "step \(number)", log: &log)
            guard let text = entry.string("status", log: &log) else {
                log.error("step \(number) needs a 'status': not started, in progress or done", at: fields.location(pair.keyNode))
                continue
            }
            guard let status = StepStatus(named: text) else {
                log.error("unknown status '\(text)'; expected not started, in progress or done", at: entry.location(entry.node("status")!))
                continue
            }
            overrides[step] = StepOverride(status: status, note: entry.string("note", log: &log))
        }
        return overrides
    }
}
