import CXSiteSupport
import CXSiteModel
import CXSiteAnalyse
import CXSiteCharts

/// `checks/index.html`: the CARE rules of thumb checked against the help-desk and survey exports,
/// month by month, with the worst offenders by ticket id; the exports read and how; and the metrics
/// computed from them. No cell of an export other than ticket ids and counts reaches the page.
extension PageContext {
    package func checksPage() -> OutputFile {
        let path = Routes.checks
        let data = site.helpDesk
        var view = self.view(title: "CARE rule checks", kind: "checks", path: path, section: "metrics",
                             description: "The CARE rules of thumb checked against the help-desk exports, month by month.",
                             breadcrumbs: [("Metrics", Routes.metrics)])
        let months = analysis.ticketRuleChecks.keys.sorted()
        view["hasExports"] = !data.isEmpty
        view["missing"] = [[String: Any]]()
        if !data.isEmpty {
            let tickets = data.tickets.values.reduce(0) { $0 + $1.tickets }
            let surveys = data.surveys.values.reduce(0) { $0 + $1.responses.count }
            var counted: [String] = []
            if tickets > 0 || !data.ticketExports.isEmpty { counted.append("\(HelpDeskData.grouped(tickets)) \(tickets == 1 ? "ticket" : "tickets")") }
            if surveys > 0 || !data.surveyExports.isEmpty { counted.append("\(HelpDeskData.grouped(surveys)) \(surveys == 1 ? "survey" : "surveys")") }
            let span = data.months.first.map { first in first == data.months.last! ? first.longLabel : "\(first.label) to \(data.months.last!.label)" }
            view["totals"] = counted.joined(separator: " and ") + " from \(data.exports.count) \(data.exports.count == 1 ? "export" : "exports")" + (span.map { ", \($0)" } ?? "")
        }
        view["rules"] = TicketRuleCheck.Rule.allCases.map(ruleView)
        if !months.isEmpty {
            view["overview"] = [
                "rules": TicketRuleCheck.Rule.allCases.map { ["title": $0.shortTitle, "id": $0.rawValue] },
                "rows": months.reversed().map { month -> [String: Any] in
                    let checks = analysis.ticketRuleChecks[month] ?? []
                    let cells = TicketRuleCheck.Rule.allCases.map { rule -> [String: Any] in
                        guard let check = checks.first(where: { $0.rule == rule }) else {
                            return ["text": "–", "cls": "missing"]
                        }
                        return ["text": NumberFormat.value(check.share, unit: .percent), "cls": check.meetsTarget ? "met" : "missed",
                                "sub": "of \(HelpDeskData.grouped(check.checked))"]
                    }
                    return ["month": month.label, "monthID": month.description, "cells": cells]
                },
            ] as [String: Any]
            view["months"] = months.reversed().map(monthView)
        }
        view["exports"] = (data.ticketExports + data.surveyExports).map(exportView)
        view["reasonLimit"] = ContactReasons.shown
        view["contactReasons"] = ContactReasons.all(in: data).enumerated().map { index, reasons in
            var reasonsView = contactReasonsView(reasons)
            if index < 2 { reasonsView["open"] = true }
            return reasonsView
        }
        if !data.isEmpty {
            if let computed = computedTable() { view["computed"] = computed }
            let missing = TicketMetrics.metricIDs.compactMap { id -> [String: Any]? in
                guard let notes = analysis.ticketMetrics.missing[id], let metric = site.catalog.metric(id) else { return nil }
                return ["name": metric.name, "url": Routes.metric(id), "notes": notes]
            }
            view["missing"] = missing
            if !data.settings.computeMetrics {
                view["notComputed"] = true
            }
            if data.settings.ticketURL == nil { view["linkHint"] = true }
        }
        return render("checks", view, to: path)
    }

    // MARK: Rules

    private func ruleView(_ rule: TicketRuleCheck.Rule) -> [String: Any] {
        var view: [String: Any] = [
            "id": rule.rawValue, "title": rule.title, "stage": rule.stage.rawValue, "stageName": rule.stage.name,
            "stageURL": Routes.stage(rule.stage.rawValue), "stageWords": rule.stageWords, "ruleWords": rule.ruleWords,
            "why": rule.why, "counted": rule.counted, "unavailable": [String](),
        ]
        let checks = analysis.ticketRuleChecks.keys.sorted().compactMap { month in analysis.ticketRuleChecks[month]?.first { $0.rule == rule } }
        if let check = checks.last {
            view["latest"] = checkSummaryView(check)
            view["target"] = NumberFormat.target(check.target, unit: .percent)
        } else if !site.helpDesk.isEmpty {
            let notes = analysis.ticketMetrics.missing[rule.metric] ?? fallbackMissing(rule)
            view["unavailable"] = notes.isEmpty ? ["the exports have no \(rule.noun) this rule applies to"] : notes
        }
        return view
    }

    /// Why a rule cannot be checked when metrics are not computed (compute_metrics: false).
    private func fallbackMissing(_ rule: TicketRuleCheck.Rule) -> [String] {
        let data = site.helpDesk
        let exports = rule == .surveyDelay ? data.surveyExports : data.ticketExports
        let notes = exports.compactMap { export in export.source(of: rule.metric)?.needs.map { "\(export.path) needs \($0)" } }
        if !notes.isEmpty { return notes }
        if exports.isEmpty {
            return [rule == .surveyDelay ? "a survey export in content/surveys/ with the time each survey was sent and the ticket's resolution time"
                                         : "a ticket export in content/tickets/"]
        }
        return []
    }

    /// Share, counts, status and a sentence of one check.
    package func checkSummaryView(_ check: TicketRuleCheck) -> [String: Any] {
        var view: [String: Any] = [
            "month": check.month.label, "monthLong": check.month.longLabel, "monthID": check.month.description,
            "share": NumberFormat.value(check.share, unit: .percent),
            "checked": HelpDeskData.grouped(check.checked), "failed": HelpDeskData.grouped(check.failed),
            "status": check.meetsTarget ? "met" : "missed", "statusText": check.meetsTarget ? "On target" : "Below target",
            "target": NumberFormat.target(check.target, unit: .percent),
            "sentence": checkSentence(check),
        ]
        if check.businessHours { view["businessHours"] = true }
        return view
    }

    /// The check in one plain sentence (``TicketRuleCheck/sentence``).
    package func checkSentence(_ check: TicketRuleCheck) -> String { check.sentence }

    // MARK: Months

    private func monthView(_ month: Month) -> [String: Any] {
        let checks = (analysis.ticketRuleChecks[month] ?? []).map { check -> [String: Any] in
            var view = checkSummaryView(check)
            view["ruleID"] = check.rule.rawValue
            view["title"] = check.rule.title
            view["stage"] = check.rule.stage.rawValue
            view["valueHeader"] = switch check.rule {
            case .firstResponse: check.businessHours ? "First reply after (business hours)" : "First reply after"
            case .escalation: "Agent replies"
            case .surveyDelay: "Survey sent"
            }
            view["offenderTitle"] = switch check.rule {
            case .firstResponse: "Slowest first replies"
            case .escalation: "Not escalated, most replies first"
            case .surveyDelay: "Sent too soon, soonest first"
            }
            view["offenders"] = check.offenders.map(offenderView(check.rule))
            let more = check.failed - check.offenders.count
            if more > 0 { view["more"] = "and \(HelpDeskData.grouped(more)) more" }
            return view
        }
        return ["id": "month-\(month)", "label": month.longLabel, "monthID": month.description, "checks": checks]
    }

    private func offenderView(_ rule: TicketRuleCheck.Rule) -> (Offender) -> [String: Any] {
        { offender in
            var view: [String: Any] = ["id": offender.id]
            if !offender.id.hasPrefix("line "), let url = site.helpDesk.settings.url(ofTicket: offender.id) { view["ticketURL"] = url }
            switch rule {
            case .firstResponse:
                view["value"] = NumberFormat.value(offender.value, unit: .hours)
            case .escalation:
                let n = Int(offender.value)
                view["value"] = "\(n) \(n == 1 ? "reply" : "replies")"
            case .surveyDelay:
                let hours = abs(offender.value)
                let text = hours < 1 ? "\(Int((hours * 60).rounded())) min" : NumberFormat.value(hours, unit: .hours)
                view["value"] = text + (offender.value < 0 ? " before resolution" : " after resolution")
            }
            return view
        }
    }

    // MARK: Exports and computed metrics

    private func exportView(_ export: ExportSummary) -> [String: Any] {
        var view: [String: Any] = [
            "path": export.path, "format": export.format.capitalizedFirst, "rows": HelpDeskData.grouped(export.rows),
            "used": HelpDeskData.grouped(export.used), "kind": export.kind.rawValue,
        ]
        if let first = export.firstMonth, let last = export.lastMonth {
            view["span"] = first == last ? first.label : "\(first.label) to \(last.label)"
        }
        let left = export.skipped.map { ["count": HelpDeskData.grouped($0.count), "reason": $0.reason, "cls": "skipped"] as [String: Any] }
            + export.ignored.map { ["count": HelpDeskData.grouped($0.count), "reason": $0.reason, "cls": "ignored"] as [String: Any] }
        view["left"] = left
        view["unreadable"] = export.unreadable.map { column -> [String: Any] in
            ["count": HelpDeskData.grouped(column.count), "column": column.column,
             "share": export.cellRows > 0 ? NumberFormat.value(100 * Double(column.count) / Double(export.cellRows), unit: .percent) : "–"]
        }
        if export.delimiter != .comma { view["delimiter"] = "Read with \(export.delimiter.shown) between fields" }
        if export.skippedCount > 0 { view["skipped"] = HelpDeskData.grouped(export.skippedCount) }
        view["metrics"] = export.metrics.map { source -> [String: Any] in
            let name = site.catalog.metric(source.metric)?.name ?? source.metric
            var row: [String: Any] = ["name": name, "url": Routes.metric(source.metric)]
            if let method = source.method { row["method"] = method }
            if let needs = source.needs { row["needs"] = needs }
            if source.businessHours { row["business"] = true }
            return row
        }
        return view
    }

    /// Column headings of the computed metrics table (the full names are the links' titles).
    package static let shortNames = [
        "first_response_hours": "First reply", "resolution_hours": "Resolution", "fcr_rate": "First contact",
        "resolved_within_2_rate": "Within 2 replies", "reopen_rate": "Reopened", "escalation_compliance": "Escalated",
        "csat": "CSAT", "survey_response_rate": "Survey responses", "nps": "NPS", "solved_yes_rate": "Solved: yes",
        "survey_delay_compliance": "Survey timing", "tickets_created": "Created", "tickets_solved": "Solved", "backlog": "Backlog",
    ]

    /// The computed values, newest month first, one column per metric that has any (plus the
    /// 90th percentile of first response); nil when nothing was computed.
    private func computedTable() -> [String: Any]? {
        let computed = analysis.ticketMetrics
        let ids = TicketMetrics.metricIDs.filter { computed.values[$0] != nil }
        guard !ids.isEmpty else { return nil }
        var columns: [[String: Any]] = []
        for id in ids {
            guard let metric = site.catalog.metric(id) else { continue }
            var column: [String: Any] = ["title": Self.shortNames[id] ?? metric.name, "url": Routes.metric(id), "name": metric.name]
            if id == "first_response_hours" { column["sub"] = "median" }
            columns.append(column)
            if id == "first_response_hours" {
                columns.append(["title": Self.shortNames[id]!, "url": Routes.metric(id), "name": metric.name, "sub": "90th percentile"])
            }
        }
        let months = Set(ids.flatMap { computed.values[$0]!.map(\.month) }).sorted()
        let rows = months.reversed().map { month -> [String: Any] in
            var cells: [[String: Any]] = []
            for id in ids {
                guard let metric = site.catalog.metric(id) else { continue }
                let value = computed.value(of: id, in: month)
                let superseded = computed.superseded[id]?.contains(month) == true
                func cell(_ number: Double?) -> [String: Any] {
                    guard let number, let value else { return ["text": "–", "cls": "missing"] }
                    var cell: [String: Any] = ["text": NumberFormat.value(number, unit: metric.unit),
                                               "title": "over \(HelpDeskData.grouped(value.basis)) \(TicketMetrics.surveyMetricIDs.contains(id) && !TicketMetrics.ticketMetricIDs.contains(id) ? "surveys" : "tickets")"]
                    if superseded {
                        cell["cls"] = "superseded"
                        cell["sub"] = "content/metrics/ used"
                    } else if value.businessHours {
                        cell["sub"] = "business hours"
                    }
                    return cell
                }
                cells.append(cell(value?.value))
                if id == "first_response_hours" { cells.append(cell(value?.percentile90)) }
            }
            return ["month": month.label, "monthID": month.description, "cells": cells]
        }
        var view: [String: Any] = ["columns": columns, "rows": rows]
        if computed.superseded.values.contains(where: { !$0.isEmpty }) { view["hasSuperseded"] = true }
        return view
    }
}

// MARK: - On metric pages

extension PageContext {
    /// The "From the help-desk exports" section of a metric page: how the metric is computed and
    /// from which columns (calendar or business hours), or what would enable it; its monthly values
    /// with the number of tickets behind each and, for hours, the 90th percentile. Nil for metrics
    /// the exports cannot give and for projects without exports.
    package func computedMetricView(_ metric: MetricDefinition) -> [String: Any]? {
        let data = site.helpDesk
        guard !data.isEmpty, data.settings.computeMetrics || TicketMetrics.volumeMetricIDs.contains(metric.id),
              TicketMetrics.metricIDs.contains(metric.id) else { return nil }
        let computed = analysis.ticketMetrics
        var view: [String: Any] = [
            "methods": computed.methods[metric.id] ?? [],
            "missing": computed.missing[metric.id] ?? [],
        ]
        let values = computed.values[metric.id] ?? []
        let hasP90 = values.contains { $0.percentile90 != nil }
        let surveys = !TicketMetrics.ticketMetricIDs.contains(metric.id)
            || data.surveyExports.contains { $0.source(of: metric.id)?.method != nil }
        view["monthRule"] = surveys ? "the month each survey was sent" : "the month each ticket was created"
        view["hasP90"] = hasP90
        view["rows"] = values.reversed().map { value -> [String: Any] in
            var row: [String: Any] = [
                "month": value.month.label, "monthID": value.month.description,
                "value": NumberFormat.value(value.value, unit: metric.unit),
                "basis": "\(HelpDeskData.grouped(value.basis)) \(surveys ? (value.basis == 1 ? "survey" : "surveys") : (value.basis == 1 ? "ticket" : "tickets"))",
                "cls": "",
            ]
            if hasP90 { row["p90"] = value.percentile90.map { NumberFormat.value($0, unit: metric.unit) } ?? "–" }
            if computed.superseded[metric.id]?.contains(value.month) == true {
                row["cls"] = "superseded"
                row["note"] = "not used: content/metrics/ gives this month"
            } else if value.businessHours {
                row["note"] = "business hours"
            }
            return row
        }
        if let months = computed.superseded[metric.id], !months.isEmpty {
            view["superseded"] = "For \(TicketMetrics.monthsText(months)) the value in content/metrics/ is used: a metrics CSV takes precedence over values computed from exports."
        }
        if let rule = TicketRuleCheck.Rule.allCases.first(where: { $0.metric == metric.id }) { view["checkURL"] = Routes.checks(rule: rule.rawValue) }
        return view
    }
}
