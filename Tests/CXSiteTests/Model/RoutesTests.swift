import Testing
import CXSiteSupport

/// The paths every page is written to and linked by (`Routes`): the published address of a page
/// and the relative links the feed uses without `base_url`.
struct RoutesTests {
    @Test func publishedAddressesDropIndexHTML() {
        #expect(Routes.pretty(Routes.home) == "")
        #expect(Routes.pretty(Routes.stage("connect")) == "stages/connect/")
        #expect(Routes.pretty(Routes.reviewsFeed) == "reviews/feed.xml")
        #expect(Routes.pretty("old/escalation.html") == "old/escalation.html")
    }

    @Test func relativeLinksFromAFile() {
        #expect(Routes.relative(Routes.review(try! Period(parsing: "2026-10")), from: Routes.reviewsFeed) == "2026-10/index.html")
        #expect(Routes.relative(Routes.reviews, from: Routes.reviewsFeed) == "index.html")
        #expect(Routes.relative(Routes.reviewsFeed, from: Routes.reviewsFeed) == "feed.xml")
        #expect(Routes.relative(Routes.metric("csat"), from: Routes.stage("connect")) == "../../metrics/csat/index.html")
        #expect(Routes.relative(Routes.home, from: Routes.stage("connect")) == "../../index.html")
        #expect(Routes.relative(Routes.stage("connect"), from: Routes.home) == "stages/connect/index.html")
        #expect(Routes.stages == "stages/index.html" && Routes.frameworkIndex("steps") == Routes.steps)
    }
}
