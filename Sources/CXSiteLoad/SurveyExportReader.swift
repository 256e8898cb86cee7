public import Foundation
import CXSiteSupport
import CXSiteModel

/// Streams a survey export (`content/surveys/*.csv`) into per-month ``SurveyTally`` values.
///
/// One row is one survey sent. The header must name when it was sent, and what was asked, in
/// one of two ways:
/// - one column per question: `csat` (1–5), `nps` (0–10), `solved` or `Did we solve it?` (yes/no);
/// - a `survey` (or `type`) column naming the question (csat, nps, solved) and a `score` column.
///
/// Optional: `answered at` (a row with an answer time or a score is answered), `resolved at` (the
/// ticket's resolution time, for the 24-hour survey delay rule) and `ticket id` (shown for surveys
/// sent too soon). `surveys: columns:` in `site.yml` maps other names. Surveys are counted in the
/// month they were sent. Bad rows are skipped with warnings, as in ``TicketExportReader``.
public enum SurveyExportReader {
    public static func read(fileAt url: URL, path: String, into data: inout HelpDeskData, log: inout DiagnosticLog) {
        guard var reader = ExportFile.open(url, path: path, dialect: data.settings.surveyCSV, log: &log) else { return }
        read(&reader, path: path, into: &data, log: &log)
    }

    /// Reads an export held in memory (tests).
    public static func read(bytes: [UInt8], path: String, into data: inout HelpDeskData, log: inout DiagnosticLog) {
        var reader = CSVReader(bytes: bytes, allowsBareQuotes: true, delimiter: data.settings.surveyCSV.delimiter)
        read(&reader, path: path, into: &data, log: &log)
    }

    /// The question a score answers.
    package enum Question: String, CaseIterable {
        case csat, nps, solved
    }

    /// Where a survey export keeps each value.
    package struct Layout {
        package var names: [String]
        package var width: Int { names.count }
        package var ticket: Int?
        package var sent: Int
        package var answered: Int?
        package var resolved: Int?
        package var type: Int?
        package var score: Int?
        package var questions: [(question: Question, index: Int)] = []

        package func name(_ index: Int) -> String { "'\(names[index])'" }

        package static let aliases: [TicketSettings.SurveyField: [String]] = [
            .ticket: ["ticket id", "ticket_id", "ticket", "conversation id", "conversation_id", "ticket number"],
            .sent: ["sent at", "sent_at", "survey sent at", "sent", "sent time", "date sent", "delivered at"],
            .answered: ["answered at", "answered_at", "responded at", "responded_at", "response date", "completed at", "submitted at", "answered"],
            .resolved: ["resolved at", "resolved_at", "solved at", "solved_at", "ticket solved at", "ticket resolved at", "resolved time", "ticket resolved"],
            .type: ["survey", "survey type", "type", "question"],
            .score: ["score", "rating", "answer", "response", "value"],
            .csat: ["csat", "csat score", "satisfaction", "satisfaction score"],
            .nps: ["nps", "nps score", "recommend", "likelihood to recommend"],
            .solved: ["solved", "did we solve it?", "did we solve it", "issue solved", "solved?"],
        ]

        package static func detect(_ header: [String], settings: TicketSettings) -> Result<Layout, TicketLayout.LayoutProblem> {
            let keys = header.map(TicketFormat.normalized)
            var found: [TicketSettings.SurveyField: Int] = [:]
            for field in TicketSettings.SurveyField.allCases {
                if let name = settings.surveyColumns[field] {
                    guard let index = keys.firstIndex(of: TicketFormat.normalized(name)) else {
                        return .failure(.init(column: 0, message: "this survey export's header lacks the column '\(name)' named for '\(field.rawValue)' under 'surveys: columns:' in site.yml; expected every mapped column in the header"))
                    }
                    found[field] = index
                } else if let index = aliases[field]!.lazy.compactMap({ keys.firstIndex(of: $0) }).first {
                    found[field] = index
                }
            }
            guard let sent = found[.sent] else {
                return .failure(.init(column: 0, message: "cannot read this survey export: its header has no time the survey was sent; expected a column such as 'sent at', or map 'sent' under 'surveys: columns:' in site.yml"))
            }
            var layout = Layout(names: header, ticket: found[.ticket], sent: sent, answered: found[.answered], resolved: found[.resolved])
            if let type = found[.type], let score = found[.score] {
                layout.type = type
                layout.score = score
            }
            for question in Question.allCases {
                let field: TicketSettings.SurveyField = switch question {
                case .csat: .csat
                case .nps: .nps
                case .solved: .solved
                }
                if let index = found[field] { layout.questions.append((question, index)) }
            }
            if layout.type == nil && layout.questions.isEmpty {
                let why = found[.score] != nil
                    ? "cannot tell which question the \(layout.name(found[.score]!)) column answers; add a 'survey' column naming it (csat, nps or solved) for each row, or name the column 'csat', 'nps' or 'solved'"
                    : "cannot find the answers in this survey export; expected a 'csat' (1–5), 'nps' (0–10) or 'solved' (yes/no) column, or a 'survey' column with a 'score' column"
                return .failure(.init(column: 0, message: why))
            }
            return .success(layout)
        }

        /// How each survey metric is computed from this layout, or what it lacks.
        package func metricSources() -> [ExportSummary.MetricSource] {
            typealias Source = ExportSummary.MetricSource
            var sources: [Source] = []
            let answered = answered.map { "an answer time in \(name($0)) or an answer" } ?? "an answer"
            sources.append(Source(metric: "survey_response_rate", method: "surveys with \(answered) among the surveys sent (\(name(sent)))"))
            func method(_ question: Question) -> String? {
                let column = questions.first { $0.question == question }.map { name($0.index) }
                    ?? type.map { "\(name(score!)) where \(name($0)) is \(question.rawValue)" }
                guard let column else { return nil }
                switch question {
                case .csat: return "share of 4 and 5 among the 1–5 answers in \(column)"
                case .nps: return "% promoters (9–10) − % detractors (0–6) among the 0–10 answers in \(column)"
                case .solved: return "share of yes among the yes/no answers in \(column)"
                }
            }
            for (question, metric, need) in [(Question.csat, "csat", "a 'csat' column with answers 1–5"),
                                             (.nps, "nps", "an 'nps' column with answers 0–10"),
                                             (.solved, "solved_yes_rate", "a 'Did we solve it?' (or 'solved') column with yes/no answers")] {
                if let method = method(question) {
                    sources.append(Source(metric: metric, method: method))
                } else {
                    sources.append(Source(metric: metric, needs: need + (type == nil ? ", or a 'survey' column with a 'score' column" : "")))
                }
            }
            if let resolved {
                sources.append(Source(metric: "survey_delay_compliance", method: "surveys sent (\(name(sent))) 24 hours or more after the ticket's resolution (\(name(resolved)))"))
            } else {
                sources.append(Source(metric: "survey_delay_compliance", needs: "the ticket's resolution time on each survey row: a 'resolved at' column"))
            }
            return sources
        }

        /// The memberwise initialiser, open to the other targets.
        package init(names: [String], ticket: Int? = nil, sent: Int, answered: Int? = nil, resolved: Int? = nil, type: Int? = nil, score: Int? = nil, questions: [(question: Question, index: Int)] = []) {
            self.names = names
            self.ticket = ticket
            self.sent = sent
            self.answered = answered
            self.resolved = resolved
            self.type = type
            self.score = score
            self.questions = questions
        }
    }

    package static func read(_ reader: inout CSVReader, path: String, into data: inout HelpDeskData, log: inout DiagnosticLog) {
        let settings = data.settings
        let formats = settings.surveyCSV.dateFormats
        var clock = ExportClock(zone: settings.surveyTimeZone ?? settings.timeZone, cadence: settings.cadence)
        var layout: Layout?
        var headerKeys: [String] = []
        var headerPositions: [CSVPosition] = []
        var summary = ExportSummary(path: path, kind: .surveys, format: "survey export")
        var problems = ExportProblems(path: path, section: "surveys")
        var answersByQuestion: [Question: Int] = [:]
        while let record = problems.nextRecord(&reader, summary: &summary, log: &log) {
            guard let layout else {
                let names = record.fields.map(\.trimmingSpaces)
                switch Layout.detect(names, settings: settings) {
                case .success(let found):
                    layout = found
                    headerKeys = names.map(TicketFormat.normalized)
                    headerPositions = record.positions
                    summary.metrics = found.metricSources()
                    summary.delimiter = reader.delimiter
                case .failure(let problem):
                    problem.report(header: record, path: path, log: &log)
                    return
                }
                continue
            }
            summary.rows += 1
            let fields = record.fields
            if fields.count >= layout.width, fields[layout.sent].trimmingSpaces.caseInsensitiveEquals(layout.names[layout.sent]),
               fields.prefix(layout.width).map(TicketFormat.normalized) == headerKeys {
                summary.count("repeated header line", in: \.ignored)
                continue
            }
            guard problems.hasWidth(record, layout.width, summary: &summary, log: &log) else { continue }
            summary.cellRows += 1
            var cells = RowCells(fields)
            func time(_ index: Int?) -> ExportInstant? {
                cells.take(index, .time) { ExportTime.timestamp($0, clock: &clock, order: settings.dateOrder, formats: formats) }
            }
            guard let sent = time(layout.sent) else {
                problems.report(key: layout.sent, named: layout.names[layout.sent], what: "sent time", cells: cells, positions: record.positions,
                                summary: &summary, log: &log)
                continue
            }
            let answeredAt = time(layout.answered)
            let resolved = time(layout.resolved)
            var answers: [(Question, Double)] = []
            if let type = layout.type, let score = layout.score, !fields[score].trimmingSpaces.isEmpty {
                if let question = cells.take(type, .question, Self.question(of:)) {
                    if let value = cells.take(score, .answer, { Self.answer($0, to: question) }) { answers.append((question, value)) }
                }
            }
            for (question, index) in layout.questions {
                if let value = cells.take(index, .answer, { Self.answer($0, to: question) }) { answers.append((question, value)) }
            }
            problems.report(cells: cells, positions: record.positions, names: layout.names, summary: &summary, log: &log)
            summary.used(in: sent.period)
            var id = layout.ticket.map { fields[$0].trimmingSpaces } ?? ""
            if id.isEmpty { id = "line \(record.line)" } else if id.utf8.count > 64, id.count > 64 { id = String(id.prefix(64)) + "…" }
            let source = SourceLocation(path: path, line: record.line, column: 1)
            for (question, _) in answers { answersByQuestion[question, default: 0] += 1 }
            // An answer cell that cannot be read still says the survey was answered.
            let answered = answeredAt != nil || !answers.isEmpty || cells.problems.contains { $0.kind == .answer }
            data.surveys[sent.period, default: SurveyTally()].record(answers: answers, answered: answered,
                                                                    sent: sent, resolved: resolved, id: id, source: source)
        }
        guard let layout else {
            log.warning("survey export is empty; expected a header such as 'ticket id,sent at,answered at,resolved at,csat'", at: SourceLocation(path: path))
            return
        }
        // A 'survey' column may name fewer questions than it could: say so for the ones never answered.
        if layout.type != nil {
            for (question, metric) in [(Question.csat, "csat"), (.nps, "nps"), (.solved, "solved_yes_rate")]
            where answersByQuestion[question] == nil && !layout.questions.contains(where: { $0.question == question }) {
                if let index = summary.metrics.firstIndex(where: { $0.metric == metric }) {
                    summary.metrics[index].method = nil
                    summary.metrics[index].needs = "answers to the \(question.rawValue) question: no row's \(layout.name(layout.type!)) is \(question.rawValue)"
                }
            }
        }
        problems.finish(summary: summary, key: layout.sent, keyName: layout.names[layout.sent], header: headerPositions, log: &log)
        data.exports.append(summary)
    }

    /// The question named in a `survey` cell.
    package static func question(of text: String) -> ExportCell<Question> {
        let word = TicketFormat.normalized(text)
        switch word {
        case "": return .empty
        case "csat", "satisfaction", "customer satisfaction", "csat survey": return .value(.csat)
        case "nps", "net promoter score", "net promoter", "recommend", "nps survey": return .value(.nps)
        case "solved", "did we solve it?", "did we solve it", "solved?", "issue solved", "resolution", "fcr": return .value(.solved)
        default:
            return .invalid(what: "'\(ExportTime.shown(text.trimmingSpaces))' is not a survey cxsite knows", expected: "expected csat, nps or solved (\"Did we solve it?\")")
        }
    }

    /// An answer: CSAT 1–5, NPS 0–10, solved yes (1) or no (0).
    package static func answer(_ text: String, to question: Question) -> ExportCell<Double> {
        let word = TicketFormat.normalized(text)
        if word.isEmpty { return .empty }
        switch question {
        case .csat:
            if let n = Int(word), (1...5).contains(n) { return .value(Double(n)) }
            return .invalid(what: "'\(ExportTime.shown(word))' is not a CSAT answer", expected: "expected a whole number from 1 to 5")
        case .nps:
            if let n = Int(word), (0...10).contains(n) { return .value(Double(n)) }
            return .invalid(what: "'\(ExportTime.shown(word))' is not an NPS answer", expected: "expected a whole number from 0 to 10")
        case .solved:
            switch TicketExportReader.yesNo(word) {
            case .value(let yes): return .value(yes ? 1 : 0)
            case .empty: return .empty
            case .invalid: return .invalid(what: "'\(ExportTime.shown(word))' is not a yes/no answer", expected: "expected yes or no (also y/n, true/false, 1/0)")
            }
        }
    }
}

extension SurveyTally {
    /// Counts one survey sent this month.
    package mutating func record(answers: [(SurveyExportReader.Question, Double)], answered: Bool, sent: ExportInstant,
                         resolved: ExportInstant?, id: String, source: SourceLocation) {
        note(source: source)
        responses.add(answered)
        for (question, value) in answers {
            switch question {
            case .csat: csat.add(value >= 4)
            case .nps:
                npsAnswers += 1
                if value >= 9 { promoters += 1 } else if value <= 6 { detractors += 1 }
            case .solved: solved.add(value == 1)
            }
        }
        if let resolved {
            let hours = (sent.seconds - resolved.seconds) / 3600
            delay.add(hours >= 24)
            if hours < 24 { earlySurveys.consider(Offender(id: id, value: hours, source: source)) }
        }
    }
}
