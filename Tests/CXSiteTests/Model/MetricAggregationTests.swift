import Testing
import CXSiteSupport
import CXSiteModel
import CXSiteLoad
import CXSiteAnalyse
import CXSiteCharts
import CXSiteRender
import CXSiteWrite
import CXSite

struct MetricAggregationTests {
    let values: [Double] = [4, 1, 3, 10]

    @Test func meanSumLastMedian() {
        #expect(MetricDefinition.Aggregate.mean.apply(values) == 4.5)
        #expect(MetricDefinition.Aggregate.sum.apply(values) == 18)
        #expect(MetricDefinition.Aggregate.last.apply(values) == 10)
        #expect(MetricDefinition.Aggregate.median.apply(values) == 3.5)
        #expect(MetricDefinition.Aggregate.median.apply([5, 1, 3]) == 3)
        #expect(MetricDefinition.Aggregate.median.apply([7]) == 7)
    }

    @Test func nothingToAggregate() {
        for aggregate in MetricDefinition.Aggregate.allCases {
            #expect(aggregate.apply([]) == nil)
        }
    }
}
