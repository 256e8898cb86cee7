import CXSiteSupport

extension Site {
    /// Every alias of every page with the page it redirects to, in path order.
    public var redirects: [(alias: PageMetadata.Alias, page: HandbookPage)] {
        handbookPages.sorted { $0.path < $1.path }.flatMap { page in page.metadata.aliases.map { (alias: $0, page: page) } }
    }

    /// Logs an error for each alias that would overwrite a generated page, a handbook page, a
    /// copied file or another alias (naming both), and drops those aliases.
    package mutating func checkAliases(staticFiles: [StaticFile], log: inout DiagnosticLog) {
        var taken: [String: String] = [Routes.handbook: "the handbook index"]
        for page in handbookPages { taken[page.url] = "the page of '\(page.path)'" }
        for file in staticFiles { taken[file.path] = "the file copied from 'content/\(file.path)'" }
        for (s, section) in sections.enumerated() {
            for (p, page) in section.pages.enumerated() where !page.metadata.aliases.isEmpty {
                sections[s].pages[p].metadata.aliases = page.metadata.aliases.filter { alias in
                    let top = String(alias.path.prefix { $0 != "/" })
                    if Routes.generatedTopLevel.contains(top) {
                        log.error("alias '\(alias.written)' would replace \(top.hasSuffix(".html") || top.contains(".") ? top : "a page under \(top)/"), which cxsite generates; choose a path outside \(Self.generatedFolderList)",
                                  at: alias.location)
                        return false
                    }
                    if let owner = taken[alias.path] ?? Self.folders(of: alias.path).lazy.compactMap({ taken[$0] }).first {
                        log.error("alias '\(alias.written)' of '\(page.path)' would replace \(owner) (\(alias.path)); remove the alias or move that page", at: alias.location)
                        return false
                    }
                    taken[alias.path] = "the alias '\(alias.written)' of '\(page.path)'"
                    return true
                }
            }
        }
    }

    /// `a/b/index.html` → `a`, `a/b`: a file at one of them would leave no room for the alias.
    private static func folders(of path: String) -> [String] {
        let parts = path.split(separator: "/")
        return (1..<max(1, parts.count)).map { parts[..<$0].joined(separator: "/") }
    }

    private static var generatedFolderList: String {
        Routes.generatedTopLevel.filter { !$0.contains(".") }.sorted().map { $0 + "/" }.joined(separator: ", ")
    }
}
