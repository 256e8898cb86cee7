import Testing
import CXSiteSupport
import CXSiteModel
import CXSiteLoad
import CXSiteAnalyse
import CXSiteCharts
import CXSiteRender
import CXSiteWrite
import CXSite

/// Reading journey maps from Markdown: stages, touchpoints, attributes and prose come from
/// cmark's syntax tree, with the positions of what they were read from.
struct JourneyMapTests {
    static func parse(_ text: String, path: String = "content/journeys/t.md") -> (map: JourneyMap, log: DiagnosticLog) {
        var log = DiagnosticLog()
        let map = JourneyMap(parsing: SourceText(path: path, text: text), catalog: .builtIn, log: &log)
        return (map, log)
    }

    /// The one touchpoint of a journey whose Connect stage holds `attributes`, and the diagnostics
    /// about it (the CARE-rule warnings about the stages this tiny journey lacks left out).
    static func touchpoint(_ attributes: String) -> (touchpoint: Touchpoint?, log: (diagnostics: [Diagnostic], errors: [Diagnostic])) {
        let text = "## Connect\n### T\n" + attributes + "\n"
        let (map, log) = parse(text)
        let diagnostics = log.diagnostics.filter { !$0.message.hasPrefix("no ") && !$0.message.hasPrefix("stage ") }
        return (map.touchpoints.first, (diagnostics, diagnostics.filter { $0.severity == .error }))
    }

    @Test(arguments: [
        ("Connect", CAREStage.connect, nil),
        ("connect", .connect, nil),
        ("1. Assist", .assist, nil),
        ("2) ASSIST - first payroll", .assist, "first payroll"),
        ("Resolve — move day", .resolve, "move day"),
        ("3 Resolve – stuck", .resolve, "stuck"),
        ("Enhance: after the fix", .enhance, "after the fix"),
        ("4. Enhance: *after* the fix", .enhance, "after the fix"),
    ] as [(String, CAREStage, String?)])
    func stageHeadingsMayBeNumberedAndCarryASubtitle(_ heading: String, _ stage: CAREStage, _ subtitle: String?) {
        let (map, log) = Self.parse("## \(heading)\n### A touchpoint\n- Emotion: 0\n")
        #expect(log.errors.isEmpty, "\(log.diagnostics)")
        #expect(map.stage(stage).touchpoints.map(\.title) == ["A touchpoint"])
        #expect(map.stage(stage).subtitles == (subtitle.map { [$0] } ?? []))
    }

    @Test func headingsThatAreNotStagesNameWhatToQuote() {
        #expect(StageHeading("Asist") == .unknown("Asist"))
        #expect(StageHeading("2. Asist — first steps") == .unknown("Asist"))
        #expect(StageHeading("Pain points") == .unknown("Pain points"))
        #expect(StageHeading("Connecting") == .unknown("Connecting"))
        #expect(StageHeading("") == .unknown(""))
    }

    @Test func touchpointsKeepJourneyOrderAcrossStages() {
        let (map, log) = Self.parse("""
        ## Connect
        ### One
        ## Assist
        ### Two
        ### Three
        ## Connect — again
        ### Four
        """)
        #expect(map.touchpoints.map(\.title) == ["One", "Two", "Three", "Four"])
        #expect(map.touchpoints.map(\.index) == [0, 1, 2, 3])
        #expect(map.stage(.connect).touchpoints.map(\.title) == ["One", "Four"])
        #expect(map.stage(.connect).subtitles == ["again"])
        #expect(map.stages.map(\.stage) == CAREStage.allCases, "all four stages, in CARE order")
        #expect(log.errors.isEmpty)
    }

    @Test func attributeKeysMayBePlainOrBold() throws {
        let (touchpoint, log) = Self.touchpoint("""
        - Channel: email
        - **Owner:** Lifecycle team
        - **Action**: Opens the email
        - target EMOTION: +2
        """)
        let t = try #require(touchpoint)
        #expect(t.attributes.map(\.key) == ["Channel", "Owner", "Action", "Target emotion"])
        #expect(t.attributes.map(\.value) == ["email", "Lifecycle team", "Opens the email", "+2"])
        #expect(t.targetEmotion == 2)
        #expect(log.diagnostics.isEmpty)
    }

    @Test func attributePositionsPointAtTheValue() throws {
        let (touchpoint, _) = Self.touchpoint("- Channel: email\n- **Owner:** Lifecycle team")
        let t = try #require(touchpoint)
        #expect(t.attributes[0].location == SourceLocation(path: "content/journeys/t.md", line: 3, column: 12))
        #expect(t.attributes[1].location == SourceLocation(path: "content/journeys/t.md", line: 4, column: 14))
        #expect(t.location == SourceLocation(path: "content/journeys/t.md", line: 2, column: 1))
    }

    @Test func keysMayRepeatAndUnknownKeysAreKept() throws {
        let (touchpoint, log) = Self.touchpoint("""
        - Pain: Generic greeting
        - Pain: Twelve features listed
        - Evidence: 31 % never open it
        - Metric: csat
        - Metric: nps
        """)
        let t = try #require(touchpoint)
        #expect(t.pains == ["Generic greeting", "Twelve features listed"])
        #expect(t.metrics == ["csat", "nps"])
        #expect(t.otherAttributes.map(\.key) == ["Evidence"])
        #expect(t.values("Evidence") == ["31 % never open it"])
        #expect(log.diagnostics.isEmpty)
    }

    @Test func aMisspeltKeyIsKeptWithADidYouMean() throws {
        let (touchpoint, log) = Self.touchpoint("- Chanel: email")
        #expect(try #require(touchpoint).values("Chanel") == ["email"])
        #expect(log.diagnostics.map(\.description) == ["content/journeys/t.md:3:3: warning: unknown key 'Chanel' (did you mean 'Channel'?); it is kept and shown as written"])
    }

    @Test func listItemsWithoutAKeyStayProse() throws {
        let (touchpoint, log) = Self.touchpoint("""
        - Channel: chat
        - Since March 2026: the template changed
        - See http://example.com for details
        - A plain bullet
        """)
        let t = try #require(touchpoint)
        #expect(t.attributes.map(\.key) == ["Channel"])
        #expect(t.prose.count == 1)
        #expect(t.prose.first?.text == "- Since March 2026: the template changed\n- See http://example.com for details\n- A plain bullet\n")
        #expect(t.prose.first?.firstLine == 4)
        #expect(log.diagnostics.isEmpty)
    }

    @Test func proseStaysWhereItWasWritten() {
        let text = """
        ---
        title: T
        ---
        Why this journey matters.

        ## Connect
        Stage prose.

        ### Welcome
        Before the attributes.

        - Emotion: +1

        After the attributes.

        #### A sub-heading
        More.
        ## Assist
        """
        let (map, _) = Self.parse(text)
        #expect(map.intro.map(\.text) == ["Why this journey matters.\n"])
        #expect(map.intro.first?.firstLine == 4)
        #expect(map.stage(.connect).prose.map(\.text) == ["Stage prose.\n"])
        #expect(map.stage(.connect).prose.first?.firstLine == 7)
        let welcome = map.touchpoints[0]
        #expect(welcome.prose.map(\.text) == ["Before the attributes.\n", "After the attributes.\n\n#### A sub-heading\nMore.\n"])
        #expect(welcome.prose.map(\.firstLine) == [10, 14])
        #expect(welcome.emotion == 1)
    }

    @Test(arguments: [
        ("+2", 2.0), ("2", 2), ("-1", -1), ("\u{2212}1", -1), ("0", 0), ("+0.5", 0.5),
        ("frustrated", -2), ("Unhappy", -1), ("neutral", 0), ("pleased", 1), ("DELIGHTED", 2),
    ] as [(String, Double)])
    func emotionIsANumberOrAWord(_ written: String, _ value: Double) throws {
        let (touchpoint, log) = Self.touchpoint("- Emotion: \(written)")
        #expect(try #require(touchpoint).emotion == value)
        #expect(log.diagnostics.isEmpty)
    }

    @Test func targetEmotionIsCheckedLikeEmotion() {
        let (touchpoint, log) = Self.touchpoint("- Target emotion: -3")
        #expect(touchpoint?.targetEmotion == nil)
        #expect(log.diagnostics.map(\.description) == ["content/journeys/t.md:3:19: error: target emotion '-3' is out of range; expected a number from -2 to +2 or one of frustrated, unhappy, neutral, pleased, delighted"])
    }

    @Test func aSecondEmotionIsAWarning() {
        let (touchpoint, log) = Self.touchpoint("- Emotion: +1\n- Emotion: -1")
        #expect(touchpoint?.emotion == 1)
        #expect(log.diagnostics.map(\.description) == ["content/journeys/t.md:4:12: warning: 'Emotion' is given more than once for 'T'; the first value is used"])
        #expect(touchpoint?.values("Emotion") == ["+1", "-1"], "both stay in the attributes")
    }

    @Test func anEmptyValueIsAWarning() {
        let (touchpoint, log) = Self.touchpoint("- Pain:")
        #expect(touchpoint?.attributes.isEmpty == true)
        #expect(log.diagnostics.map(\.description) == ["content/journeys/t.md:3:3: warning: 'Pain' has no value; write it after the colon, or remove the item"])
    }

    @Test func stepsAndMetrics() throws {
        let (touchpoint, log) = Self.touchpoint("- Step: 3\n- Step: 5\n- Metric: csat")
        let t = try #require(touchpoint)
        #expect(t.steps == [.planJourney, .collectData])
        #expect(t.metrics == ["csat"])
        #expect(log.diagnostics.isEmpty)
    }

    @Test func improvementsCarryTheirOwner() throws {
        let (touchpoint, _) = Self.touchpoint("""
        - Owner: Support Operations
        - Improvement: Personalised welcome (owner: Hannah Okafor)
        - Improvement: Escalate after two replies
        - Improvement: A note (in brackets)
        """)
        let improvements = try #require(touchpoint).improvements
        #expect(improvements.map(\.text) == ["Personalised welcome", "Escalate after two replies", "A note (in brackets)"])
        #expect(improvements.map(\.owner) == ["Hannah Okafor", "Support Operations", "Support Operations"])
    }

    @Test func inlineMarkupInValuesIsReadAsText() throws {
        let (touchpoint, _) = Self.touchpoint("- Opportunity: Greet *by name* and link the [guide](guide.md)\n- Thought: \"Finally.\"")
        let t = try #require(touchpoint)
        #expect(t.opportunities == ["Greet by name and link the guide"])
        #expect(t.thoughts == ["\u{201C}Finally.\u{201D}"], "smart punctuation, as on the page")
    }

    @Test func touchpointsUnderAnUnknownStageAreSkippedWithOneError() {
        let (map, log) = Self.parse("## Asist\n### Help\n- Emotion: +1\n")
        #expect(map.touchpoints.isEmpty)
        #expect(log.diagnostics.count == 1, "no cascade of 'touchpoint before any stage' or CARE-rule warnings")
    }

    @Test func anchorsAreUniqueWithinAJourney() {
        let (map, _) = Self.parse("## Connect\n### Survey\n## Enhance\n### Survey\n### Survey!\n")
        #expect(map.touchpoints.map(\.anchor) == ["tp-survey", "tp-survey-2", "tp-survey-3"])
    }

    @Test func frontMatterAndSlug() {
        let (map, log) = Self.parse("---\ntitle: Onboarding\npersona: Maya\nowner: CS\nscenario: First payroll\nstatus: draft\nfoo: 1\n---\n## Connect\n",
                                    path: "content/journeys/New Customer.md")
        #expect(map.slug == "new-customer")
        #expect(map.url == "journeys/new-customer/index.html")
        #expect([map.title, map.persona, map.owner, map.scenario, map.status] == ["Onboarding", "Maya", "CS", "First payroll", "draft"])
        #expect(log.diagnostics.first?.description == "content/journeys/New Customer.md:7:1: warning: unknown key 'foo' in journey front matter; it is ignored")
    }

    @Test func emotionScaleDisplay() {
        #expect(EmotionScale.signed(1) == "+1")
        #expect(EmotionScale.signed(-0.5) == "\u{2212}0.5")
        #expect(EmotionScale.signed(0) == "0")
        #expect(EmotionScale.word(for: -1.6) == "frustrated")
        #expect(EmotionScale.plain(0.125) == "0.13")
        #expect(EmotionScale.plain(-2) == "-2")
    }
}
