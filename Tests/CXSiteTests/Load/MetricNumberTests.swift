import Testing
import CXSiteSupport
import CXSiteModel
import CXSiteLoad
import CXSiteAnalyse
import CXSiteCharts
import CXSiteRender
import CXSiteWrite
import CXSite

struct MetricNumberTests {
    @Test func readsDecimalsWithOptionalPercent() throws {
        #expect(try MetricNumber.parse("87.5%") == .init(number: 87.5, percent: true))
        #expect(try MetricNumber.parse("87.5 %") == .init(number: 87.5, percent: true))
        #expect(try MetricNumber.parse("-12") == .init(number: -12, percent: false))
        #expect(try MetricNumber.parse("+3.25") == .init(number: 3.25, percent: false))
        #expect(try MetricNumber.parse(" 42 ") == .init(number: 42, percent: false))
        #expect(try MetricNumber.parse("0.5") == .init(number: 0.5, percent: false))
        #expect(try MetricNumber.parse(".5") == .init(number: 0.5, percent: false))
        #expect(try MetricNumber.parse("-0") == .init(number: 0, percent: false))
        #expect(try MetricNumber.parse("-0")?.number.sign == .plus)
        #expect(try MetricNumber.parse("99.73\r\n") == .init(number: 99.73, percent: false))
    }

    @Test func emptyIsMissing() throws {
        #expect(try MetricNumber.parse("") == nil)
        #expect(try MetricNumber.parse("   ") == nil)
    }

    @Test(arguments: ["abc", "NaN", "nan", "inf", "-Infinity", "1e308", "1E3", "0x10", "1,5", "1 234", "12..5", ".", "-", "%", "5%%", "85 percent", "−12"])
    func refusesWhatIsNotAPlainDecimal(_ text: String) {
        #expect(throws: MetricNumber.Problem.self) { try MetricNumber.parse(text) }
    }

    @Test func refusesNumbersTooLargeForADouble() {
        #expect(throws: MetricNumber.Problem.self) { try MetricNumber.parse("1" + String(repeating: "0", count: 400)) }
    }

    @Test func messagesNameTheCellAndTheColumn() {
        #expect(throws: MetricNumber.Problem.self) { try MetricNumber.parse("abc") }
        do {
            _ = try MetricNumber.parse("abc")
        } catch {
            #expect(error.message(column: "value") == "'abc' is not a number (column 'value'); expected a decimal such as 87.5 or 87.5%")
        }
        do {
            _ = try MetricNumber.parse("1e308")
        } catch {
            #expect(error.message(column: "csat") == "'1e308' is not a number (column 'csat'); expected a plain decimal without an exponent, such as 87.5")
        }
        do {
            _ = try MetricNumber.parse("87,5")
        } catch {
            #expect(error.message(column: "value") == "'87,5' is not a number (column 'value'); expected a decimal with '.' and no thousands separators, such as 1234.5")
        }
    }
}
