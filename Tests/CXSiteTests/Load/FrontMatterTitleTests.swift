import Testing
import CXSiteSupport
import CXSiteLoad

/// A front matter title of only spaces (any of Unicode's space separators, or tabs) is an error
/// at the title's line; any other text is the title.
struct FrontMatterTitleTests {
    private func read(_ title: String) -> (title: String?, diagnostics: [String]) {
        var log = DiagnosticLog()
        let file = SourceText(path: "content/handbook/t.md", text: "---\ntitle: \(title)\n---\nText.\n")
        let fields = FrontMatterFields.read(file, known: ["title"], what: "a handbook page", log: &log)
        return (fields.title, log.sorted.map(\.description))
    }

    @Test(arguments: ["\"\"", "\"   \"", "\"\\t \"", "\"\u{00A0}\"", "\"\u{3000}\u{2009}\""])
    func aBlankTitleIsALocatedError(_ title: String) {
        let (read, diagnostics) = read(title)
        #expect(read == nil)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.hasPrefix("content/handbook/t.md:2:") == true)
        #expect(diagnostics.first?.contains("'title' is empty; give the page a title") == true)
    }

    @Test(arguments: [("Refunds", "Refunds"), ("\" Refunds \"", " Refunds "), ("\"\\n\"", "\n"), ("\"\u{00A0}x\"", "\u{00A0}x")])
    func anyOtherTextIsTheTitle(_ written: String, _ expected: String) {
        let (read, diagnostics) = read(written)
        #expect(read == expected)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
    }
}
