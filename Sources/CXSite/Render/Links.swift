/// Relative links between output files, so a site works from `file://` and under any sub-path.
enum Links {
    /// The prefix that leads from `page` back to the site root: `""` for `index.html`,
    /// `"../../"` for `stages/connect/index.html`.
    static func root(from page: String) -> String {
        var depth = 0
        for byte in page.utf8 where byte == 0x2F { depth += 1 }
        return String(repeating: "../", count: depth)
    }

    /// The destination of a link written in the Markdown file `source` (rendered as `page`),
    /// rewritten so it works on the site: a link to another `.md` file becomes a link to its
    /// page, a link to a file under `content/` a link to its copy. Absolute URLs, `#fragments`
    /// and paths leaving `content/` are kept as written (nil).
    static func rewrite(_ url: String, in source: String, page: String, pageURLs: [String: String]) -> String? {
        Rewriter(source: source, page: page, pageURLs: pageURLs).rewrite(url)
    }

    /// ``Links/rewrite(_:in:page:pageURLs:)`` for the links of one Markdown file, with what they
    /// share (the file's folder, the way back to the root) worked out once.
    struct Rewriter {
        /// Folders of the Markdown file, `content` first.
        private let folder: [Substring]
        /// The way from the page back to the site root (`../../`).
        private let root: String
        private let pageURLs: [String: String]

        init(source: String, page: String, pageURLs: [String: String]) {
            self.folder = ContentLink.folder(of: source)
            self.root = Links.root(from: page)
            self.pageURLs = pageURLs
        }

        func rewrite(_ url: String) -> String? {
            guard let (parts, suffix) = ContentLink.resolve(url, folder: folder), parts.count > 1, parts[0] == "content" else { return nil }
            let resolved = parts.joined(separator: "/")
            if let target = pageURLs[resolved] { return root + target + suffix }
            if resolved.lowercased().hasSuffix(".md") { return nil }
            return root + resolved.dropFirst("content/".count) + suffix
        }
    }
}
