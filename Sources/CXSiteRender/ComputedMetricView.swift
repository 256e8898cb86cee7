import CXSiteSupport
import CXSiteModel
import CXSiteAnalyse
import CXSiteCharts

/// The "From the help-desk exports" section of a metric page (`computed-metric.mustache`).
package struct ComputedMetricView: TemplateView {
    /// How each export gives the metric.
    package var methods: [String]
    /// What the exports lack for it.
    package var missing: [String]
    /// `the month each ticket was created`.
    package var monthRule: String
    package var hasP90: Bool
    package var rows: [Row]
    /// The months a metrics CSV gives instead, said in a sentence.
    package var superseded: String?
    package var checkURL: String?

    package static let fields = ViewFields<Self>([
        .texts("methods") { $0.methods },
        .texts("missing") { $0.missing },
        .text("monthRule") { $0.monthRule },
        .flag("hasP90") { $0.hasP90 },
        .list("rows") { $0.rows },
        .text("superseded") { $0.superseded },
        .text("checkURL") { $0.checkURL },
    ])

    package struct Row: TemplateView {
        package var month: String
        package var monthID: String
        package var value: String
        /// `1,204 tickets`.
        package var basis: String
        /// `superseded` for a month a metrics CSV gives.
        package var cls: String?
        package var p90: String?
        package var note: String?

        package static let fields = ViewFields<Self>([
            .text("month") { $0.month },
            .text("monthID") { $0.monthID },
            .text("value") { $0.value },
            .text("basis") { $0.basis },
            .text("cls") { $0.cls },
            .text("p90") { $0.p90 },
            .text("note") { $0.note },
        ])
    }
}

extension PageContext {
    /// The "From the help-desk exports" section of a metric page: how the metric is computed and
    /// from which columns (calendar or business hours), or what would enable it; its monthly values
    /// with the number of tickets behind each and, for hours, the 90th percentile. Nil for metrics
    /// the exports cannot give and for projects without exports.
    package func computedMetricView(_ metric: MetricDefinition) -> ComputedMetricView? {
        let data = site.helpDesk
        guard !data.isEmpty, data.settings.computeMetrics || TicketMetrics.volumeMetricIDs.contains(metric.id),
              TicketMetrics.metricIDs.contains(metric.id) else { return nil }
        let computed = analysis.ticketMetrics
        let values = computed.values[metric.id] ?? []
        let hasP90 = values.contains { $0.percentile90 != nil }
        let surveys = !TicketMetrics.ticketMetricIDs.contains(metric.id)
            || data.surveyExports.contains { $0.source(of: metric.id)?.method != nil }
        let superseded = computed.superseded[metric.id] ?? []
        return ComputedMetricView(
            methods: computed.methods[metric.id] ?? [],
            missing: computed.missing[metric.id] ?? [],
            monthRule: surveys ? "the \(cadence.unit) each survey was sent" : "the \(cadence.unit) each ticket was created",
            hasP90: hasP90,
            rows: values.reversed().map { value in
                let isSuperseded = superseded.contains(value.month)
                return ComputedMetricView.Row(
                    month: value.month.label, monthID: value.month.description,
                    value: NumberFormat.value(value.value, unit: metric.unit),
                    basis: "\(HelpDeskData.grouped(value.basis)) \(surveys ? (value.basis == 1 ? "survey" : "surveys") : (value.basis == 1 ? "ticket" : "tickets"))",
                    cls: isSuperseded ? "superseded" : nil,
                    p90: hasP90 ? value.percentile90.map { NumberFormat.value($0, unit: metric.unit) } ?? "–" : nil,
                    note: isSuperseded ? "not used: content/metrics/ gives this \(cadence.unit)" : value.businessHours ? "business hours" : nil)
            },
            superseded: superseded.isEmpty ? nil
                : "For \(TicketMetrics.monthsText(superseded)) the value in content/metrics/ is used: a metrics CSV takes precedence over values computed from exports.",
            checkURL: TicketRuleCheck.Rule.allCases.first { $0.metric == metric.id }.map { Routes.checks(rule: $0.rawValue) })
    }
}
