/// Relative links between output files, so a site works from `file://` and under any sub-path.
enum Links {
    /// The prefix that leads from `page` back to the site root: `""` for `index.html`,
    /// `"../../"` for `stages/connect/index.html`.
    static func root(from page: String) -> String {
        String(repeating: "../", count: page.utf8.filter { $0 == 0x2F }.count)
    }

    /// The destination of a link written in the Markdown file `source` (rendered as `page`),
    /// rewritten so it works on the site: a link to another `.md` file becomes a link to its
    /// page, a link to a file under `content/` a link to its copy. Absolute URLs, `#fragments`
    /// and paths leaving `content/` are kept as written (nil).
    static func rewrite(_ url: String, in source: String, page: String, pageURLs: [String: String]) -> String? {
        if url.isEmpty || url.hasPrefix("#") || url.hasPrefix("/") || hasScheme(url) { return nil }
        var path = Substring(url)
        var suffix = ""
        if let cut = path.firstIndex(where: { $0 == "#" || $0 == "?" }) {
            suffix = String(path[cut...])
            path = path[..<cut]
        }
        var parts = source.split(separator: "/").dropLast().map(String.init)
        for component in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch component {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(String(component))
            }
        }
        let resolved = parts.joined(separator: "/")
        guard resolved.hasPrefix("content/") else { return nil }
        if let target = pageURLs[resolved] { return root(from: page) + target + suffix }
        if resolved.lowercased().hasSuffix(".md") { return nil }
        return root(from: page) + resolved.dropFirst("content/".count) + suffix
    }

    private static func hasScheme(_ url: String) -> Bool {
        guard let colon = url.firstIndex(of: ":") else { return false }
        return !url[..<colon].contains("/")
    }
}
