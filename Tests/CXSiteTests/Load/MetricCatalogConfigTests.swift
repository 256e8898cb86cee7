import Testing
import CXSiteSupport
import CXSiteModel
import CXSiteLoad
import CXSiteAnalyse
import CXSiteCharts
import CXSiteRender
import CXSiteWrite
import CXSite

struct MetricCatalogConfigTests {
    private func load(_ yaml: String) -> (SiteConfig, [String]) {
        var log = DiagnosticLog()
        let config = SiteConfig.load(yaml: yaml, path: "site.yml", log: &log)
        return (config, log.sorted.map(\.description))
    }

    @Test func overridesAnyFieldAndAddsMetrics() throws {
        let (config, diagnostics) = load("""
            metrics:
              csat: {target: 90}
              nps:
                name: NPS
                target: none
                aggregate: median
              tickets_per_agent: {name: Tickets per agent, unit: score, stage: resolve, pillar: operations, better: lower, target: 40, aggregate: sum, definition: Tickets solved per agent per month.}
            """)
        #expect(diagnostics == [])
        let catalog = config.catalog
        #expect(catalog.metrics.count == MetricCatalog.builtIn.metrics.count + 1)
        let csat = try #require(catalog.metric("csat"))
        #expect(csat.target == 90)
        #expect(csat.name == MetricCatalog.builtIn.metric("csat")!.name)
        let nps = try #require(catalog.metric("nps"))
        #expect(nps.name == "NPS")
        #expect(nps.target == nil)
        #expect(nps.aggregate == .median)
        let added = try #require(catalog.metrics.last)
        #expect(added == MetricDefinition(id: "tickets_per_agent", name: "Tickets per agent", unit: .score, stage: .resolve,
                                          pillar: .operations, better: .lower, target: 40, aggregate: .sum,
                                          definition: "Tickets solved per agent per month."))
    }

    @Test func newMetricDefaults() throws {
        let (config, diagnostics) = load("metrics:\n  chats_per_day: {unit: score, stage: assist, pillar: technology, target: 95%}\n")
        #expect(diagnostics == [])
        let metric = try #require(config.catalog.metric("chats_per_day"))
        #expect(metric.name == "Chats per day")
        #expect(metric.better == .higher)
        #expect(metric.aggregate == .mean)
        #expect(metric.target == 95)
        #expect(metric.definition == "")
    }

    @Test func everyMistakeHasItsLineAndColumn() {
        let (config, diagnostics) = load("""
            metrics:
              csat: {target: 9x, better: higer, unti: percent}
              Bad Id: {unit: score}
              csta: {name: Typo, stage: resolv}
              nps: 30
              ces:
                name: ""
                pillar: [people]
            """)
        #expect(diagnostics == [
            "site.yml:2:18: error: 'target' of metric 'csat' must be a number such as 90 or 'none', found '9x'",
            "site.yml:2:30: error: 'better' must be higher, lower or neither, found 'higer' (did you mean 'higher'?)",
            "site.yml:2:37: warning: unknown key 'unti' in metric 'csat' (did you mean 'unit'?); it is ignored",
            "site.yml:3:3: error: metric id 'Bad Id' must be lowercase letters, digits and underscores, starting with a letter, such as bad_id",
            "site.yml:4:3: error: 'csta' is not a built-in metric (did you mean 'csat'?); new metric 'csta' needs 'unit' (percent, hours, score, scale, count or amount), 'stage' (connect, assist, resolve or enhance) and 'pillar' (technology, strategy, people, service or operations); it is left out",
            "site.yml:4:29: error: 'stage' must be connect, assist, resolve or enhance, found 'resolv' (did you mean 'resolve'?)",
            "site.yml:5:8: error: metric 'nps' must be a mapping of 'key: value' lines",
            "site.yml:7:11: error: 'name' of metric 'ces' is empty; expected the name shown on the site",
            "site.yml:8:13: error: 'pillar' must be text, not a list or mapping",
        ])
        #expect(config.catalog.metric("csta") == nil)
        #expect(config.catalog.metric("csat")?.target == 85)
    }

    @Test func metricsIsAKnownKey() {
        let (_, diagnostics) = load("metrics: {}\nmetrix: {}\n")
        #expect(diagnostics == ["site.yml:2:1: warning: unknown key 'metrix' in site.yml (did you mean 'metrics'?); it is ignored"])
    }
}
