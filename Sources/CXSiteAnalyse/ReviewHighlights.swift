import CXSiteSupport
import CXSiteModel

/// The plain-language highlights of a month, generated from the numbers alone (no causes):
///
/// - maturity levels that went up or down since the month before;
/// - the biggest improvements and regressions (up to three of each, ranked by the change as a
///   share of the target, ignoring changes under 1 % of it), each with what the value rests on,
///   the test of its change, and where the metric stands against its target ("for the 4th month
///   running"); a change is an improvement or a regression only when it is more than chance
///   (``ChangeReading``);
/// - the biggest changes within chance ("steady", with the interval, n and p) and those no test
///   could judge ("not tested": n unknown), up to three of each;
/// - targets newly met or missed, with the last time that happened ("back above its 85% target
///   for the first time since October 2025"), whatever the size of the change;
/// - runs of three months or more on or off target, for the metrics not mentioned above;
/// - metrics with earlier values but none this month.
///
/// ```swift
/// ReviewHighlights.make(month: october, figures: rows, site: site, overall: overall, areas: areas)
/// // [Highlight(kind: .better, metric: "csat", text: "Customer satisfaction (CSAT) rose 2.1 points to 88.3%, …")]
/// ```
package enum ReviewHighlights {
    /// Biggest improvements and regressions named, each.
    package static let limit = 3
    /// Smallest change (as a share of the target) counted as an improvement or regression.
    package static let threshold = 0.01
    /// Shortest run of months on (or off) target worth a sentence of its own.
    package static let streakLength = 3

    /// What the history of one metric says about `month`.
    private struct Reading {
        package var metric: MetricDefinition
        package var figures: ReviewSnapshot.MetricFigures
        package var value: Double
        /// Met or missed this month; nil without a target.
        package var met: Bool?
        /// Met changed since the metric's previous value: the month of the last value with the
        /// current standing before that (nil when it never had it: "first time in the data").
        package var transition: (since: Period?, firstMonth: Period)?
        /// Consecutive months up to `month` with a value and the same standing.
        package var streak: Int
        /// `|delta| / scale`, nil without a change from the month before.
        package var magnitude: Double?
        /// How the change from the month before reads: better or worse only when more than chance.
        package var change: ChangeReading? { ChangeReading(metric: metric, delta: figures.delta, significant: figures.significant) }

        /// The memberwise initialiser, open to the other targets.
        package init(metric: MetricDefinition, figures: ReviewSnapshot.MetricFigures, value: Double, met: Bool? = nil, transition: (since: Period?, firstMonth: Period)? = nil, streak: Int, magnitude: Double? = nil) {
            self.metric = metric
            self.figures = figures
            self.value = value
            self.met = met
            self.transition = transition
            self.streak = streak
            self.magnitude = magnitude
        }
    }

    /// `scoreContext` is a fact about the overall score's inputs to add to its sentence
    /// ("the self-assessment counts from this month (28 answers)").
    package static func make(month: Period, figures: [ReviewSnapshot.MetricFigures], site: Site,
                     overall: ReviewSnapshot.ScoreFigures?, areas: [MaturityArea: ReviewSnapshot.ScoreFigures],
                     scoreContext: String? = nil) -> [ReviewSnapshot.Highlight] {
        var readings: [Reading] = []
        var missing: [(MetricDefinition, MetricSeries.Point)] = []
        for row in figures {
            guard let metric = site.catalog.metric(row.id), let series = site.overallSeries(of: row.id) else { continue }
            guard let value = row.value else {
                if let last = series.points.last(where: { $0.month < month }) { missing.append((metric, last)) }
                continue
            }
            // A value resting on fewer than `statistics: min_n` answers or tickets is never a highlight.
            if site.config.statistics.isSmallSample(row.n) { continue }
            readings.append(reading(metric, row, value: value, series: series, month: month))
        }

        var highlights = maturityChanges(overall: overall, areas: areas, site: site, scoreContext: scoreContext)
        var mentioned = Set<String>()
        let confidence = NumberFormat.trimmed(site.config.statistics.confidence, maxDecimals: 1)
        func add(_ chosen: [Reading], _ kind: ReviewSnapshot.Highlight.Kind) {
            for reading in chosen {
                highlights.append(.init(kind: kind, metric: reading.metric.id, text: sentence(reading, month: month, confidence: confidence)))
                mentioned.insert(reading.metric.id)
            }
        }
        // Changes more than chance, then those within it (steady), then those no test could judge:
        // the biggest few of each, and every target newly met or missed among them.
        add(chosen(readings.filter { $0.change == .better }, transitions: { $0.met == true }), .better)
        add(chosen(readings.filter { $0.change == .worse }, transitions: { $0.met == false }), .worse)
        add(chosen(readings.filter { $0.change == .steady }), .steady)
        add(chosen(readings.filter { $0.change == .untested && $0.metric.isImprovement($0.figures.delta!) != false }), .untested)
        add(chosen(readings.filter { $0.change == .untested && $0.metric.isImprovement($0.figures.delta!) == false }), .untested)
        // Targets newly met or missed with no change from the month before (a gap, or too small to round).
        for reading in readings where reading.transition != nil && !mentioned.contains(reading.metric.id) {
            highlights.append(.init(kind: reading.met == true ? .better : .worse, metric: reading.metric.id, text: sentence(reading, month: month, confidence: confidence)))
            mentioned.insert(reading.metric.id)
        }
        // Runs on and off target, one sentence each, longest first.
        for met in [true, false] {
            let runs = readings.filter { $0.met == met && $0.streak >= streakLength && !mentioned.contains($0.metric.id) }
                .sorted { $0.streak > $1.streak }
            guard !runs.isEmpty else { continue }
            let items = runs.map { reading -> String in
                let months = month.cadence.count(reading.streak)
                guard !met, let target = reading.figures.target else { return "\(reading.metric.name) (\(months))" }
                let unit = reading.metric.unit
                return "\(reading.metric.name) (\(NumberFormat.value(reading.value, unit: unit)) against \(NumberFormat.target(target, unit: unit)), \(months))"
            }
            let lead = met ? "On target" : "Off target"
            highlights.append(.init(kind: met ? .onTarget : .offTarget, metric: runs.count == 1 ? runs[0].metric.id : nil,
                                    text: "\(lead) for \(month.cadence.count(streakLength)) or more: \(list(items))."))
        }
        if !missing.isEmpty {
            let items = missing.map { metric, last in
                "\(metric.name) (last value \(NumberFormat.value(last.value, unit: metric.unit)), in \(last.month.longLabel))"
            }
            highlights.append(.init(kind: .missing, metric: missing.count == 1 ? missing[0].0.id : nil,
                                    text: "No value this \(month.cadence.unit) for \(list(items))."))
        }
        return highlights
    }

    /// The `limit` biggest changes of `changed` (at least ``threshold`` of the scale) and those
    /// whose target standing changed (where `transitions` holds), newly met or missed first.
    private static func chosen(_ changed: [Reading], transitions: (Reading) -> Bool = { _ in true }) -> [Reading] {
        let biggest = changed.filter { ($0.magnitude ?? 0) >= threshold }
            .sorted { $0.magnitude! > $1.magnitude! }.prefix(limit).map(\.metric.id)
        let transitions = changed.filter { $0.transition != nil && transitions($0) }.map(\.metric.id)
        return changed.filter { biggest.contains($0.metric.id) || transitions.contains($0.metric.id) }
            .sorted { a, b in
                let (ta, tb) = (a.transition != nil, b.transition != nil)
                return ta != tb ? ta : (a.magnitude ?? 0) > (b.magnitude ?? 0)
            }
    }

    private static func reading(_ metric: MetricDefinition, _ row: ReviewSnapshot.MetricFigures, value: Double,
                                series: MetricSeries, month: Period) -> Reading {
        let met = metric.isJudged ? row.target.map { MetricStatus.meets(value, target: $0, better: metric.better) } : nil
        var result = Reading(metric: metric, figures: row, value: value, met: met, transition: nil, streak: 0, magnitude: nil)
        if let delta = row.delta {
            let scale = row.target.map(abs).flatMap { $0 > 0 ? $0 : nil } ?? max(abs(row.previous ?? 0), 1)
            result.magnitude = abs(delta) / scale
        }
        guard let met else { return result }
        let standing = { (point: MetricSeries.Point) -> Bool? in
            point.target.map { MetricStatus.meets(point.value, target: $0, better: metric.better) }
        }
        let earlier = series.points.filter { $0.month < month }
        // The run: this month, then each month before while it has a value with the same standing.
        result.streak = 1
        var cursor = month.previous
        while let point = series.point(in: cursor), standing(point) == met {
            result.streak += 1
            cursor = cursor.previous
        }
        if let last = earlier.last(where: { standing($0) != nil }), standing(last) != met {
            let since = earlier.last { standing($0) == met }?.month
            result.transition = (since, series.points.first!.month)
        }
        return result
    }

    /// "First response time fell 0.7 hours to 10.8 h (±0.4, n = 1,204; p < 0.001), within its 24 h
    /// target for the 20th month running."; "Net Promoter Score (NPS) 36 (±6, n = 412), steady: its
    /// rise of 2 points since September 2026 is within chance (p = 0.62)."
    private static func sentence(_ reading: Reading, month: Period, confidence: String) -> String {
        let metric = reading.metric
        let value = NumberFormat.value(reading.value, unit: metric.unit)
        let basis = self.basis(reading.figures, unit: metric.unit, confidence: confidence)
        var text: String
        if let delta = reading.figures.delta {
            let amount = amount(abs(delta), unit: metric.unit, counting: metric.id.hasSuffix("_customers") ? "customer" : "ticket")
            let p = reading.figures.pValue.map(NumberFormat.pValue)
            switch reading.change {
            case .flat?:
                text = "\(metric.name) held at \(value)" + (basis.map { " (\($0))" } ?? "")
            case .steady?:
                text = "\(metric.name) \(value)" + (basis.map { " (\($0))" } ?? "")
                    + ", steady: its \(delta > 0 ? "rise" : "fall") of \(amount) since \(month.previous.longLabel) is within chance" + (p.map { " (\($0))" } ?? "")
            case .untested?:
                let why = reading.figures.n.flatMap { n in reading.figures.previousN.map { _ in "n = \(NumberFormat.value(Double(n), unit: .count)); not tested against chance: the spread of the values is not known" } }
                    ?? "n unknown: not tested against chance"
                text = "\(metric.name) \(delta > 0 ? "rose" : "fell") \(amount) to \(value) (\(why))"
            default:
                let details = [basis, p].compactMap { $0 }.joined(separator: "; ")
                text = "\(metric.name) \(delta > 0 ? "rose" : "fell") \(amount) to \(value)" + (details.isEmpty ? "" : " (\(details))")
            }
        } else {
            text = "\(metric.name) was \(value)" + (basis.map { " (\($0))" } ?? "")
        }
        if let met = reading.met, let target = reading.figures.target {
            let position = self.position(reading.value, target: target, better: metric.better)
            let goal = "its \(NumberFormat.target(target, unit: metric.unit)) target"
            if let transition = reading.transition {
                if let since = transition.since {
                    text += ", \(met ? "back " : "")\(position) \(goal) for the first time since \(since.longLabel)"
                } else {
                    text += ", \(position) \(goal) for the first time in the data (since \(transition.firstMonth.longLabel))"
                }
            } else if reading.streak >= 2 {
                text += ", \(position) \(goal) for the \(ordinal(reading.streak)) \(month.cadence.unit) running"
            } else {
                text += ", \(position) \(goal)"
            }
        }
        return text + "."
    }

    /// What a value rests on, in a sentence: `±3.6, n = 380` when its interval is even about it at
    /// the precision shown, else `95 % interval 9.1–12.0 h, n = 300`; `n = 412` without an
    /// interval; nil for a count or when n is unknown.
    private static func basis(_ figures: ReviewSnapshot.MetricFigures, unit: MetricDefinition.Unit, confidence: String) -> String? {
        guard unit != .count, let n = figures.n else { return nil }
        let size = "n = \(NumberFormat.value(Double(n), unit: .count))"
        guard let interval = figures.interval, let value = figures.value else { return size }
        let below = NumberFormat.plain(value - interval.lowerBound, unit: unit), above = NumberFormat.plain(interval.upperBound - value, unit: unit)
        let range = below == above ? "±\(below)"
            : "\(confidence) % interval \(NumberFormat.range(interval, unit: unit))"
        return "\(range), \(size)"
    }

    /// Smallest change of the overall score (points) worth a sentence when its level stays.
    package static let scoreChange = 1.0

    /// The overall score's change (with its level change, if any), then the stages and pillars
    /// whose level went up, and those whose level went down.
    private static func maturityChanges(overall: ReviewSnapshot.ScoreFigures?, areas: [MaturityArea: ReviewSnapshot.ScoreFigures],
                                        site: Site, scoreContext: String?) -> [ReviewSnapshot.Highlight] {
        let names = site.config.maturity.levelNames
        var highlights: [ReviewSnapshot.Highlight] = []
        if let overall, let change = overall.change, let before = overall.previousLevel {
            let score = NumberFormat.fixed(overall.score, decimals: 1)
            let points = NumberFormat.fixed(abs(change), decimals: 1) + (abs(change) == 1 ? " point" : " points")
            let context = scoreContext.map { "; \($0)" } ?? ""
            if before != overall.level {
                let up = overall.level > before
                highlights.append(.init(kind: up ? .better : .worse, metric: nil,
                                        text: "Overall maturity \(up ? "rose" : "fell") to level \(overall.level), \(names[overall.level - 1]), from level \(before): \(score) of 100, \(change > 0 ? "up" : "down") \(points)\(context)."))
            } else if abs(change) >= scoreChange {
                highlights.append(.init(kind: change > 0 ? .better : .worse, metric: nil,
                                        text: "The overall maturity score \(change > 0 ? "rose" : "fell") \(points) to \(score) of 100, still level \(overall.level), \(names[overall.level - 1])\(context)."))
            }
        }
        for up in [true, false] {
            let moved = MaturityArea.all.compactMap { area -> String? in
                guard let figures = areas[area], let before = figures.previousLevel, before != figures.level, (figures.level > before) == up else { return nil }
                return "\(area.name) (from \(before) to \(figures.level), \(names[figures.level - 1]))"
            }
            guard !moved.isEmpty else { continue }
            highlights.append(.init(kind: up ? .better : .worse, metric: nil, text: "Maturity level \(up ? "rose" : "fell") in \(list(moved))."))
        }
        return highlights
    }

    /// Where `value` is against `target`: above, at, below, or within (lower is better).
    package static func position(_ value: Double, target: Double, better: MetricDefinition.Direction) -> String {
        if value == target { return "at" }
        switch better {
        case .higher: return value > target ? "above" : "below"
        case .lower: return value < target ? "within" : "above"
        case .neither: return value > target ? "above" : "below"
        }
    }

    /// A change without its sign, with its unit in words: `2.1 points`, `0.7 hours`, `3 points`, `0.12`.
    /// A count is of `counting` (`ticket`, or `customer` for the customer counts).
    package static func amount(_ magnitude: Double, unit: MetricDefinition.Unit, counting: String = "ticket") -> String {
        let number = NumberFormat.plain(magnitude, unit: unit)
        let one = number == "1"
        switch unit {
        case .percent, .score: return number + (one ? " point" : " points")
        case .hours: return number + (one ? " hour" : " hours")
        case .scale: return number
        case .count: return number + " " + counting + (one ? "" : "s")
        case .amount: return number
        }
    }

    /// `1st`, `2nd`, `3rd`, `4th`, `11th`, `21st`.
    package static func ordinal(_ n: Int) -> String {
        let suffix = (11...13).contains(n % 100) ? "th" : n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th"
        return "\(n)\(suffix)"
    }

    /// `a`, `a and b`, `a, b and c`.
    package static func list(_ items: [String]) -> String {
        items.count <= 2 ? items.joined(separator: " and ") : items.dropLast().joined(separator: ", ") + " and " + items.last!
    }
}
