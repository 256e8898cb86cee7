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
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The review pages, archive, comparison and feed of the `reviews-site` fixture.
struct ReviewPagesTests {
    let site = FixtureSite("reviews-site")

    func page(_ path: String) throws -> String { try #require(site.text(path), "no \(path)") }

    @Test func everyMonthHasAReviewAndTheArchiveListsThemNewestFirst() throws {
        for month in ["2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06"] {
            #expect(site.files["reviews/\(month)/index.html"] != nil, "no review for \(month)")
        }
        let archive = try page("reviews/index.html")
        let order = archive.components(separatedBy: "<tr data-month=\"").dropFirst().map { String($0.prefix(7)) }
        #expect(order == ["2026-06", "2026-05", "2026-04", "2026-03", "2026-02", "2026-01"])
        #expect(archive.contains("frozen 4 June 2026, restated since"))
        #expect(archive.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"cx-chart cx-sparkline\""))
    }

    @Test func frozenFilesAreNotCopiedToTheSite() {
        #expect(!site.files.keys.contains { $0.hasSuffix(".frozen.json") })
    }

    @Test func reviewsFollowMaturityInTheNavigation() throws {
        let html = try page("index.html")
        let maturity = try #require(html.range(of: ">Maturity</a>"))
        let reviews = try #require(html.range(of: ">Reviews</a>"))
        #expect(maturity.upperBound < reviews.lowerBound)
        #expect(try page("reviews/2026-03/index.html").contains("<a href=\"../../reviews/index.html\" aria-current=\"page\">Reviews</a>"))
    }

    @Test func reviewPageReadsAsAReport() throws {
        let html = try page("reviews/2026-03/index.html")
        let order = ["<h1 id=\"review-title\">March 2026 review</h1>", "Author: Ada Lovelace", "class=\"review-summary\"",
                     "id=\"highlights-heading\"", "id=\"scorecard-heading\"", "id=\"maturity-heading\"", "id=\"improvements-heading\"",
                     "id=\"decisions-heading\"", "id=\"notes-heading\"", "id=\"rules-heading\"", "rel=\"prev\"", "rel=\"next\""]
        var position = html.startIndex
        for marker in order {
            let found = try #require(html.range(of: marker, range: position..<html.endIndex), "\(marker) missing or out of order")
            position = found.upperBound
        }
        #expect(html.contains("<li>Review the CSAT survey wording</li>"))
        #expect(html.contains("<p>CSAT slipped again. <strong>Resolve</strong> held steady.</p>"))
        #expect(html.contains("Escalation &lt;slots&gt; &amp; rota"))
        #expect(html.contains("<p class=\"summary-facts\">1 of 4 metrics on target · since Feb 2026: none better, none worse, 1 steady within chance, 3 not tested against chance</p>"))
    }

    @Test func monthWithoutNotesSaysSo() throws {
        let html = try page("reviews/2026-04/index.html")
        #expect(html.contains("<h1 id=\"review-title\">April 2026 review</h1>"))
        #expect(html.contains("The team has not written notes for this month."))
        #expect(html.contains("Carried over, still open"))
        #expect(html.contains("not in this month&#39;s notes; last listed Mar 2026"))
    }

    @Test func restatedFiguresShowPublishedAndNewValues() throws {
        let html = try page("reviews/2026-05/index.html")
        #expect(html.contains("Figures as published on 4 June 2026"))
        let row = try #require(html.components(separatedBy: "<tr data-metric=\"csat\">").dropFirst().first?.components(separatedBy: "</tr>").first)
        #expect(row.contains("<td class=\"num value\">86.1%<span class=\"restated\">restated: now 86.6%</span></td>"))
        #expect(html.contains("<tr><th scope=\"row\">Customer satisfaction (CSAT), May 2026</th><td class=\"num\">86.1%</td><td class=\"num\">86.6%</td></tr>"))
        #expect(!(try page("reviews/2026-06/index.html")).contains("restated"))
    }

    /// `data/reviews.json` records every change with its test: May's CSAT (86.6 % of 4,000 against
    /// 84.5 % of 4,000; SciPy: p = 0.007560), first response time (a median typed in with its n:
    /// not testable), reopen rate (no n). The fixture's May review is frozen in the old format,
    /// without n: it still loads, and the file is computed from today's data.
    @Test func reviewsDataRecordsEveryChangeWithItsTest() throws {
        let text = try page("data/reviews.json")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(root["confidence"] as? Double == 95 && root["min_n"] as? Double == 30)
        let months = try #require(root["months"] as? [String: [String: [[String: Any]]]])
        #expect(months.keys.sorted() == ["2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06"])
        #expect(months["2026-01"]?["changes"]?.isEmpty == true, "the first month has nothing to change from")
        let may = try #require(months["2026-05"]?["changes"])
        func entry(_ metric: String) throws -> [String: Any] { try #require(may.first { $0["metric"] as? String == metric }) }
        let csat = try entry("csat")
        #expect(csat["value"] as? Double == 86.6 && csat["previous"] as? Double == 84.5 && csat["n"] as? Double == 4000 && csat["previous_n"] as? Double == 4000)
        #expect(abs((csat["change"] as? Double ?? 0) - 2.1) < 1e-9)
        #expect(abs((csat["p_value"] as? Double ?? 1) - 0.00756) < 1e-6)
        #expect(csat["significant"] as? Bool == true && csat["untested"] is NSNull)
        #expect(csat["segment"] as? String == "" && csat["channel"] as? String == "")
        let hours = try entry("first_response_hours")
        #expect(hours["significant"] is NSNull && hours["p_value"] is NSNull && hours["untested"] as? String == "not-testable" && hours["n"] as? Double == 300)
        let reopen = try entry("reopen_rate")
        #expect(reopen["significant"] is NSNull && reopen["n"] is NSNull && reopen["untested"] as? String == "n-unknown")
        #expect(!may.contains { $0["metric"] as? String == "nps" }, "no April NPS: no change into May")
        // The old-format frozen May review loads without n, and says so on its page: untested.
        #expect(!site.diagnostics.contains { $0.severity == .error })
        let mayPage = try page("reviews/2026-05/index.html")
        let row = try #require(mayPage.components(separatedBy: "<tr data-metric=\"csat\">").dropFirst().first?.components(separatedBy: "</tr>").first)
        #expect(row.contains("delta untested"), "\(row)")
    }

    @Test func goldenPages() throws {
        for path in ["reviews/2026-05/index.html", "reviews/index.html", "reviews/compare/index.html", "reviews/feed.xml"] {
            assertSnapshot(try page(path), named: "reviews-site/\(path)")
        }
    }

    @Test func feedIsWellFormedAtomWithAbsoluteLinks() throws {
        let xml = try page("reviews/feed.xml")
        let parser = XMLParser(data: Data(xml.utf8))
        #expect(parser.parse(), "\(String(describing: parser.parserError))")
        #expect(xml.components(separatedBy: "<entry>").count - 1 == 6)
        #expect(xml.contains("<id>https://cx.example.com/reviews/</id>"))
        #expect(xml.contains("<link rel=\"alternate\" type=\"text/html\" href=\"https://cx.example.com/reviews/2026-05/\"/>"))
        #expect(xml.contains("<updated>2026-07-01T00:00:00Z</updated>"))          // June: the first day after its month
        #expect(xml.contains("<published>2026-06-04T00:00:00Z</published>"))      // May: the day it was frozen
        #expect(xml.contains("<author><name>Grace Hopper</name></author>"))
        // The newest entry comes first.
        #expect(xml.range(of: "reviews/2026-06/")!.lowerBound < xml.range(of: "reviews/2026-05/")!.lowerBound)
    }

    @Test func feedWithoutBaseURLIsRelativeAndWarned() throws {
        let folder = TemporaryFolder()
        try FileManager.default.copyItem(at: TestPaths.fixtures.appendingPathComponent("reviews-site/content"), to: folder.url.appendingPathComponent("content"))
        let local = FixtureSite(root: folder.url)
        let xml = try #require(local.text("reviews/feed.xml"))
        #expect(XMLParser(data: Data(xml.utf8)).parse())
        #expect(xml.contains("<link rel=\"alternate\" type=\"text/html\" href=\"2026-05/index.html\"/>"))
        #expect(xml.contains("<link rel=\"self\" type=\"application/atom+xml\" href=\"feed.xml\"/>"))
        let ids = xml.components(separatedBy: "<id>").dropFirst().map { $0.components(separatedBy: "</id>")[0] }
        #expect(ids.count == 7 && ids.allSatisfy { $0.hasPrefix("urn:uuid:") } && Set(ids).count == 7)
        // Stable across builds: the ids come from the site title and the month.
        #expect(FixtureSite(root: folder.url).text("reviews/feed.xml") == xml)
        let warnings = SiteBuilder(root: folder.url, output: nil).check().diagnostics.map(\.description)
        #expect(warnings.contains { $0.hasPrefix("cxsite: warning: site.yml has no base_url, so reviews/feed.xml links to the reviews relatively") })
    }

    @Test func uuidsAreVersion8() {
        let id = ReviewFeed.uuid("Kestrel\u{0}review 2026-10")
        #expect(id.count == 36)
        let parts = id.split(separator: "-")
        #expect(parts.map(\.count) == [8, 4, 4, 4, 12])
        #expect(parts[2].first == "8")
        #expect("89ab".contains(parts[3].first!))
        #expect(ReviewFeed.uuid("a") != ReviewFeed.uuid("b"))
    }

    @Test func compareShowsEveryMonthNewestFirst() throws {
        let html = try page("reviews/compare/index.html")
        let headers = html.components(separatedBy: "<th scope=\"col\" class=\"num\"><a href=\"../../reviews/").dropFirst().map { String($0.prefix(7)) }
        #expect(Array(headers.prefix(6)) == ["2026-06", "2026-05", "2026-04", "2026-03", "2026-02", "2026-01"])
        // May as published (frozen), off-target cells marked.
        #expect(html.contains("<td class=\"num met\">86.1%</td>"))
        #expect(html.contains("<td class=\"num missed\">84.5%</td>"))
    }

    @Test func aSiteWithoutDataHasAnEmptyArchiveAndNoFeed() throws {
        let basic = FixtureSite("basic-site")
        #expect(basic.text("reviews/index.html")?.contains("No reviews yet.") == true)
        #expect(basic.files["reviews/feed.xml"] == nil)
        #expect(basic.files["reviews/compare/index.html"] == nil)
    }
}
