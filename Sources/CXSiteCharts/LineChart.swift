import CXSiteSupport
import CXSiteModel

/// A monthly trend: one or more series over ordered months, nice y ticks with the unit, an
/// optional target line with the good side shaded, missing months drawn as gaps.
///
/// Month labels (`2025-03`) read `Mar 25` and are thinned to at most eight, always the first
/// and the last, so even 60 months stay legible. Series differ by colour, dash pattern and
/// marker shape; a legend names them when there are several.
public struct LineChart: Sendable {
    /// One line: a name (for the legend and the table) and one value per month, `nil` where missing.
    public struct Series: Sendable, Equatable {
        public var name: String
        public var values: [Double?]
        /// Each month's confidence interval, by position like `values` (drawn as a shaded band).
        public var intervals: [ClosedRange<Double>?]
        /// Each month's sample size, by position (shown in the point titles and the table).
        public var counts: [Int?]

        public init(name: String, values: [Double?], intervals: [ClosedRange<Double>?] = [], counts: [Int?] = []) {
            self.name = name
            self.values = values
            self.intervals = intervals
            self.counts = counts
        }

        /// Whether the series says what its values rest on.
        var hasBasis: Bool { intervals.contains { $0 != nil } || counts.contains { $0 != nil } }
    }

    /// Prefix of the chart's element ids; unique on the page.
    public var id: String
    public var title: String
    /// Ordered months, `YYYY-MM` (other labels are shown as given).
    public var months: [String]
    /// Values are matched to `months` by position; missing positions count as missing values.
    public var series: [Series]
    public var unit: ValueUnit
    public var target: Double?
    public var better: ChartDirection
    /// A fixed value axis (`0...100` for scores); by default it fits the data and the target.
    public var yDomain: ClosedRange<Double>?
    /// What the series' intervals are called: `95 % interval`.
    public var intervalName = "interval"
    /// Values resting on fewer answers than this are drawn hollow and marked "small sample".
    public var smallSampleBelow: Int?

    public init(id: String, title: String, months: [String], series: [Series], unit: ValueUnit = .score, target: Double? = nil, better: ChartDirection = .higher) {
        self.id = id
        self.title = title
        self.months = months
        self.series = series
        self.unit = unit
        self.target = target
        self.better = better
    }

    /// A single-series chart; the series is named after the title.
    public init(id: String, title: String, months: [String], values: [Double?], intervals: [ClosedRange<Double>?] = [], counts: [Int?] = [],
                unit: ValueUnit = .score, target: Double? = nil, better: ChartDirection = .higher) {
        self.init(id: id, title: title, months: months, series: [Series(name: title, values: values, intervals: intervals, counts: counts)],
                  unit: unit, target: target, better: better)
    }

    package static let width = 720.0
    package static let plotHeight = 220.0
    package static let maxMonthLabels = 8
    package static let labelSize = 11.0

    public func render() -> ChartFigure {
        let id = ChartText.id(self.id)
        let n = months.count
        let data: [[Double?]] = series.map { s in
            (0..<n).map { i in i < s.values.count ? s.values[i].flatMap { $0.isFinite ? $0 : nil } : nil }
        }
        let target = self.target.flatMap { $0.isFinite ? $0 : nil }
        let present = data.flatMap { $0.compactMap { $0 } }
        // An interval only where its month has a value.
        let bands: [[ClosedRange<Double>?]] = series.enumerated().map { s, one in
            (0..<n).map { i in
                guard data[s][i] != nil, i < one.intervals.count, let band = one.intervals[i],
                      band.lowerBound.isFinite, band.upperBound.isFinite else { return nil }
                return band
            }
        }
        let counts: [[Int?]] = series.map { one in (0..<n).map { i in i < one.counts.count ? one.counts[i] : nil } }
        let bounds = bands.flatMap { $0.compactMap { $0 }.flatMap { [$0.lowerBound, $0.upperBound] } }

        // y axis: nice ticks over the data and the target; zero included when the data sit near it.
        var lo = (present + bounds + (target.map { [$0] } ?? [])).min() ?? 0
        var hi = (present + bounds + (target.map { [$0] } ?? [])).max() ?? (unit == .percent ? 100 : 1)
        if lo > 0 && lo <= hi * 0.5 { lo = 0 }
        if present.isEmpty && target == nil { lo = 0 }
        if lo == hi && lo == 0 { hi = unit == .percent ? 100 : 1 }
        if lo < hi {
            // A little headroom so points and their labels do not sit on the frame.
            let pad = (hi - lo) * 0.04
            if lo != 0 { lo -= pad }
            hi += pad
        }
        if let yDomain {
            lo = yDomain.lowerBound
            hi = yDomain.upperBound
        }
        let nice = Scale.nice(from: lo, to: hi, maxIntervals: 5)
        var ticks = nice.ticks
        if let yDomain {
            ticks = ticks.filter { yDomain.contains($0) }
        } else if unit == .percent && lo >= 0 && hi <= 100 {
            ticks = ticks.filter { $0 >= 0 && $0 <= 100 }
            if ticks.count < 2 { ticks = nice.ticks }
        }
        let tickLabels = ticks.map { unit.format($0, decimals: nice.decimals) }

        // Margins: tick labels on the left; target and latest-value labels on the right.
        let multi = series.count > 1
        let left = max(36, (tickLabels.map { ChartText.width($0, size: Self.labelSize) }.max() ?? 0) + 14)
        let targetLabel = target.map { "target " + unit.format($0) }
        let endTexts: [String?] = data.map { values in values.last.flatMap { $0 }.map { unit.format($0) } }
        var rightWidths = endTexts.compactMap { $0 }.map { ChartText.width($0, size: Self.labelSize, bold: true) + (multi ? 17 : 6) }
        if let targetLabel { rightWidths.append(ChartText.width(targetLabel, size: Self.labelSize, bold: true) + 4) }
        let right = max(20, (rightWidths.max() ?? 0) + 8)
        let legendItems: [ChartLegend.Item] = multi ? series.indices.map { i in
            ChartLegend.Item(label: ChartText.fit(series[i].name, width: 220, size: ChartLegend.fontSize), cssClass: "series s\(i % 6)",
                             swatch: .line(marker: ChartMarker.forSeries(i), dash: ChartMarker.dash(forSeries: i)))
        } : []
        let legendRows = ChartLegend.layout(legendItems, x: left, maxWidth: Self.width - left - right).rows
        let top = 14 + (multi ? Double(legendRows) * ChartLegend.rowHeight + 8 : 0)
        let plotL = left, plotR = Self.width - right
        let plotT = top, plotB = top + Self.plotHeight
        let height = plotB + 30

        let y = Scale(domain: ticks.first!...ticks.last!, range: plotB, plotT)
        let inset = n > 1 ? 8.0 : 0
        let x = Scale(domain: 0...Double(max(n - 1, 0)), range: plotL + inset, plotR - inset)
        let dx = n > 1 ? (plotR - plotL - 2 * inset) / Double(n - 1) : plotR - plotL
        let num = { (v: Double) in SVGWriter.num(v) }

        var w = SVGWriter()
        w.startChart(id: id, kind: "line", width: Self.width, height: height, title: title, desc: description(data: data, target: target) + basisDescription(bands: bands, counts: counts))

        if multi { ChartLegend.draw(&w, legendItems, x: left, y: 18, maxWidth: plotR - left) }

        // Target zone: the good side of the target, shaded.
        if let target {
            let ty = min(max(y(target), plotT), plotB)
            let (zoneTop, zoneBottom) = better == .higher ? (plotT, ty) : (ty, plotB)
            if zoneBottom - zoneTop > 0 {
                w.leaf("rect", ["class": "target-zone", "x": num(plotL), "y": num(zoneTop), "width": num(plotR - plotL), "height": num(zoneBottom - zoneTop)])
            }
        }

        // Grid and y axis.
        w.start("g", ["class": "grid"])
        for t in ticks where !(t == 0 && ticks.first! < 0) {
            w.leaf("line", ["x1": num(plotL), "y1": num(y(t)), "x2": num(plotR), "y2": num(y(t)), "stroke": "currentColor"])
        }
        w.end()
        if ticks.first! < 0 && ticks.last! > 0 {
            w.leaf("line", ["class": "zero", "x1": num(plotL), "y1": num(y(0)), "x2": num(plotR), "y2": num(y(0)), "stroke": "currentColor"])
        }
        w.start("g", ["class": "axis y", "text-anchor": "end"])
        for (t, label) in zip(ticks, tickLabels) {
            w.element("text", ["x": num(plotL - 8), "y": num(y(t) + 4)], text: label)
        }
        w.end()

        // x axis: baseline, thinned month labels with small ticks.
        let monthLabels = months.map(ChartText.monthShort)
        let labelWidth = monthLabels.map { ChartText.width($0, size: Self.labelSize) }.max() ?? 0
        let shown = Self.labelIndices(count: n, maxLabels: Self.maxMonthLabels, spacing: dx, labelWidth: labelWidth)
        w.start("g", ["class": "axis x", "text-anchor": "middle"])
        w.leaf("line", ["class": "baseline", "x1": num(plotL), "y1": num(plotB), "x2": num(plotR), "y2": num(plotB), "stroke": "currentColor"])
        for i in shown {
            let xi = n == 1 ? (plotL + plotR) / 2 : x(Double(i))
            w.leaf("line", ["x1": num(xi), "y1": num(plotB), "x2": num(xi), "y2": num(plotB + 4), "stroke": "currentColor"])
            w.element("text", ["x": num(xi), "y": num(plotB + 18)], text: monthLabels[i])
        }
        w.end()

        // Target line.
        if let target {
            let ty = min(max(y(target), plotT), plotB)
            w.leaf("line", ["class": "target", "x1": num(plotL), "y1": num(ty), "x2": num(plotR), "y2": num(ty), "stroke": "currentColor", "stroke-dasharray": "6 4"])
        }

        // Interval bands, under every line: one shape per run of months with an interval, a short
        // bar for a month on its own.
        let xOf = { (i: Int) -> Double in n == 1 ? (plotL + plotR) / 2 : x(Double(i)) }
        for (s, band) in bands.enumerated() where band.contains(where: { $0 != nil }) {
            w.start("g", ["class": "series s\(s % 6) interval"])
            var i = 0
            while i < n {
                guard band[i] != nil else { i += 1; continue }
                var end = i
                while end + 1 < n, band[end + 1] != nil { end += 1 }
                var path = SVGWriter.Path()
                if end == i {
                    let half = min(4, max(dx / 4, 2))
                    path.move(xOf(i) - half, y(band[i]!.upperBound))
                    path.line(xOf(i) + half, y(band[i]!.upperBound))
                    path.line(xOf(i) + half, y(band[i]!.lowerBound))
                    path.line(xOf(i) - half, y(band[i]!.lowerBound))
                } else {
                    path.move(xOf(i), y(band[i]!.upperBound))
                    for k in (i + 1)...end { path.line(xOf(k), y(band[k]!.upperBound)) }
                    for k in (i...end).reversed() { path.line(xOf(k), y(band[k]!.lowerBound)) }
                }
                path.close()
                w.leaf("path", ["class": "interval-band", "d": path.d])
                i = end + 1
            }
            w.end()
        }

        // Series.
        let markAll = n <= 24
        for (s, values) in data.enumerated() {
            let marker = ChartMarker.forSeries(s)
            var path = SVGWriter.Path()
            for (i, v) in values.enumerated() {
                guard let v else { continue }
                if i == 0 || values[i - 1] == nil { path.move(xOf(i), y(v)) } else { path.line(xOf(i), y(v)) }
            }
            w.start("g", ["class": "series s\(s % 6)"])
            if !path.isEmpty {
                w.leaf("path", ["class": "line", "d": path.d, "fill": "none", "stroke": "currentColor", "stroke-dasharray": ChartMarker.dash(forSeries: s)])
            }
            let lastIndex = values.lastIndex { $0 != nil }
            for (i, v) in values.enumerated() {
                guard let v else { continue }
                let isolated = (i == 0 || values[i - 1] == nil) && (i == n - 1 || values[i + 1] == nil)
                let tip = (multi ? series[s].name + ", " : "") + ChartText.monthLong(months[i]) + ": " + unit.format(v) + basisNote(band: bands[s][i], n: counts[s][i])
                let small = isSmall(counts[s][i])
                guard markAll || isolated || i == lastIndex || small else { continue }
                w.leaf("path", ["class": small ? "marker hollow small-sample" : "marker", "d": marker.path(xOf(i), y(v), i == lastIndex ? 4.5 : 3.5)], tooltip: tip)
            }
            w.end()
        }

        // Point labels for a single series: every point when there is room, else the extremes.
        if !multi, let values = data.first {
            let lastIndex = values.lastIndex { $0 != nil }
            var labelled: [Int] = []
            let defined = values.compactMap { $0 }
            let allEqual = defined.allSatisfy { $0 == defined.first }
            let valueWidth = defined.map { ChartText.width(unit.format($0), size: Self.labelSize, bold: true) }.max() ?? 0
            if allEqual {
                // One value throughout: the latest-value label says it all.
            } else if dx >= valueWidth + 6 {
                labelled = values.indices.filter { values[$0] != nil && $0 != n - 1 }
            } else if let lastIndex {
                let defined = values.indices.filter { values[$0] != nil }
                let lowest = defined.min { values[$0]! < values[$1]! }!
                let highest = defined.min { values[$0]! > values[$1]! }!
                if lowest != lastIndex { labelled.append(lowest) }
                if highest != lastIndex && values[highest]! != values[lowest]! { labelled.append(highest) }
                labelled.sort()
            }
            if !labelled.isEmpty {
                w.start("g", ["class": "point-labels", "text-anchor": "middle"])
                for i in labelled {
                    let v = values[i]!
                    let neighbours = [i > 0 ? values[i - 1] : nil, i < n - 1 ? values[i + 1] : nil].compactMap { $0 }
                    let above = neighbours.isEmpty || v >= neighbours.reduce(0, +) / Double(neighbours.count)
                    var ly = above ? y(v) - 9 : y(v) + 17
                    if ly < plotT - 4 { ly = y(v) + 17 }
                    if ly > plotB - 2 { ly = y(v) - 9 }
                    // The first label starts at its point so it stays clear of the y axis labels.
                    w.element("text", ["class": "point-label", "x": num(xOf(i) - (i == 0 && n > 1 ? 4 : 0)), "y": num(ly), "text-anchor": i == 0 && n > 1 ? "start" : nil], text: unit.format(v))
                }
                w.end()
            }
        }

        // Right margin: the target label and each series' latest value, pushed apart.
        var wanted: [Double] = []
        var items: [(text: String, series: Int?)] = []
        if let target, let targetLabel {
            wanted.append(min(max(y(target), plotT), plotB))
            items.append((targetLabel, nil))
        }
        for (s, values) in data.enumerated() {
            if let last = values.last, let v = last, let text = endTexts[s] {
                wanted.append(y(v))
                items.append((text, s))
            }
        }
        if !items.isEmpty {
            let placed = LabelLayout.spread(wanted, gap: 14, lower: plotT, upper: plotB + 4)
            w.start("g", ["class": "end-labels"])
            for (k, item) in items.enumerated() {
                let ly = placed[k] + 4
                if let s = item.series, multi {
                    // The series' marker before the value ties the label to its line without colour.
                    w.start("g", ["class": "series s\(s % 6)"])
                    w.leaf("path", ["class": "marker", "d": ChartMarker.forSeries(s).path(plotR + 9, placed[k], 3.5)])
                    w.element("text", ["class": "end-label", "x": num(plotR + 17), "y": num(ly)], text: item.text)
                    w.end()
                } else if item.series != nil {
                    w.element("text", ["class": "end-label", "x": num(plotR + 6), "y": num(ly)], text: item.text)
                } else {
                    w.element("text", ["class": "target-label", "x": num(plotR + 4), "y": num(ly)], text: item.text)
                }
            }
            w.end()
        }

        if present.isEmpty {
            w.element("text", ["class": "no-data", "x": num((plotL + plotR) / 2), "y": num((plotT + plotB) / 2), "text-anchor": "middle"], text: "No data")
        }

        return ChartFigure(svg: w.finish(), table: table(data: data, bands: bands, counts: counts, target: target))
    }

    /// A point's title after its value: ` (95 % interval 81.2%–88.2%, n = 400)`, `, small sample`.
    private func basisNote(band: ClosedRange<Double>?, n: Int?) -> String {
        var parts: [String] = []
        if let band { parts.append(intervalName + " " + unit.format(band.lowerBound) + "–" + unit.format(band.upperBound)) }
        if let n { parts.append("n = \(n)" + (isSmall(n) ? ", small sample" : "")) }
        return parts.isEmpty ? "" : " (" + parts.joined(separator: ", ") + ")"
    }

    private func isSmall(_ n: Int?) -> Bool {
        guard let n, let smallSampleBelow else { return false }
        return n < smallSampleBelow
    }

    /// Which month labels to show: at most `maxLabels`, every k-th month for a round k
    /// (1, 2, 3, 4, 6, 12, 24 …), always the first and the last, none closer than a label's width.
    package static func labelIndices(count n: Int, maxLabels: Int, spacing dx: Double, labelWidth: Double) -> [Int] {
        guard n > 1 else { return n == 1 ? [0] : [] }
        let room = labelWidth + 8
        var steps = [1, 2, 3, 4, 6, 12]
        while steps.last! < n { steps.append(steps.last! + 12) }
        for k in steps {
            guard Double(k) * dx >= room else { continue }
            var indices = Array(stride(from: 0, to: n - 1, by: k))
            if let last = indices.last, indices.count > 1, Double(n - 1 - last) * dx < room { indices.removeLast() }
            indices.append(n - 1)
            if indices.count <= maxLabels { return indices }
        }
        return [0, n - 1]
    }

    /// What the band and the hollow markers mean, when the chart has them.
    private func basisDescription(bands: [[ClosedRange<Double>?]], counts: [[Int?]]) -> String {
        var text = ""
        if bands.contains(where: { $0.contains { $0 != nil } }) {
            text += " The shaded band around " + (series.count > 1 ? "a line" : "the line") + " is the " + intervalName + " of each " + ChartText.cadence(of: months).unit + "'s value."
        }
        if let smallSampleBelow, counts.contains(where: { $0.contains { isSmall($0) } }) {
            text += " Hollow markers are small samples, resting on fewer than \(smallSampleBelow) answers or tickets."
        }
        return text
    }

    private func description(data: [[Double?]], target: Double?) -> String {
        let n = months.count
        guard n > 0, !data.isEmpty else { return "\(title): no data." }
        let cadence = ChartText.cadence(of: months)
        // "CSAT, monthly" says the cadence already: "CSAT, monthly, from …", not "monthly, monthly from".
        let said = title.hasSuffix(", " + cadence.rawValue)
        let span = n == 1 ? "for \(ChartText.monthLong(months[0]))" : "\(said ? "" : cadence.rawValue + " ")from \(ChartText.monthLong(months[0])) to \(ChartText.monthLong(months[n - 1]))"
        var parts: [String] = []
        let targetText = target.map { "the target of " + unit.format($0) + " (" + better.phrase + ")" }
        if data.count == 1 {
            let values = data[0]
            guard let lastIndex = values.lastIndex(where: { $0 != nil }), let latest = values[lastIndex] else {
                return "\(title), \(span): no data" + (targetText.map { "; " + $0 } ?? "") + "."
            }
            var latestText = "Latest " + unit.format(latest) + " in " + ChartText.monthLong(months[lastIndex])
            if let target, let targetText {
                latestText += better.meets(latest, target: target) ? ", meeting " + targetText : ", missing " + targetText
            }
            parts.append(latestText)
            let defined = values.indices.filter { values[$0] != nil }
            if defined.count > 1 {
                let lowest = defined.min { values[$0]! < values[$1]! }!
                let highest = defined.min { values[$0]! > values[$1]! }!
                if values[lowest]! == values[highest]! {
                    parts.append("Steady at " + unit.format(values[lowest]!) + " in every \(cadence.unit) with data")
                } else {
                    parts.append("Lowest " + unit.format(values[lowest]!) + " in " + ChartText.monthLong(months[lowest])
                        + "; highest " + unit.format(values[highest]!) + " in " + ChartText.monthLong(months[highest]))
                }
            }
            let missing = values.indices.filter { values[$0] == nil }
            if !missing.isEmpty {
                parts.append(missing.count <= 3
                    ? "No data for " + ChartText.list(missing.map { ChartText.monthLong(months[$0]) })
                    : "No data for " + ChartText.count(missing.count, cadence.unit))
            }
            return "\(title), \(span). " + parts.joined(separator: ". ") + "."
        }
        let names = series.map(\.name)
        var latest: [String] = []
        for (s, values) in data.enumerated() {
            if let i = values.lastIndex(where: { $0 != nil }), let v = values[i] {
                latest.append(names[s] + " " + unit.format(v) + (i == n - 1 ? "" : " (" + ChartText.monthLong(months[i]) + ")"))
            } else {
                latest.append(names[s] + " no data")
            }
        }
        parts.append("Latest in " + ChartText.monthLong(months[n - 1]) + ": " + latest.joined(separator: ", "))
        if let target { parts.append("Target " + unit.format(target) + " (" + better.phrase + ")") }
        return "\(title) by \(ChartText.count(series.count, "series", "series")) (\(ChartText.list(names))), \(span). " + parts.joined(separator: ". ") + "."
    }

    /// The data as a table: a column per series, and for a series that says what its values
    /// rest on, its n and interval beside it.
    private func table(data: [[Double?]], bands: [[ClosedRange<Double>?]], counts: [[Int?]], target: Double?) -> DataTable {
        var columns = [ChartText.cadence(of: months).unitTitle]
        for one in series {
            columns.append(one.name)
            if one.hasBasis {
                let prefix = series.count > 1 ? one.name + ", " : ""
                columns += [prefix + "n", prefix + intervalName]
            }
        }
        if target != nil { columns.append("Target") }
        let rows = months.indices.map { i -> [String] in
            var row = [ChartText.monthLong(months[i])]
            for (s, one) in series.enumerated() {
                row.append(data[s][i].map { unit.format($0) } ?? "no data")
                if one.hasBasis {
                    row.append(counts[s][i].map { isSmall($0) ? "\($0) (small sample)" : "\($0)" } ?? (data[s][i] == nil ? "–" : "unknown"))
                    row.append(bands[s][i].map { unit.format($0.lowerBound) + "–" + unit.format($0.upperBound) } ?? "–")
                }
            }
            if let target { row.append(unit.format(target)) }
            return row
        }
        return DataTable(caption: title, columns: columns, rows: rows)
    }
}
