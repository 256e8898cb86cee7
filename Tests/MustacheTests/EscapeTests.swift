// cxsite's own test of the vendored library's changed escaping (see Sources/Mustache/README.md).

import Mustache
import XCTest

final class EscapeTests: XCTestCase {
    private func render(_ value: String) throws -> String {
        try MustacheTemplate(string: "{{value}}|{{{value}}}").render(["value": value])
    }

    func testEscapesTheFiveCharactersAndNothingElse() throws {
        XCTAssertEqual(try render("a<b>&\"c'"), "a&lt;b&gt;&amp;&quot;c&#39;|a<b>&\"c'")
        XCTAssertEqual(try render("Zoë · naïve — ok"), "Zoë · naïve — ok|Zoë · naïve — ok")
        XCTAssertEqual(try render(""), "|")
    }

    func testEscapesAQuoteFollowedByACombiningMark() throws {
        XCTAssertEqual(try render("\"\u{301}x"), "&quot;\u{301}x|\"\u{301}x")
    }
}

/// cxsite's own tests of names the fast lookup path treats specially.
final class NameLookupTests: XCTestCase {
    func testDotEmptyAndDottedNames() throws {
        let view: [String: Any] = ["a": ["b": "deep"], "list": ["x", "y"], "s": "top"]
        XCTAssertEqual(try MustacheTemplate(string: "{{a.b}}|{{#list}}{{.}}{{s}}{{/list}}|{{.a.b}}").render(view), "deep|xtopytop|deep")
        XCTAssertEqual(try MustacheTemplate(string: "{{#list}}[{{}}]{{/list}}").render(view), "[x][y]")
    }
}
