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

/// The journeys fixture site in, journey pages, the journeys index, journey.json and the
/// touchpoint lists of stage and step pages out.
struct JourneyPagesTests {
    let site = FixtureSite("journeys-site")

    /// The assembled model of the fixture (for model properties such as channels).
    static func model(_ name: String = "journeys-site") -> Site {
        FixtureModel(name).site
    }

    /// Occurrences of `needle` in `text`.
    static func count(_ needle: String, in text: some StringProtocol) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    /// The HTML of each stage column of a journey page, by stage id.
    static func stageColumns(_ html: String) -> [String: Substring] {
        var columns: [String: Substring] = [:]
        for stage in CAREStage.allCases {
            guard let start = html.range(of: "<section class=\"stage-column \(stage.rawValue)\"") else { continue }
            let rest = html[start.lowerBound...]
            let end = rest.range(of: "</section>")?.lowerBound ?? rest.endIndex
            columns[stage.rawValue] = rest[..<end]
        }
        return columns
    }

    @Test func buildsWithoutDiagnostics() {
        #expect(site.diagnostics.isEmpty, "\(site.diagnosticText)")
    }

    @Test func everyJourneyHasAPageAndData() {
        for path in ["journeys/index.html", "journeys/onboarding/index.html", "journeys/onboarding/journey.json",
                     "journeys/billing/index.html", "journeys/billing/journey.json"] {
            #expect(site.files[path] != nil, "missing \(path)")
        }
    }

    @Test func eachStageColumnHoldsItsTouchpointsInOrder() throws {
        let html = try #require(site.text("journeys/onboarding/index.html"))
        let columns = Self.stageColumns(html)
        #expect(columns.count == 4)
        let counts = CAREStage.allCases.map { Self.count("<li class=\"tp-card", in: columns[$0.rawValue] ?? "") }
        #expect(counts == [2, 2, 1, 1])
        let connect = try #require(columns["connect"])
        let welcome = try #require(connect.range(of: "Welcome email"))
        let kickoff = try #require(connect.range(of: "Kick-off call"))
        #expect(welcome.lowerBound < kickoff.lowerBound)
        #expect(columns["assist"]?.contains("first payroll") == true, "the stage subtitle is shown")
    }

    /// The `<title>`s of the markers in the last `<g class="…">` group of that class (the first
    /// one of a series is its legend entry).
    static func markerTitles(_ html: String, group: String) -> [String] {
        guard let start = html.range(of: "<g class=\"\(group)\">", options: .backwards) else { return [] }
        let rest = html[start.upperBound...]
        let block = rest[..<(rest.range(of: "</g>")?.lowerBound ?? rest.endIndex)]
        return block.components(separatedBy: "<title>").dropFirst().map { String($0.prefix { $0 != "<" }) }
    }

    @Test func theEmotionCurveHasOnePointPerTouchpointInJourneyOrder() throws {
        let html = try #require(site.text("journeys/onboarding/index.html"))
        #expect(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"cx-chart cx-emotion\""))
        #expect(Self.markerTitles(html, group: "series s0 as-is") == [
            "Welcome email: +1 (pleased)", "Kick-off call: +1 (pleased)", "First login: \u{2212}1 (unhappy)",
            "Help centre: \u{2212}1 (unhappy)", "Chat question: \u{2212}2 (frustrated)", "Survey: +2 (delighted)",
        ])
        #expect(Self.markerTitles(html, group: "series to-be") == [
            "Welcome email: target +2 (delighted)", "First login: target 0 (neutral)", "Chat question: target +1 (pleased)",
        ], "the to-be curve where a target is given")
        let bands = html.components(separatedBy: "<g class=\"stage stage-").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        #expect(bands == ["connect", "assist", "resolve", "enhance"], "one band per run of touchpoints in a stage, in the stage colours")
        #expect(html.contains("<line class=\"zero\""), "a zero line")
    }

    @Test func theEmotionCurveIsAccessible() throws {
        let html = try #require(site.text("journeys/onboarding/index.html"))
        let start = try #require(html.range(of: "<figure class=\"chart\">"))
        let figure = html[start.lowerBound...]
        #expect(figure.contains("role=\"img\" aria-labelledby=\"emotion-onboarding-title emotion-onboarding-desc\""))
        #expect(figure.contains("<title id=\"emotion-onboarding-title\">Emotion across New customer onboarding</title>"))
        #expect(figure.contains("<desc id=\"emotion-onboarding-desc\">Emotion across New customer onboarding: emotion across 6 touchpoints (Connect 2, Assist 2, Resolve 1, Enhance 1). Lowest \u{2212}2 (frustrated) at \u{201C}Chat question\u{201D} (Resolve); highest +2 (delighted) at \u{201C}Survey\u{201D} (Enhance)."))
        #expect(figure.contains("<details class=\"chart-data\"><summary>Data</summary>"), "the same data as a collapsible table")
        #expect(figure.contains("<tr><th scope=\"row\">1. Welcome email</th><td>Connect</td><td class=\"num\">+1 (pleased)</td><td class=\"num\">+2 (delighted)</td></tr>"))
    }

    @Test func touchpointsWithoutEmotionAreGapsInTheCurve() throws {
        let html = try #require(site.text("journeys/billing/index.html"))
        let titles = Self.markerTitles(html, group: "series s0 as-is")
        #expect(titles.count == 4, "five touchpoints, one without an emotion")
        #expect(!titles.contains { $0.hasPrefix("Refund review") })
        #expect(html.contains("<tr><th scope=\"row\">4. Refund review</th><td>Resolve</td><td class=\"num\">no data</td></tr>"))
    }

    @Test func theIndexHasACoverageHeatmap() throws {
        let html = try #require(site.text("journeys/index.html"))
        #expect(html.contains("class=\"cx-chart cx-heatmap\""))
        #expect(html.contains("<title id=\"journey-coverage-title\">Touchpoints and average emotion by journey and CARE stage</title>"))
        #expect(html.contains("<tr><th scope=\"row\">New customer onboarding</th><td class=\"num\">2 touchpoints (avg +1 pleased)</td><td class=\"num\">2 touchpoints (avg \u{2212}1 unhappy)</td><td class=\"num\">1 touchpoint (avg \u{2212}2 frustrated)</td><td class=\"num\">1 touchpoint (avg +2 delighted)</td></tr>"))
    }

    @Test func aStageWithoutTouchpointsIsAnEmptyHeatmapCell() throws {
        let folder = TemporaryFolder()
        folder.write("content/journeys/short.md", "# Short\n## Connect\n### Hello\n- Emotion: +1\n- Improvement: Use the name\n")
        let html = try #require(FixtureSite(root: folder.url).text("journeys/index.html"))
        #expect(html.contains("<tr><th scope=\"row\">Short</th><td class=\"num\">1 touchpoint (avg +1 pleased)</td><td>no data</td><td>no data</td><td>no data</td></tr>"))
        #expect(html.contains("No touchpoints yet in: Assist, Resolve, Enhance"))
    }

    @Test func cardsShowEveryAttribute() throws {
        let html = try #require(site.text("journeys/onboarding/index.html"))
        let connect = try #require(Self.stageColumns(html)["connect"])
        for text in ["<span class=\"chip\">email</span>", "Lifecycle team", "Opens the welcome email on her phone",
                     "<q>Is this going to be painful?</q>", "Generic greeting, no name", "A list of twelve features",
                     "Greet by name and mention tenure", "Personalised welcome template", "Owner: Hannah Okafor",
                     "Personalised greetings", "<dt>Evidence</dt><dd>31 % of new customers never open it</dd>",
                     "+1 pleased", "+2 delighted", "<span class=\"chip\">video call</span>"] {
            #expect(connect.contains(text), "the Connect column lacks \(text)")
        }
        #expect(Self.count("<span class=\"label\">Pain</span>", in: connect) == 2, "both Pain items")
    }

    @Test func proseIsRenderedInPlaceByCmark() throws {
        let html = try #require(site.text("journeys/onboarding/index.html"))
        #expect(html.contains("<div class=\"prose journey-intro\"><p>Why this journey matters (free prose, kept as is).</p>"))
        let connect = try #require(Self.stageColumns(html)["connect"])
        #expect(connect.contains("<div class=\"prose stage-prose\"><p>Connect starts before the first ticket.</p>"))
        #expect(connect.contains("<div class=\"prose tp-prose\"><p>Free prose about this touchpoint, with a link to the <a href=\"../../journeys/billing/index.html\">billing journey</a>.</p>"),
                "a link to another journey's .md file becomes a link to its page")
        let billing = try #require(site.text("journeys/billing/index.html"))
        #expect(billing.contains("<li>We also checked the refund queue that week.</li>"), "a list item without a key stays prose")
    }

    @Test func improvementsAreListedPerStageWithOwners() throws {
        let html = try #require(site.text("journeys/onboarding/index.html"))
        let start = try #require(html.range(of: "id=\"improvements-heading\""))
        let section = html[start.lowerBound...]
        for (stage, text) in [("connect", "Personalised welcome template"), ("assist", "A tip next to every field"),
                              ("resolve", "Offer a video call after two replies without a fix"), ("enhance", "Send the survey 24 hours after resolution")] {
            #expect(section.contains("<section class=\"improvement-stage \(stage)\""))
            #expect(section.contains(text))
        }
        #expect(section.contains("Owner: Hannah Okafor · at <a href=\"#tp-welcome-email\">Welcome email</a>"))
        #expect(section.contains("Owner: Support Operations · at <a href=\"#tp-chat-question\">Chat question</a>"), "the touchpoint's owner when the improvement names none")
    }

    @Test func headerShowsPersonaScenarioOwner() throws {
        let html = try #require(site.text("journeys/onboarding/index.html"))
        #expect(html.contains("<dt>Persona</dt><dd>Maya, small-business owner</dd>"))
        #expect(html.contains("<dt>Journey owner</dt><dd>Customer Success</dd>"))
        #expect(html.contains("<p class=\"lede\">Maya signs up and has to run her first payroll within two weeks.</p>"))
        #expect(html.contains("<a href=\"../../journeys/index.html\">Journeys</a>"), "breadcrumb and navigation")
    }

    @Test func journeyJSONMatchesItsGoldenFile() throws {
        assertSnapshot(try #require(site.text("journeys/onboarding/journey.json")), named: "journeys-site/journeys/onboarding/journey.json")
    }

    @Test func journeyJSONHasFourStagesInCAREOrderAndTouchpointsInFileOrder() throws {
        let data = try #require(site.files["journeys/billing/journey.json"]).bytes
        let json = try #require(try JSONSerialization.jsonObject(with: Data(data)) as? [String: Any])
        #expect(json["title"] as? String == "Billing dispute")
        #expect(json["persona"] is NSNull, "absent front matter is null")
        let stages = try #require(json["stages"] as? [[String: Any]])
        #expect(stages.map { $0["id"] as? String } == ["connect", "assist", "resolve", "enhance"])
        let resolve = try #require(stages[2]["touchpoints"] as? [[String: Any]])
        #expect(resolve.map { $0["title"] as? String } == ["Asked for proof", "Refund review"])
        #expect(resolve[0]["emotion"] as? Double == -2)
        #expect(resolve[1]["emotion"] is NSNull, "a touchpoint without emotion")
        #expect(resolve[1]["line"] as? Int == 25, "the line of its ### heading in the file")
        let attributes = try #require(resolve[1]["attributes"] as? [String: [String]])
        #expect(attributes == ["Owner": ["Billing specialists"], "Frequency": ["monthly"]])
    }

    @Test func goldenPages() {
        for path in ["journeys/index.html", "journeys/onboarding/index.html", "stages/connect/index.html", "steps/3/index.html"] {
            assertSnapshot(site.text(path) ?? "", named: "journeys-site/\(path)")
        }
    }

    @Test func stagePagesListTheTouchpointsOfEveryJourney() throws {
        let resolve = try #require(site.text("stages/resolve/index.html"))
        #expect(resolve.contains("<h2 id=\"journey-touchpoints-heading\">Touchpoints in our journeys</h2>"))
        #expect(resolve.contains("<a href=\"../../journeys/onboarding/index.html#tp-chat-question\">Chat question</a>"))
        #expect(resolve.contains("<a href=\"../../journeys/billing/index.html#tp-asked-for-proof\">Asked for proof</a>"))
        #expect(resolve.contains("<a href=\"../../journeys/billing/index.html#tp-refund-review\">Refund review</a>"))
        #expect(!resolve.contains("tp-welcome-email"))
        let journey = try #require(site.text("journeys/onboarding/index.html"))
        #expect(journey.contains("id=\"tp-chat-question\""), "the anchor exists on the journey page")
    }

    @Test func stepPagesListTheTouchpointsThatNameTheStep() throws {
        let step3 = try #require(site.text("steps/3/index.html"))
        #expect(step3.contains("#tp-welcome-email\">Welcome email</a>"))
        #expect(step3.contains("#tp-help-centre\">Help centre</a>"))
        #expect(!step3.contains("#tp-first-login"))
        let step1 = try #require(site.text("steps/1/index.html"))
        #expect(step1.contains("No touchpoint names this step yet."))
        let pillar = try #require(site.text("pillars/people/index.html"))
        #expect(!pillar.contains("journey-touchpoints"), "pillar pages have no touchpoint list")
    }

    @Test func channelsAreGatheredIgnoringCase() {
        let channels = Self.model().channels
        #expect(channels.map(\.name) == ["chat", "email", "help centre", "in-app", "video call"])
        let email = channels.first { $0.name == "email" }
        #expect(email?.touchpointCount == 4, "email and Email on onboarding, twice on billing")
        #expect(email?.journeys == ["billing", "onboarding"])
    }

    @Test func journeysAreOrderedByTitle() {
        #expect(Self.model().journeys.map(\.title) == ["Billing dispute", "New customer onboarding"])
    }

    @Test func indexSummarisesEveryJourney() throws {
        let html = try #require(site.text("journeys/index.html"))
        #expect(html.contains("<a href=\"../journeys/onboarding/index.html\">New customer onboarding</a>"))
        #expect(html.contains("<a href=\"../journeys/billing/index.html\">Billing dispute</a>"))
        #expect(html.contains("<li class=\"connect\"><span class=\"stage-name\">Connect</span> <span class=\"stage-count\">2</span></li>"))
        #expect(html.contains("<dt>Pain points</dt><dd>3</dd>"), "onboarding has three Pain items")
        #expect(html.contains("<dt>Improvements</dt><dd>4</dd>"))
        #expect(html.contains("<span class=\"chip\">help centre</span> <span class=\"meta\">1 touchpoint in 1 journey</span>"))
    }

    @Test func aSiteWithoutJourneysStillHasAnIndex() throws {
        let folder = TemporaryFolder()
        folder.write("content/handbook/a.md", "# A\n\nText.\n")
        let html = try #require(FixtureSite(root: folder.url).text("journeys/index.html"))
        #expect(html.contains("No journey maps yet."))
    }

    @Test func navigationListsJourneysAfterTheSevenSteps() throws {
        let html = try #require(site.text("index.html"))
        #expect(html.contains("<li><a href=\"steps/index.html\">Seven steps</a></li>\n<li><a href=\"journeys/index.html\">Journeys</a></li>"))
    }

    @Test func contentIsEscaped() throws {
        let attack = "<script>alert(1)</script>"
        let folder = TemporaryFolder()
        folder.write("content/journeys/x.md", """
        ---
        title: "\(attack)"
        persona: "\(attack)"
        scenario: "\\"><img src=x onerror=alert(2)>"
        ---
        ## Connect
        ### `\(attack)`
        - Channel: `\(attack)`
        - Thought: `\(attack)`
        - Frequency: `\(attack)`
        - Improvement: `\(attack)` (owner: `\(attack)`)
        """)
        let site = FixtureSite(root: folder.url)
        #expect(site.diagnostics.allSatisfy { $0.severity == .warning })
        for path in site.htmlPages {
            let html = try #require(site.text(path))
            #expect(!html.contains(attack), "\(path) contains the script unescaped")
            #expect(!html.contains("<img src=x"), "\(path) contains the attribute break-out unescaped")
        }
    }

    @Test func sameInputGivesSameBytes() {
        let again = FixtureSite("journeys-site")
        for (path, file) in site.files { #expect(again.files[path]?.bytes == file.bytes, "\(path) differs between two builds") }
    }
}
