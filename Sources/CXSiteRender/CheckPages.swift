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
        let months = analysis.ticketRuleChecks.keys.sorted()
        var totals: String?
        if !data.isEmpty {
            let tickets = data.tickets.values.reduce(0) { $0 + $1.tickets }
            let surveys = data.surveys.values.reduce(0) { $0 + $1.responses.count }
            var counted: [String] = []
            if tickets > 0 || !data.ticketExports.isEmpty { counted.append("\(HelpDeskData.grouped(tickets)) \(tickets == 1 ? "ticket" : "tickets")") }
            if surveys > 0 || !data.surveyExports.isEmpty { counted.append("\(HelpDeskData.grouped(surveys)) \(surveys == 1 ? "survey" : "surveys")") }
            let span = data.months.first.map { first in first == data.months.last! ? first.longLabel : "\(first.label) to \(data.months.last!.label)" }
            totals = counted.joined(separator: " and ") + " from \(data.exports.count) \(data.exports.count == 1 ? "export" : "exports")" + (span.map { ", \($0)" } ?? "")
        }
        let overview = months.isEmpty ? nil : ChecksView.Overview(
            rules: TicketRuleCheck.Rule.allCases.map { ChecksView.Overview.RuleHead(title: $0.shortTitle, id: $0.rawValue) },
            rows: months.reversed().map { month in
                let checks = analysis.ticketRuleChecks[month] ?? []
                return MonthRow(month: month.label, monthID: month.description, cells: TicketRuleCheck.Rule.allCases.map { rule in
                    guard let check = checks.first(where: { $0.rule == rule }) else { return TableCell.missing }
                    return TableCell(text: NumberFormat.value(check.share, unit: .percent), cls: check.meetsTarget ? "met" : "missed",
                                           sub: "of \(HelpDeskData.grouped(check.checked))")
                })
            })
        let view = ChecksView(
            frame: frame(title: "CARE rule checks", kind: "checks", path: path, section: "metrics",
                         description: "The CARE rules of thumb checked against the help-desk exports, \(cadence.unit) by \(cadence.unit).",
                         breadcrumbs: [Link(title: "Metrics", url: Routes.metrics)]),
            hasExports: !data.isEmpty,
            totals: totals,
            rules: TicketRuleCheck.Rule.allCases.map(ruleView),
            overview: overview,
            months: months.reversed().map(monthView),
            exports: (data.ticketExports + data.surveyExports).map(exportView),
            reasonLimit: ContactReasons.shown,
            contactReasons: ContactReasons.all(in: data).enumerated().map { index, reasons in
                var reasonsView = contactReasonsView(reasons)
                reasonsView.open = index < 2
                return reasonsView
            },
            computed: data.isEmpty ? nil : computedTable(),
            missing: data.isEmpty ? [] : TicketMetrics.metricIDs.compactMap { id in
                guard let notes = analysis.ticketMetrics.missing[id], let metric = site.catalog.metric(id) else { return nil }
                return ChecksView.MissingMetric(name: metric.name, url: Routes.metric(id), notes: notes)
            },
            notComputed: !data.isEmpty && !data.settings.computeMetrics,
            linkHint: !data.isEmpty && data.settings.ticketURL == nil)
        return render(view, to: path)
    }

    // MARK: Rules

    private func ruleView(_ rule: TicketRuleCheck.Rule) -> ChecksView.Rule {
        var view = ChecksView.Rule(id: rule.rawValue, title: rule.title, stage: rule.stage.rawValue, stageName: rule.stage.name,
                                   stageURL: Routes.stage(rule.stage.rawValue), stageWords: rule.stageWords, ruleWords: rule.ruleWords,
                                   why: rule.why, counted: rule.counted(in: cadence), unavailable: [])
        let checks = analysis.ticketRuleChecks.keys.sorted().compactMap { month in analysis.ticketRuleChecks[month]?.first { $0.rule == rule } }
        if let check = checks.last {
            view.latest = checkSummaryView(check)
            view.target = NumberFormat.target(check.target, unit: .percent)
        } else if !site.helpDesk.isEmpty {
            let notes = analysis.ticketMetrics.missing[rule.metric] ?? fallbackMissing(rule)
            view.unavailable = notes.isEmpty ? ["the exports have no \(rule.noun) this rule applies to"] : notes
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
    package func checkSummaryView(_ check: TicketRuleCheck) -> ChecksView.CheckSummary {
        ChecksView.CheckSummary(
            month: check.month.label, monthLong: check.month.longLabel, monthID: check.month.description,
            share: NumberFormat.value(check.share, unit: .percent),
            checked: HelpDeskData.grouped(check.checked), failed: HelpDeskData.grouped(check.failed),
            status: check.meetsTarget ? "met" : "missed", statusText: check.meetsTarget ? "On target" : "Below target",
            target: NumberFormat.target(check.target, unit: .percent), sentence: check.sentence, businessHours: check.businessHours)
    }

    // MARK: Months

    private func monthView(_ month: Period) -> ChecksView.MonthChecks {
        let checks = (analysis.ticketRuleChecks[month] ?? []).map { check in
            let more = check.failed - check.offenders.count
            let valueHeader = switch check.rule {
            case .firstResponse: check.businessHours ? "First reply after (business hours)" : "First reply after"
            case .escalation: "Agent replies"
            case .surveyDelay: "Survey sent"
            }
            let offenderTitle = switch check.rule {
            case .firstResponse: "Slowest first replies"
            case .escalation: "Not escalated, most replies first"
            case .surveyDelay: "Sent too soon, soonest first"
            }
            return ChecksView.MonthCheck(
                summary: checkSummaryView(check), ruleID: check.rule.rawValue, title: check.rule.title, stage: check.rule.stage.rawValue,
                valueHeader: valueHeader, offenderTitle: offenderTitle,
                offenders: check.offenders.map(offenderView(check.rule)),
                more: more > 0 ? "and \(HelpDeskData.grouped(more)) more" : nil)
        }
        return ChecksView.MonthChecks(id: "month-\(month)", label: month.longLabel, monthID: month.description, checks: checks)
    }

    private func offenderView(_ rule: TicketRuleCheck.Rule) -> (Offender) -> ChecksView.Offender {
        { offender in
            let value: String
            switch rule {
            case .firstResponse:
                value = NumberFormat.value(offender.value, unit: .hours)
            case .escalation:
                let n = Int(offender.value)
                value = "\(n) \(n == 1 ? "reply" : "replies")"
            case .surveyDelay:
                let hours = abs(offender.value)
                let text = hours < 1 ? "\(Int((hours * 60).rounded())) min" : NumberFormat.value(hours, unit: .hours)
                value = text + (offender.value < 0 ? " before resolution" : " after resolution")
            }
            return ChecksView.Offender(id: offender.id, ticketURL: offender.id.hasPrefix("line ") ? nil : site.helpDesk.settings.url(ofTicket: offender.id),
                                       value: value)
        }
    }

    // MARK: Exports and computed metrics

    private func exportView(_ export: ExportSummary) -> ChecksView.Export {
        typealias Export = ChecksView.Export
        return Export(
            path: export.path, format: export.format.capitalizedFirst, rows: HelpDeskData.grouped(export.rows),
            used: HelpDeskData.grouped(export.used), kind: export.kind.rawValue,
            span: export.firstMonth.flatMap { first in export.lastMonth.map { last in first == last ? first.label : "\(first.label) to \(last.label)" } },
            left: export.skipped.map { Export.LeftOut(count: HelpDeskData.grouped($0.count), reason: $0.reason, cls: "skipped") }
                + export.ignored.map { Export.LeftOut(count: HelpDeskData.grouped($0.count), reason: $0.reason, cls: "ignored") },
            unreadable: export.unreadable.map { column in
                Export.Unreadable(count: HelpDeskData.grouped(column.count), column: column.column,
                                  share: export.cellRows > 0 ? NumberFormat.value(100 * Double(column.count) / Double(export.cellRows), unit: .percent) : "–")
            },
            delimiter: export.delimiter == .comma ? nil : "Read with \(export.delimiter.shown) between fields",
            skipped: export.skippedCount > 0 ? HelpDeskData.grouped(export.skippedCount) : nil,
            metrics: export.metrics.map { source in
                Export.ExportMetric(name: site.catalog.metric(source.metric)?.name ?? source.metric, url: Routes.metric(source.metric),
                                    method: source.method, needs: source.needs, business: source.businessHours)
            })
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
    private func computedTable() -> ChecksView.ComputedTable? {
        let computed = analysis.ticketMetrics
        let ids = TicketMetrics.metricIDs.filter { computed.values[$0] != nil }
        guard !ids.isEmpty else { return nil }
        typealias Column = ChecksView.ComputedTable.Column
        var columns: [Column] = []
        for id in ids {
            guard let metric = site.catalog.metric(id) else { continue }
            let title = Self.shortNames[id] ?? metric.name
            if id == "first_response_hours" {
                columns += [Column(title: title, url: Routes.metric(id), name: metric.name, sub: "median"),
                            Column(title: title, url: Routes.metric(id), name: metric.name, sub: "90th percentile")]
            } else {
                columns.append(Column(title: title, url: Routes.metric(id), name: metric.name))
            }
        }
        let months = Set(ids.flatMap { computed.values[$0]!.map(\.month) }).sorted()
        let rows = months.reversed().map { month in
            var cells: [TableCell] = []
            for id in ids {
                guard let metric = site.catalog.metric(id) else { continue }
                let value = computed.value(of: id, in: month)
                let superseded = computed.superseded[id]?.contains(month) == true
                func cell(_ number: Double?) -> TableCell {
                    guard let number, let value else { return TableCell.missing }
                    return TableCell(
                        text: NumberFormat.value(number, unit: metric.unit), cls: superseded ? "superseded" : nil,
                        title: "over \(HelpDeskData.grouped(value.basis)) \(TicketMetrics.surveyMetricIDs.contains(id) && !TicketMetrics.ticketMetricIDs.contains(id) ? "surveys" : "tickets")",
                        sub: superseded ? "content/metrics/ used" : value.businessHours ? "business hours" : nil)
                }
                cells.append(cell(value?.value))
                if id == "first_response_hours" { cells.append(cell(value?.percentile90)) }
            }
            return MonthRow(month: month.label, monthID: month.description, cells: cells)
        }
        return ChecksView.ComputedTable(columns: columns, rows: rows, hasSuperseded: computed.superseded.values.contains { !$0.isEmpty })
    }
}
