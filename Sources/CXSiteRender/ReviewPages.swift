import CXSiteSupport
import CXSiteModel
import CXSiteAnalyse
import CXSiteCharts

/// The monthly reviews: one page per month (`reviews/YYYY-MM/`), the archive (`reviews/`), the
/// month-by-month comparison (`reviews/compare/`) and the Atom feed. See docs/REVIEWS.md.
extension PageContext {
    /// The archive, the comparison (when there is a review), the feed and `data/reviews.json`;
    /// each month's page is ``reviewPage(_:)``.
    package func reviewsArchive() -> [OutputFile] {
        var files = [reviewsIndex(), ReviewsData.file(analysis.reviews, statistics: site.config.statistics, cadence: cadence)]
        if !analysis.reviews.isEmpty { files.append(reviewsCompare()) }
        if let feed = ReviewFeed.file(site: site, reviews: analysis.reviews) { files.append(feed) }
        return files
    }

    // MARK: One review

    /// A period's review page; with `weeks`, a month's summary of a weekly project, which links
    /// to its weeks and has no notes of its own.
    package func reviewPage(_ review: MonthlyReview, weeks: [Link]? = nil) -> OutputFile {
        let path = Routes.review(review.month)
        let month = review.month
        let summary = weeks != nil
        let noun = summary ? "summary" : "review"
        let title = summary ? "\(month.longLabel) summary" : review.notes?.title ?? "\(month.longLabel) review"
        let loop = review.improvements
        var view = ReviewView(
            frame: frame(title: title, kind: "review", path: path, section: "reviews",
                         description: summary ? "Summary of \(month.longLabel), counted from the month's own data: scorecard, highlights, maturity and rule checks, with links to its weeks."
                                              : "\(cadence.adjectiveTitle) CX review for \(month.longLabel): scorecard, highlights, maturity, improvements and rule checks.",
                         breadcrumbs: [Link(title: "Reviews", url: Routes.reviews)]),
            review: ReviewView.Header(eyebrow: summary ? "Monthly summary" : "\(cadence.adjectiveTitle) CX review", monthLabel: month.longLabel, monthID: month.description, author: review.notes?.author,
                                      frozen: review.frozen.map { frozen in frozen.frozenOn.map { "Figures as published on \(Self.dayLabel($0))" } ?? "Figures as published" }),
            summary: reviewSummary(review),
            highlights: review.snapshot.highlights.map { ReviewView.Highlight(kind: $0.kind.rawValue, text: $0.text, marker: Self.highlightMarker($0.kind)) },
            hasData: review.hasData,
            stages: reviewScorecard(review),
            maturityRows: maturityRows(review),
            maturityPrevious: review.snapshot.overall?.previousScore != nil ? month.previous.label : nil,
            improvements: loop.isEmpty ? nil : ReviewView.Improvements(done: loop.done.map { improvementView($0, month: month) },
                                                                       carried: loop.carried.map { improvementView($0, month: month) },
                                                                       new: loop.new.map { improvementView($0, month: month) }),
            decisions: review.notes?.decisions ?? [],
            notesHTML: review.notes.flatMap { $0.body.text.trimmingSpaces.isEmpty ? nil : html($0.body, page: path) },
            ruleChecks: review.ruleChecks.map { check in
                ReviewView.RuleCheck(rule: check.rule, result: check.result.rawValue,
                                     resultText: check.result == .pass ? "Pass" : check.result == .fail ? "Fail" : "No data",
                                     detail: check.detail, stage: check.stage?.name ?? "All stages", stageID: check.stage?.rawValue ?? "all",
                                     source: check.source == .metrics ? "Metrics" : check.source == .journeys ? "Journey maps" : "Tickets",
                                     evidence: check.evidence.compactMap { link in link.url.map { Link(title: link.title, url: $0) } })
            },
            contactReasons: ContactReasons.of(month, in: site.helpDesk).map(contactReasonsView),
            restatements: review.restatements.map { ReviewView.Restatement(what: $0.what, published: $0.text($0.published), now: $0.text($0.now)) },
            previous: review.previous.map { Link(title: "\($0.longLabel) \(noun)", url: Routes.review($0)) },
            next: review.next.map { Link(title: "\($0.longLabel) \(noun)", url: Routes.review($0)) },
            compareURL: summary ? nil : Routes.reviewsCompare)
        if let weeks {
            view.isMonthSummary = true
            view.weeks = weeks
        } else if let monthly, monthly.analysis.review(of: month.month) != nil {
            view.monthSummary = Link(title: "the \(month.month.longLabel) summary", url: Routes.review(month.month))
        }
        return render(view, to: path)
    }

    /// Under a weekly cadence, one page per month with data: the month's review counted from
    /// the month's own data (``MonthlyView``), linking to the reviews of the weeks that overlap it.
    package func monthSummaries() -> [@Sendable () -> OutputFile] {
        guard let monthly else { return [] }
        let context = PageContext(site: monthly.site, analysis: monthly.analysis, templates: templates)
        let weeks = analysis.reviews.map(\.month)
        return monthly.analysis.reviews.map { review in
            let month = review.month
            let links = weeks.filter { $0.firstDay <= month.lastDay && $0.lastDay >= month.firstDay }
                .map { Link(title: "\($0.longLabel) review (\($0.span))", url: Routes.review($0)) }
            return { context.reviewPage(review, weeks: links) }
        }
    }

    /// The line under the title: overall level, score and change; how many metrics met their target, and moved which way.
    private func reviewSummary(_ review: MonthlyReview) -> ReviewView.Summary? {
        var summary = ReviewView.Summary()
        if let overall = review.snapshot.overall {
            summary.level = overall.level
            summary.levelName = levelName(overall.level)
            summary.score = NumberFormat.fixed(overall.score, decimals: 1)
            if let change = overall.change {
                summary.change = Self.signed(change)
                summary.changeClass = change > 0 ? "better" : change < 0 ? "worse" : "flat"
                summary.previousLabel = review.month.previous.label
            }
            if let restated = review.restatements.first(where: { $0.subject == .overall }) {
                summary.restated = restated.text(restated.now)
            }
        }
        let rows = review.snapshot.metrics
        var facts: [String] = []
        let targeted = rows.filter { $0.standing == .met || $0.standing == .missed }
        if !targeted.isEmpty {
            let met = targeted.filter { $0.standing == .met }.count
            facts.append("\(met) of \(StepTracker.count(targeted.count, "metric")) on target")
        }
        var readings: [ChangeReading: Int] = [:]
        for row in rows {
            guard let metric = site.catalog.metric(row.id), let reading = ChangeReading(metric: metric, delta: row.delta, significant: row.significant) else { continue }
            readings[reading, default: 0] += 1
        }
        let better = readings[.better] ?? 0, worse = readings[.worse] ?? 0, steady = readings[.steady] ?? 0, untested = readings[.untested] ?? 0
        if better + worse + steady + untested > 0 {
            let count = { (n: Int) in n == 0 ? "none" : String(n) }
            var moved = "since \(review.month.previous.label): \(count(better)) better, \(count(worse)) worse"
            if steady > 0 { moved += ", \(steady) steady within chance" }
            if untested > 0 { moved += ", \(untested) not tested against chance" }
            facts.append(moved)
        }
        if !facts.isEmpty { summary.facts = facts.joined(separator: " · ").capitalizedFirst }
        return summary.level == nil && summary.facts == nil ? nil : summary
    }

    /// The scorecard, one table per CARE stage.
    private func reviewScorecard(_ review: MonthlyReview) -> [ReviewView.ScorecardStage] {
        let month = review.month
        let rows = review.snapshot.metrics.compactMap { figures -> (MetricDefinition, ReviewView.ScorecardRow)? in
            guard let metric = site.catalog.metric(figures.id) else { return nil }
            var row = ReviewView.ScorecardRow(status: statusView(MetricStatus(metric: metric, figures: figures, month: month)),
                                              id: metric.id, name: metric.name, url: Routes.metric(metric.id), context: metric.pillar.name,
                                              sparkline: reviewSparkline(metric, figures: figures, month: month))
            for restatement in review.restatements(of: metric.id) {
                let note = "now \(restatement.text(restatement.now))"
                switch restatement.field {
                case .value: row.valueRestated = note
                case .previous: row.previousRestated = "\(month.previous.label) \(note)"
                case .target: row.targetRestated = note
                case .score: break
                }
            }
            return (metric, row)
        }
        return CAREStage.allCases.compactMap { stage in
            let stageRows = rows.filter { $0.0.stage == stage }.map(\.1)
            guard !stageRows.isEmpty else { return nil }
            return ReviewView.ScorecardStage(id: stage.rawValue, name: stage.name, url: Routes.stage(stage.rawValue), rows: stageRows,
                                             headerMonth: month.label, headerPrevious: month.previous.label)
        }
    }

    /// The 12 months up to the review's month as a sparkline; the month and the month before as the review shows them.
    private func reviewSparkline(_ metric: MetricDefinition, figures: ReviewSnapshot.MetricFigures, month: Period) -> String {
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
    private func maturityRows(_ review: MonthlyReview) -> [ReviewView.MaturityRow] {
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
            var row = ReviewView.MaturityRow(name: entry.name, url: entry.url, group: entry.group, level: figures.level,
                                             levelName: levelName(figures.level), score: NumberFormat.fixed(figures.score, decimals: 1))
            if entry.group != lastGroup && entry.group != "overall" {
                row.groupTitle = entry.group == "stage" ? "CARE stages" : "Pillars"
            }
            lastGroup = entry.group
            if let change = figures.change {
                row.change = Self.signed(change)
                row.changeClass = change > 0 ? "better" : change < 0 ? "worse" : "flat"
            }
            if let before = figures.previousLevel, before != figures.level {
                row.levelChange = "from \(before)"
                row.levelChangeClass = figures.level > before ? "better" : "worse"
            }
            if let restated = review.restatements.first(where: { $0.subject == entry.subject }) {
                row.restated = "now \(restated.text(restated.now))"
            }
            return row
        }
    }

    private func improvementView(_ item: ImprovementLoop.Item, month: Period) -> ReviewView.Improvement {
        var notes: [String] = []
        if item.since < month { notes.append("listed since \(item.since.label)") }
        if let before = item.previousStatus, before != item.status { notes.append("was \(before.rawValue)") }
        if item.since < month && !item.updated {
            notes.append("not in this \(cadence.unit)'s notes; last listed \(item.lastListed?.label ?? item.since.label)")
        }
        return ReviewView.Improvement(title: item.title, status: item.status.rawValue, owner: item.owner,
                                      note: notes.isEmpty ? nil : notes.joined(separator: "; "))
    }

    package static func highlightMarker(_ kind: ReviewSnapshot.Highlight.Kind) -> String {
        switch kind {
        case .better: "Better"
        case .worse: "Worse"
        case .steady: "Steady"
        case .untested: "Not tested"
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
        guard let (month, day) = try? Period.parseDate(date) else { return date }
        return "\(day) \(month.longLabel)"
    }

    // MARK: Archive

    package func reviewsIndex() -> OutputFile {
        let path = Routes.reviews
        let reviews = analysis.reviews
        let scores = Dictionary(reviews.compactMap { review in review.snapshot.overall.map { (review.month, $0.score) } }, uniquingKeysWith: { a, _ in a })
        let years = Dictionary(grouping: reviews.reversed(), by: \.month.year).keys.sorted(by: >).map { year in
            ReviewsIndexView.Year(year: year, rows: reviews.reversed().filter { $0.month.year == year }.map { review in
                var row = ReviewsIndexView.Row(label: review.month.longLabel, monthID: review.month.description, url: Routes.review(review.month))
                if let overall = review.snapshot.overall {
                    row.level = overall.level
                    row.levelName = levelName(overall.level)
                    row.score = NumberFormat.fixed(overall.score, decimals: 1)
                    if let change = overall.change {
                        row.change = Self.signed(change)
                        row.changeClass = change > 0 ? "better" : change < 0 ? "worse" : "flat"
                    }
                    var months = [review.month]
                    while months.count < 12 { months.insert(months[0].previous, at: 0) }
                    row.sparkline = Sparkline(id: "spark-\(review.month)", title: "Overall maturity score", values: months.map { scores[$0] },
                                              months: months.map(\.description), target: nil).render()
                }
                let targeted = review.snapshot.metrics.filter { $0.standing == .met || $0.standing == .missed }
                if !targeted.isEmpty {
                    row.targets = "\(targeted.filter { $0.standing == .met }.count) of \(targeted.count)"
                }
                if let notes = review.notes {
                    row.notesTitle = notes.title ?? "Notes"
                    row.author = notes.author
                }
                row.frozen = review.frozen.map { $0.frozenOn.map(Self.dayLabel) ?? "yes" }
                row.restated = !review.restatements.isEmpty
                return row
            })
        }
        let view = ReviewsIndexView(
            frame: frame(title: "Reviews", kind: "reviews-index", path: path, section: "reviews",
                         description: "Every \(cadence.rawValue) CX review: overall maturity, targets met and the team's notes."),
            years: years,
            latest: reviews.last.map { ReviewsIndexView.Latest(label: $0.month.longLabel, url: Routes.review($0.month)) },
            feedURL: reviews.isEmpty ? nil : Routes.reviewsFeed,
            compareURL: reviews.isEmpty ? nil : Routes.reviewsCompare,
            monthSummaries: (monthly?.analysis.reviews ?? []).reversed().map { Link(title: "\($0.month.longLabel) summary", url: Routes.review($0.month)) })
        return render(view, to: path)
    }

    // MARK: Comparison

    /// Months compared side by side: the latest and the twelve before it (the same month a year earlier included).
    package static let comparedMonths = 13

    package func reviewsCompare() -> OutputFile {
        let path = Routes.reviewsCompare
        let reviews = Array(analysis.reviews.filter { $0.hasData || $0.snapshot.overall != nil }.suffix(Self.comparedMonths).reversed())
        var view = ReviewsCompareView(
            frame: frame(title: "Compare \(cadence.units)", kind: "reviews-compare", path: path, section: "reviews",
                         description: "Every metric and maturity score \(cadence.unit) by \(cadence.unit), newest first, as published in each review.",
                         breadcrumbs: [Link(title: "Reviews", url: Routes.reviews)]),
            hasReviews: !reviews.isEmpty)
        guard let latest = reviews.first else { return render(view, to: path) }
        let yearEarlier = reviews.first { $0.month == latest.month.yearEarlier }
        typealias Cell = TableCell
        view.columns = reviews.map { review in
            ReviewsCompareView.Column(label: review.month.label, url: Routes.review(review.month),
                                      yearEarlier: review.month == yearEarlier?.month, frozen: review.frozen != nil)
        }
        if let yearEarlier {
            view.yearNote = "\(yearEarlier.month.longLabel) is the same \(cadence.unit) a year before \(latest.month.longLabel)."
            view.yearLabel = yearEarlier.month.label
        }
        func scoreCells(_ figures: (MonthlyReview) -> ReviewSnapshot.ScoreFigures?) -> [Cell] {
            reviews.map { review in
                guard let score = figures(review) else { return Cell.missing }
                return Cell(text: NumberFormat.fixed(score.score, decimals: 1), cls: "level-\(score.level)", title: "level \(score.level), \(levelName(score.level))")
            }
        }
        view.maturity = [ReviewsCompareView.Row(name: "Overall", url: Routes.maturity, cells: scoreCells { $0.snapshot.overall })]
            + CAREStage.allCases.map { stage in
                ReviewsCompareView.Row(name: stage.name, url: Routes.stage(stage.rawValue), cells: scoreCells { $0.snapshot.areas[.stage(stage)] })
            }
        let ids = site.metricsByStage.filter { metric in reviews.contains { $0.snapshot.figures(metric.id) != nil } }
        view.stages = CAREStage.allCases.compactMap { stage in
            let metrics = ids.filter { $0.stage == stage }
            guard !metrics.isEmpty else { return nil }
            let rows = metrics.map { metric in
                var row = ReviewsCompareView.Row(name: metric.name, url: Routes.metric(metric.id), cells: reviews.map { review in
                    guard let figures = review.snapshot.figures(metric.id), let value = figures.value else { return Cell.missing }
                    return Cell(text: NumberFormat.value(value, unit: metric.unit), cls: figures.standing.rawValue)
                })
                if let yearEarlier, let now = latest.snapshot.figures(metric.id)?.value, let then = yearEarlier.snapshot.figures(metric.id)?.value {
                    // Tested on today's points when they are the numbers shown (a frozen review's may
                    // differ: then untested); a frozen file keeps six decimals.
                    let series = site.overallSeries(of: metric.id)
                    if let series, let point = series.point(in: latest.month), let before = series.point(in: yearEarlier.month),
                       abs(point.value - now) < 1e-6, abs(before.value - then) < 1e-6 {
                        let (cell, reading) = changeCell(metric, series: series, point: point, previous: before, before: yearEarlier.month.label)
                        row.yearChange = cell.text
                        row.yearClass = reading.rawValue
                        row.yearTitle = cell.title
                    } else {
                        let delta = now - then
                        let reading = ChangeReading(metric: metric, delta: delta, significant: nil)!
                        row.yearChange = NumberFormat.delta(delta, unit: metric.unit)
                        row.yearClass = reading.rawValue
                        row.yearTitle = changeTitle(reading, delta: delta, pValue: nil, knowsN: false, before: yearEarlier.month.label)
                    }
                }
                return row
            }
            return ReviewsCompareView.Stage(id: stage.rawValue, name: stage.name, rows: rows, span: reviews.count + (yearEarlier == nil ? 1 : 2))
        }
        return render(view, to: path)
    }
}
