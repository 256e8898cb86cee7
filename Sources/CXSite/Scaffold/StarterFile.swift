public import Foundation
import CXSiteSupport
import CXSiteModel
import CXSiteLoad
import CXSiteAnalyse
import CXSiteCharts
import CXSiteRender
import CXSiteWrite

/// A starter file for `cxsite new`: a journey map, a month's review, a handbook page or the
/// self-assessment, in the right place of a project and with the front matter cxsite reads.
///
/// ```swift
/// let file = try StarterFile.journey(name: "Moving house")   // content/journeys/moving-house.md
/// let url = try file.write(into: projectRoot)                // refuses to overwrite
/// ```
public struct StarterFile: Sendable, Equatable {
    /// Path inside the project, `content/journeys/moving-house.md`.
    public let path: String
    public let text: String

    /// Why a starter file cannot be made or written.
    public struct Problem: Error, CustomStringConvertible, Equatable {
        public let description: String

        /// The memberwise initialiser, open to the other targets.
        package init(description: String) {
            self.description = description
        }
    }

    /// `content/journeys/<slug>.md`: all four CARE stages, each with a touchpoint and an improvement.
    public static func journey(name: String) throws(Problem) -> StarterFile {
        let title = try cleanTitle(name, what: "journey name")
        let text = """
        ---
        title: \(yamlString(title))
        persona: Name, role and situation of the customer this journey follows
        owner: The person or team who keeps this map up to date
        ---
        Why this journey matters, in a few sentences: who takes it, how often, and what goes wrong
        today. Each `##` heading is a CARE stage and each `###` heading a touchpoint, in the order the
        customer meets them. List items `Key: value` describe a touchpoint; every stage needs at least
        one touchpoint and one Improvement.

        ## Connect

        ### First contact
        - Channel: email
        - Emotion: 0
        - Target emotion: +1
        - Owner: Support team
        - Thought: "Will anyone actually read this?"
        - Pain: The automatic reply does not use the customer's name
        - Opportunity: Greet the customer by name and repeat what they asked
        - Improvement: Personalised acknowledgement with the customer's name and request (owner: name)
        - Metric: personalised_greeting_rate

        ## Assist

        ### Help centre article
        - Channel: help centre
        - Emotion: 0
        - Target emotion: +1
        - Owner: Knowledge team
        - Pain: The article does not say what to do next
        - Opportunity: End every article with the next step and a link to chat
        - Improvement: Add next steps and proactive chat to the most-read article (owner: name)
        - Metric: self_service_rate

        ## Resolve

        ### Escalation to a call
        - Channel: phone
        - Emotion: -1
        - Target emotion: +1
        - Owner: Support team
        - Pain: Two replies without a fix before anyone offered to call
        - Opportunity: Offer a phone or video call as soon as the second interaction fails
        - Improvement: Escalate to a call after two interactions without a fix (owner: name)
        - Metric: first_response_hours

        ## Enhance

        ### "Did we solve it?" survey
        - Channel: email
        - Emotion: +1
        - Target emotion: +2
        - Owner: Support team
        - Opportunity: Ask once the fix has had time to hold
        - Improvement: Send the survey 24 hours after the ticket is solved, not straight away (owner: name)
        - Metric: solved_yes_rate

        """
        return StarterFile(path: "content/journeys/\(Slug.make(title)).md", text: text)
    }

    /// `content/reviews/YYYY-MM.md`: title, author, decisions and improvements, and a prompt per stage.
    public static func review(month: String) throws(Problem) -> StarterFile {
        let parts = month.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
              let year = Int(parts[0]), let number = Int(parts[1]), (1...12).contains(number), year >= 1900,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }) else {
            throw Problem(description: "'\(month)' is not a month; expected YYYY-MM, such as 2026-11")
        }
        let monthName = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                         "October", "November", "December"][number - 1]
        let text = """
        ---
        title: \(monthName) \(year) review
        author: Your name
        decisions:
          - What the team decided this month, one line each
        improvements:
          - title: An improvement the team is working on
            owner: Its owner
            status: planned
        ---
        Notes from the monthly review: what the numbers say, what we learnt, what we will change.
        The scorecard, highlights and regressions for the month are generated; write what they
        cannot say. Improvements carry over: copy the open ones into next month's review.

        **Connect.** How greetings and the first contact went this month.

        **Assist.** Help centre, proactive contact, onboarding.

        **Resolve.** Response times, ownership, escalations.

        **Enhance.** Survey answers, retention, what we change next.

        """
        return StarterFile(path: "content/reviews/\(month).md", text: text)
    }

    /// `content/handbook/<slug>.md` with every front matter key a handbook page understands.
    public static func page(title raw: String) throws(Problem) -> StarterFile {
        let title = try cleanTitle(raw, what: "page title")
        let text = """
        ---
        title: \(yamlString(title))
        # Position within its section; pages without one come last.
        order: 10
        summary: One sentence shown wherever this page is listed.
        # Uncomment what this page is about, so the stage, pillar and step pages list it.
        # stage: connect        # connect | assist | resolve | enhance, or a list
        # pillar: people        # technology | strategy | people | service | operations, or a list
        # step: 1               # 1-7, or a list
        # tags: [tone, refunds] # a page per tag lists this page; tags are searchable
        # author: Your name
        # date: 2026-01-31      # shown as "Last updated"; lastmod: for a later change
        # draft: true           # cxsite build leaves the page out until this line goes
        ---
        Write the page in Markdown. Links to other `.md` files become links to their pages.

        ## A section

        Text, lists, tables and images under `content/` all work.

        """
        return StarterFile(path: "content/handbook/\(Slug.make(title)).md", text: text)
    }

    /// `content/assessment.csv`: two statements for each CARE stage and each pillar, with the
    /// score left for the team to fill in (1-5) for `month` (YYYY-MM).
    public static func assessment(month: String) -> StarterFile {
        var text = "area,statement,score,month,owner,note\n"
        for (area, statement) in assessmentStatements {
            text += "\(area),\(csvField(statement)),,\(month),,\n"
        }
        return StarterFile(path: "content/assessment.csv", text: text)
    }

    /// `YYYY-MM` of `date` in the current time zone.
    public static func month(of date: Date) -> String {
        let parts = Calendar.current.dateComponents([.year, .month], from: date)
        let month = parts.month ?? 1
        return "\(parts.year ?? 2000)-\(month < 10 ? "0" : "")\(month)"
    }

    /// Statements for the self-assessment, by area (CARE stage or pillar id).
    package static let assessmentStatements: [(String, String)] = [
        ("connect", "Every first reply uses the customer's name"),
        ("connect", "Agents see a customer's history before they reply"),
        ("assist", "Help articles answer the questions customers ask most"),
        ("assist", "We contact customers before they notice a problem"),
        ("resolve", "We reply to every ticket within 24 hours, on every channel"),
        ("resolve", "Tickets not solved in two interactions move to a voice or video call"),
        ("enhance", "The \"Did we solve it?\" survey goes out 24 hours after resolution"),
        ("enhance", "We review our journeys with retention and repurchase data"),
        ("technology", "Our tools share one customer record"),
        ("technology", "The help centre and chat stay up during releases"),
        ("strategy", "CX goals appear in the company's plan"),
        ("strategy", "Every journey map has a named owner"),
        ("people", "New agents are coached before they take tickets alone"),
        ("people", "We ask the team how they feel and act on it"),
        ("service", "Customers get the same answer on every channel"),
        ("service", "Complaints get a reply from a lead within one working day"),
        ("operations", "Queues are staffed for our peaks"),
        ("operations", "Every metric we track has a target the team agreed"),
    ]

    /// Writes the file under `root`, creating folders; never replaces an existing file.
    @discardableResult
    public func write(into root: URL) throws(Problem) -> URL {
        let url = root.appendingPathComponent(path)
        try ScaffoldWriter.create(url, bytes: Array(text.utf8), shown: path)
        return url
    }

    private static func cleanTitle(_ raw: String, what: String) throws(Problem) -> String {
        let title = raw.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        guard !title.isEmpty else { throw Problem(description: "the \(what) is empty") }
        guard Slug.make(title) != "page" || title.lowercased() == "page" else {
            throw Problem(description: "the \(what) '\(title)' has no letters or digits to make a file name from")
        }
        return title
    }

    /// A YAML scalar for `text`: plain when that is safe, double-quoted otherwise.
    package static func yamlString(_ text: String) -> String {
        let special: Set<Character> = [":", "#", "\"", "'", "[", "]", "{", "}", ",", "&", "*", "!", "|", ">", "%", "@", "`", "\\"]
        let needsQuotes = text.contains(where: { special.contains($0) }) || text.first == "-" || text.first == "?"
            || ["true", "false", "yes", "no", "null", "on", "off", "~"].contains(text.lowercased()) || Double(text) != nil
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    private static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// The memberwise initialiser, open to the other targets.
    package init(path: String, text: String) {
        self.path = path
        self.text = text
    }
}
