/// Every output path of the site, in one place: pages, analysis and data files link through
/// these, so no stage writes a path by hand. Paths are relative to the output folder and
/// `/`-separated; a page links to another with ``root(from:)`` in front, so the site works from
/// `file://` and under any sub-path.
///
/// Parameters are the ids the URLs show (a stage's, pillar's or metric's id, a month as
/// `2025-03`), so that this file depends on nothing.
enum Routes {
    static let home = "index.html"
    static let notFound = "404.html"
    static let searchIndex = "search-index.js"
    static let sitemap = "sitemap.xml"

    static let handbook = "handbook/index.html"
    /// A section of the handbook index.
    static func handbookSection(_ anchor: String) -> String { handbook + "#" + anchor }
    /// The folder a handbook page of `sectionFolder` (`guides/escalation`, already slugged) lives in.
    static func handbookFolder(_ sectionFolder: String) -> String { "handbook/" + (sectionFolder.isEmpty ? "" : sectionFolder + "/") }

    static let stages = "stages/index.html"
    static func stage(_ id: String) -> String { "stages/\(id)/index.html" }
    static let pillars = "pillars/index.html"
    static func pillar(_ id: String) -> String { "pillars/\(id)/index.html" }
    static let steps = "steps/index.html"
    static func step(_ number: Int) -> String { "steps/\(number)/index.html" }

    static let journeys = "journeys/index.html"
    static func journey(_ slug: String) -> String { "journeys/\(slug)/index.html" }
    static func journeyData(_ slug: String) -> String { "journeys/\(slug)/journey.json" }

    static let metrics = "metrics/index.html"
    static func metric(_ id: String) -> String { "metrics/\(id)/index.html" }
    /// One metric's values as CSV, beside its page.
    static func metricData(_ id: String) -> String { "metrics/\(id)/\(id).csv" }
    /// Every metric's values as one CSV.
    static let metricsData = "data/metrics.csv"

    static let maturity = "maturity/index.html"
    /// A stage's or pillar's part of the maturity page.
    static func maturityArea(_ id: String) -> String { maturity + "#" + id }
    static let scoresData = "data/scores.json"

    static let reviews = "reviews/index.html"
    static let reviewsCompare = "reviews/compare/index.html"
    static let reviewsFeed = "reviews/feed.xml"
    static func review(_ month: Month) -> String { "reviews/\(month)/index.html" }

    static let checks = "checks/index.html"
    /// A month's section of the checks page (a review page links here).
    static func checks(month: Month) -> String { checks + "#month-\(month)" }
    /// A rule's section of the checks page.
    static func checks(rule id: String) -> String { checks + "#rule-\(id)" }

    static let tags = "tags/index.html"
    static func tag(_ slug: String) -> String { "tags/\(slug)/index.html" }

    /// Top-level folders and files of the output that cxsite generates: an alias may not land there.
    static let generatedTopLevel: Set<String> = ["index.html", "404.html", "search-index.js", "sitemap.xml", "stages", "pillars", "steps",
                                                 "journeys", "metrics", "maturity", "reviews", "checks", "tags", "data", "assets"]

    /// The prefix that leads from `page` back to the site root: `""` for `index.html`,
    /// `"../../"` for `stages/connect/index.html`.
    static func root(from page: String) -> String {
        var depth = 0
        for byte in page.utf8 where byte == 0x2F { depth += 1 }
        return String(repeating: "../", count: depth)
    }
}
