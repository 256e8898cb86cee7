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

/// Format detection from headers, and survey exports in their two shapes.
struct ExportReaderTests {
    func format(_ header: String, settings: TicketSettings = TicketSettings()) -> TicketFormat? {
        let names = header.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        return try? TicketLayout.detect(names, settings: settings).get().format
    }

    @Test func formatsAreToldApartByTheirHeaders() {
        #expect(format("Id,Subject,Created at,Solved at,Status") == .zendesk)
        #expect(format("ID, Requester ,CREATED AT,Via") == .zendesk, "case and blanks do not matter")
        #expect(format("Id,Created at,First reply time in minutes within business hours") == .zendesk)
        #expect(format("Ticket ID,Subject,Created time,Resolved time") == .freshdesk)
        #expect(format("conversation_id,conversation_created_at,conversation_tags") == .intercom)
        #expect(format("Ticket,Opened,Closed") == nil)
        #expect(format("Id,Created at") == nil, "an id and a creation time alone could be anything")
        var settings = TicketSettings()
        settings.ticketColumns = [.created: "Created at", .id: "Id"]
        #expect(format("Id,Created at,Solved at", settings: settings) == .generic, "a mapping wins over recognition")
    }

    @Test func zendeskPrefersTheCalendarColumnAndSaysSo() throws {
        let header = ["Id", "Created at", "Solved at", "First reply time in minutes within business hours", "First reply time in minutes",
                      "Full resolution time in minutes within business hours"]
        let layout = try TicketLayout.detect(header, settings: TicketSettings()).get()
        #expect(layout.firstResponseDuration?.index == 4 && layout.firstResponseDuration?.business == false)
        let sources = layout.metricSources(.monthly)
        #expect(sources.first { $0.metric == "first_response_hours" }?.businessHours == false)
        #expect(sources.first { $0.metric == "resolution_hours" }?.method == "median of 'Solved at' − 'Created at' over solved tickets (calendar hours)")
    }

    func surveys(_ csv: String, settings: TicketSettings = TicketSettings()) -> (HelpDeskData, DiagnosticLog) {
        var data = HelpDeskData(settings: settings)
        var log = DiagnosticLog()
        SurveyExportReader.read(bytes: Array(csv.utf8), path: "content/surveys/s.csv", into: &data, log: &log)
        return (data, log)
    }

    @Test func aSurveyColumnNamesTheQuestionOfEachRow() throws {
        let (data, log) = surveys("""
            Ticket ID,Survey,Score,Sent at,Answered at,Resolved at,Email
            1,CSAT,5,2025-03-02 10:00:00,2025-03-02 11:00:00,2025-03-01 09:00:00,a@example.com
            1,NPS,9,2025-03-02 10:00:00,2025-03-02 11:00:00,2025-03-01 09:00:00,a@example.com
            2,Did we solve it?,no,2025-03-05 10:00:00,2025-03-05 12:00:00,2025-03-05 09:00:00,b@example.com
            3,csat,,2025-03-06 10:00:00,,2025-03-05 09:00:00,c@example.com
            4,nps,3,2025-04-01 10:00:00,2025-04-01 10:30:00,,d@example.com

            """)
        #expect(log.diagnostics.isEmpty, "\(log.diagnostics)")
        let march = try #require(data.surveys[try Period(parsing: "2025-03")])
        #expect(march.responses == Ratio(count: 4, hits: 3))
        #expect(march.csat == Ratio(count: 1, hits: 1))
        #expect(march.nps == 100)
        #expect(march.solved == Ratio(count: 1, hits: 0))
        // Sent 25 h, 25 h, 1 h and 25 h after resolution.
        #expect(march.delay == Ratio(count: 4, hits: 3))
        #expect(march.earlySurveys.items.map(\.id) == ["2"])
        let april = try #require(data.surveys[try Period(parsing: "2025-04")])
        #expect(april.nps == -100 && april.delay.count == 0)
        #expect(data.exports.first?.source(of: "survey_delay_compliance")?.method != nil)
    }

    @Test func aQuestionNeverAskedIsNotedAsMissing() throws {
        let (data, _) = surveys("survey,score,sent at\ncsat,4,2025-03-02 10:00:00\n")
        let export = try #require(data.exports.first)
        #expect(export.source(of: "csat")?.method == "share of 4 and 5 among the 1–5 answers in 'score' where 'survey' is csat")
        #expect(export.source(of: "nps")?.needs == "answers to the nps question: no row's 'survey' is nps")
        #expect(export.source(of: "survey_delay_compliance")?.needs == "the ticket's resolution time on each survey row: a 'resolved at' column")
    }

    @Test func surveyColumnsCanBeMappedInSiteYml() throws {
        var settings = TicketSettings()
        settings.surveyColumns = [.sent: "Delivered", .csat: "How did we do", .ticket: "Case"]
        let (data, log) = surveys("Case,Delivered,How did we do\nC-1,2025-05-01 10:00:00,2\nC-2,2025-05-02 10:00:00,4\n", settings: settings)
        #expect(log.diagnostics.isEmpty)
        #expect(data.surveys[try Period(parsing: "2025-05")]?.csat == Ratio(count: 2, hits: 1))
    }

    @Test func settingsFromSiteYml() throws {
        var log = DiagnosticLog()
        let yaml = """
            tickets:
              columns: {created: Opened, id: Ref}
              timezone: "+05:30"
              date_order: month-first
              escalation: {channels: [Zoom], tags: []}
              ticket_url: https://help.example.com/t/{id}
              first_response_target: 90%
            surveys:
              timezone: America/New_York
            """
        let settings = TicketSettings.load(siteConfig: SourceText(path: "site.yml", text: yaml), log: &log)
        #expect(log.diagnostics.isEmpty, "\(log.diagnostics)")
        #expect(settings.ticketColumns == [.created: "Opened", .id: "Ref"])
        #expect(settings.timeZone.secondsFromGMT() == 19800)
        #expect(settings.dateOrder == .monthFirst)
        #expect(settings.escalation.channels == ["zoom"] && settings.escalation.tags.isEmpty)
        #expect(settings.escalation.groups.isEmpty)
        #expect(settings.url(ofTicket: "A 1/2") == "https://help.example.com/t/A%201%2F2")
        #expect(settings.firstResponseTarget == 90)
        #expect(settings.surveyTimeZone?.identifier == "America/New_York")
    }
}
