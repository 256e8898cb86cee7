import CXSiteSupport
import CXSiteModel

extension MetricSeries {
    /// The series of every metrics file together, checked against the catalog.
    ///
    /// Unknown metric ids are reported once per file with a did-you-mean; a value given twice
    /// for the same period (or date) and series is an error naming both places; dated rows become
    /// one value per period of `cadence` by the metric's `aggregate`. A file of months under a
    /// weekly cadence, of weeks under a monthly one, or months and weeks in two files, is an
    /// error and the file that does not fit the cadence is left out. Series come back sorted by key.
    public static func assemble(from tables: [MetricTable], catalog: MetricCatalog, cadence: Cadence = .monthly,
                                log: inout DiagnosticLog) -> [MetricSeries] {
        let fitting = tablesFitting(cadence, tables, log: &log)
        var groups: [Key: Int] = [:]
        var keys: [Key] = []
        var definitions: [MetricDefinition] = []
        var observations: [[Observation]] = []
        for (t, table) in tables.enumerated() where fitting[t] {
            // Local series index → group index, or -1 for an unknown metric.
            var groupOf = [Int](repeating: -1, count: table.series.count)
            var unknown: [String: (location: SourceLocation, uses: Int)] = [:]
            var unknownOrder: [String] = []
            for (s, reference) in table.series.enumerated() {
                let id = reference.key.metric
                guard let definition = catalog.metric(id) else {
                    if let seen = unknown[id] {
                        unknown[id] = (min(seen.location, reference.location), seen.uses + reference.uses)
                    } else {
                        unknown[id] = (reference.location, reference.uses)
                        unknownOrder.append(id)
                    }
                    continue
                }
                if let group = groups[reference.key] {
                    groupOf[s] = group
                } else {
                    groupOf[s] = keys.count
                    groups[reference.key] = keys.count
                    keys.append(reference.key)
                    definitions.append(definition)
                    observations.append([])
                }
            }
            for id in unknownOrder {
                let (location, uses) = unknown[id]!
                let count = uses > 1 ? " (\(uses) \(table.shape == .wide ? "values" : "rows") name it; this is the first)" : ""
                log.error("unknown metric '\(id)'\(Suggestion.hint(for: id, in: catalog.ids))\(count); expected a metric id from the catalog, or add the metric under 'metrics:' in site.yml", at: location)
            }
            for (e, entry) in table.entries.enumerated() {
                let group = groupOf[Int(entry.series)]
                guard group >= 0 else { continue }
                if entry.percent, definitions[group].unit != .percent {
                    let metric = definitions[group]
                    log.error("a value with '%' for '\(metric.id)', which is measured in \(metric.unit.noun); expected a plain number", at: table.location(of: entry))
                    continue
                }
                var (period, day) = (entry.period, entry.day)
                if day != 0, period.cadence != cadence {
                    // A dated row read for another cadence (the months' summaries of a weekly project).
                    (period, day) = MetricTable.Entry.placing(period.firstDay + Int(day) - 1, in: cadence)
                }
                observations[group].append(Observation(period: period, day: day, value: entry.value, target: entry.target, n: entry.n,
                                                       spread: table.spreads.isEmpty ? nil : table.spreads[Int32(e)], table: Int32(t), entry: Int32(e)))
            }
        }

        var series: [MetricSeries] = []
        series.reserveCapacity(keys.count)
        for (group, key) in keys.enumerated() {
            let metric = definitions[group]
            var list = observations[group]
            list.sort { ($0.period, $0.day, $0.table, $0.entry) < ($1.period, $1.day, $1.table, $1.entry) }
            var points: [Point] = []
            var start = 0
            while start < list.count {
                var end = start + 1
                while end < list.count, list[end].period == list[start].period { end += 1 }
                if let point = periodPoint(list[start..<end], key: key, metric: metric, tables: tables, log: &log) {
                    points.append(point)
                }
                start = end
            }
            if !points.isEmpty { series.append(MetricSeries(key: key, points: points)) }
        }
        return series.sorted { $0.key < $1.key }
    }

    /// One value cell, as found in a table.
    private struct Observation {
        package var period: Period
        package var day: UInt8
        package var value: Double
        package var target: Double?
        package var n: Int?
        package var spread: MetricTable.Spread?
        package var table: Int32
        package var entry: Int32

        /// The memberwise initialiser, open to the other targets.
        package init(period: Period, day: UInt8, value: Double, target: Double? = nil, n: Int? = nil, spread: MetricTable.Spread? = nil, table: Int32, entry: Int32) {
            self.period = period
            self.day = day
            self.value = value
            self.target = target
            self.n = n
            self.spread = spread
            self.table = table
            self.entry = entry
        }
    }

    /// The point of one period of one series from its observations (sorted by day, then source
    /// order), or nil after reporting values given twice.
    private static func periodPoint(_ rows: ArraySlice<Observation>, key: Key, metric: MetricDefinition,
                                   tables: [MetricTable], log: inout DiagnosticLog) -> Point? {
        func location(_ o: Observation) -> SourceLocation {
            let table = tables[Int(o.table)]
            return table.location(of: table.entries[Int(o.entry)])
        }
        // Only messages need the series' name: made when one is logged, not for every period.
        var what: String { key.isOverall ? "'\(key.metric)'" : "'\(key.metric)' (\(key.breakdownLabel))" }
        let first = rows[rows.startIndex]
        var clean = true
        let unit = first.period.cadence.unit
        let whole = rows.filter { $0.day == 0 }.sorted { location($0) < location($1) }
        if let firstWhole = whole.first {
            // A value of the whole period conflicts with every other value of its period.
            for other in whole.dropFirst() {
                log.error("\(what) for \(other.period) is given twice: here and at \(location(firstWhole)); keep one of them", at: location(other))
            }
            if let dated = rows.filter({ $0.day != 0 }).min(by: { location($0) < location($1) }) {
                let (here, there) = location(dated) < location(firstWhole) ? (firstWhole, dated) : (dated, firstWhole)
                log.error("\(what) for \(first.period) is given both as a \(first.period.cadence.rawValue) value and by date (\(dateText(dated))): here and at \(location(there)); give a \(unit) either one value or dated rows", at: location(here))
            }
            clean = rows.count == 1
        } else {
            var previous = first
            for row in rows.dropFirst() {
                if row.day == previous.day {
                    log.error("\(what) for \(dateText(row)) is given twice: here and at \(location(previous)); keep one of them", at: location(row))
                    clean = false
                } else {
                    previous = row
                }
            }
        }
        guard clean else { return nil }

        var target: Double?
        var targetRow: Observation?
        for row in rows {
            guard let rowTarget = row.target else { continue }
            if let targetRow, let target, target != rowTarget {
                log.error("\(what) has target \(plain(rowTarget)) here but \(plain(target)) at \(location(targetRow)) for the same \(unit) \(row.period); expected one target per \(unit)", at: location(row))
                return nil
            }
            target = rowTarget
            targetRow = targetRow ?? row
        }
        guard let value = metric.aggregate.apply(rows.map(\.value)) else { return nil }
        // Dated rows aggregated into a period rest on all their answers: n is their sum, known only
        // when every row gives it.
        let sizes = rows.compactMap(\.n)
        let n = sizes.count == rows.count ? sizes.reduce(0, +) : nil
        var sample: MetricSample?
        if let n, metric.unit == .percent {
            sample = .share(percent: value, n: n)
        }
        if let spreadRow = rows.first(where: { $0.spread != nil }), let spread = spreadRow.spread {
            sample = typedSample(spread, value: value, n: n, dated: rows.count > 1, metric: metric, at: location(spreadRow), log: &log) ?? sample
        }
        return Point(month: first.period, value: value, target: target ?? metric.target, source: location(first), rows: rows.count, n: n, sample: sample)
    }

    /// The sample a row's spread gives its value: an NPS from its shares of promoters and
    /// detractors, a mean from its standard deviation. Each use that cannot be made is a warning
    /// at the value, saying what to change; the value itself is kept.
    private static func typedSample(_ spread: MetricTable.Spread, value: Double, n: Int?, dated: Bool, metric: MetricDefinition,
                                    at location: SourceLocation, log: inout DiagnosticLog) -> MetricSample? {
        let columns = [spread.standardDeviation.map { _ in "sd" }, spread.promoters.map { _ in "promoters" }, spread.detractors.map { _ in "detractors" }]
            .compactMap { $0 }.joined(separator: " and ")
        guard !dated else {
            log.warning("'\(metric.id)': the \(columns) of dated rows are not combined into the month's value, so its change is not tested; give one row per month to use them", at: location)
            return nil
        }
        guard let n else {
            log.warning("'\(metric.id)': \(columns) without n cannot be used; give the number of answers in the n column (\(metric.id)_n in a wide file)", at: location)
            return nil
        }
        if let sd = spread.standardDeviation {
            guard metric.unit == .scale || metric.unit == .amount else {
                log.warning("'\(metric.id)' is measured in \(metric.unit.noun), not a mean, so its sd is not used; sd is for the mean of a scale such as ces", at: location)
                return nil
            }
            return .mean(mean: value, standardDeviation: sd, n: n)
        }
        guard let promoters = spread.promoters, let detractors = spread.detractors else {
            log.warning("'\(metric.id)': \(columns) alone cannot be used; give both promoters and detractors (percent of the answers)", at: location)
            return nil
        }
        guard promoters + detractors <= 100, abs(promoters - detractors - value) <= 0.5 else {
            log.warning("'\(metric.id)' is \(plain(value)) but promoters − detractors is \(plain(promoters)) − \(plain(detractors)) = \(plain(promoters - detractors)), with promoters + detractors at most 100; the value is used without its split, so its change is not tested", at: location)
            return nil
        }
        return .netPromoter(promoters: Int((promoters * Double(n) / 100).rounded()), detractors: Int((detractors * Double(n) / 100).rounded()), n: n)
    }

    /// `24`, `99.5`: a number as Swift prints it, without a `.0` for whole numbers (for messages).
    private static func plain(_ value: Double) -> String {
        value.rounded() == value && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    /// `2025-03-17` for a dated observation, `2025-03` or `2026-W44` for a period's value.
    private static func dateText(_ o: Observation) -> String {
        o.day == 0 ? "\(o.period)" : Period.dateText(o.period.firstDay + Int(o.day) - 1)
    }

    /// Which tables fit `cadence`: dated ones always; `month` files under a monthly cadence,
    /// `week` files under a weekly one. Each file that does not fit is an error saying how to fix it,
    /// naming a file of the other kind when the project has both.
    private static func tablesFitting(_ cadence: Cadence, _ tables: [MetricTable], log: inout DiagnosticLog) -> [Bool] {
        let own: MetricTable.TimeColumn = cadence == .monthly ? .month : .week
        let fitsOwn = tables.first { $0.timeColumn == own }
        return tables.map { table in
            guard table.timeColumn != .date, table.timeColumn != own else { return true }
            let gives = table.timeColumn == .week ? "weeks (column 'week')" : "months (column 'month')"
            let at = SourceLocation(path: table.path, line: 1, column: 1)
            if let fitsOwn {
                log.error("'\(table.path)' gives \(gives) but '\(fitsOwn.path)' gives \(own == .week ? "weeks" : "months"); a project reports in one cadence, so give every metrics file a '\(own.rawValue)' column (or 'date' rows, which follow the cadence)\(own == .month ? ", or set 'cadence: weekly' in site.yml and give weeks everywhere" : "")", at: at)
            } else if cadence == .monthly {
                log.error("'\(table.path)' gives \(gives) but the project reports monthly; add 'cadence: weekly' to site.yml, or give months (column 'month', YYYY-MM)", at: at)
            } else {
                log.error("'\(table.path)' gives \(gives) but site.yml sets 'cadence: weekly'; give ISO weeks (column 'week', such as 2026-W44) or dated rows (column 'date'), or remove the cadence", at: at)
            }
            return false
        }
    }
}

extension MetricDefinition.Unit {
    /// `percent`, `hours`, `a score`, `a scale`: for messages.
    package var noun: String {
        switch self {
        case .percent: "percent"
        case .hours: "hours"
        case .score: "points (a score)"
        case .scale: "points on a scale"
        case .count: "a count"
        case .amount: "an amount of money"
        }
    }
}
