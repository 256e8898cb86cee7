import CXSiteSupport
import CXSiteModel

/// Metric values computed from the help-desk and survey exports, one per metric and month, with
/// the catalog's definitions (DESIGN.md §2) — and, for each metric no export can give, what column
/// would enable it. Nothing is estimated: a month without the cases a rate needs has no value.
///
/// | metric | computed per month of ticket creation (surveys: month sent) |
/// |---|---|
/// | first_response_hours | median hours to the first agent reply; the 90th percentile is kept too |
/// | resolution_hours | median hours from creation to resolution, over solved tickets |
/// | fcr_rate | solved tickets with at most one agent reply and no reopen ÷ solved tickets |
/// | resolved_within_2_rate | solved tickets with at most two agent replies ÷ solved tickets |
/// | reopen_rate | solved tickets reopened at least once ÷ solved tickets |
/// | escalation_compliance | tickets past two agent replies escalated to a voice or video call ÷ tickets past two replies |
/// | csat | answers of 4–5 of 5 (Zendesk: Good) ÷ answers |
/// | survey_response_rate | surveys answered ÷ surveys sent (offered) |
/// | nps | % promoters (9–10) − % detractors (0–6) |
/// | solved_yes_rate | "Did we solve it?" yes ÷ answers |
/// | survey_delay_compliance | surveys sent ≥ 24 h after the ticket's resolution ÷ surveys with both times |
/// | tickets_created | tickets created in the month; by channel (`channel` column of the series) and by group (`segment`) |
/// | tickets_solved | tickets solved in the month (by their solved time), from exports with a solved time |
/// | backlog | tickets created by the month's end and not solved by then, from exports with a solved time |
///
/// ```swift
/// let computed = TicketMetrics.compute(from: site.helpDesk)
/// computed.value(of: "first_response_hours", in: march)?.percentile90
/// ```
public struct TicketMetrics: Sendable {
    /// One month's computed value.
    public struct Value: Sendable, Hashable {
        public var month: Period
        public var value: Double
        /// Tickets or surveys the value is taken over.
        public var basis: Int
        /// The 90th percentile, for the hour medians.
        public var percentile90: Double?
        /// The hours are business hours (the export had no calendar column).
        public var businessHours = false
        /// The first export row of the month.
        public var source: SourceLocation
        /// The confidence interval: Wilson for a share, adjusted Wald for NPS, order statistics
        /// for a median of hours; nil for a count (docs/STATISTICS.md).
        public var interval: ClosedRange<Double>?
        /// What the value was computed from, for testing its change; nil for a count.
        public var sample: MetricSample?

        /// The memberwise initialiser, open to the other targets.
        package init(month: Period, value: Double, basis: Int, percentile90: Double? = nil, businessHours: Bool = false, source: SourceLocation,
                     interval: ClosedRange<Double>? = nil, sample: MetricSample? = nil) {
            self.month = month
            self.value = value
            self.basis = basis
            self.percentile90 = percentile90
            self.businessHours = businessHours
            self.source = source
            self.interval = interval
            self.sample = sample
        }
    }

    /// Metrics computed from ticket exports, in catalog order.
    public static let ticketMetricIDs = ["first_response_hours", "resolution_hours", "fcr_rate", "resolved_within_2_rate",
                                         "reopen_rate", "escalation_compliance", "csat", "survey_response_rate",
                                         "tickets_created", "tickets_solved", "backlog"]
    /// Metrics computed from survey exports.
    public static let surveyMetricIDs = ["csat", "survey_response_rate", "nps", "solved_yes_rate", "survey_delay_compliance"]
    /// The volume metrics: counts, not judgements, that no other record of the team holds, so
    /// they are computed even with `compute_metrics: false`.
    public static let volumeMetricIDs: Set<String> = ["tickets_created", "tickets_solved", "backlog"]
    /// What the `segment` of a metric's breakdowns holds, where it is not a customer segment:
    /// the help desk's group for `tickets_created` (its channel is in `channel`).
    public static func segmentLabel(of metric: String) -> String {
        metric == "tickets_created" ? "group" : "segment"
    }

    /// Every metric the exports can give, in the order the checks page lists them.
    public static let metricIDs = ["tickets_created", "tickets_solved", "backlog",
                                   "first_response_hours", "resolution_hours", "fcr_rate", "resolved_within_2_rate", "reopen_rate",
                                   "escalation_compliance", "csat", "survey_response_rate", "nps", "solved_yes_rate", "survey_delay_compliance"]

    /// Metric id → monthly values in month order (only metrics with at least one value).
    public var values: [String: [Value]] = [:]
    /// Breakdown series (tickets created by channel and by group) → monthly values in month order.
    public var breakdowns: [MetricSeries.Key: [Value]] = [:]
    /// Metric id → how it is computed, one line per export giving it (`content/tickets/a.csv: median of …`).
    public var methods: [String: [String]] = [:]
    /// Metric id → what would enable it, when no export gives it.
    public var missing: [String: [String]] = [:]
    /// Metric id → months whose computed value gave way to the value in `content/metrics/`.
    public var superseded: [String: [Period]] = [:]

    public init() {}

    /// True when nothing was computed and nothing is missing: the project has no exports.
    public var isEmpty: Bool { values.isEmpty && missing.isEmpty }

    /// The computed value of `metric` in `month`.
    public func value(of metric: String, in month: Period) -> Value? {
        values[metric]?.first { $0.month == month }
    }

    /// Only the volume metrics (and their breakdowns) of these values: what `compute_metrics: false` keeps.
    public var volumeOnly: TicketMetrics {
        var kept = TicketMetrics()
        kept.values = values.filter { Self.volumeMetricIDs.contains($0.key) }
        kept.methods = methods.filter { Self.volumeMetricIDs.contains($0.key) }
        kept.missing = missing.filter { Self.volumeMetricIDs.contains($0.key) }
        kept.breakdowns = breakdowns
        return kept
    }

    /// Computes every metric the exports can give.
    public static func compute(from data: HelpDeskData, confidence: Double = 95) -> TicketMetrics {
        var result = TicketMetrics()
        guard !data.isEmpty else { return result }
        let fromSurveys = Set(data.surveyExports.flatMap { $0.metrics.filter { $0.method != nil }.map(\.metric) })
        for metric in metricIDs {
            // Survey exports are the record of surveys: where one gives csat or the response rate,
            // the satisfaction columns of ticket exports are not used for it (no double counting).
            let surveyBased = !ticketMetricIDs.contains(metric) || fromSurveys.contains(metric)
            let exports = surveyBased ? data.surveyExports : data.ticketExports
            var methods: [String] = []
            for export in exports {
                if let source = export.source(of: metric), let method = source.method { methods.append("\(export.path): \(method)") }
            }
            var values: [Value] = []
            if metric == "backlog" {
                values = backlog(data)
            } else if surveyBased {
                for month in data.surveys.keys.sorted() {
                    if let value = surveyValue(metric, data.surveys[month]!, month: month, confidence: confidence) { values.append(value) }
                }
            } else {
                let solvedTimes = data.tickets.values.contains { $0.createdWithSolvedTimes > 0 }
                for month in coveredMonths(data) {
                    if let value = ticketValue(metric, data.tickets[month]!, month: month, solvedTimes: solvedTimes, confidence: confidence) { values.append(value) }
                }
            }
            if !methods.isEmpty { result.methods[metric] = methods }
            if !values.isEmpty { result.values[metric] = values }
            if methods.isEmpty {
                var needs: [String] = []
                for export in exports {
                    if let need = export.source(of: metric)?.needs { needs.append("\(export.path) needs \(need)") }
                }
                if exports.isEmpty {
                    let what = switch metric {
                    case "nps": "with an 'nps' column (answers 0–10)"
                    case "solved_yes_rate": "with a 'Did we solve it?' column (yes/no)"
                    case "survey_delay_compliance": "with the time each survey was sent and the ticket's resolution time ('sent at', 'resolved at')"
                    default: "(Zendesk, Freshdesk, Intercom or mapped in site.yml)"
                    }
                    needs.append(surveyBased ? "a survey export in content/surveys/ \(what)" : "a ticket export in content/tickets/ \(what)")
                }
                result.missing[metric] = needs
            }
        }
        result.breakdowns = volumeBreakdowns(data)
        return result
    }

    /// Tickets created by channel (`channel`) and by group (`segment`), month by month.
    private static func volumeBreakdowns(_ data: HelpDeskData) -> [MetricSeries.Key: [Value]] {
        var result: [MetricSeries.Key: [Value]] = [:]
        for month in data.tickets.keys.sorted() {
            let t = data.tickets[month]!
            guard let source = t.source else { continue }
            for (name, count) in t.byChannel.counts {
                result[MetricSeries.Key(metric: "tickets_created", channel: name), default: []].append(Value(month: month, value: Double(count), basis: count, source: source))
            }
            for (name, count) in t.byGroup.counts {
                result[MetricSeries.Key(metric: "tickets_created", segment: name), default: []].append(Value(month: month, value: Double(count), basis: count, source: source))
            }
        }
        return result
    }

    /// The months the ticket exports cover: up to the last month a ticket was created in. A later
    /// month holds only tickets solved after the export was filtered (an export taken on 3 November
    /// of the tickets created until 31 October): its solved count and backlog would be partial, so
    /// it has no value.
    private static func coveredMonths(_ data: HelpDeskData) -> [Period] {
        guard let last = data.tickets.filter({ $0.value.tickets > 0 }).keys.max() else { return [] }
        return data.tickets.keys.filter { $0 <= last }.sorted()
    }

    /// The backlog at each month's end, from the first month of tickets with solved times to the
    /// last month the exports cover: created so far minus solved so far, over those tickets.
    private static func backlog(_ data: HelpDeskData) -> [Value] {
        let months = coveredMonths(data)
        guard let first = months.first(where: { data.tickets[$0]!.createdWithSolvedTimes > 0 }), let last = months.last else { return [] }
        var open = 0
        var values: [Value] = []
        var source = data.tickets[first]!.source!
        for month in first.through(last) {
            if let t = data.tickets[month] {
                open += t.createdWithSolvedTimes - t.solvedInMonth
                if let s = t.source { source = s }
            }
            values.append(Value(month: month, value: Double(open), basis: open, source: source))
        }
        return values
    }

    private static func ticketValue(_ metric: String, _ t: TicketTally, month: Period, solvedTimes: Bool, confidence: Double) -> Value? {
        if metric == "tickets_solved" {
            // A month may have solved tickets and none created (source nil): the export path is enough.
            guard solvedTimes, t.solvedInMonth > 0 || t.source != nil, let source = t.source ?? t.solvedSource else { return nil }
            return Value(month: month, value: Double(t.solvedInMonth), basis: t.solvedInMonth, source: source)
        }
        guard let source = t.source else { return nil }
        func rate(_ ratio: Ratio) -> Value? { Self.rate(ratio, month: month, source: source, confidence: confidence) }
        func hours(_ durations: Durations) -> Value? {
            let (values, business) = durations.preferred
            guard let median = Statistics.median(values) else { return nil }
            return Value(month: month, value: median, basis: values.count, percentile90: Statistics.percentile(values, 90),
                         businessHours: business, source: source,
                         interval: MetricSample.values(values).interval(confidence: confidence), sample: .values(values))
        }
        switch metric {
        case "first_response_hours": return hours(t.firstResponse)
        case "resolution_hours": return hours(t.resolution)
        case "fcr_rate": return rate(t.firstContact)
        case "resolved_within_2_rate": return rate(t.withinTwo)
        case "reopen_rate": return rate(t.reopened)
        case "escalation_compliance": return rate(t.escalation)
        case "csat": return rate(t.satisfaction)
        case "survey_response_rate": return rate(t.satisfactionOffered)
        case "tickets_created": return Value(month: month, value: Double(t.tickets), basis: t.tickets, source: source)
        default: return nil
        }
    }

    private static func surveyValue(_ metric: String, _ s: SurveyTally, month: Period, confidence: Double) -> Value? {
        guard let source = s.source else { return nil }
        func rate(_ ratio: Ratio) -> Value? { Self.rate(ratio, month: month, source: source, confidence: confidence) }
        switch metric {
        case "csat": return rate(s.csat)
        case "survey_response_rate": return rate(s.responses)
        case "nps":
            let sample = MetricSample.netPromoter(promoters: s.promoters, detractors: s.detractors, n: s.npsAnswers)
            return s.nps.map { Value(month: month, value: $0, basis: s.npsAnswers, source: source, interval: sample.interval(confidence: confidence), sample: sample) }
        case "solved_yes_rate": return rate(s.solved)
        case "survey_delay_compliance": return rate(s.delay)
        default: return nil
        }
    }

    /// A rate's value over its cases, with its Wilson interval; nil without cases.
    private static func rate(_ ratio: Ratio, month: Period, source: SourceLocation, confidence: Double) -> Value? {
        share(hits: ratio.hits, of: ratio.count, month: month, source: source, confidence: confidence)
    }

    /// `hits` of `n` cases as a percentage, with its Wilson interval and its sample; nil for n = 0.
    package static func share(hits: Int, of n: Int, month: Period, source: SourceLocation, confidence: Double) -> Value? {
        guard n > 0 else { return nil }
        let percent = 100 * Double(hits) / Double(n)
        let sample = MetricSample.share(percent: percent, n: n)
        return Value(month: month, value: percent, basis: n, source: source, interval: sample.interval(confidence: confidence), sample: sample)
    }

    /// `series` (from `content/metrics/`) with the computed values added to the overall series.
    ///
    /// A month that `content/metrics/` already gives keeps its CSV value: the CSV is what the team
    /// chose to publish (often with corrections or its own definitions), and dropping an export
    /// into a project must not break a build that worked. Each such metric gets one warning, at
    /// the first CSV value concerned, naming both sources; the months are kept in ``superseded``.
    public mutating func merge(into series: [MetricSeries], catalog: MetricCatalog, log: inout DiagnosticLog) -> [MetricSeries] {
        let merged = ComputedSeries.merge(values, breakdowns: breakdowns, metrics: Self.metricIDs, into: series, catalog: catalog,
                                          alternative: ", or set 'compute_metrics: false' under 'tickets:' in site.yml to use the exports for the rule checks only",
                                          log: &log)
        superseded.merge(merged.superseded) { $1 }
        return merged.series
    }

    /// `2026-09 and 2026-10`, `2025-03 to 2026-10 (20 months)`, `2026-W50 to 2027-W02 (6 weeks)`.
    package static func monthsText(_ months: [Period]) -> String {
        let sorted = months.sorted()
        guard let first = sorted.first, let last = sorted.last else { return "" }
        if sorted.count > 3, first.through(last).count == sorted.count {
            return "\(first) to \(last) (\(first.cadence.count(sorted.count)))"
        }
        let names = sorted.map(\.description)
        if names.count <= 2 { return names.joined(separator: " and ") }
        if names.count <= 6 { return names.dropLast().joined(separator: ", ") + " and " + names.last! }
        return names.prefix(5).joined(separator: ", ") + " and \(names.count - 5) more \(first.cadence.units)"
    }
}
