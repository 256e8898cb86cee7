import CXSiteSupport

/// One period's review (`review.mustache`); under a weekly cadence also a month's summary.
package struct ReviewView: FramedPageView {
    package static let template = "review"
    package var frame: PageFrame
    package var review: Header
    package var summary: Summary?
    package var highlights: [Highlight]
    package var hasData: Bool
    /// The scorecard, one table per CARE stage.
    package var stages: [ScorecardStage]
    package var maturityRows: [MaturityRow]
    /// The month the maturity changes are against.
    package var maturityPrevious: String?
    package var improvements: Improvements?
    package var decisions: [String]
    package var notesHTML: String?
    package var ruleChecks: [RuleCheck]
    package var contactReasons: ContactReasonsView?
    package var restatements: [Restatement]
    package var previous: Link?
    package var next: Link?
    /// nil on a month's summary of a weekly project (the comparison is of weeks).
    package var compareURL: String?
    /// A month's summary of a weekly project, listing the weeks with a review that overlap it.
    package var isMonthSummary = false
    package var weeks: [Link] = []
    /// On a week's review, the summary of its month (the month of its Thursday).
    package var monthSummary: Link?

    package static let fields = ViewFields<Self>(base: { $0.frame }, [
        .view("review") { $0.review },
        .view("summary") { $0.summary },
        .list("highlights") { $0.highlights },
        .flag("hasData") { $0.hasData },
        .list("stages") { $0.stages },
        .list("maturityRows") { $0.maturityRows },
        .text("maturityPrevious") { $0.maturityPrevious },
        .view("improvements") { $0.improvements },
        .texts("decisions") { $0.decisions },
        .text("notesHTML") { $0.notesHTML },
        .list("ruleChecks") { $0.ruleChecks },
        .view("contactReasons") { $0.contactReasons },
        .list("restatements") { $0.restatements },
        .view("previous") { $0.previous },
        .view("next") { $0.next },
        .text("compareURL") { $0.compareURL },
        .flag("isMonthSummary") { $0.isMonthSummary },
        .list("weeks") { $0.weeks },
        .view("monthSummary") { $0.monthSummary },
    ])

    /// The period, the author and whether the figures are frozen.
    package struct Header: TemplateView {
        /// `Monthly CX review`, `Weekly CX review`, `Monthly summary`.
        package var eyebrow: String
        package var monthLabel: String
        package var monthID: String
        package var author: String?
        /// `Figures as published on 3 November 2026`.
        package var frozen: String?

        package static let fields = ViewFields<Self>([
            .text("eyebrow") { $0.eyebrow },
            .text("monthLabel") { $0.monthLabel },
            .text("monthID") { $0.monthID },
            .text("author") { $0.author },
            .text("frozen") { $0.frozen },
        ])
    }

    /// The line under the title: overall level, score and change; targets met and moves.
    package struct Summary: TemplateView {
        package var level: Int?
        package var levelName: String?
        package var score: String?
        package var change: String?
        package var changeClass: String?
        package var previousLabel: String?
        package var restated: String?
        package var facts: String?

        package static let fields = ViewFields<Self>([
            .number("level") { $0.level },
            .text("levelName") { $0.levelName },
            .text("score") { $0.score },
            .text("change") { $0.change },
            .text("changeClass") { $0.changeClass },
            .text("previousLabel") { $0.previousLabel },
            .text("restated") { $0.restated },
            .text("facts") { $0.facts },
        ])
    }

    package struct Highlight: TemplateView {
        package var kind: String
        package var text: String
        package var marker: String

        package static let fields = ViewFields<Self>([
            .text("kind") { $0.kind },
            .text("text") { $0.text },
            .text("marker") { $0.marker },
        ])
    }

    /// A CARE stage's table of the scorecard.
    package struct ScorecardStage: TemplateView {
        package var id: String
        package var name: String
        package var url: String
        package var rows: [ScorecardRow]
        package var headerMonth: String
        package var headerPrevious: String

        package static let fields = ViewFields<Self>([
            .text("id") { $0.id },
            .text("name") { $0.name },
            .text("url") { $0.url },
            .list("rows") { $0.rows },
            .text("headerMonth") { $0.headerMonth },
            .text("headerPrevious") { $0.headerPrevious },
        ])
    }

    /// A metric's row: its status as published, and what has been restated since.
    package struct ScorecardRow: TemplateView {
        package var status: MetricStatusView
        package var id: String
        package var name: String
        package var url: String
        /// The metric's pillar.
        package var context: String
        package var sparkline: String
        package var valueRestated: String?
        package var previousRestated: String?
        package var targetRestated: String?

        package static let fields = ViewFields<Self>(base: { $0.status }, [
            .text("id") { $0.id },
            .text("name") { $0.name },
            .text("url") { $0.url },
            .text("context") { $0.context },
            .text("sparkline") { $0.sparkline },
            .text("valueRestated") { $0.valueRestated },
            .text("previousRestated") { $0.previousRestated },
            .text("targetRestated") { $0.targetRestated },
        ])
    }

    /// Overall, a stage or a pillar: level, score and change.
    package struct MaturityRow: TemplateView {
        package var name: String
        package var url: String
        /// `overall`, `stage` or `pillar`.
        package var group: String
        /// The heading of the group this row starts.
        package var groupTitle: String?
        package var level: Int
        package var levelName: String
        package var score: String
        package var change: String?
        package var changeClass: String?
        package var levelChange: String?
        package var levelChangeClass: String?
        package var restated: String?

        package static let fields = ViewFields<Self>([
            .text("name") { $0.name },
            .text("url") { $0.url },
            .text("group") { $0.group },
            .text("groupTitle") { $0.groupTitle },
            .number("level") { $0.level },
            .text("levelName") { $0.levelName },
            .text("score") { $0.score },
            .text("change") { $0.change },
            .text("changeClass") { $0.changeClass },
            .text("levelChange") { $0.levelChange },
            .text("levelChangeClass") { $0.levelChangeClass },
            .text("restated") { $0.restated },
        ])
    }

    /// The improvement loop: done, carried over, new.
    package struct Improvements: TemplateView {
        package var done: [Improvement]
        package var carried: [Improvement]
        package var new: [Improvement]

        package static let fields = ViewFields<Self>([
            .list("done") { $0.done },
            .list("carried") { $0.carried },
            .list("new") { $0.new },
        ])
    }

    /// One improvement (`review-improvement.mustache`).
    package struct Improvement: TemplateView {
        package var title: String
        package var status: String
        package var owner: String?
        package var note: String?

        package static let fields = ViewFields<Self>([
            .text("title") { $0.title },
            .text("status") { $0.status },
            .text("statusClass") { $0.status.replacingOccurrences(of: " ", with: "-") },
            .text("owner") { $0.owner },
            .text("note") { $0.note },
        ])
    }

    package struct RuleCheck: TemplateView {
        package var rule: String
        /// `pass`, `fail` or `no-data`.
        package var result: String
        package var resultText: String
        package var detail: String
        package var stage: String
        package var stageID: String
        package var source: String
        package var evidence: [Link]

        package static let fields = ViewFields<Self>([
            .text("rule") { $0.rule },
            .text("result") { $0.result },
            .text("resultText") { $0.resultText },
            .text("detail") { $0.detail },
            .text("stage") { $0.stage },
            .text("stageID") { $0.stageID },
            .text("source") { $0.source },
            .list("evidence") { $0.evidence },
        ])
    }

    /// A figure published one way and given another way by today's data.
    package struct Restatement: TemplateView {
        package var what: String
        package var published: String
        package var now: String

        package static let fields = ViewFields<Self>([
            .text("what") { $0.what },
            .text("published") { $0.published },
            .text("now") { $0.now },
        ])
    }
}

/// The reviews archive (`reviews-index.mustache`).
package struct ReviewsIndexView: FramedPageView {
    package static let template = "reviews-index"
    package var frame: PageFrame
    package var years: [Year]
    package var latest: Latest?
    package var feedURL: String?
    package var compareURL: String?
    /// Under a weekly cadence, each month's summary, newest first.
    package var monthSummaries: [Link] = []

    package static let fields = ViewFields<Self>(base: { $0.frame }, [
        .list("years") { $0.years },
        .list("monthSummaries") { $0.monthSummaries },
        .flag("hasReviews") { $0.latest != nil },
        .view("latest") { $0.latest },
        .text("feedURL") { $0.feedURL },
        .text("compareURL") { $0.compareURL },
    ])

    package struct Latest: TemplateView {
        package var label: String
        package var url: String

        package static let fields = ViewFields<Self>([
            .text("label") { $0.label },
            .text("url") { $0.url },
        ])
    }

    package struct Year: TemplateView {
        package var year: Int
        package var rows: [Row]

        package static let fields = ViewFields<Self>([
            .number("year") { $0.year },
            .list("rows") { $0.rows },
        ])
    }

    /// A month's line: its maturity, targets met and notes.
    package struct Row: TemplateView {
        package var label: String
        package var monthID: String
        package var url: String
        package var level: Int?
        package var levelName: String?
        package var score: String?
        package var change: String?
        package var changeClass: String?
        package var sparkline: String?
        /// `5 of 8`.
        package var targets: String?
        package var notesTitle: String?
        package var author: String?
        /// The day the review was frozen, or `yes`.
        package var frozen: String?
        package var restated = false

        package static let fields = ViewFields<Self>([
            .text("label") { $0.label },
            .text("monthID") { $0.monthID },
            .text("url") { $0.url },
            .number("level") { $0.level },
            .text("levelName") { $0.levelName },
            .text("score") { $0.score },
            .text("change") { $0.change },
            .text("changeClass") { $0.changeClass },
            .text("sparkline") { $0.sparkline },
            .text("targets") { $0.targets },
            .text("notesTitle") { $0.notesTitle },
            .text("author") { $0.author },
            .text("frozen") { $0.frozen },
            .flag("restated") { $0.restated },
        ])
    }
}

/// The months compared side by side (`reviews-compare.mustache`).
package struct ReviewsCompareView: FramedPageView {
    package static let template = "reviews-compare"
    package var frame: PageFrame
    package var hasReviews: Bool
    package var columns: [Column] = []
    package var yearNote: String?
    /// The month a year before the latest, when it is compared.
    package var yearLabel: String?
    package var maturity: [Row] = []
    package var stages: [Stage] = []

    package static let fields = ViewFields<Self>(base: { $0.frame }, [
        .flag("hasReviews") { $0.hasReviews },
        .list("columns") { $0.columns },
        .text("yearNote") { $0.yearNote },
        .text("yearLabel") { $0.yearLabel },
        .list("maturity") { $0.maturity },
        .list("stages") { $0.stages },
    ])

    package struct Column: TemplateView {
        package var label: String
        package var url: String
        package var yearEarlier: Bool
        package var frozen: Bool

        package static let fields = ViewFields<Self>([
            .text("label") { $0.label },
            .text("url") { $0.url },
            .flag("yearEarlier") { $0.yearEarlier },
            .flag("frozen") { $0.frozen },
        ])
    }

    /// A metric or maturity area, month by month.
    package struct Row: TemplateView {
        package var name: String
        package var url: String
        package var cells: [TableCell]
        package var yearChange: String?
        package var yearClass: String?
        /// What the year's change rests on: its test, or why it has none.
        package var yearTitle: String?

        package static let fields = ViewFields<Self>([
            .text("name") { $0.name },
            .text("url") { $0.url },
            .list("cells") { $0.cells },
            .text("yearChange") { $0.yearChange },
            .text("yearClass") { $0.yearClass },
            .text("yearTitle") { $0.yearTitle },
        ])
    }

    /// A CARE stage's metrics; `span` is the table's column count.
    package struct Stage: TemplateView {
        package var id: String
        package var name: String
        package var rows: [Row]
        package var span: Int

        package static let fields = ViewFields<Self>([
            .text("id") { $0.id },
            .text("name") { $0.name },
            .list("rows") { $0.rows },
            .number("span") { $0.span },
        ])
    }
}
