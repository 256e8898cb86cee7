import Foundation
import Testing
import CXSiteSupport
import CXSiteModel
import CXSiteLoad
import CXSiteAnalyse
import CXSiteCharts
import CXSiteRender
import CXSiteWrite
import CXSite

/// The positioned JSON reader behind frozen reviews: values with their line and column, and the
/// first problem of a broken file at its place.
struct JSONReaderTests {
    func failure(_ text: String) -> String {
        do {
            _ = try JSONReader.parse(text)
            return "parsed"
        } catch {
            return "\(error.line):\(error.column): \(error.message)"
        }
    }

    @Test func valuesKeepTheirPositions() throws {
        let node = try JSONReader.parse("{\n  \"a\": [1, -2.5e1, true, null],\n  \"é\": \"x\\u00e9\\n\\ud83d\\ude00\"\n}\n")
        let members = try #require(node.members)
        #expect(members.map(\.key) == ["a", "é"])
        #expect((members[0].line, members[0].column) == (2, 3))
        let items = try #require(node["a"]?.array)
        #expect(items.map(\.column) == [9, 12, 20, 26])
        #expect(items[1].number == -25)
        #expect(items[3].isNull)
        #expect(node["é"]?.string == "xé\n😀")
        #expect((node["é"]?.line, node["é"]?.column) == (3, 8))
    }

    @Test func aByteOrderMarkIsSkipped() throws {
        #expect(try JSONReader.parse("\u{FEFF}{\"month\": \"2026-10\"}")["month"]?.column == 11)
    }

    @Test func problemsAreReportedWhereTheyAre() {
        #expect(failure("{\"a\": 1,}") == "1:9: a comma before '}'; JSON allows no trailing comma")
        #expect(failure("[1,\n 2,\n]") == "3:1: a comma before ']'; JSON allows no trailing comma")
        #expect(failure("{\"a\": 1, \"a\": 2}") == "1:10: duplicate key 'a'")
        #expect(failure("{\"a\" 1}") == "1:6: expected ':' after the key 'a'")
        #expect(failure("{\"a\": 01}") == "1:7: a number may not start with 0")
        #expect(failure("{\"a\": \"b}") == "1:10: unterminated string")
        #expect(failure("{\"a\": tru}") == "1:7: expected 'true'")
        #expect(failure("{\"a\": 'b'}") == "1:7: unexpected character '''; expected a value")
        #expect(failure("{} x") == "1:4: unexpected text after the end of the JSON value")
        #expect(failure("") == "1:1: unexpected end of file; expected a value")
        #expect(failure("\"\\x\"") == "1:2: invalid escape '\\x'")
    }
}
