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

/// The checks page and the "From the help-desk exports" section of metric pages, rendered from
/// the ticket fixtures; and no personal data from an export anywhere in the output.
struct CheckPagesTests {
    static let fixtures = ["tickets-zendesk", "tickets-freshdesk", "tickets-intercom", "tickets-generic"]

    @Test func checksPageExplainsEachRuleInTheFrameworksWords() throws {
        let html = try #require(FixtureSite("tickets-zendesk").text("checks/index.html"))
        #expect(html.contains("<h1>CARE rule checks</h1>"))
        #expect(html.contains("13 tickets and 8 surveys from 2 exports, Jan 2025 to Feb 2025."))
        #expect(html.contains("<strong>Resolve</strong>: respond fast, own the problem, simple escalation. Rule of thumb: first response within 24 h."))
        #expect(html.contains("Rule of thumb: not solved in 2 interactions → escalate to voice/video."))
        #expect(html.contains("<strong>Enhance</strong>: improve continuously from real retention and repurchase data. Rule of thumb: “Did we solve it?” survey sent 24 h after resolution, not immediately."))
        #expect(html.contains("id=\"rule-first-response-24h\"") && html.contains("id=\"rule-escalate-after-two\"") && html.contains("id=\"rule-survey-delay-24h\""))
    }

    @Test func eachMonthHasASectionWithTheOffendersLinkedByTicketID() throws {
        let html = try #require(FixtureSite("tickets-zendesk").text("checks/index.html"))
        let january = try #require(html.range(of: "<section class=\"check-month\" id=\"month-2025-01\""))
        let february = try #require(html.range(of: "<section class=\"check-month\" id=\"month-2025-02\""))
        #expect(february.lowerBound < january.lowerBound, "newest month first")
        let section = String(html[january.lowerBound...])
        #expect(section.contains("71.4% of 7 tickets got a first reply within 24 hours (target 95%); 2 waited longer. 1 ticket has no reply recorded and is not counted."))
        #expect(section.contains("<a href=\"https://kestrel.zendesk.com/agent/tickets/1004\">1004</a></td><td class=\"num\">48.0 h</td>"))
        #expect(section.contains("75.0% of 4 tickets not solved within two agent replies went to a voice or video call (target 95%); 1 did not."))
        #expect(section.contains("<a href=\"https://kestrel.zendesk.com/agent/tickets/1004\">1004</a></td><td class=\"num\">3 replies</td>"))
        #expect(section.contains("50.0% of 4 surveys were sent 24 hours or more after resolution (target 95%); 2 were sent sooner."))
        #expect(section.contains("<a href=\"https://kestrel.zendesk.com/agent/tickets/1002\">1002</a></td><td class=\"num\">30 min after resolution</td>"))
        #expect(!html.contains("Ticket ids are shown as text"), "ids are links when ticket_url is set")
    }

    @Test func exportsAndComputedMetricsAreListed() throws {
        let html = try #require(FixtureSite("tickets-zendesk").text("checks/index.html"))
        #expect(html.contains("<p>Zendesk ticket export, Jan 2025 to Feb 2025: 13 of 15 rows used.</p>"))
        #expect(html.contains("<li class=\"ignored\">1 repeated header line</li>"))
        #expect(html.contains("<li class=\"ignored\">1 deleted or spam ticket</li>"))
        #expect(html.contains("<td class=\"num \" title=\"over 7 tickets\">2.0 h</td><td class=\"num \" title=\"over 7 tickets\">34.2 h</td>"))
        #expect(!html.contains("Not computed"))
        let freshdesk = try #require(FixtureSite("tickets-freshdesk").text("checks/index.html"))
        #expect(freshdesk.contains("<h2 id=\"missing-heading\">Not computed</h2>"))
        #expect(freshdesk.contains("content/tickets/freshdesk-march-april.csv needs a reopen count column"))
        #expect(freshdesk.contains("Ticket ids are shown as text"))
        #expect(freshdesk.contains("<code>302</code>"))
    }

    @Test func aSiteWithoutExportsExplainsHowToAddThem() throws {
        let html = try #require(FixtureSite("basic-site").text("checks/index.html"))
        #expect(html.contains("No help-desk exports yet."))
        #expect(!html.contains("Not checked") && !html.contains("Not computed") && !html.contains("Exports read"))
    }

    @Test func metricPagesSayHowTheValueWasComputed() throws {
        let site = FixtureSite("tickets-zendesk")
        let first = try #require(site.text("metrics/first_response_hours/index.html"))
        #expect(first.contains("<h2 id=\"computed-heading\">From the help-desk exports</h2>"))
        #expect(first.contains("content/tickets/zendesk-2025-q1.csv: median of &#39;First reply time in minutes&#39; (calendar hours); 90th percentile shown"))
        #expect(first.contains("<td class=\"num \">2.0 h</td><td class=\"num\">34.2 h</td><td class=\"num\">7 tickets</td>"))
        #expect(first.contains("href=\"../../checks/index.html#rule-first-response-24h\""))
        let nps = try #require(site.text("metrics/nps/index.html"))
        #expect(nps.contains("Computed for the month each survey was sent:"))
        let freshdesk = try #require(FixtureSite("tickets-freshdesk").text("metrics/reopen_rate/index.html"))
        #expect(freshdesk.contains("<strong>Not computed:</strong> no export gives this metric, and nothing is estimated."))
        #expect(freshdesk.contains("needs a reopen count column (Zendesk&#39;s &#39;Reopens&#39;)"))
        let ces = try #require(site.text("metrics/ces/index.html"))
        #expect(!ces.contains("From the help-desk exports"), "only metrics an export can give get the section")
    }

    @Test func businessHoursAreSaidWhenTheExportHasNoCalendarColumn() throws {
        let folder = TemporaryFolder()
        folder.write("content/tickets/zendesk.csv", """
            Id,Created at,Solved at,Status,First reply time in minutes within business hours
            1,2025-01-02 09:00:00,2025-01-02 15:00:00,Solved,90
            2,2025-01-03 09:00:00,2025-01-06 15:00:00,Solved,1500

            """)
        let site = FixtureSite(root: folder.url)
        let page = try #require(site.text("metrics/first_response_hours/index.html"))
        #expect(page.contains("median of &#39;First reply time in minutes within business hours&#39; (business hours: the export has no calendar column)"))
        #expect(page.contains("<span class=\"sub\">business hours</span>"))
        let checks = try #require(site.text("checks/index.html"))
        #expect(checks.contains("50.0% of 2 tickets got a first reply within 24 business hours"))
        // Resolution is calendar time from the timestamps even so.
        let resolution = try #require(site.text("metrics/resolution_hours/index.html"))
        #expect(resolution.contains("median of &#39;Solved at&#39; − &#39;Created at&#39; over solved tickets (calendar hours)"))
    }

    @Test func eachMonthsReviewListsTheTicketChecks() throws {
        let model = FixtureModel("tickets-zendesk")
        let review = try #require(model.analysis.review(of: try Period(parsing: "2025-01")))
        let tickets = review.ruleChecks.filter { $0.source == .tickets }
        #expect(tickets.map(\.rule) == TicketRuleCheck.Rule.allCases.map(\.title))
        #expect(tickets.map(\.result) == [.fail, .fail, .fail])
        #expect(tickets.first?.detail == "71.4% of 7 tickets got a first reply within 24 hours (target 95%); 2 waited longer. 1 ticket has no reply recorded and is not counted.")
        #expect(tickets.first?.evidence.first?.url == "checks/index.html#month-2025-01")
        let page = try #require(FixtureSite("tickets-zendesk").text("reviews/2025-01/index.html"))
        #expect(page.contains("Source: Tickets · <a href=\"../../checks/index.html#month-2025-01\">the tickets on the checks page</a>"))
    }

    @Test func checksAreLinkedFromTheMetricsIndex() throws {
        let html = try #require(FixtureSite("basic-site").text("metrics/index.html"))
        #expect(html.contains("<a href=\"../checks/index.html\">CARE rule checks</a>"))
    }

    @Test func goldenChecksPage() {
        let site = FixtureSite("tickets-zendesk")
        assertSnapshot(site.text("checks/index.html") ?? "", named: "tickets-zendesk/checks/index.html")
        assertSnapshot(site.text("metrics/first_response_hours/index.html") ?? "", named: "tickets-zendesk/metrics/first_response_hours/index.html")
    }

    // MARK: Personal data

    /// Every name, email, subject and comment cell of the fixtures' exports.
    static func personalData(in fixture: String) throws -> [String] {
        let root = TestPaths.fixtures.appendingPathComponent(fixture)
        var cells: [String] = []
        for folder in ["content/tickets", "content/surveys"] {
            let url = root.appendingPathComponent(folder)
            for name in (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? [] where name.hasSuffix(".csv") {
                var reader = try CSVReader(path: url.appendingPathComponent(name).path)
                var personal: [Int] = []
                var first = true
                while let result = reader.next() {
                    guard case .success(let record) = result else { continue }
                    if first {
                        first = false
                        personal = record.fields.indices.filter { index in
                            let key = record.fields[index].lowercased()
                            return ["name", "email", "requester", "customer", "subject", "comment"].contains { key.contains($0) }
                        }
                        continue
                    }
                    for index in personal where index < record.fields.count {
                        let cell = record.fields[index].trimmingCharacters(in: .whitespaces)
                        if cell.count >= 4 { cells.append(cell) }
                    }
                }
            }
        }
        return cells
    }

    @Test(arguments: fixtures)
    func noNameOrEmailFromAnExportReachesTheSite(_ fixture: String) throws {
        let cells = try Self.personalData(in: fixture)
        #expect(cells.count >= 8, "the fixture has names and emails to look for")
        let site = FixtureSite(fixture)
        #expect(!site.files.isEmpty)
        for (path, file) in site.files {
            let text = String(decoding: file.bytes, as: UTF8.self)
            for cell in cells {
                #expect(!text.contains(cell), "\(path) contains '\(cell)' from an export")
                #expect(!text.contains(Escape.html(cell)), "\(path) contains '\(cell)' (escaped) from an export")
            }
            #expect(!text.contains("@example.com"), "\(path) contains an email address")
        }
        #expect(!site.files.keys.contains { $0.hasPrefix("tickets/") || $0.hasPrefix("surveys/") }, "exports are never copied")
    }
}
