import Testing
@testable import CXSiteServer

/// How request paths are decoded and which are refused, without a server.
struct RequestPathTests {
    @Test func ordinaryPathsDecodeToSegments() throws {
        #expect(try RequestPath.parse("/").get() == RequestPath(segments: [], endsWithSlash: true))
        #expect(try RequestPath.parse("/handbook/a%20b/index.html?x=1#top").get().segments == ["handbook", "a b", "index.html"])
        #expect(try RequestPath.parse("/handbook/").get().endsWithSlash)
        #expect(try RequestPath.parse("//handbook//x").get().segments == ["handbook", "x"])
        #expect(try RequestPath.parse("/caf%C3%A9").get().segments == ["café"])
        #expect(try RequestPath.parse("/%252e%252e/x").get().segments == ["%2e%2e", "x"], "decoded once only")
    }

    @Test(arguments: [
        "/../etc/passwd", "/a/../../b", "/%2e%2e/x", "/%2E%2E/x", "/.%2e/x", "/%2e./x", "/a/%2e%2e%2f%2e%2e%2fx",
        "/..%2fx", "/..%5cx", "/a\\..\\b", "/%00", "/a%00.html", "/%c0%ae%c0%ae/x", "/%zz", "/%2", "relative/path", "/./x",
    ])
    func traversalAndMalformedPathsAreRefused(_ raw: String) {
        switch RequestPath.parse(raw) {
        case .success(let path): Issue.record("accepted \(raw) as \(path.segments)")
        case .failure(let refusal): #expect(refusal != .hidden)
        }
    }

    @Test func hiddenFilesAreNotFound() {
        #expect(RequestPath.parse("/.cxsite-output") == .failure(.hidden))
        #expect(RequestPath.parse("/a/.git/config") == .failure(.hidden))
        #expect(RequestPath.parse("/%2Egitkeep") == .failure(.hidden))
    }

    @Test func httpDatesRoundTrip() {
        #expect(HTTPDate.format(784_111_777) == "Sun, 06 Nov 1994 08:49:37 GMT")
        #expect(HTTPDate.parse("Sun, 06 Nov 1994 08:49:37 GMT") == 784_111_777)
        #expect(HTTPDate.parse("Sunday, 06-Nov-94 08:49:37 GMT") == nil)
        #expect(HTTPDate.parse(HTTPDate.format(1_795_000_000)) == 1_795_000_000)
    }

    @Test func mediaTypes() {
        #expect(MediaType.of("a/index.html") == "text/html; charset=utf-8")
        #expect(MediaType.of("assets/style.CSS") == "text/css; charset=utf-8")
        #expect(MediaType.of("search-index.js") == "text/javascript; charset=utf-8")
        #expect(MediaType.of("feed.atom") == "application/atom+xml")
        #expect(MediaType.of("chart.svg") == "image/svg+xml")
        #expect(MediaType.of("README") == "application/octet-stream")
        #expect(MediaType.of(".hidden") == "application/octet-stream")
    }
}
