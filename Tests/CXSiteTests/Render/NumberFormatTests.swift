import Testing
import CXSiteSupport
import CXSiteModel
import CXSiteLoad
import CXSiteAnalyse
import CXSiteCharts
import CXSiteRender
import CXSiteWrite
import CXSite

struct NumberFormatTests {
    @Test func valuesPerUnit() {
        #expect(NumberFormat.value(85.14, unit: .percent) == "85.1%")
        #expect(NumberFormat.value(85, unit: .percent) == "85.0%")
        #expect(NumberFormat.value(21.24, unit: .hours) == "21.2 h")
        #expect(NumberFormat.value(21.25, unit: .hours) == "21.3 h")
        #expect(NumberFormat.value(31, unit: .score) == "31")
        #expect(NumberFormat.value(31.46, unit: .score) == "31.5")
        #expect(NumberFormat.value(30.96, unit: .score) == "31")
        #expect(NumberFormat.value(-12, unit: .score) == "−12")
        #expect(NumberFormat.value(5.414, unit: .scale) == "5.41")
    }

    /// Amounts of money: two decimals, only the whole part grouped, in values, targets, changes and chart labels.
    @Test func amountsHaveTwoDecimalsAndAGroupedWholePart() {
        #expect(NumberFormat.value(83.789, unit: .amount) == "83.79")
        #expect(NumberFormat.value(1204.5, unit: .amount) == "1,204.50")
        #expect(NumberFormat.value(-1234567.004, unit: .amount) == "−1,234,567.00")
        #expect(NumberFormat.target(80, unit: .amount) == "80")
        #expect(NumberFormat.delta(-1500.25, unit: .amount) == "−1,500.25")
        #expect(NumberFormat.label(1204.5, unit: .amount, maxDecimals: 1) == "1,204.5")
        #expect(NumberFormat.value(1204, unit: .count) == "1,204")
    }

    @Test func targetsDropTrailingZeros() {
        #expect(NumberFormat.target(90, unit: .percent) == "90%")
        #expect(NumberFormat.target(99.5, unit: .percent) == "99.5%")
        #expect(NumberFormat.target(24, unit: .hours) == "24 h")
        #expect(NumberFormat.target(5.5, unit: .scale) == "5.5")
        #expect(NumberFormat.target(30, unit: .score) == "30")
    }

    @Test func deltasAreSignedAndNeverMinusZero() {
        #expect(NumberFormat.delta(1.24, unit: .percent) == "+1.2 pts")
        #expect(NumberFormat.delta(-0.5, unit: .hours) == "−0.5 h")
        #expect(NumberFormat.delta(3, unit: .score) == "+3")
        #expect(NumberFormat.delta(0.123, unit: .scale) == "+0.12")
        #expect(NumberFormat.delta(-0.04, unit: .percent) == "±0 pts")
        #expect(NumberFormat.delta(0, unit: .score) == "±0")
        #expect(NumberFormat.isZero(-0.004, unit: .scale))
        #expect(!NumberFormat.isZero(-0.006, unit: .scale))
    }

    @Test func fixedHasNoMinusZero() {
        #expect(NumberFormat.fixed(-0.04, decimals: 1) == "0.0")
        #expect(NumberFormat.fixed(-0.0, decimals: 0) == "0")
        #expect(NumberFormat.fixed(-0.06, decimals: 1) == "-0.1")
        #expect(NumberFormat.fixed(1234567.891, decimals: 2) == "1234567.89")
        #expect(NumberFormat.value(-0.01, unit: .percent) == "0.0%")
    }

    @Test func dataNumbersAreShortAndExact() {
        #expect(NumberFormat.data(85.1) == "85.1")
        #expect(NumberFormat.data(24) == "24")
        #expect(NumberFormat.data(99.6975) == "99.6975")
        #expect(NumberFormat.data(99.69749) == "99.6975")
        #expect(NumberFormat.data(-3.5) == "-3.5")
        #expect(NumberFormat.data(-0.00001) == "0")
        #expect(NumberFormat.data(1e15) == "1000000000000000")
    }
}

extension NumberFormatTests {
    @Test func halvesRoundAwayFromZeroLikeTheCharts() {
        #expect(NumberFormat.fixed(84.25, decimals: 1) == "84.3")
        #expect(NumberFormat.fixed(-84.25, decimals: 1) == "-84.3")
        #expect(NumberFormat.fixed(0.5, decimals: 0) == "1")
        #expect(NumberFormat.fixed(2.5, decimals: 0) == "3")
        #expect(NumberFormat.fixed(0.05, decimals: 3) == "0.050")
        #expect(NumberFormat.fixed(1e20, decimals: 1) == "100000000000000000000.0")
    }
}
