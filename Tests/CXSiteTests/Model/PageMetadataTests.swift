import Testing
import CXSiteSupport
import CXSiteModel
import CXSiteLoad
import CXSiteAnalyse
import CXSiteCharts
import CXSiteRender
import CXSiteWrite
import CXSite

/// The values of the front matter keys other generators use, one by one.
struct PageMetadataTests {
    /// Every form docs/HANDBOOK.md lists, with the day it stands for.
    @Test(arguments: [
        ("2026-03-17", "2026-03-17"),                     // all generators
        ("2024-02-02T04:14:54-08:00", "2024-02-02"),      // Hugo (RFC 3339): the day as written, not moved to UTC
        ("2026-10-21T18:00:00Z", "2026-10-21"),
        ("2026-03-17T09:30", "2026-03-17"),
        ("2026-03-17T09:30:00.250+0100", "2026-03-17"),
        ("2025-11-03 10:30:00 +0100", "2025-11-03"),      // Jekyll
        ("2025-11-03 10:30:00", "2025-11-03"),
        ("2024-02-29", "2024-02-29"),                     // a leap day
    ])
    func acceptedDates(_ text: String, _ day: String) throws {
        #expect(try PageDate(parsing: text).description == day)
    }

    @Test(arguments: ["15/01/2026", "2026-1-5", "March 17, 2026", "2026-03-17T25:00", "2026-03-17T09:60", "2026-03-17T09",
                      "2026-03-17 09:30:00 +01:00:00", "2026-03-17Z", "2026-03-17T09:30:00+24:00", "20260317", ""])
    func rejectedForms(_ text: String) {
        #expect(throws: Period.ParseError.self) { try PageDate(parsing: text) }
    }

    @Test func impossibleDaysSayWhy() {
        for text in ["2026-02-29", "2026-02-30", "2026-13-01", "2026-04-31"] {
            #expect(throws: Period.ParseError(what: "'\(text)' is not a day of the calendar", expected: "expected a real date such as 2026-03-17 (YYYY-MM-DD)")) {
                try PageDate(parsing: text)
            }
        }
    }

    @Test func labelsAndOrder() throws {
        let written = try PageDate(parsing: "2026-02-09")
        #expect(written.label == "9 February 2026")
        #expect(written < (try PageDate(parsing: "2026-10-21")))
    }

    @Test(arguments: [
        ("/old/escalation/", "old/escalation/index.html"),
        ("/old/escalation", "old/escalation/index.html"),
        ("/old/escalation.html", "old/escalation.html"),
        ("/old/Escalation.HTM", "old/Escalation.HTM"),
        ("old-escalation", "handbook/care/old-escalation/index.html"),   // relative: from the page's folder
        ("archive/2019/", "handbook/care/archive/2019/index.html"),
        ("/über-uns/", "über-uns/index.html"),
    ])
    func aliasPaths(_ written: String, _ path: String) throws {
        #expect(try PageMetadata.outputPath(ofAlias: written, folder: "handbook/care/").get() == path)
    }

    @Test(arguments: ["", "/", "https://old.example/x/", "//old.example/x", "../x", "/a//b/", "/a/./b", "/a b/", "/a?b=1", "/a#top",
                      "/a%20b/", "/x.html/y", "C:\\old", "/.cxsite-output", "/.well-known/x"])
    func aliasesThatCannotBePaths(_ written: String) {
        #expect(throws: PageMetadata.AliasProblem.self) { try PageMetadata.outputPath(ofAlias: written, folder: "handbook/").get() }
    }

    @Test func tagSlugs() {
        #expect(Slug.tag("Payroll Day") == "payroll-day")
        #expect(Slug.tag("payroll-day") == "payroll-day")
        #expect(Slug.tag("Café") == "cafe")
        #expect(Slug.tag("<script>alert(1)</script>") == "script-alert-1-script")
        // Nothing ASCII left: a stable hash, different for different names, the same for any case.
        #expect(Slug.tag("日本語").hasPrefix("tag-"))
        #expect(Slug.tag("日本語") == Slug.tag("日本語"))
        #expect(Slug.tag("日本語") != Slug.tag("中文"))
        #expect(Slug.tag("Ω") == Slug.tag("ω"))
    }
}
