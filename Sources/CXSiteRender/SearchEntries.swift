import CXSiteSupport
import CXSiteModel
import CXSiteAnalyse

/// The search index's entries of the generated pages, from the values they show (the
/// handbook pages' entries are ``PageContext/searchEntry(of:)``). Each entry's first part is the
/// page's lead; a part with an anchor links to that element of the page (a test checks that
/// every anchor exists in the built-in templates' pages).
extension PageContext {
    /// The entry of a handbook page: its summary, what it is filed under and its tags, then its
    /// Markdown text part by part.
    package func searchEntry(of page: HandbookPage) -> SearchIndex.Page {
        let filed = page.stages.map(\.name) + page.pillars.map(\.name) + page.steps.map { "Step \($0.number): \($0.name)" } + page.metadata.tags
        var parts = page.body.sections
        let lead = ([page.summary ?? ""] + filed).joined(separator: " ")
        if parts.isEmpty { parts = [MarkdownSection(heading: "", anchor: "", text: "")] }
        if parts[0].heading.isEmpty {
            parts[0].text = lead + " " + parts[0].text
        } else {
            parts.insert(MarkdownSection(heading: "", anchor: "", text: lead), at: 0)
        }
        return SearchIndex.page(url: page.url, title: page.title, parts: parts)
    }

    /// The entries of every page but the handbook pages, the framework's, the 404 page and the
    /// alias redirects, for the pages the site has.
    package func searchEntries(of kind: GeneratedPages) -> [SearchIndex.Page] {
        switch kind {
        case .home: return [homeEntry]
        case .handbookIndex: return [handbookIndexEntry]
        case .tags: return tagEntries
        case .journeysIndex: return [journeysIndexEntry]
        case .journey(let journey): return [entry(of: journey)]
        case .maturity: return [maturityEntry]
        case .metricsIndex: return [metricsIndexEntry]
        case .metric(let metric): return [entry(of: metric)]
        case .review(let review): return [entry(of: review)]
        case .reviewsArchive: return reviewsArchiveEntries
        case .checks: return [checksEntry]
        case .method: return [methodEntry]
        case .customers: return [customersEntry]
        }
    }

    /// The groups of generated pages, as the render jobs make them.
    package enum GeneratedPages {
        case home, handbookIndex, tags, journeysIndex, maturity, metricsIndex, reviewsArchive, checks, method, customers
        case journey(JourneyMap)
        case metric(MetricDefinition)
        case review(MonthlyReview)
    }

    /// The three parts of the framework, each an index and a page per item.
    package enum FrameworkPart {
        case stages, pillars, steps

        /// The part's folder, `stages`.
        package var folder: String {
            switch self {
            case .stages: "stages"
            case .pillars: "pillars"
            case .steps: "steps"
            }
        }

        /// The title of the part's index page.
        package var title: String {
            switch self {
            case .stages: "CARE stages"
            case .pillars: "Five pillars"
            case .steps: "Seven implementation steps"
            }
        }

        package var guide: DomainGuide {
            switch self {
            case .stages: .care
            case .pillars: .pillars
            case .steps: .steps
            }
        }
    }

    /// The items of a part of the framework.
    package func items(of part: FrameworkPart) -> [FrameworkItem] {
        switch part {
        case .stages: stageItems
        case .pillars: pillarItems
        case .steps: stepItems
        }
    }

    private func part(_ heading: String, _ anchor: String, _ texts: [String]) -> MarkdownSection {
        MarkdownSection(heading: heading, anchor: anchor, text: texts.filter { !$0.isEmpty }.joined(separator: " "))
    }

    /// The part before any heading: the page's lead.
    private func lead(_ texts: [String]) -> MarkdownSection { part("", "", texts) }

    /// A Markdown text's plain text, headings included.
    private func plain(_ text: MarkdownText?) -> String {
        (text?.sections ?? []).map { $0.heading.isEmpty ? $0.text : $0.heading + " " + $0.text }.joined(separator: " ")
    }

    private var homeEntry: SearchIndex.Page {
        SearchIndex.page(url: Routes.home, title: site.homeTitle ?? site.config.title, parts: [
            lead([plain(site.homeIntro)]),
            part("The CARE cycle", "care-heading", CAREStage.allCases.map { "\($0.name): \($0.guide.tagline)" }),
            part("Five pillars", "pillars-heading", Pillar.allCases.map(\.name)),
            part("Seven steps", "", ImplementationStep.allCases.map(\.name))   // shown until the dashboard replaces them: no anchor
        ])
    }

    private var handbookIndexEntry: SearchIndex.Page {
        SearchIndex.page(url: Routes.handbook, title: "Handbook", parts: [lead([plain(site.handbookIntro)])] + site.sections.map { section in
            part(section.title, section.anchor, [plain(section.intro)] + section.pages.flatMap { [$0.title, $0.summary ?? ""] })
        })
    }

    /// The entries of a part of the framework: its index and a page per item (`items`, worked out
    /// once by the render job for its pages and its entries).
    package func searchEntries(of part: FrameworkPart, items: [FrameworkItem]) -> [SearchIndex.Page] {
        let guide = part.guide
        var pages = [SearchIndex.page(url: Routes.frameworkIndex(part.folder), title: part.title, parts: [self.lead([guide.tagline] + guide.paragraphs)]
            + items.map { item in self.part(item.number.map { "\($0) \(item.title)" } ?? item.title, "", [item.guide.tagline]) })]
        for item in items {
            pages.append(SearchIndex.page(url: item.url, title: item.title, parts: [
                self.lead([item.guide.tagline] + item.guide.paragraphs),
                self.part("Practices", "", item.guide.practices),
                self.part("Rules of thumb", "", item.guide.rulesOfThumb),
                self.part("Team pages", "team-pages", item.pages.map(\.title)),
            ]))
        }
        return pages
    }

    private var tagEntries: [SearchIndex.Page] {
        guard !site.tags.isEmpty else { return [] }
        return [SearchIndex.page(url: TopicTag.indexURL, title: "Tags", parts: [lead(site.tags.map(\.name))])]
            + site.tags.map { tag in
                SearchIndex.page(url: tag.url, title: tag.name, parts: [lead(tag.pages.flatMap { [$0.title, $0.summary ?? ""] })])
            }
    }

    private var journeysIndexEntry: SearchIndex.Page {
        SearchIndex.page(url: Routes.journeys, title: "Journeys", parts: [lead(site.journeys.flatMap { [$0.title, $0.persona ?? "", $0.scenario ?? ""] })])
    }

    private func entry(of journey: JourneyMap) -> SearchIndex.Page {
        var parts = [lead([journey.persona ?? "", journey.owner ?? "", journey.scenario ?? ""] + journey.intro.map(plain))]
        for stage in journey.stages {
            parts.append(part(stage.stage.name, "stage-\(stage.stage.rawValue)", stage.subtitles + stage.prose.map(plain)))
            for touchpoint in stage.touchpoints {
                parts.append(part(touchpoint.title, touchpoint.anchor, touchpoint.attributes.map(\.value) + touchpoint.prose.map(plain)))
            }
        }
        return SearchIndex.page(url: journey.url, title: journey.title, parts: parts)
    }

    private var maturityEntry: SearchIndex.Page {
        let latest = analysis.latest
        func line(_ area: MaturityArea, _ name: String) -> String {
            guard let score = latest?.score(area) else { return name }
            let names = site.config.maturity.levelNames
            return "\(name): level \(score.level)" + (names.indices.contains(score.level - 1) ? " \(names[score.level - 1])" : "")
        }
        return SearchIndex.page(url: Routes.maturity, title: "Maturity", parts: [
            lead(["Maturity of the CARE stages and the five pillars, scored from the metrics, the practices found in the handbook and the self-assessment."]),
            part("CARE stages", "stages-heading", CAREStage.allCases.map { line(.stage($0), $0.name) }),
            part("Pillars", "pillars-heading", Pillar.allCases.map { line(.pillar($0), $0.name) }),
        ])
    }

    private var metricsIndexEntry: SearchIndex.Page {
        let metrics = site.metricsByStage
        return SearchIndex.page(url: Routes.metrics, title: "Metrics", parts: CAREStage.allCases.map { stage in
            part(stage.name, "stage-\(stage.rawValue)", metrics.filter { $0.stage == stage }.map(\.name))
        })
    }

    private func entry(of metric: MetricDefinition) -> SearchIndex.Page {
        SearchIndex.page(url: Routes.metric(metric.id), title: metric.name, parts: [
            lead(["\(metric.stage.name) · \(metric.pillar.name)", metric.definition]),
            part("About this metric", "about-heading", [metric.id, metric.unit.rawValue]),
        ])
    }

    private func entry(of review: MonthlyReview) -> SearchIndex.Page {
        let notes = review.notes
        var parts = [lead([review.month.longLabel, notes?.author ?? ""])]
        if let body = notes?.body.sections {
            parts.append(part("Notes", "notes-heading", [body.first?.text ?? ""]))
            parts += body.dropFirst()
        }
        parts.append(part("Decisions", "decisions-heading", notes?.decisions ?? []))
        parts.append(part("Improvements", "improvements-heading", (notes?.improvements ?? []).map(\.title)))
        return SearchIndex.page(url: Routes.review(review.month), title: notes?.title ?? "\(review.month.longLabel) review", parts: parts)
    }

    private var reviewsArchiveEntries: [SearchIndex.Page] {
        let months = analysis.reviews.map { review in review.notes?.title ?? "\(review.month.longLabel) review" }
        return [
            SearchIndex.page(url: Routes.reviews, title: "Reviews", parts: [lead(["Every \(cadence.rawValue) CX review."] + months)]),
            SearchIndex.page(url: Routes.reviewsCompare, title: "Compare \(cadence.units)", parts: [lead(["Every metric and maturity score \(cadence.unit) by \(cadence.unit), as published in each review."])]),
        ]
    }

    private var checksEntry: SearchIndex.Page {
        SearchIndex.page(url: Routes.checks, title: "CARE rule checks", parts: [lead(["The CARE rules of thumb a help-desk export can show, checked \(cadence.unit) by \(cadence.unit)."])]
            + TicketRuleCheck.Rule.allCases.map { rule in part(rule.title, "rule-\(rule.rawValue)", [rule.stageWords, rule.ruleWords, rule.why]) })
    }

    private var methodEntry: SearchIndex.Page {
        SearchIndex.page(url: Routes.method, title: "How the numbers are computed", parts: [
            lead(["Sample size, confidence intervals and tests of \(cadence.unit)-over-\(cadence.unit) change behind every number."]),
            part("Sample size", "how-n", ["n: the answers or tickets a value rests on; counts have none"]),
            part("Intervals", "how-intervals", ["Wilson score interval for shares, adjusted Wald for NPS, t interval for means, order statistics for medians, margin of error"]),
            part("Changes from one \(cadence.unit) to the next", "how-changes", ["two-proportion z test, Welch's t test, Mood's median test, significance, p-value"]),
            part("Small samples", "how-small-samples", ["values resting on fewer than min_n answers are marked small sample"]),
            part("Customer metrics", "how-customers", ["active customers, new customers, retention rate, repurchase rate, churn rate, revenue per customer, active_days"]),
        ])
    }

    private var customersEntry: SearchIndex.Page {
        let customers = analysis.customers
        var parts = [lead(["Retention, repurchase, churn and revenue per customer from the order exports and customer lists."])]
        if !customers.cohorts.isEmpty {
            parts.append(part("Cohorts", "cohorts-heading", ["customers by \(cadence.unit) of first order, share ordering again by \(cadence.units) since"]))
            parts.append(part("Revenue per customer over the first \(cadence.twelve)", "lifetime-heading", ["customer lifetime value, 12 \(cadence.units), by cohort"]))
        }
        if customers.churnBySegment != nil {
            parts.append(part("Churn by segment", "churn-heading", ["churn rate of each segment with n and interval"]))
        }
        return SearchIndex.page(url: Routes.customers, title: "Customers", parts: parts)
    }
}
