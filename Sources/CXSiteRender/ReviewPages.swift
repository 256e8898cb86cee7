import CXSiteSupport
import CXSiteModel
import CXSiteAnalyse
import CXSiteCharts

/// The monthly reviews: one page per month (`reviews/YYYY-MM/`), the archive (`reviews/`), the
/// month-by-month comparison (`reviews/compare/`) and the Atom feed. See docs/REVIEWS.md.
extension PageContext {
    /// The archive, the comparison (when there is a review) and the feed; each month's page is
    /// ``reviewPage(_:)``.
    package func reviewsArchive() -> [OutputFile] {
        var files = [reviewsIndex()]
        if !analysis.reviews.isEmpty { files.append(reviewsCompare()) }
        if let feed = ReviewFeed.file(site: site, reviews: analysis.reviews) { files.append(feed) }
        return files
    }

    // MARK: One review

    package func reviewPage(_ review: MonthlyReview) -> OutputFile {
        let path = Routes.review(review.month)
        let month = review.month
        let title = review.notes?.title ?? "\(month.longLabel) review"
        var view = self.view(title: title, kind: "review", path: path, section: "reviews",
                             description: "Monthly CX review for \(month.longLabel): scorecard, highlights, maturity, improvements and rule checks.",
                             breadcrumbs: [("Reviews", Routes.reviews)])
        var header: [String: Any] = ["monthLabel": month.longLabel, "monthID": month.description]
        if let author = review.notes?.author, !author.isEmpty { header["author"] = author }
        if let frozen = review.frozen {
            header["frozen"] = frozen.frozenOn.map { "Figures as published on \(Self.dayLabel($0))" } ?? "Figures as published"
        }
        view["review"] = header
        if let summary = reviewSummary(review) { view["summary"] = summary }
        view["highlights"] = review.snapshot.highlights.map { highlight -> [String: Any] in
            ["kind": highlight.kind.rawValue, "text": highlight.text, "marker": Self.highlightMarker(highlight.kind)]
        }
        view["hasData"] = review.hasData
        view["stages"] = reviewScorecard(review)
        view["maturityRows"] = maturityRows(review)
        if review.snapshot.overall?.previousScore != nil { view["maturityPrevious"] = month.previous.label }
        let loop = review.improvements
        if !loop.isEmpty {
            view["improvements"] = [
                "done": loop.done.map { improvementView($0, month: month) },
                "carried": loop.carried.map { improvementView($0, month: month) },
                "new": loop.new.map { improvementView($0, month: month) },
            ]
        }
        view["decisions"] = review.notes?.decisions ?? []
        if let notes = review.notes {
            if !notes.body.text.trimmingSpaces.isEmpty { view["notesHTML"] = html(notes.body, page: path) }
        }
        view["ruleChecks"] = review.ruleChecks.map { check -> [String: Any] in
            var row: [String: Any] = ["rule": check.rule, "result": check.result.rawValue, "detail": check.detail,
                                      "resultText": check.result == .pass ? "Pass" : check.result == .fail ? "Fail" : "No data",
                                      "stage": check.stage?.name ?? "All stages", "stageID": check.stage?.rawValue ?? "all",
                                      "source": check.source == .metrics ? "Metrics" : check.source == .journeys ? "Journey maps" : "Tickets"]
            let links = check.evidence.compactMap { link in link.url.map { ["title": link.title, "url": $0] } }
            if !links.isEmpty { row["evidence"] = links }
            return row
        }
        // Ticket-based rule checks (issue 7) arrive in `ruleChecks` with source "Tickets"; nothing else to do here.
        if let reasons = ContactReasons.of(month, in: site.helpDesk) { view["contactReasons"] = contactReasonsView(reasons) }
        view["restatements"] = review.restatements.map { restatement -> [String: Any] in
            ["what": restatement.what, "published": restatement.text(restatement.published), "now": restatement.text(restatement.now)]
        }
        if let previous = review.previous { view["previous"] = ["title": "\(previous.longLabel) review", "url": Routes.review(previous)] }
        if let next = review.next { view["next"] = ["title": "\(next.longLabel) review", "url": Routes.review(next)] }
        view["compareURL"] = Routes.reviewsCompare
        return render("review", view, to: path)
    }

    /// The line under the title: overall level, score and change; how many metrics met their target, and moved which way.
    private func reviewSummary(_ review: MonthlyReview) -> [String: Any]? {
        var summary: [String: Any] = [:]
        if let overall = review.snapshot.overall {
            summary["level"] = overall.level
            summary["levelName"] = levelName(overall.level)
            summary["score"] = NumberFormat.fixed(overall.score, decimals: 1)
            if let change = overall.change {
                summary["change"] = Self.signed(change)
                summary["changeClass"] = change > 0 ? "better" : change < 0 ? "worse" : "flat"
                summary["previousLabel"] = review.month.previous.label
            }
            if let restated = review.restatements.first(where: { $0.subject == .overall }) {
                summary["restated"] = restated.text(restated.now)
            }
        }
        let rows = review.snapshot.metrics
        var facts: [String] = []
        let targeted = rows.filter { $0.standing == .met || $0.standing == .missed }
        if !targeted.isEmpty {
            let met = targeted.filter { $0.standing == .met }.count
            facts.append("\(met) of \(StepTracker.count(targeted.count, "metric")) on target")
        }
        var better = 0, worse = 0
        for row in rows {
            guard let metric = site.catalog.metric(row.id), let delta = row.delta, !NumberFormat.isZero(delta, unit: metric.unit) else { continue }
            guard let improved = metric.isImprovement(delta) else { continue }
            if improved { better += 1 } else { worse += 1 }
        }
        if better + worse > 0 {
            let count = { (n: Int) in n == 0 ? "none" : String(n) }
            facts.append("since \(review.month.previous.label): \(count(better)) better, \(count(worse)) worse")
        }
        if !facts.isEmpty { summary["facts"] = facts.joined(separator: " · ").capitalizedFirst }
        return summary.isEmpty ? nil : summary
    }

    /// The scorecard, one table per CARE stage.
    private func reviewScorecard(_ review: MonthlyReview) -> [[String: Any]] {
        let month = review.month
        let rows = review.snapshot.metrics.compactMap { figures -> (MetricDefinition, [String: Any])? in
            guard let metric = site.catalog.metric(figures.id) else { return nil }
            var row = statusView(MetricStatus(metric: metric, figures: figures, month: month))
            row["id"] = metric.id
            row["name"] = metric.name
            row["url"] = Routes.metric(metric.id)
            row["context"] = metric.pillar.name
            row["sparkline"] = reviewSparkline(metric, figures: figures, month: month)
            for restatement in review.restatements(of: metric.id) {
                let note = "now \(restatement.text(restatement.now))"
                switch restatement.field {
                case .value: row["valueRestated"] = note
                case .previous: row["previousRestated"] = "\(month.previous.label) \(note)"
                case .target: row["targetRestated"] = note
                case .score: break
                }
            }
            return (metric, row)
        }
        return CAREStage.allCases.compactMap { stage in
            let stageRows = rows.filter { $0.0.stage == stage }.map(\.1)
            guard !stageRows.isEmpty else { return nil }
            return ["id": stage.rawValue, "name": stage.name, "url": Routes.stage(stage.rawValue), "rows": stageRows,
                    "headerMonth": month.label, "headerPrevious": month.previous.label]
        }
    }

    /// The 12 months up to the review's month as a sparkline; the month and the month before as the review shows them.
    private func reviewSparkline(_ metric: MetricDefinition, figures: ReviewSnapshot.MetricFigures, month: Month) -> String {
        let series = site.overallSeries(of: metric.id)
        var months = [month]
        while months.count < 12 { months.insert(months[0].previous, at: 0) }
        var values = months.map { series?.value(in: $0) }
        values[values.count - 1] = figures.value
        values[values.count - 2] = figures.previous
        return Sparkline(id: "spark-\(metric.id)", title: metric.name, values: values, months: months.map(\.description),
                         unit: metric.unit, target: figures.target,
                         better: metric.better == .lower ? .lower : .higher).render()
    }

    /// Overall, then the CARE stages, then the pillars: level, score and change.
    private func maturityRows(_ review: MonthlyReview) -> [[String: Any]] {
        var entries: [(name: String, group: String, url: String, figures: ReviewSnapshot.ScoreFigures, subject: Restatement.Subject)] = []
        if let overall = review.snapshot.overall { entries.append(("Overall", "overall", Routes.maturity, overall, .overall)) }
        for area in MaturityArea.all {
            guard let figures = review.snapshot.areas[area] else { continue }
            switch area {
            case .stage(let stage): entries.append((stage.name, "stage", Routes.stage(stage.rawValue), figures, .area(area)))
            case .pillar(let pillar): entries.append((pillar.name, "pillar", Routes.pillar(pillar.rawValue), figures, .area(area)))
            }
        }
        var lastGroup = ""
        return entries.map { entry in
            let figures = entry.figures
            var row: [String: Any] = ["name": entry.name, "url": entry.url, "group": entry.group, "level": figures.level,
                                      "levelName": levelName(figures.level), "score": NumberFormat.fixed(figures.score, decimals: 1)]
            if entry.group != lastGroup && entry.group != "overall" {
                row["groupTitle"] = entry.group == "stage" ? "CARE stages" : "Pillars"
            }
            lastGroup = entry.group
            if let change = figures.change {
                row["change"] = Self.signed(change)
                row["changeClass"] = change > 0 ? "better" : change < 0 ? "worse" : "flat"
            }
            if let before = figures.previousLevel, before != figures.level {
                row["levelChange"] = "from \(before)"
                row["levelChangeClass"] = figures.level > before ? "better" : "worse"
            }
            if let restated = review.restatements.first(where: { $0.subject == entry.subject }) {
                row["restated"] = "now \(restated.text(restated.now))"
            }
            return row
        }
    }

    private func improvementView(_ item: ImprovementLoop.Item, month: Month) -> [String: Any] {
        var view: [String: Any] = ["title": item.title, "status": item.status.rawValue,
                                   "statusClass": item.status.rawValue.replacingOccurrences(of: " ", with: "-")]
        if let owner = item.owner, !owner.isEmpty { view["owner"] = owner }
        var notes: [String] = []
        if item.since < month { notes.append("listed since \(item.since.label)") }
        if let before = item.previousStatus, before != item.status { notes.append("was \(before.rawValue)") }
        if item.since < month && !item.updated {
            notes.append("not in this month's notes; last listed \(item.lastListed?.label ?? item.since.label)")
        }
        if !notes.isEmpty { view["note"] = notes.joined(separator: "; ") }
        return view
    }

    package static func highlightMarker(_ kind: ReviewSnapshot.Highlight.Kind) -> String {
        switch kind {
        case .better: "Better"
        case .worse: "Worse"
        case .onTarget: "On target"
        case .offTarget: "Off target"
        case .missing: "No data"
        }
    }

    /// `+1.2`, `−0.4`, `±0` for a score change.
    package static func signed(_ change: Double) -> String {
        let text = NumberFormat.fixed(abs(change), decimals: 1)
        return text == "0.0" ? "±0" : (change > 0 ? "+" : "−") + text
    }

    /// `2026-11-03` → `3 November 2026`.
    package static func dayLabel(_ date: String) -> String {
        guard let (month, day) = try? Month.parseDate(date) else { return date }
        return "\(day) \(month.longLabel)"
    }

    // MARK: Archive

    package func reviewsIndex() -> OutputFile {
        let path = Routes.reviews
        var view = self.view(title: "Reviews", kind: "reviews-index", path: path, section: "reviews",
                             description: "Every monthly CX review: overall maturity, targets met and the team's notes.")
        let reviews = analysis.reviews
        let scores = Dictionary(reviews.compactMap { review in review.snapshot.overall.map { (review.month, $0.score) } }, uniquingKeysWith: { a, _ in a })
        view["years"] = Dictionary(grouping: reviews.reversed(), by: \.month.year).keys.sorted(by: >).map { year -> [String: Any] in
            let rows = reviews.reversed().filter { $0.month.year == year }.map { review -> [String: Any] in
                var row: [String: Any] = ["label": review.month.longLabel, "monthID": review.month.description, "url": Routes.review(review.month)]
                if let overall = review.snapshot.overall {
                    row["level"] = overall.level
                    row["levelName"] = levelName(overall.level)
                    row["score"] = NumberFormat.fixed(overall.score, decimals: 1)
                    if let change = overall.change {
                        row["change"] = Self.signed(change)
                        row["changeClass"] = change > 0 ? "better" : change < 0 ? "worse" : "flat"
                    }
                    var months = [review.month]
                    while months.count < 12 { months.insert(months[0].previous, at: 0) }
                    row["sparkline"] = Sparkline(id: "spark-\(review.month)", title: "Overall maturity score", values: months.map { scores[$0] },
                                                 months: months.map(\.description), target: nil).render()
                }
                let targeted = review.snapshot.metrics.filter { $0.standing == .met || $0.standing == .missed }
                if !targeted.isEmpty {
                    row["targets"] = "\(targeted.filter { $0.standing == .met }.count) of \(targeted.count)"
                }
                if let notes = review.notes {
                    row["notesTitle"] = notes.title ?? "Notes"
                    if let author = notes.author, !author.isEmpty { row["author"] = author }
                }
                if let frozen = review.frozen { row["frozen"] = frozen.frozenOn.map(Self.dayLabel) ?? "yes" }
                if !review.restatements.isEmpty { row["restated"] = true }
                return row
            }
            return ["year": year, "rows": rows]
        }
        view["hasReviews"] = !reviews.isEmpty
        if !reviews.isEmpty {
            view["feedURL"] = Routes.reviewsFeed
            view["compareURL"] = Routes.reviewsCompare
            view["latest"] = ["label": reviews.last!.month.longLabel, "url": Routes.review(reviews.last!.month)]
        }
        return render("reviews-index", view, to: path)
    }

    // MARK: Comparison

    /// Months compared side by side: the latest and the twelve before it (the same month a year earlier included).
    package static let comparedMonths = 13

    package func reviewsCompare() -> OutputFile {
        let path = Routes.reviewsCompare
        var view = self.view(title: "Compare months", kind: "reviews-compare", path: path, section: "reviews",
                             description: "Every metric and maturity score month by month, newest first, as published in each review.",
                             breadcrumbs: [("Reviews", Routes.reviews)])
        let reviews = Array(analysis.reviews.filter { $0.hasData || $0.snapshot.overall != nil }.suffix(Self.comparedMonths).reversed())
        view["hasReviews"] = !reviews.isEmpty
        guard let latest = reviews.first else { return render("reviews-compare", view, to: path) }
        let yearEarlier = reviews.first { $0.month.year == latest.month.year - 1 && $0.month.month == latest.month.month }
        view["columns"] = reviews.map { review -> [String: Any] in
            var column: [String: Any] = ["label": review.month.label, "url": Routes.review(review.month)]
            if review.month == yearEarlier?.month { column["yearEarlier"] = true }
            if review.frozen != nil { column["frozen"] = true }
            return column
        }
        if let yearEarlier {
            view["yearNote"] = "\(yearEarlier.month.longLabel) is the same month a year before \(latest.month.longLabel)."
            view["yearLabel"] = yearEarlier.month.label
        }
        func scoreCells(_ figures: (MonthlyReview) -> ReviewSnapshot.ScoreFigures?) -> [[String: Any]] {
            reviews.map { review in
                guard let score = figures(review) else { return ["text": "–", "cls": "missing"] }
                return ["text": NumberFormat.fixed(score.score, decimals: 1), "cls": "level-\(score.level)", "title": "level \(score.level), \(levelName(score.level))"]
            }
        }
        var maturity: [[String: Any]] = [["name": "Overall", "url": Routes.maturity, "cells": scoreCells { $0.snapshot.overall }]]
        for stage in CAREStage.allCases {
            maturity.append(["name": stage.name, "url": Routes.stage(stage.rawValue), "stage": stage.rawValue,
                             "cells": scoreCells { $0.snapshot.areas[.stage(stage)] }])
        }
        view["maturity"] = maturity
        let ids = site.metricsByStage.filter { metric in reviews.contains { $0.snapshot.figures(metric.id) != nil } }
        view["stages"] = CAREStage.allCases.compactMap { stage -> [String: Any]? in
            let metrics = ids.filter { $0.stage == stage }
            guard !metrics.isEmpty else { return nil }
            let rows = metrics.map { metric -> [String: Any] in
                let cells = reviews.map { review -> [String: Any] in
                    guard let figures = review.snapshot.figures(metric.id), let value = figures.value else { return ["text": "–", "cls": "missing"] }
                    return ["text": NumberFormat.value(value, unit: metric.unit), "cls": figures.standing.rawValue]
                }
                var row: [String: Any] = ["name": metric.name, "url": Routes.metric(metric.id), "cells": cells]
                if let yearEarlier, let now = latest.snapshot.figures(metric.id)?.value, let then = yearEarlier.snapshot.figures(metric.id)?.value {
                    let delta = now - then
                    row["yearChange"] = NumberFormat.delta(delta, unit: metric.unit)
                    row["yearClass"] = NumberFormat.isZero(delta, unit: metric.unit) ? "flat" : metric.isImprovement(delta).map { $0 ? "better" : "worse" } ?? "neutral"
                }
                return row
            }
            return ["id": stage.rawValue, "name": stage.name, "rows": rows, "span": reviews.count + (yearEarlier == nil ? 1 : 2)]
        }
        return render("reviews-compare", view, to: path)
    }
}
