import CXSiteSupport
import CXSiteModel
import CXSiteLoad
import CXSiteAnalyse
import CXSiteCharts
import CXSiteRender
import CXSiteWrite
import CXSite
import Foundation
import HTTPTypes
import Testing
@testable import CXSiteServer

/// The responder in process (request values, no socket, no HTTP client): status codes, types, traversal,
/// conditional requests, the live-reload script, the error overlay and the event stream.
struct SiteResponderTests {
    let project: ServedProject
    let live = LiveSite(instance: "test")

    init() throws {
        project = try ServedProject()
        _ = project.build()
    }

    @Test func pagesAreServedWithTheLiveReloadScriptWhichIsNotOnDisk() async throws {
        do {
            let client = project.client(live: live)
            let response = try await client.execute(uri: "/", method: .get)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "text/html; charset=utf-8")
            #expect(response.text.contains("Welcome to the served site."))
            #expect(response.text.contains("new EventSource(\"/_cxsite/events\")"))
            #expect(response.text.contains("var page = \"index.html\", build = \"test-0\""))
            #expect(response.text.hasSuffix("</script>\n</body>\n</html>\n"), "before </body>")
            #expect(response.headers[.contentLength] == String(response.body.count))
            let page = try await client.execute(uri: "/handbook/escalation/index.html", method: .get)
            #expect(page.status == .ok && page.text.contains("var page = \"handbook/escalation/index.html\""))
        }
        let onDisk = try String(contentsOf: project.output.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(!onDisk.contains("EventSource"), "public/ never holds the live-reload script")
    }

    @Test func theScriptGoesBeforeTheLastBodyEndAndTheBaseAfterTheFirstHead() {
        let find = { (marker: String, text: String, first: Bool) in LiveReloadScript.range(of: marker, in: Array(text.utf8), first: first) }
        #expect(find("</body>", "a</body>b</body>c", false) == 9..<16)
        #expect(find("</body>", "a</body>b</body>c", true) == 1..<8)
        #expect(find("<head>", "<head>", true) == 0..<6 && find("<head>", "<head>", false) == 0..<6)
        #expect(find("</body>", "</body", false) == nil && find("</body>", "", true) == nil && find("", "abc", true) == nil)
        let page = LiveReloadScript.inject(into: Array("<html><head></head><body>x</body></html>".utf8), page: "404.html", build: "b", baseHref: "/")
        let text = String(decoding: page, as: UTF8.self)
        #expect(text.hasPrefix("<html><head>\n<base href=\"/\"></head><body>x<script>"))
        #expect(text.hasSuffix("</script>\n</body></html>"))
        #expect(String(decoding: LiveReloadScript.inject(into: Array("plain".utf8), page: "", build: "b"), as: UTF8.self).hasPrefix("plain<script>"))
    }

    @Test func contentTypes() async throws {
        let expected = [
            "/assets/style.css": "text/css; charset=utf-8",
            "/assets/search.js": "text/javascript; charset=utf-8",
            "/search-index.js": "text/javascript; charset=utf-8",
            "/handbook/notes.txt": "text/plain; charset=utf-8",
            "/handbook/diagram.svg": "image/svg+xml",
            "/handbook/photo.png": "image/png",
            "/handbook/data.unknownext": "application/octet-stream",
            "/handbook/index.html": "text/html; charset=utf-8",
        ]
        do {
            let client = project.client(live: live)
            for (uri, type) in expected {
                let response = try await client.execute(uri: uri, method: .get)
                #expect(response.status == .ok, "\(uri)")
                #expect(response.headers[.contentType] == type, "\(uri)")
                #expect(response.headers[HTTPField.Name("X-Content-Type-Options")!] == "nosniff")
            }
            let css = try await client.execute(uri: "/assets/style.css", method: .get)
            #expect(!css.text.contains("EventSource"), "only HTML gets the script")
        }
    }

    @Test func headHasTheHeadersOfGetAndNoBody() async throws {
        do {
            let client = project.client(live: live)
            let get = try await client.execute(uri: "/handbook/index.html", method: .get)
            let head = try await client.execute(uri: "/handbook/index.html", method: .head)
            #expect(head.status == .ok)
            #expect(head.body.count == 0)
            #expect(head.headers[.contentLength] == String(get.body.count))
            #expect(head.headers[.eTag] == get.headers[.eTag])
            #expect(head.headers[.contentType] == get.headers[.contentType])
            #expect(try await client.execute(uri: "/missing", method: .head).status == .notFound)
        }
    }

    @Test func onlyGetAndHeadAreAllowed() async throws {
        do {
            let client = project.client(live: live)
            for method: HTTPRequest.Method in [.post, .put, .delete, .patch, .options] {
                let response = try await client.execute(uri: "/index.html", method: method)
                #expect(response.status == .methodNotAllowed, "\(method)")
                #expect(response.headers[.allow] == "GET, HEAD")
            }
        }
    }

    @Test func foldersRedirectToTheirSlashAndServeTheirIndex() async throws {
        do {
            let client = project.client(live: live)
            let redirect = try await client.execute(uri: "/handbook?x=1", method: .get)
            #expect(redirect.status == .movedPermanently)
            #expect(redirect.headers[.location] == "/handbook/?x=1")
            let index = try await client.execute(uri: "/handbook/", method: .get)
            #expect(index.status == .ok && index.text.contains("<h1>Handbook</h1>"))
        }
    }

    @Test func unknownPathsGetTheSite404PageThatStillLinksCorrectly() async throws {
        do {
            let client = project.client(live: live)
            let response = try await client.execute(uri: "/handbook/no-such-page/", method: .get)
            #expect(response.status == .notFound)
            #expect(response.headers[.contentType] == "text/html; charset=utf-8")
            #expect(response.text.contains("There is no page at this address"))
            #expect(response.text.contains("<head>\n<base href=\"/\">"), "relative links of 404.html resolve from the root")
            #expect(response.text.contains("EventSource"))
            #expect(try await client.execute(uri: "/.cxsite-output", method: .get).status == .notFound)
        }
    }

    /// At least ten encodings of a way out of public/, plus symbolic links put into it by hand
    /// (out of it, or back into it): each is 400 or 404, and no answer ever holds the secret
    /// file beside public/.
    @Test func traversalNeverLeavesTheOutputFolder() async throws {
        try FileManager.default.createSymbolicLink(atPath: project.output.appendingPathComponent("leak.txt").path,
                                                   withDestinationPath: project.root.appendingPathComponent("secret.txt").path)
        try FileManager.default.createSymbolicLink(atPath: project.output.appendingPathComponent("up").path, withDestinationPath: "..")
        try FileManager.default.createSymbolicLink(atPath: project.output.appendingPathComponent("again.html").path, withDestinationPath: "index.html")
        try FileManager.default.createSymbolicLink(atPath: project.output.appendingPathComponent("again").path, withDestinationPath: "handbook")
        let attempts = [
            "/../secret.txt", "/../../../../etc/passwd", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt", "/%2e%2e%2fsecret.txt",
            "/..%2fsecret.txt", "/..%2Fsecret.txt", "/.%2e/secret.txt", "/%2e./secret.txt", "/handbook/%2e%2e/%2e%2e/secret.txt",
            "/..%5csecret.txt", "/%5c..%5csecret.txt", "/%252e%252e/secret.txt", "/%252e%252e%252fsecret.txt", "/..;/secret.txt",
            "/%c0%ae%c0%ae/secret.txt", "/%e0%80%ae%e0%80%ae/secret.txt", "/..%00/secret.txt", "/secret.txt%00.html",
            "/leak.txt", "/up/secret.txt", "/up/", "/up", "//secret.txt", "/./secret.txt", "/handbook/./../../secret.txt",
        ]
        do {
            let client = project.client(live: live)
            for uri in attempts {
                let response = try await client.execute(uri: uri, method: .get)
                #expect([.badRequest, .notFound].contains(response.status), "\(uri) → \(response.status)")
                #expect(!response.text.contains(ServedProject.secret), "\(uri) leaked the secret")
            }
            // cxsite never writes a link into public/: one put there by hand is not followed,
            // even when it leads back inside.
            for uri in ["/up/public/index.html", "/again.html", "/again/", "/again/escalation/index.html"] {
                #expect(try await client.execute(uri: uri, method: .get).status == .notFound, "\(uri)")
            }
            #expect(try await client.execute(uri: "/index.html", method: .get).status == .ok)
            #expect(try await client.execute(uri: "/handbook/escalation/index.html", method: .get).status == .ok)
            let inside = try await client.execute(uri: "/handbook/%2E%2E/", method: .get)
            #expect(inside.status == .badRequest, "even a '..' that stays inside is refused")
        }
    }

    @Test func conditionalRequests() async throws {
        do {
            let client = project.client(live: live)
            let first = try await client.execute(uri: "/assets/style.css", method: .get)
            let etag = try #require(first.headers[.eTag])
            let modified = try #require(first.headers[.lastModified])
            #expect(first.headers[.cacheControl] == "no-cache")
            #expect(HTTPDate.parse(modified) != nil)

            let same = try await client.execute(uri: "/assets/style.css", method: .get, headers: [.ifNoneMatch: etag])
            #expect(same.status == .notModified && same.body.count == 0)
            #expect(same.headers[.eTag] == etag)
            #expect(try await client.execute(uri: "/assets/style.css", method: .get, headers: [.ifNoneMatch: "\"other\", W/\(etag)"]).status == .notModified)
            #expect(try await client.execute(uri: "/assets/style.css", method: .get, headers: [.ifNoneMatch: "*"]).status == .notModified)
            #expect(try await client.execute(uri: "/assets/style.css", method: .get, headers: [.ifNoneMatch: "\"other\""]).status == .ok)
            #expect(try await client.execute(uri: "/assets/style.css", method: .head, headers: [.ifNoneMatch: etag]).status == .notModified)

            #expect(try await client.execute(uri: "/assets/style.css", method: .get, headers: [.ifModifiedSince: modified]).status == .notModified)
            let before = HTTPDate.format(HTTPDate.parse(modified)! - 60)
            #expect(try await client.execute(uri: "/assets/style.css", method: .get, headers: [.ifModifiedSince: before]).status == .ok)
            #expect(try await client.execute(uri: "/assets/style.css", method: .get, headers: [.ifModifiedSince: "yesterday"]).status == .ok)
            // If-None-Match wins over If-Modified-Since.
            #expect(try await client.execute(uri: "/assets/style.css", method: .get,
                                             headers: [.ifNoneMatch: "\"other\"", .ifModifiedSince: modified]).status == .ok)
            // A page's tag covers the bytes served, script included.
            let page = try await client.execute(uri: "/index.html", method: .get)
            let pageTag = try #require(page.headers[.eTag])
            #expect(try await client.execute(uri: "/index.html", method: .get, headers: [.ifNoneMatch: pageTag]).status == .notModified)
        }
    }

    @Test func aFailedBuildShowsTheOverlayInPlaceOfPages() async throws {
        var log = DiagnosticLog()
        log.error("invalid YAML: did not find expected key", at: SourceLocation(path: "content/handbook/a.md", line: 3, column: 7))
        await live.finishBuild(failure: log.sorted, changedPaths: [])
        do {
            let client = project.client(live: live)
            for uri in ["/", "/handbook/escalation/index.html", "/no-such-page"] {
                let response = try await client.execute(uri: uri, method: .get)
                #expect(response.status == .internalServerError, "\(uri)")
                #expect(response.text.contains("<h1>Build failed</h1>"))
                #expect(response.text.contains("content/handbook/a.md:3:7: error: invalid YAML: did not find expected key"))
                #expect(response.text.contains("EventSource"), "the overlay reloads by itself")
                #expect(response.headers[.cacheControl] == "no-store")
            }
            #expect(try await client.execute(uri: "/assets/style.css", method: .get).status == .ok, "assets are still served")
        }
        await live.finishBuild(failure: nil, changedPaths: [])
        do {
            let client = project.client(live: live)
            let page = try await client.execute(uri: "/", method: .get)
            #expect(page.status == .ok, "the page is back once a build succeeds")
        }
    }

    @Test func theEventStreamSaysHelloThenReloads() async throws {
        do {
            let client = project.client(live: live)
            async let response = client.execute(uri: "/_cxsite/events", method: .get)
            var waited = 0
            while await live.listenerCount == 0, waited < 200 {
                try await Task.sleep(for: .milliseconds(10))
                waited += 1
            }
            await live.finishBuild(failure: nil, changedPaths: ["handbook/escalation/index.html", "search-index.js"])
            try await Task.sleep(for: .milliseconds(50))
            await live.finishAll()
            let events = try await response
            #expect(events.status == .ok)
            #expect(events.headers[.contentType] == "text/event-stream; charset=utf-8")
            #expect(events.text == """
                retry: 1000
                event: hello
                data: {"build":"test-0"}

                event: reload
                data: {"all":false,"build":"test-1","paths":["handbook/escalation/index.html","search-index.js"]}


                """)
        }
    }
}
