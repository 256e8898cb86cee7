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

/// The `metrics-site` fixture: long (BOM, segments), wide (CRLF, an empty cell), per-channel rows
/// with a target column, dated rows summed and averaged, and `site.yml` changing and adding metrics.
struct MetricPagesTests {
    let site = FixtureSite("metrics-site")

    @Test func buildsWithoutDiagnostics() {
        #expect(site.diagnostics.isEmpty, "\(site.diagnosticText)")
    }

    @Test func dataCSVIsTheTidySortedSeries() throws {
        let csv = try #require(site.text("data/metrics.csv"))
        #expect(csv == """
            month,metric,segment,channel,value,target,n,ci_low,ci_high
            2026-01,csat,,,86.5,90,,,
            2026-01,csat,"SMB, <EU>",,84.25,90,,,
            2026-01,csat,small,,88,90,,,
            2026-01,fcr_rate,,,68,70,,,
            2026-01,first_response_hours,,,20.5,24,,,
            2026-01,first_response_hours,,chat,3.5,4,,,
            2026-01,first_response_hours,,email,22,24,,,
            2026-01,nps,,,28,30,,,
            2026-01,tickets_per_agent,,,33,40,,,
            2026-01,tooling_uptime,,,99.7,99.5,,,
            2026-02,csat,,,87.1,90,,,
            2026-02,csat,"SMB, <EU>",,85,90,,,
            2026-02,fcr_rate,,,71.25,70,,,
            2026-02,first_response_hours,,chat,4.5,4,,,
            2026-02,first_response_hours,,email,21,24,,,
            2026-02,nps,,,31,30,,,
            2026-02,tickets_per_agent,,,17,40,,,
            2026-02,tooling_uptime,,,99.75,99.5,,,
            2026-03,csat,,,91,90,,,
            2026-03,csat,small,,92.4,90,,,
            2026-03,fcr_rate,,,72,70,,,
            2026-03,first_response_hours,,,18,24,,,
            2026-03,first_response_hours,,chat,2,4,,,
            2026-03,first_response_hours,,email,19.5,20,,,
            2026-03,nps,,,-4,30,,,
            2026-03,tickets_per_agent,,,15,40,,,
            2026-03,tooling_uptime,,,99,99.5,,,

            """)
    }

    @Test func eachMetricHasItsOwnCSV() throws {
        let csv = try #require(site.text("metrics/first_response_hours/first_response_hours.csv"))
        #expect(csv.hasPrefix("month,metric,segment,channel,value,target,n,ci_low,ci_high\n2026-01,first_response_hours,,,20.5,24,,,\n2026-01,first_response_hours,,chat,3.5,4,,,\n"))
        #expect(site.files["metrics/ces/ces.csv"] == nil, "no CSV for a metric without values")
    }

    @Test func indexGroupsEveryMetricByStageWithLatestValueChangeAndStatus() throws {
        let html = try #require(site.text("metrics/index.html"))
        #expect(html.contains("27 metrics across the CARE cycle, latest month March 2026."))
        let stages = ["stage-connect", "stage-assist", "stage-resolve", "stage-enhance"].map { html.range(of: "id=\"\($0)\"")!.lowerBound }
        #expect(stages == stages.sorted())
        let resolve = String(html[stages[2]..<stages[3]])
        #expect(resolve.contains("Tickets per agent"), "a metric added in site.yml is listed under its stage")
        // CSAT: 91% in March against the site.yml target of 90, up 3.9 points from February; the
        // CSV gives no n, so the change is not called better: it was not tested against chance.
        let csat = try #require(Self.row(named: "Customer satisfaction (CSAT)", in: html))
        #expect(csat.contains("<td class=\"num value\">91.0%</td>"))
        #expect(csat.contains("<td class=\"num delta untested\" title=\"higher than Feb 2026, not tested against chance (n unknown)\">+3.9 pts</td>"), "\(csat)")
        #expect(csat.contains("<td class=\"num\">90%</td>"))
        #expect(csat.contains("<span class=\"status met\">On target</span>"))
        // NPS fell from 31 to −4.
        let nps = try #require(Self.row(named: "Net Promoter Score", in: html))
        #expect(nps.contains(">−4<") && nps.contains(">−35<") && nps.contains("status missed\">Below target"))
        // First response: no February overall value, so no change.
        let first = try #require(Self.row(named: "First response time", in: html))
        #expect(first.contains("title=\"no value for Feb 2026\""))
        // Lower is better: 15 tickets against a target of 40 is on target.
        let tickets = try #require(Self.row(named: "Tickets per agent", in: html))
        #expect(tickets.contains(">15<") && tickets.contains("delta untested") && tickets.contains("status met"))
        let ces = try #require(Self.row(named: "Customer effort score", in: html))
        #expect(ces.contains("status no-data\">No data"))
        #expect(html.contains("<strong>4</strong> on target") && html.contains("<strong>2</strong> off target") && html.contains("<strong>21</strong> without data"))
    }

    @Test func metricPageShowsDefinitionBreakdownsAndTheMonthlyTable() throws {
        let html = try #require(site.text("metrics/csat/index.html"))
        #expect(html.contains("<p class=\"lede\">Share of CSAT answers that are satisfied: 4 or 5 on a 1–5 scale.</p>"))
        #expect(html.contains("<h2 id=\"breakdown-segment\">By segment</h2>"))
        #expect(html.contains("<th scope=\"row\">SMB, &lt;EU&gt;</th>"), "segment names are escaped")
        #expect(!html.contains("<EU>"))
        let table = try #require(MonthlyTable(html: html))
        #expect(table.columns == ["Overall", "Change", "Target", "SMB, &lt;EU&gt;", "small"])
        #expect(table.rows["2026-03"] == ["91.0%", "+3.9 pts", "90%", "–", "92.4%"])
        #expect(table.rows["2026-02"] == ["87.1%", "+0.6 pts", "90%", "85.0%", "–"])
        #expect(table.rows["2026-01"] == ["86.5%", "–", "90%", "84.3%", "88.0%"], "84.25 rounds half away from zero, as in the charts")
        #expect(Array(table.rows.keys).sorted() == ["2026-01", "2026-02", "2026-03"])
        #expect(html.contains("<a href=\"../../metrics/csat/csat.csv\">csat.csv</a>"))
        #expect(html.contains("<code>content/metrics/survey.csv</code>: 7 monthly values"))
    }

    @Test func rowTargetsOverrideTheCatalogPerSeriesAndMonth() throws {
        let html = try #require(site.text("metrics/first_response_hours/index.html"))
        let table = try #require(MonthlyTable(html: html))
        #expect(table.columns == ["Overall", "Change", "Target", "chat", "email"])
        #expect(table.rows["2026-02"] == ["–", "–", "–", "4.5 h", "21.0 h"])
        #expect(html.contains("Channel · target 4 h"), "the chat column names its own target")
        #expect(html.contains("Channel · target 20 h"), "email's latest target (20 h from the CSV) differs from the catalog's 24 h")
        #expect(html.contains("<td class=\"num missed\">4.5 h</td>"), "chat missed its 4 h target in February")
    }

    @Test func datedRowsAreExplainedOnThePage() throws {
        let html = try #require(site.text("metrics/tickets_per_agent/index.html"))
        #expect(html.contains("<dd>sum of the month&#39;s dated values</dd>") || html.contains("<dd>sum of the month's dated values</dd>"))
        #expect(html.contains("3 monthly values, aggregated from 6 dated rows"))
        #expect(html.contains("Lower is better"))
    }

    @Test func metricWithoutValuesSaysHowToAddThem() throws {
        let html = try #require(site.text("metrics/ces/index.html"))
        #expect(html.contains("No values for this metric yet"))
        #expect(html.contains("<code>2026-10,ces,42</code>"))
        #expect(!html.contains("class=\"kpi-strip\""))
    }

    @Test func stageAndPillarPagesGainAScorecard() throws {
        let resolve = try #require(site.text("stages/resolve/index.html"))
        #expect(resolve.contains("<h2 id=\"metrics-heading\">Metrics</h2>"))
        #expect(resolve.contains("Customer satisfaction (CSAT)") && resolve.contains("Tickets per agent"))
        #expect(!resolve.contains("Net Promoter Score"))
        let operations = try #require(site.text("pillars/operations/index.html"))
        #expect(operations.contains("Tickets per agent") && operations.contains("<span class=\"sub\">Resolve</span>"))
        #expect(site.text("steps/4/index.html")?.contains("metrics-heading") == false)
    }

    @Test func navigationLinksTheMetrics() throws {
        let html = try #require(site.text("stages/resolve/index.html"))
        #expect(html.contains("<li><a href=\"../../journeys/index.html\">Journeys</a></li>\n<li><a href=\"../../metrics/index.html\">Metrics</a></li>"))
        #expect(site.text("metrics/index.html")?.contains("<a href=\"../metrics/index.html\" aria-current=\"page\">Metrics</a>") == true)
    }

    @Test func chartsComeFromTheChartKit() throws {
        let csat = try #require(site.text("metrics/csat/index.html"))
        #expect(csat.contains("<figure class=\"chart\">\n<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"cx-chart cx-line\""))
        #expect(csat.contains("aria-labelledby=\"trend-title trend-desc\""), "the trend chart")
        #expect(csat.contains("aria-labelledby=\"breakdown-segment-chart-title breakdown-segment-chart-desc\""), "the segment chart")
        #expect(csat.contains("SMB, &lt;EU&gt;, Jan 2026"), "series names are escaped inside the SVG")
        #expect(csat.components(separatedBy: "class=\"target\"").count == 3, "both charts draw the shared 90 % target")
        let hours = try #require(site.text("metrics/first_response_hours/index.html"))
        #expect(hours.components(separatedBy: "class=\"target\"").count == 2, "channels with different targets get no common target line")
        let index = try #require(site.text("metrics/index.html"))
        let row = try #require(Self.row(named: "Customer satisfaction (CSAT)", in: index))
        #expect(row.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"cx-chart cx-sparkline\""))
        #expect(row.contains("id=\"spark-csat\""))
        let ces = try #require(Self.row(named: "Customer effort score", in: index))
        #expect(!ces.contains("<svg"), "no sparkline without data")
        #expect(site.files["assets/charts.css"] != nil)
    }

    @Test func staleValuesShowTheirMonthAndBreakdownOnlyMetricsSaySo() throws {
        let folder = TemporaryFolder()
        folder.write("site.yml", "base_url: https://cx.example.com/\n")   // a published site: no warning about the feed
        folder.write("content/metrics/a.csv", "month,metric,segment,value\n2026-01,nps,,31\n2026-03,csat,small,88\n")
        let project = FixtureSite(root: folder.url)
        #expect(project.diagnostics.isEmpty, "\(project.diagnosticText)")
        let html = try #require(project.text("metrics/index.html"))
        let nps = try #require(Self.row(named: "Net Promoter Score", in: html))
        #expect(nps.contains("<td class=\"num value\">31<span class=\"sub\">Jan 2026</span></td>"), "an older value carries its month")
        let csat = try #require(Self.row(named: "Customer satisfaction (CSAT)", in: html))
        #expect(csat.contains("<span class=\"status no-data\">Breakdowns only</span>"))
        #expect(html.contains("latest month March 2026"))
    }

    @Test func tooManyBreakdownLinesGetNoChartButKeepTheirTables() throws {
        let folder = TemporaryFolder()
        let rows = (1...6).map { "2026-01,csat,ch\($0),8\($0)" }.joined(separator: "\n")
        folder.write("content/metrics/a.csv", "month,metric,channel,value\n2026-01,csat,,85\n" + rows + "\n")
        let html = try #require(FixtureSite(root: folder.url).text("metrics/csat/index.html"))
        #expect(html.contains("6 lines are too many to tell apart in one chart (at most 5); the tables show every value."))
        #expect(!html.contains("breakdown-channel-chart"))
        #expect(try #require(MonthlyTable(html: html)).rows["2026-01"] == ["85.0%", "–", "85%", "81.0%", "82.0%", "83.0%", "84.0%", "85.0%", "86.0%"])
    }

    @Test func goldenPages() {
        for path in ["metrics/index.html", "metrics/csat/index.html", "metrics/first_response_hours/index.html", "stages/resolve/index.html"] {
            assertSnapshot(site.text(path) ?? "", named: "metrics-site/\(path)")
        }
    }

    @Test func sameInputSameBytes() {
        let again = FixtureSite("metrics-site")
        #expect(Set(again.files.keys) == Set(site.files.keys))
        for (path, file) in site.files { #expect(again.files[path]?.bytes == file.bytes, "\(path)") }
    }

    /// The scorecard row whose metric link reads `name`.
    static func row(named name: String, in html: String) -> String? {
        let escaped = Escape.html(name)
        guard let link = html.range(of: ">\(escaped)</a>") else { return nil }
        let start = html.range(of: "<tr", options: .backwards, range: html.startIndex..<link.lowerBound)!.lowerBound
        let end = html.range(of: "</tr>", range: link.upperBound..<html.endIndex)!.upperBound
        return String(html[start..<end])
    }
}
