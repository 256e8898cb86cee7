import CXSiteSupport

/// The CARE rule checks page (`checks.mustache`).
package struct ChecksView: FramedPageView {
    package static let template = "checks"
    package var frame: PageFrame
    package var hasExports: Bool
    /// `12,400 tickets and 800 surveys from 2 exports, Jan 2026 to Oct 2026`.
    package var totals: String?
    package var rules: [Rule]
    package var overview: Overview?
    package var months: [MonthChecks]
    package var exports: [Export]
    package var reasonLimit: Int
    package var contactReasons: [ContactReasonsView]
    package var computed: ComputedTable?
    package var missing: [MissingMetric]
    /// `compute_metrics: false`: only the volume is computed.
    package var notComputed: Bool
    /// No `ticket_url` is set, so ticket ids are not links.
    package var linkHint: Bool

    package static let fields = ViewFields<Self>(base: { $0.frame }, [
        .flag("hasExports") { $0.hasExports },
        .text("totals") { $0.totals },
        .list("rules") { $0.rules },
        .view("overview") { $0.overview },
        .list("months") { $0.months },
        .list("exports") { $0.exports },
        .number("reasonLimit") { $0.reasonLimit },
        .list("contactReasons") { $0.contactReasons },
        .view("computed") { $0.computed },
        .list("missing") { $0.missing },
        .flag("notComputed") { $0.notComputed },
        .flag("linkHint") { $0.linkHint },
    ])

    /// A rule of thumb's card: the rule in the framework's words, its latest check or what it lacks.
    package struct Rule: TemplateView {
        package var id: String
        package var title: String
        package var stage: String
        package var stageName: String
        package var stageURL: String
        package var stageWords: String
        package var ruleWords: String
        package var why: String
        package var counted: String
        package var latest: CheckSummary?
        package var target: String?
        package var unavailable: [String]

        package static let fields = ViewFields<Self>([
            .text("id") { $0.id },
            .text("title") { $0.title },
            .text("stage") { $0.stage },
            .text("stageName") { $0.stageName },
            .text("stageURL") { $0.stageURL },
            .text("stageWords") { $0.stageWords },
            .text("ruleWords") { $0.ruleWords },
            .text("why") { $0.why },
            .text("counted") { $0.counted },
            .view("latest") { $0.latest },
            .text("target") { $0.target },
            .texts("unavailable") { $0.unavailable },
        ])
    }

    /// Share, counts, status and a sentence of one check.
    package struct CheckSummary: TemplateView {
        package var month: String
        package var monthLong: String
        package var monthID: String
        package var share: String
        package var checked: String
        package var failed: String
        /// `met` or `missed`.
        package var status: String
        package var statusText: String
        package var target: String
        package var sentence: String
        package var businessHours: Bool

        package static let fields = ViewFields<Self>([
            .text("month") { $0.month },
            .text("monthLong") { $0.monthLong },
            .text("monthID") { $0.monthID },
            .text("share") { $0.share },
            .text("checked") { $0.checked },
            .text("failed") { $0.failed },
            .text("status") { $0.status },
            .text("statusText") { $0.statusText },
            .text("target") { $0.target },
            .text("sentence") { $0.sentence },
            .flag("businessHours") { $0.businessHours },
        ])
    }

    /// Every rule's share, month by month.
    package struct Overview: TemplateView {
        package var rules: [RuleHead]
        package var rows: [MonthRow]

        package static let fields = ViewFields<Self>([
            .list("rules") { $0.rules },
            .list("rows") { $0.rows },
        ])

        package struct RuleHead: TemplateView {
            package var title: String
            package var id: String

            package static let fields = ViewFields<Self>([
                .text("title") { $0.title },
                .text("id") { $0.id },
            ])
        }
    }

    /// One month's checks, each with its worst offenders.
    package struct MonthChecks: TemplateView {
        package var id: String
        package var label: String
        package var monthID: String
        package var checks: [MonthCheck]

        package static let fields = ViewFields<Self>([
            .text("id") { $0.id },
            .text("label") { $0.label },
            .text("monthID") { $0.monthID },
            .list("checks") { $0.checks },
        ])
    }

    package struct MonthCheck: TemplateView {
        package var summary: CheckSummary
        package var ruleID: String
        package var title: String
        package var stage: String
        package var valueHeader: String
        package var offenderTitle: String
        package var offenders: [Offender]
        /// `and 40 more`.
        package var more: String?

        package static let fields = ViewFields<Self>(base: { $0.summary }, [
            .text("ruleID") { $0.ruleID },
            .text("title") { $0.title },
            .text("stage") { $0.stage },
            .text("valueHeader") { $0.valueHeader },
            .text("offenderTitle") { $0.offenderTitle },
            .list("offenders") { $0.offenders },
            .text("more") { $0.more },
        ])
    }

    /// A ticket that broke the rule: its id (a link with `ticket_url`) and its value.
    package struct Offender: TemplateView {
        package var id: String
        package var ticketURL: String?
        package var value: String

        package static let fields = ViewFields<Self>([
            .text("id") { $0.id },
            .text("ticketURL") { $0.ticketURL },
            .text("value") { $0.value },
        ])
    }

    /// An export file: what it held, how it was read, what it gives.
    package struct Export: TemplateView {
        package var path: String
        package var format: String
        package var rows: String
        package var used: String
        /// `tickets` or `surveys`.
        package var kind: String
        package var span: String?
        package var left: [LeftOut]
        package var unreadable: [Unreadable]
        package var delimiter: String?
        package var skipped: String?
        package var metrics: [ExportMetric]

        package static let fields = ViewFields<Self>([
            .text("path") { $0.path },
            .text("format") { $0.format },
            .text("rows") { $0.rows },
            .text("used") { $0.used },
            .text("kind") { $0.kind },
            .text("span") { $0.span },
            .list("left") { $0.left },
            .list("unreadable") { $0.unreadable },
            .text("delimiter") { $0.delimiter },
            .text("skipped") { $0.skipped },
            .list("metrics") { $0.metrics },
        ])

        /// Rows left out, by reason: `skipped` (bad) or `ignored` (on purpose).
        package struct LeftOut: TemplateView {
            package var count: String
            package var reason: String
            package var cls: String

            package static let fields = ViewFields<Self>([
                .text("count") { $0.count },
                .text("reason") { $0.reason },
                .text("cls") { $0.cls },
            ])
        }

        package struct Unreadable: TemplateView {
            package var count: String
            package var column: String
            package var share: String

            package static let fields = ViewFields<Self>([
                .text("count") { $0.count },
                .text("column") { $0.column },
                .text("share") { $0.share },
            ])
        }

        /// How the export gives a metric, or what it lacks for it.
        package struct ExportMetric: TemplateView {
            package var name: String
            package var url: String
            package var method: String?
            package var needs: String?
            package var business: Bool

            package static let fields = ViewFields<Self>([
                .text("name") { $0.name },
                .text("url") { $0.url },
                .text("method") { $0.method },
                .text("needs") { $0.needs },
                .flag("business") { $0.business },
            ])
        }
    }

    /// The computed values, newest month first, one column per metric.
    package struct ComputedTable: TemplateView {
        package var columns: [Column]
        package var rows: [MonthRow]
        package var hasSuperseded: Bool

        package static let fields = ViewFields<Self>([
            .list("columns") { $0.columns },
            .list("rows") { $0.rows },
            .flag("hasSuperseded") { $0.hasSuperseded },
        ])

        package struct Column: TemplateView {
            package var title: String
            package var url: String
            package var name: String
            package var sub: String?

            package static let fields = ViewFields<Self>([
                .text("title") { $0.title },
                .text("url") { $0.url },
                .text("name") { $0.name },
                .text("sub") { $0.sub },
            ])
        }
    }

    /// A metric no export gives, and why.
    package struct MissingMetric: TemplateView {
        package var name: String
        package var url: String
        package var notes: [String]

        package static let fields = ViewFields<Self>([
            .text("name") { $0.name },
            .text("url") { $0.url },
            .texts("notes") { $0.notes },
        ])
    }
}
