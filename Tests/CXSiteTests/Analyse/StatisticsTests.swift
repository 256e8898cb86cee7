import Foundation
import Testing
import CXSiteAnalyse
import CXSiteModel
import CXSiteSupport

/// The statistics core against values computed independently (`Fixtures/statistics/generate.py`:
/// SciPy's distributions, t interval, Welch and Mood tests; the textbook formulas with SciPy's
/// quantiles elsewhere) and against a published worked example. Every interval and test must
/// match to 0.01, the bar; most match to 10⁻⁹.
struct StatisticsTests {
    static let expected: [String: [[JSONNumberOrList]]] = {
        let url = TestPaths.fixtures.appendingPathComponent("statistics/expected.json")
        return try! JSONDecoder().decode([String: [[JSONNumberOrList]]].self, from: Data(contentsOf: url))
    }()

    /// A cell of expected.json: a number, null, or a list of numbers (a sample).
    enum JSONNumberOrList: Decodable {
        case number(Double), list([Double]), null
        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() { self = .null } else if let n = try? container.decode(Double.self) { self = .number(n) } else { self = .list(try container.decode([Double].self)) }
        }
        var number: Double? { if case .number(let n) = self { n } else { nil } }
        var list: [Double] { if case .list(let l) = self { l } else { [] } }
    }

    static func rows(_ name: String) -> [[JSONNumberOrList]] { expected[name] ?? [] }

    func close(_ a: Double?, _ b: Double?, _ tolerance: Double = 1e-9) -> Bool {
        guard let a, let b else { return a == nil && b == nil }
        return abs(a - b) <= tolerance * max(1, abs(b))
    }

    @Test func normalAndTQuantilesAndDistributionFunctions() {
        for row in Self.rows("normal_quantile") {
            #expect(close(Statistics.normalQuantile(row[0].number!), row[1].number), "Φ⁻¹(\(row[0].number!))")
        }
        for row in Self.rows("t_quantile") {
            #expect(close(Statistics.tQuantile(row[0].number!, df: row[1].number!), row[2].number), "t⁻¹(\(row[0].number!), \(row[1].number!))")
        }
        for row in Self.rows("t_cdf") {
            #expect(close(Statistics.tCDF(row[0].number!, df: row[1].number!), row[2].number), "T(\(row[0].number!), \(row[1].number!))")
        }
        #expect(Self.rows("t_quantile").count == 9 && Self.rows("normal_quantile").count == 12)
        // Table values every textbook prints.
        #expect(abs(Statistics.normalCritical(confidence: 95) - 1.959964) < 1e-6)
        #expect(abs(Statistics.tCritical(confidence: 95, df: 9) - 2.262157) < 1e-6)
    }

    @Test func wilsonIntervalsIncludingNewcombesExample() throws {
        // Newcombe (1998), Statistics in Medicine 17:857, table I: 81 of 263 → 0.2553 to 0.3662.
        let example = try #require(Statistics.wilson(hits: 81, of: 263, confidence: 95))
        #expect(abs(example.low - 25.53) < 0.005 && abs(example.high - 36.62) < 0.005)
        for row in Self.rows("wilson") {
            let interval = Statistics.wilson(hits: Int(row[0].number!), of: Int(row[1].number!), confidence: row[2].number!)
            #expect(close(interval?.low, row[3].number) && close(interval?.high, row[4].number), "\(row.map { $0.number ?? 0 })")
        }
        #expect(Statistics.wilson(hits: 0, of: 0, confidence: 95) == nil, "no interval without answers")
    }

    @Test func adjustedWaldNPS() {
        for row in Self.rows("nps") {
            let (promoters, detractors, n, confidence) = (Int(row[0].number!), Int(row[1].number!), Int(row[2].number!), row[3].number!)
            let nps = Statistics.adjustedNPS(promoters: promoters, detractors: detractors, of: n)
            #expect(close(nps?.score, row[4].number) && close(nps?.standardError, row[5].number))
            let interval = Statistics.npsInterval(promoters: promoters, detractors: detractors, of: n, confidence: confidence)
            #expect(close(interval?.low, row[6].number) && close(interval?.high, row[7].number), "\(promoters)/\(detractors) of \(n)")
        }
    }

    @Test func tIntervalOfAMean() {
        for row in Self.rows("mean_interval") {
            let data = row[0].list
            let interval = Statistics.meanInterval(mean: row[2].number!, standardDeviation: row[3].number!, n: data.count, confidence: row[1].number!)
            #expect(close(interval?.low, row[4].number) && close(interval?.high, row[5].number), "n = \(data.count)")
        }
        #expect(Statistics.meanInterval(mean: 5, standardDeviation: 1, n: 1, confidence: 95) == nil)
    }

    @Test func distributionFreeIntervalOfAMedian() {
        for row in Self.rows("median_interval") {
            let interval = Statistics.medianInterval(row[0].list, confidence: row[1].number!)
            #expect(close(interval?.low, row[2].number) && close(interval?.high, row[3].number), "n = \(row[0].list.count)")
        }
    }

    @Test func testsOfChange() {
        for row in Self.rows("two_proportion") {
            let result = Statistics.twoProportionTest(hits1: Int(row[0].number!), of: Int(row[1].number!), hits2: Int(row[2].number!), of: Int(row[3].number!))
            #expect(close(result?.statistic, row[4].number) && close(result?.pValue, row[5].number))
        }
        for row in Self.rows("welch") {
            let (a, b) = (row[0].list, row[1].list)
            func meanAndSD(_ x: [Double]) -> (Double, Double) {
                let m = x.reduce(0, +) / Double(x.count)
                return (m, (x.map { ($0 - m) * ($0 - m) }.reduce(0, +) / Double(x.count - 1)).squareRoot())
            }
            let (m1, s1) = meanAndSD(a), (m2, s2) = meanAndSD(b)
            let result = Statistics.welchTest(mean1: m1, sd1: s1, n1: a.count, mean2: m2, sd2: s2, n2: b.count)
            #expect(close(result?.statistic, row[2].number, 1e-7) && close(result?.pValue, row[3].number, 1e-7), "Welch n = \(a.count), \(b.count)")
        }
        for row in Self.rows("median_test") {
            let result = Statistics.medianTest(row[0].list, row[1].list)
            #expect(close(result?.statistic, row[2].number) && close(result?.pValue, row[3].number), "Mood n = \(row[0].list.count), \(row[1].list.count)")
        }
        #expect(Statistics.twoProportionTest(hits1: 10, of: 10, hits2: 5, of: 5) == nil, "no variation, no test")
        for row in Self.rows("nps_change") {
            let n = row.prefix(6).map { Int($0.number!) }
            let result = Statistics.npsChangeTest(Statistics.adjustedNPS(promoters: n[0], detractors: n[1], of: n[2])!,
                                                  Statistics.adjustedNPS(promoters: n[3], detractors: n[4], of: n[5])!)
            #expect(close(result?.statistic, row[6].number) && close(result?.pValue, row[7].number), "NPS change \(n)")
        }
        // NPS 34 (n = 412) against 27 (n = 400): a 6-point rise that is within chance at 95 %.
        let rise = Statistics.npsChangeTest(Statistics.adjustedNPS(promoters: 200, detractors: 60, of: 412)!, Statistics.adjustedNPS(promoters: 180, detractors: 70, of: 400)!)!
        #expect(!rise.isSignificant(confidence: 95) && rise.isSignificant(confidence: 75))
    }
}

/// `statistics:` in site.yml: the confidence of every interval, checked.
struct StatisticsSettingsTests {
    @Test func confidenceIsReadAndChecked() throws {
        let folder = TemporaryFolder()
        folder.write("site.yml", "base_url: https://cx.example.com/\nstatistics:\n  confidence: 90\n  min_n: 50\n")
        let export = try String(contentsOf: TestPaths.fixtures.appendingPathComponent("tickets-zendesk/content/tickets/zendesk-2025-q1.csv"), encoding: .utf8)
        folder.write("content/tickets/zendesk.csv", export)
        let model = FixtureModel(root: folder.url)
        #expect(model.diagnostics.isEmpty, "\(model.diagnosticText)")
        #expect(model.site.config.statistics.confidence == 90 && model.site.config.statistics.minimumN == 50)
        // The interval is the 90 % one: narrower than at 95 %.
        let point = try #require(model.site.overallSeries(of: "fcr_rate")?.points.first)
        let n = try #require(point.n)
        let hits = Int((point.value * Double(n) / 100).rounded())
        #expect(point.interval == Statistics.wilson(hits: hits, of: n, confidence: 90).map { $0.low...$0.high })

        folder.write("site.yml", "statistics:\n  confidence: 120\n  level: 3\n")
        let bad = FixtureModel(root: folder.url).diagnosticText
        #expect(bad.contains("site.yml:2:15: error: 'confidence' must be a percentage from 80 to 99.9, found 120"), "\(bad)")
        #expect(bad.contains("'level'"), "an unknown key is reported")
    }
}

/// Sample sizes typed into metrics CSVs: `n` in the long shape, `<metric>_n` in the wide one.
struct TypedSampleSizeTests {
    @Test func longAndWideFilesCarryNAndSharesGetTheirInterval() throws {
        let folder = TemporaryFolder()
        folder.write("site.yml", "base_url: https://cx.example.com/\n")
        folder.write("content/metrics/long.csv", "month,metric,value,n\n2026-10,csat,85%,400\n2026-10,nps,31,412\n2026-09,csat,84%,\n")
        folder.write("content/metrics/wide.csv", "month,fcr_rate,fcr_rate_n\n2026-10,88%,250\n")
        folder.write("content/metrics/dated.csv", "date,metric,value,n\n2026-10-05,resolved_within_2_rate,90,150\n2026-10-19,resolved_within_2_rate,90,100\n")
        let site = FixtureSite(root: folder.url)
        #expect(site.diagnostics.isEmpty, "\(site.diagnosticText)")
        let data = try #require(site.text("data/metrics.csv"))
        // Wilson intervals computed independently (Python's statistics.NormalDist, rounded to 4 decimals).
        #expect(data.contains("\n2026-10,csat,,,85,85,400,81.1686,88.1655\n"), "\(data)")
        #expect(data.contains("\n2026-10,fcr_rate,,,88,70,250,83.3862,91.4637\n"), "the wide file's fcr_rate_n is fcr_rate's n, not a metric")
        #expect(data.contains("\n2026-10,resolved_within_2_rate,,,90,85,250,85.6548,93.1345\n"), "dated rows: n is their sum")
        #expect(data.contains("\n2026-10,nps,,,31,30,412,,\n"), "an NPS typed in with n has no interval: that needs its promoters and detractors")
        #expect(data.contains("\n2026-09,csat,,,84,85,,,\n"), "an empty n is unknown")
        #expect(!data.contains("fcr_rate_n"))
        // The metric page says what its latest value rests on, linking to how it is computed.
        #expect(site.text("metrics/csat/index.html")?.contains("<dd class=\"sub\">95 % interval 81.2%–88.2%, n = 400 <a class=\"method-link\" href=\"../../method/index.html#how-intervals\">") == true)
        #expect(site.text("metrics/nps/index.html")?.contains("<dd class=\"sub\">n = 412, no interval <a class=\"method-link\" href=\"../../method/index.html#how-n\">") == true)
        // The monthly table gives each value's n and interval, "–" where unknown.
        let csat = try #require(site.text("metrics/csat/index.html"))
        #expect(csat.contains("<td class=\"num n\">400</td><td class=\"num interval\">81.2%–88.2%</td></tr>"))
        #expect(csat.contains("<time datetime=\"2026-09\">Sep 2026</time></th><td class=\"num missed\">84.0%</td><td class=\"num missing\">–</td><td class=\"num target\">85%</td><td class=\"num missing\">–</td><td class=\"num missing\">–</td></tr>"), "\(csat)")
    }

    /// A spreadsheet in a European locale: `;`, decimal commas, a BOM, CRLF, a ragged row.
    @Test func semicolonFilesWithDecimalCommasCarryTheirN() throws {
        let folder = TemporaryFolder()
        folder.write("site.yml", "base_url: https://cx.example.com/\n")
        folder.write("content/metrics/eu.csv", "\u{FEFF}Month;Metric;Value;N\r\n2026-10;csat;85,0 %;400\r\n2026-09;csat;84,5\r\n")
        let site = FixtureSite(root: folder.url)
        #expect(site.diagnosticText.contains("content/metrics/eu.csv:3:1: error: expected 4 fields as in the header, found 3"), "\(site.diagnosticText)")
        folder.write("content/metrics/eu.csv", "\u{FEFF}Month;Metric;Value;N\r\n2026-10;csat;85,0 %;400\r\n2026-09;csat;84,5;\r\n")
        let fixed = FixtureSite(root: folder.url)
        #expect(fixed.diagnostics.isEmpty, "\(fixed.diagnosticText)")
        let data = try #require(fixed.text("data/metrics.csv"))
        #expect(data.contains("\n2026-10,csat,,,85,85,400,81.1686,88.1655\n") && data.contains("\n2026-09,csat,,,84.5,85,,,\n"), "\(data)")
    }

    @Test func aSampleSizeThatIsNotAWholeNumberIsALocatedError() {
        let folder = TemporaryFolder()
        folder.write("content/metrics/long.csv", "month,metric,value,n\n2026-10,csat,85%,many\n2026-10,nps,31,0\n")
        let text = FixtureSite(root: folder.url).diagnosticText
        #expect(text.contains("content/metrics/long.csv:2:18: error: 'many' is not a sample size (column 'n'); expected the number of answers or tickets the value rests on, a whole number of 1 or more, or nothing"), "\(text)")
        #expect(text.contains("content/metrics/long.csv:3:16: error: '0' is not a sample size"), "\(text)")
    }
}

/// `statistics: min_n`: a value resting on fewer answers or tickets is marked and never a highlight.
struct SmallSampleTests {
    func project(minimumN: Int?) throws -> TemporaryFolder {
        let folder = TemporaryFolder()
        folder.write("site.yml", "base_url: https://cx.example.com/\n" + (minimumN.map { "statistics:\n  min_n: \($0)\n" } ?? ""))
        let export = try String(contentsOf: TestPaths.fixtures.appendingPathComponent("tickets-zendesk/content/tickets/zendesk-2025-q1.csv"), encoding: .utf8)
        folder.write("content/tickets/zendesk.csv", export)
        return folder
    }

    @Test func aSmallSampleIsMarkedAndNeverAHighlight() throws {
        // February's CSAT rests on 2 answers (75 % → 50 %): by default not a highlight, and marked.
        let folder = try project(minimumN: nil)
        let model = FixtureModel(root: folder.url)
        let february = try #require(model.analysis.review(of: try Period(parsing: "2025-02")))
        #expect(model.site.overallSeries(of: "csat")?.point(in: try Period(parsing: "2025-02"))?.n == 2)
        #expect(!february.live.highlights.contains { $0.metric == "csat" }, "\(february.live.highlights.map(\.text))")
        let site = FixtureSite(root: folder.url)
        #expect(site.text("metrics/csat/index.html")?.contains("<dd class=\"sub small-sample\">small sample: fewer than 30</dd>") == true)
        #expect(site.text("index.html")?.contains("<span class=\"small-sample\">small sample, n = 2</span>") == true)
        // The scorecards, the monthly table and the maturity page's inputs mark it too; the table
        // cell's title says what it rests on.
        let csatRow = try #require(site.text("metrics/index.html")?.components(separatedBy: "<tr class=").first { $0.contains(">Customer satisfaction (CSAT)</a>") })
        #expect(csatRow.contains("<span class=\"sub small-sample\">small sample</span>"), "\(csatRow)")
        #expect(csatRow.contains("title=\"95 % interval"), "\(csatRow)")
        let inputs = try #require(site.text("maturity/index.html"))
        #expect(inputs.contains("<a class=\"sub small-sample\" href=\"../method/index.html#how-small-samples\">small sample, n = 2</a>"))
        // With min_n: 1 the same fall is a highlight (a steady one: 2 answers cannot show a change
        // is more than chance): the rule is what kept it out.
        let month = try Period(parsing: "2025-02")
        let csatOnly = { (model: FixtureModel) in
            ReviewHighlights.make(month: month, figures: model.analysis.review(of: month)!.live.metrics.filter { $0.id == "csat" },
                                  site: model.site, overall: nil, areas: [:])
        }
        #expect(csatOnly(model).isEmpty)
        let looseFolder = try project(minimumN: 1)
        let loose = csatOnly(FixtureModel(root: looseFolder.url))
        #expect(loose.map(\.kind) == [.steady], "\(loose.map(\.text))")
        #expect(loose.first?.text.contains("n = 2") == true)
    }
}
