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

/// A few thousand random tickets, written as a Zendesk export, against a second computation made
/// straight from the tickets as generated: no CSV parsing, no date parsing, no cxsite code.
struct IndependentComputationTests {
    struct Ticket {
        var id: Int
        var month: Int          // 1…3 of 2025
        var day: Int, hour: Int, minute: Int
        var firstReplyMinutes: Int?
        var status: String
        var solvedAfterMinutes: Int?  // nil: no solved time
        var sentinel: Bool            // Solved at 1900-01-01
        var solvedBeforeCreated: Bool
        var replies: Int?
        var reopens: Int
        var via: String
        var tags: String
        var satisfaction: String
        var email: String
    }

    static func tickets(count: Int, seed: UInt64) -> [Ticket] {
        var r = SplitMix64(seed: seed)
        return (0..<count).map { n in
            let month = r.int(1...3)
            let status = ["Solved", "Closed", "Closed", "Open", "Pending", "Hold", "New"][r.int(0...6)]
            let solvedStatus = status == "Solved" || status == "Closed"
            let replies: Int? = r.chance(0.03) ? nil : r.int(0...6)
            var tags = ["billing", "payroll", "pensions"][r.int(0...2)]
            if r.chance(0.4) { tags += " escalated_to_call" }
            return Ticket(
                id: 50_000 + n, month: month, day: r.int(1...28), hour: r.int(0...23), minute: r.int(0...59),
                firstReplyMinutes: r.chance(0.05) ? nil : r.int(1...4000),
                status: status,
                solvedAfterMinutes: solvedStatus || r.chance(0.1) ? r.int(5...9000) : nil,
                sentinel: !solvedStatus && r.chance(0.3), solvedBeforeCreated: r.chance(0.02),
                replies: replies, reopens: r.chance(0.9) ? 0 : r.int(1...2),
                via: ["Web form", "Email", "Chat", "Phone call (incoming)"][r.int(0...3)], tags: tags,
                satisfaction: ["Unoffered", "Offered", "Good", "Bad", "Good with comment"][r.int(0...4)],
                email: "customer\(n)@example.com")
        }
    }

    static func csv(_ tickets: [Ticket]) -> String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        func stamp(month: Int, day: Int, minutes: Int) -> String {
            // Minutes after 2025-MM-DD 00:00, as a calendar time (days may run into the next month).
            var (m, d, rest) = (month, day, minutes)
            d += rest / 1440
            rest %= 1440
            let lengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
            while d > lengths[m - 1] { d -= lengths[m - 1]; m += 1 }
            return "2025-\(two(m))-\(two(d)) \(two(rest / 60)):\(two(rest % 60)):00"
        }
        var out = "Id,Requester email,Created at,Solved at,Status,Via,Tags,Reopens,Replies,Satisfaction Score,First reply time in minutes,Full resolution time in minutes\n"
        for t in tickets {
            let start = t.hour * 60 + t.minute
            let created = stamp(month: t.month, day: t.day, minutes: start)
            var solved = ""
            if t.sentinel {
                solved = "1900-01-01 00:00:00"
            } else if t.solvedBeforeCreated, t.solvedAfterMinutes != nil {
                solved = start > 0 ? stamp(month: t.month, day: t.day, minutes: start - 1) : "2024-12-31 23:59:00"
            } else if let after = t.solvedAfterMinutes {
                solved = stamp(month: t.month, day: t.day, minutes: start + after)
            }
            let resolution = t.solvedAfterMinutes.map(String.init) ?? ""
            out += "\(t.id),\(t.email),\(created),\(solved),\(t.status),\(t.via),\(t.tags),\(t.reopens),\(t.replies.map(String.init) ?? ""),\(t.satisfaction),\(t.firstReplyMinutes.map(String.init) ?? ""),\(resolution)\n"
        }
        return out
    }

    /// The expected value of every metric in every month, straight from the definitions.
    static func expected(_ tickets: [Ticket]) -> [String: [Int: Double]] {
        var result: [String: [Int: Double]] = [:]
        func median(_ v: [Double]) -> Double {
            let s = v.sorted()
            return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
        }
        func percent(_ hits: Int, _ of: Int) -> Double? { of == 0 ? nil : 100 * Double(hits) / Double(of) }
        for month in 1...3 {
            let all = tickets.filter { $0.month == month }
            let solved = all.filter { t in
                (t.status == "Solved" || t.status == "Closed") && t.solvedAfterMinutes != nil && !t.sentinel && !t.solvedBeforeCreated
            }
            func set(_ metric: String, _ value: Double?) { if let value { result[metric, default: [:]][month] = value } }
            set("first_response_hours", median(all.compactMap { $0.firstReplyMinutes.map { Double($0) / 60 } }))
            set("resolution_hours", median(solved.map { Double($0.solvedAfterMinutes!) / 60 }))
            let counted = solved.filter { $0.replies != nil }
            set("fcr_rate", percent(counted.filter { $0.replies! <= 1 && $0.reopens == 0 }.count, counted.count))
            set("resolved_within_2_rate", percent(counted.filter { $0.replies! <= 2 }.count, counted.count))
            set("reopen_rate", percent(solved.filter { $0.reopens > 0 }.count, solved.count))
            let pastTwo = all.filter { ($0.replies ?? 0) > 2 }
            set("escalation_compliance", percent(pastTwo.filter { $0.via == "Phone call (incoming)" || $0.tags.contains("escalated_to_call") }.count, pastTwo.count))
            let answered = all.filter { ["Good", "Bad", "Good with comment"].contains($0.satisfaction) }
            set("csat", percent(answered.filter { $0.satisfaction.hasPrefix("Good") }.count, answered.count))
            set("survey_response_rate", percent(answered.count, all.filter { $0.satisfaction != "Unoffered" }.count))
        }
        return result
    }

    @Test func zendeskExportOfThreeThousandTicketsMatchesADirectComputation() throws {
        let tickets = Self.tickets(count: 3000, seed: 2025)
        let folder = TemporaryFolder()
        folder.write("site.yml", "base_url: https://cx.example.com/\n")   // a published site: no warning about the feed
        folder.write("content/tickets/zendesk.csv", Self.csv(tickets))
        let model = FixtureModel(root: folder.url)
        #expect(model.diagnostics.isEmpty, "\(model.diagnosticText)")
        let expected = Self.expected(tickets)
        #expect(expected.count == 8)
        for (metric, months) in expected {
            for month in 1...3 {
                let actual = model.computed(metric, "2025-0\(month)")?.value
                let wanted = months[month]
                if let actual, let wanted {
                    #expect(abs(actual - wanted) < 1e-9, "\(metric) 2025-0\(month): \(actual) ≠ \(wanted)")
                } else {
                    #expect(actual == nil && wanted == nil, "\(metric) 2025-0\(month): \(String(describing: actual)) ≠ \(String(describing: wanted))")
                }
            }
        }
        // The tallies keep counts, the durations of the medians and ten offenders a rule: nothing per row.
        let data = model.site.helpDesk
        #expect(data.tickets.values.reduce(0) { $0 + $1.tickets } == 3000)
        #expect(data.tickets.values.allSatisfy { $0.slowFirstResponses.items.count <= OffenderList.limit && $0.unescalated.items.count <= OffenderList.limit })
    }

    @Test func readingInSmallChunksGivesTheSameTallies() throws {
        let bytes = Array(Self.csv(Self.tickets(count: 500, seed: 9)).utf8)
        var whole = HelpDeskData(), pieces = HelpDeskData()
        var log = DiagnosticLog()
        TicketExportReader.read(bytes: bytes, path: "t.csv", into: &whole, log: &log)
        var reader = CSVReader(bytes: bytes, chunkSize: 7, allowsBareQuotes: true)
        TicketExportReader.read(&reader, path: "t.csv", into: &pieces, log: &log)
        #expect(log.diagnostics.isEmpty)
        #expect(whole.tickets == pieces.tickets)
    }
}

/// Draws for the generated tickets.
private extension SplitMix64 {
    mutating func int(_ range: ClosedRange<Int>) -> Int { range.lowerBound + Int(next() % UInt64(range.count)) }
    mutating func chance(_ p: Double) -> Bool { Double(next() % 1_000_000) / 1_000_000 < p }
}
