import Foundation
import Testing
import CXSiteSupport
import CXSiteModel
import CXSiteLoad
import CXSiteAnalyse
import CXSiteCharts
import CXSiteRender
import CXSiteWrite
import CXSite

/// `cadence: weekly` on the weekly-site fixture, whose daily metrics, weekly CSAT, Zendesk tickets
/// and surveys (counted in Europe/Berlin) and Stripe payments run across the ISO year boundary: 2026-12-31 is in 2026-W53
/// and 2027-W01 begins on 2027-01-04. `expected.json` holds every weekly value as the fixture's
/// `generate.py` computed it with Python's ISO calendar and zoneinfo, independently of cxsite.
struct WeeklyCadenceTests {
    static let site = FixtureSite("weekly-site")

    /// `data/metrics.csv`'s overall rows: metric → week → value.
    static func overallValues(_ csv: String) -> [String: [String: Double]] {
        var values: [String: [String: Double]] = [:]
        for line in csv.split(separator: "\n").dropFirst() {
            let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard cells[2].isEmpty, cells[3].isEmpty else { continue }
            values[cells[1], default: [:]][cells[0]] = Double(cells[4])
        }
        return values
    }

    /// A copy of fixture `name`'s `site.yml` and `content/` in a temporary folder.
    static func copy(of name: String) throws -> TemporaryFolder {
        let folder = TemporaryFolder()
        for item in ["site.yml", "content"] {
            try FileManager.default.copyItem(at: TestPaths.fixtures.appendingPathComponent("\(name)/\(item)"),
                                             to: folder.url.appendingPathComponent(item))
        }
        return folder
    }

    /// A page's text without its tags (class names such as `monthly` are not words on the page).
    static func visibleText(_ html: String) -> String {
        html.replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression)
    }

    @Test func everyWeeklyValueMatchesTheIndependentComputation() throws {
        #expect(Self.site.diagnostics.allSatisfy { $0.severity != .error }, "\(Self.site.diagnosticText)")
        let data = try Data(contentsOf: TestPaths.fixtures.appendingPathComponent("weekly-site/expected.json"))
        let expected = try JSONSerialization.jsonObject(with: data) as! [String: [String: Double]]
        let csv = try #require(Self.site.text("data/metrics.csv"))
        #expect(csv.hasPrefix("week,metric,segment,channel,value,target,n,ci_low,ci_high\n"))
        let values = Self.overallValues(csv)
        for metric in ["tooling_uptime", "first_response_hours", "csat", "nps", "tickets_created", "active_customers", "new_customers", "retention_rate", "repurchase_rate"] {
            let want = try #require(expected[metric])
            let got = values[metric] ?? [:]
            #expect(Set(got.keys) == Set(want.keys), "\(metric): weeks")
            for (week, value) in want {
                // data/metrics.csv rounds to 4 decimals.
                #expect(abs((got[week] ?? .nan) - value) < 0.00006, "\(metric) \(week): \(got[week] ?? .nan) vs \(value)")
            }
        }
        // The first ticket, Sunday 20 December 23:30 in Berlin (22:30 UTC), is 2026-W51's only one.
        #expect(values["tickets_created"]?["2026-W51"] == 1)
        // The n behind each week: the weekly file's n column for CSAT, the surveys answered for NPS.
        for (metric, key) in [("csat", "csat_n"), ("nps", "nps_n")] {
            var n: [String: Double] = [:]
            for line in csv.split(separator: "\n") where line.contains(",\(metric),,,") {
                let cells = line.split(separator: ",", omittingEmptySubsequences: false)
                n[String(cells[0])] = Double(cells[6])
            }
            #expect(n == expected[key], "\(metric)")
        }
    }

    @Test func reviewsRunWeekByWeekAcrossTheYearBoundary() throws {
        let site = Self.site
        for week in ["2026-W50", "2026-W51", "2026-W52", "2026-W53", "2027-W01", "2027-W02"] {
            #expect(site.text("reviews/\(week)/index.html") != nil, "reviews/\(week)/")
        }
        let w01 = try #require(site.text("reviews/2027-W01/index.html"))
        #expect(w01.contains("<h1 id=\"review-title\">Week 1, 2027 review</h1>"))
        #expect(w01.contains("Weekly CX review · Week 1, 2027"))
        #expect(w01.contains("vs W53 2026"), "deltas are against the week before, across the year boundary")
        #expect(w01.contains("<th scope=\"col\" class=\"spark\">12 weeks</th>"))
        #expect(w01.contains("Done this week"))
        #expect(w01.contains("Holiday rota &lt;cover&gt; &amp; handover"), "the improvement carried from 2026-W53's notes, escaped")
        // The 6-point rise on 58 answers after 24 is within chance: a steady, not a "better".
        #expect(w01.contains("its rise of 6.0 points since Week 53, 2026 is within chance (p = 0.49)"))
        let w53 = try #require(site.text("reviews/2026-W53/index.html"))
        #expect(w53.contains("A short week between the holidays"))
        #expect(w53.contains("small sample"), "CSAT of 2026-W53 rests on 24 answers, under min_n 30")
        #expect(!Self.visibleText(w53).contains("month"), "a weekly review page says week, not month")

        let index = try #require(site.text("reviews/index.html"))
        #expect(index.contains("One review for every week with data"))
        #expect(index.contains("<th scope=\"col\">Week</th>"))
        let feed = try #require(site.text("reviews/feed.xml"))
        #expect(feed.contains("<title>Weekly fixture: weekly reviews</title>"))
        // An entry is dated the Monday after its week: 2026-W53's is 2027-01-04.
        #expect(feed.contains("<title>Week 53, 2026 review</title>"))
        #expect(feed.contains("<updated>2027-01-04T00:00:00Z</updated>"))
        let reviews = try #require(site.text("data/reviews.json"))
        #expect(reviews.contains("\"weeks\": {") && reviews.contains("\"2026-W53\": {"))
        let scores = try #require(site.text("data/scores.json"))
        #expect(scores.contains("\"weeks\": [") && scores.contains("\"week\": \"2027-W01\""))
    }

    /// Each month keeps a summary page counted from the month's own rows: December's uptime is
    /// the mean of its 18 days (not of its weeks, one of which runs into January), its tickets
    /// those created in December in Berlin time.
    @Test func monthSummariesCountTheMonthsOwnData() throws {
        var log = DiagnosticLog()
        let prepared = try #require(SiteBuilder(root: TestPaths.fixtures.appendingPathComponent("weekly-site")).prepare(log: &log))
        let monthly = try #require(prepared.monthly)
        let data = try Data(contentsOf: TestPaths.fixtures.appendingPathComponent("weekly-site/expected.json"))
        let expected = try JSONSerialization.jsonObject(with: data) as! [String: [String: Double]]
        for (metric, key) in [("tooling_uptime", "tooling_uptime_by_month"), ("tickets_created", "tickets_created_by_month")] {
            let series = try #require(monthly.site.overallSeries(of: metric))
            let want = try #require(expected[key])
            #expect(Set(series.points.map(\.month.description)) == Set(want.keys), "\(metric)")
            for point in series.points {
                #expect(abs(point.value - want[point.month.description]!) < 1e-9, "\(metric) \(point.month)")
            }
        }
        #expect(monthly.site.overallSeries(of: "csat")?.points.allSatisfy { $0.source.path.hasPrefix("content/tickets/") } == true,
                "the weekly CSAT file cannot be split into months: December's CSAT is the tickets'")

        let site = Self.site
        let december = try #require(site.text("reviews/2026-12/index.html"))
        #expect(december.contains("<h1 id=\"review-title\">December 2026 summary</h1>"))
        #expect(december.contains("Monthly summary · December 2026"))
        for week in ["2026-W50", "2026-W51", "2026-W52", "2026-W53"] {
            #expect(december.contains("href=\"../../reviews/\(week)/index.html\""), "\(week)")
        }
        #expect(december.contains("Week 53, 2026 review (28 December 2026 – 3 January 2027)"))
        #expect(!december.contains("The team's notes"), "a summary has no notes of its own")
        #expect(december.contains("href=\"../../reviews/2027-01/index.html\">January 2027 summary"))
        let w53 = try #require(site.text("reviews/2026-W53/index.html"))
        #expect(w53.contains("Part of <a href=\"../../reviews/2026-12/index.html\">the December 2026 summary</a>"), "its Thursday is 31 December")
        let index = try #require(site.text("reviews/index.html"))
        #expect(index.contains(">January 2027 summary</a>") && index.contains(">December 2026 summary</a>"))
        #expect(FixtureSite("reviews-site").text("reviews/index.html")?.contains("summary</a>") == false, "a monthly project has no summaries")
    }

    @Test func metricPagesAndTheHomeDashboardAreWeekly() throws {
        let csat = try #require(Self.site.text("metrics/csat/index.html"))
        #expect(csat.contains("<h2 id=\"monthly-heading\">Weekly values</h2>"))
        #expect(csat.contains("<tr><th scope=\"col\">Week</th>"))
        #expect(csat.contains("<time datetime=\"2026-W53\">W53 2026</time>"))
        #expect(csat.contains("Customer satisfaction (CSAT), weekly, from W50 2026 to W02 2027"))
        let home = try #require(Self.site.text("index.html"))
        #expect(home.contains("How we are doing in W02 2027"))
        #expect(home.contains("last 12 weeks"))
        let checks = try #require(Self.site.text("checks/index.html"))
        #expect(checks.contains("Week by week"))
        for page in ["index.html", "checks/index.html", "metrics/index.html", "metrics/csat/index.html", "reviews/compare/index.html"] {
            let text = Self.visibleText(try #require(Self.site.text(page)))
            #expect(!text.contains("month"), "\(page) says week, not month")
        }
    }

    @Test func aWideFileMayNameTheWeek() throws {
        let folder = TemporaryFolder()
        folder.write("site.yml", "title: Weeks\ncadence: weekly\nbase_url: https://cx.example.com/\n")
        folder.write("content/metrics/wide.csv", "week;csat;csat_n\r\n2026-W53;80,5;40\r\n2027w01;82;50\r\n")
        let site = FixtureSite(root: folder.url)
        #expect(site.diagnosticText.isEmpty, "\(site.diagnosticText)")
        let rows = try #require(site.text("data/metrics.csv")).split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).prefix(7).joined(separator: ",") }
        #expect(rows == ["week,metric,segment,channel,value,target,n", "2026-W53,csat,,,80.5,85,40", "2027-W01,csat,,,82,85,50"])
    }

    @Test func weekCellsThatAreNotISOWeeksAreLocatedErrors() throws {
        let folder = TemporaryFolder()
        folder.write("site.yml", "title: Weeks\ncadence: weekly\n")
        folder.write("content/metrics/weeks.csv", "week,metric,value\n2026-W53,csat,80\n2026-W54,csat,81\n2026-44,csat,82\n2027-W53,csat,83\n")
        let site = FixtureSite(root: folder.url)
        #expect(site.diagnosticText == """
            content/metrics/weeks.csv:3:1: error: '2026-W54' is not a week of 2026, which has 53 ISO weeks (column 'week'); expected an ISO week YYYY-Www such as 2026-W44
            content/metrics/weeks.csv:4:1: error: '2026-44' is not an ISO week (column 'week'); expected an ISO week YYYY-Www such as 2026-W44
            content/metrics/weeks.csv:5:1: error: '2027-W53' is not a week of 2027, which has 52 ISO weeks (column 'week'); expected an ISO week YYYY-Www such as 2026-W44

            """)
    }

    @Test func monthsAndWeeksInOneProjectAreAnErrorNamingBothFiles() throws {
        let folder = TemporaryFolder()
        folder.write("site.yml", "title: Mixed\ncadence: weekly\n")
        folder.write("content/metrics/a-weeks.csv", "week,metric,value\n2026-W44,csat,80\n")
        folder.write("content/metrics/b-months.csv", "month,csat\n2026-10,81\n")
        folder.write("content/reviews/2026-10.md", "Notes of a month.\n")
        let site = FixtureSite(root: folder.url)
        #expect(site.diagnosticText == """
            content/metrics/b-months.csv:1:1: error: 'content/metrics/b-months.csv' gives months (column 'month') but 'content/metrics/a-weeks.csv' gives weeks; a project reports in one cadence, so give every metrics file a 'week' column (or 'date' rows, which follow the cadence)
            content/reviews/2026-10.md:1:1: error: 'content/reviews/2026-10.md' is named for a month, 2026-10, but the project reports weekly; name it for an ISO week (YYYY-Www, such as 2026-W44), or remove 'cadence: weekly' from site.yml

            """)
        let monthly = TemporaryFolder()
        monthly.write("content/metrics/weeks.csv", "week,metric,value\n2026-W44,csat,80\n")
        #expect(FixtureSite(root: monthly.url).diagnosticText == """
            content/metrics/weeks.csv:1:1: error: 'content/metrics/weeks.csv' gives weeks (column 'week') but the project reports monthly; add 'cadence: weekly' to site.yml, or give months (column 'month', YYYY-MM)

            """)
    }

    @Test func customerListsAreAsOfAWeek() throws {
        let folder = TemporaryFolder()
        folder.write("site.yml", "title: Weeks\ncadence: weekly\nbase_url: https://cx.example.com/\ncustomers:\n  as_of: \"2026-10\"\n")
        folder.write("content/customers/telco.csv", "customerID,gender,Contract,Churn\n1-A,Female,Month-to-month,No\n2-B,Male,One year,Yes\n3-C,Male,One year,No\n4-D,Female,Two year,No\n")
        let wrong = FixtureSite(root: folder.url).diagnosticText
        #expect(wrong.contains("""
            site.yml:5:10: error: 'as_of' under 'customers:' must be an ISO week such as "2026-W44" (the project reports weekly), found '2026-10'
            """), "\(wrong)")
        #expect(wrong.contains("set customers: as_of: \"YYYY-Www\" in site.yml to the week it describes"))
        folder.write("site.yml", "title: Weeks\ncadence: weekly\nbase_url: https://cx.example.com/\ncustomers:\n  as_of: \"2026-W44\"\n")
        let site = FixtureSite(root: folder.url)
        #expect(site.diagnostics.allSatisfy { $0.severity != .error }, "\(site.diagnosticText)")
        #expect(site.text("data/metrics.csv")?.contains("\n2026-W44,churn_rate,,,25,") == true, "1 of 4 churned, as of 2026-W44")
    }

    /// A year of weekly cohorts is cut to weeks 0 to 11 since the first order, as the revenue
    /// table is, and the page says so: 52 columns would be too narrow to read.
    @Test func weeklyCohortsShowTheirFirstTwelveWeeks() throws {
        let folder = try Self.copy(of: "orders-exports")
        try FrozenReviewTests.replace("as_of: \"2025-12\"", with: "as_of: \"2025-W52\"", in: "site.yml", of: folder)
        let yml = folder.url.appendingPathComponent("site.yml")
        try (String(contentsOf: yml, encoding: .utf8) + "cadence: weekly\n").write(to: yml, atomically: true, encoding: .utf8)
        let site = FixtureSite(root: folder.url)
        #expect(site.diagnostics.allSatisfy { $0.severity != .error }, "\(site.diagnosticText)")
        let page = try #require(site.text("stages/enhance/customers/index.html"))
        #expect(page.contains("(shown for their first 12 weeks, 0 to 11, of the 52 the orders reach)"))
        // The heatmap's data table heads its columns 0 … 11 (the revenue table's carry a "weeks" label).
        #expect(page.contains("<th scope=\"col\">11</th>") && !page.contains("<th scope=\"col\">12</th>"))
    }

    @Test func newReviewAndFreezeTakeWeeks() throws {
        let folder = try Self.copy(of: "weekly-site")
        let commands = ReviewCommands(root: folder.url)
        let starter = try commands.newReview(month: "2027-W02")
        #expect(starter.path == "content/reviews/2027-W02.md")
        let text = try String(contentsOf: folder.url.appendingPathComponent(starter.path), encoding: .utf8)
        #expect(text.contains("title: \"Week 2, 2027 review\""))
        #expect(text.contains("What the team decided this week"))
        #expect(!text.contains("month"))
        #expect(throws: ReviewCommands.Failure.self) { try commands.newReview(month: "2027-01") }
        do {
            _ = try commands.newReview(month: "2027-01")
        } catch {
            #expect(error.description == "the project reports weekly (cadence: weekly in site.yml); give an ISO week such as 2026-W53")
        }

        let frozen = try commands.freeze(month: "2026-W53", on: "2027-01-04")
        #expect(frozen.path == "content/reviews/2026-W53.frozen.json")
        let json = try String(contentsOf: folder.url.appendingPathComponent(frozen.path), encoding: .utf8)
        #expect(json.contains("\"week\": \"2026-W53\""))
        // The frozen week is read back: the page says so, and a later correction is a restatement.
        try FrozenReviewTests.replace("2026-W53,csat,81,24", with: "2026-W53,csat,77,24", in: "content/metrics/csat-weekly.csv", of: folder)
        let rebuilt = FixtureSite(root: folder.url)
        #expect(rebuilt.diagnostics.allSatisfy { $0.severity != .error }, "\(rebuilt.diagnosticText)")
        let page = try #require(rebuilt.text("reviews/2026-W53/index.html"))
        #expect(page.contains("frozen"))
        #expect(page.contains("restated"))
    }
}
