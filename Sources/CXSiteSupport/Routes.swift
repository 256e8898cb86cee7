/// Every output path of the site, in one place: pages, analysis and data files link through
/// these, so no stage writes a path by hand. Paths are relative to the output folder and
/// `/`-separated; a page links to another with ``root(from:)`` in front, so the site works from
/// `file://` and under any sub-path.
///
/// Parameters are the ids the URLs show (a stage's, pillar's or metric's id, a month as
/// `2025-03`), so that this file depends on nothing.
package enum Routes {
    package static let home = "index.html"
    package static let notFound = "404.html"
    package static let searchIndex = "search-index.js"
    package static let sitemap = "sitemap.xml"

    package static let handbook = "handbook/index.html"
    /// A section of the handbook index.
    package static func handbookSection(_ anchor: String) -> String { handbook + "#" + anchor }
    /// The folder a handbook page of `sectionFolder` (`guides/escalation`, already slugged) lives in.
    package static func handbookFolder(_ sectionFolder: String) -> String { "handbook/" + (sectionFolder.isEmpty ? "" : sectionFolder + "/") }

    /// The index of a part of the framework: `stages`, `pillars` or `steps`.
    package static func frameworkIndex(_ part: String) -> String { "\(part)/index.html" }
    package static let stages = frameworkIndex("stages")
    package static func stage(_ id: String) -> String { "stages/\(id)/index.html" }
    package static let pillars = frameworkIndex("pillars")
    package static func pillar(_ id: String) -> String { "pillars/\(id)/index.html" }
    package static let steps = frameworkIndex("steps")
    package static func step(_ number: Int) -> String { "steps/\(number)/index.html" }

    package static let journeys = "journeys/index.html"
    package static func journey(_ slug: String) -> String { "journeys/\(slug)/index.html" }
    package static func journeyData(_ slug: String) -> String { "journeys/\(slug)/journey.json" }

    package static let metrics = "metrics/index.html"
    package static func metric(_ id: String) -> String { "metrics/\(id)/index.html" }
    /// One metric's values as CSV, beside its page.
    package static func metricData(_ id: String) -> String { "metrics/\(id)/\(id).csv" }
    /// Every metric's values as one CSV.
    package static let metricsData = "data/metrics.csv"

    /// The Customers page, under the Enhance stage.
    package static let customers = "stages/enhance/customers/index.html"

    package static let maturity = "maturity/index.html"
    /// A stage's or pillar's part of the maturity page.
    package static func maturityArea(_ id: String) -> String { maturity + "#" + id }
    package static let scoresData = "data/scores.json"
    package static let reviewsData = "data/reviews.json"

    package static let reviews = "reviews/index.html"
    package static let reviewsCompare = "reviews/compare/index.html"
    package static let reviewsFeed = "reviews/feed.xml"
    package static func review(_ month: Period) -> String { "reviews/\(month)/index.html" }

    package static let checks = "checks/index.html"
    /// A month's section of the checks page (a review page links here).
    package static func checks(month: Period) -> String { checks + "#month-\(month)" }
    /// A rule's section of the checks page.
    package static func checks(rule id: String) -> String { checks + "#rule-\(id)" }

    /// "How the numbers are computed"; an anchor per part: `#how-n`, `#how-intervals`, `#how-changes`, `#how-small-samples`.
    package static let method = "method/index.html"

    package static let tags = "tags/index.html"
    package static func tag(_ slug: String) -> String { "tags/\(slug)/index.html" }

    /// Top-level folders and files of the output that cxsite generates: an alias may not land there.
    package static let generatedTopLevel: Set<String> = ["index.html", "404.html", "search-index.js", "sitemap.xml", "stages", "pillars", "steps",
                                                 "journeys", "metrics", "maturity", "reviews", "checks", "method", "tags", "data", "assets"]

    /// The prefix that leads from `page` back to the site root: `""` for `index.html`,
    /// `"../../"` for `stages/connect/index.html`.
    package static func root(from page: String) -> String {
        var depth = 0
        for byte in page.utf8 where byte == 0x2F { depth += 1 }
        return String(repeating: "../", count: depth)
    }

    /// A page's address as published (for `base_url` links): `stages/connect/` for
    /// `stages/connect/index.html`, `""` for the home page; other files as they are.
    package static func pretty(_ page: String) -> String {
        page == home ? "" : page.hasSuffix("/index.html") ? String(page.dropLast("index.html".count)) : page
    }

    /// `target` as a relative link from the file `source`, both output paths:
    /// `2026-10/index.html` for `reviews/2026-10/index.html` from `reviews/feed.xml`.
    package static func relative(_ target: String, from source: String) -> String {
        var folder = source.split(separator: "/", omittingEmptySubsequences: false).dropLast()
        var path = target.split(separator: "/", omittingEmptySubsequences: false)[...]
        while let first = folder.first, let next = path.first, first == next, path.count > 1 {
            folder.removeFirst()
            path.removeFirst()
        }
        return String(repeating: "../", count: folder.count) + path.joined(separator: "/")
    }
}
