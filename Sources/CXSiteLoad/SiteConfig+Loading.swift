import CXSiteSupport
import CXSiteModel

extension SiteConfig {
    /// The `cadence:` of `site.yml`, read on its own for the exports, which are counted per period
    /// while they are read; a wrong value is reported by ``load(yaml:path:log:)``.
    package static func cadence(of siteConfig: SourceText?) -> Cadence {
        var ignored = DiagnosticLog()
        return TicketSettings.topLevel(of: siteConfig)?.choice("cadence", Cadence.self, parse: Cadence.init(rawValue:), log: &ignored) ?? .monthly
    }

    /// Reads `site.yml` text (`path` is used in diagnostics). Unknown keys are warnings;
    /// values of the wrong type are errors; absent keys keep their defaults.
    package static func load(yaml text: String, path: String, log: inout DiagnosticLog) -> SiteConfig {
        var config = SiteConfig()
        guard let root = YAML.parse(text, path: path, log: &log) else { return config }
        guard let fields = YAMLFields(root, path: path, firstLine: 1, what: "site.yml", log: &log) else { return config }
        fields.warnUnknownKeys(knownKeys, in: "site.yml", log: &log)
        if let title = fields.string("title", log: &log) { config.title = title }
        if let description = fields.string("description", log: &log) { config.description = description }
        if let company = fields.string("company", log: &log) { config.company = company }
        if let language = fields.string("language", log: &log) { config.language = language }
        if let url = fields.string("base_url", log: &log), !url.isEmpty {
            if url.hasPrefix("https://") || url.hasPrefix("http://") {
                config.baseURL = url.hasSuffix("/") ? url : url + "/"
            } else if let node = fields.node("base_url") {
                log.error("'base_url' must be an absolute http(s) URL such as https://cx.example.com/, found '\(url)'", at: fields.location(node))
            }
        }
        if let cadence = fields.choice("cadence", Cadence.self, parse: Cadence.init(rawValue:), log: &log) { config.cadence = cadence }
        if let markdown = fields.mapping("markdown", what: "'markdown'", log: &log) {
            markdown.warnUnknownKeys(["unsafe_html"], in: "'markdown'", log: &log)
            if let unsafe = markdown.bool("unsafe_html", log: &log) { config.unsafeHTML = unsafe }
        }
        if let metrics = fields.mapping("metrics", what: "'metrics'", log: &log) {
            config.catalog = MetricCatalog.builtIn.applying(metrics, log: &log)
        }
        if let maturity = fields.mapping("maturity", what: "'maturity'", log: &log) {
            config.maturity = MaturitySettings.load(maturity, log: &log)
        }
        if let statistics = fields.mapping("statistics", what: "'statistics'", log: &log) {
            statistics.warnUnknownKeys(["confidence", "min_n"], in: "'statistics'", log: &log)
            if let confidence = statistics.double("confidence", log: &log) {
                if (80...99.9).contains(confidence) {
                    config.statistics.confidence = confidence
                } else {
                    log.error("'confidence' must be a percentage from 80 to 99.9, found \(NumberFormat.trimmed(confidence, maxDecimals: 4))", at: statistics.location(statistics.node("confidence")!))
                }
            }
            if let minimum = statistics.int("min_n", in: 1...1_000_000, log: &log) { config.statistics.minimumN = minimum }
        }
        if let steps = fields.mapping("steps", what: "'steps'", log: &log) {
            config.stepOverrides = StepOverride.load(steps, log: &log)
        }
        return config
    }
}
