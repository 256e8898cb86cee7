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
            // The folders of `source`, split on the bytes of "/" (String.split compares Characters).
            var folder: [Substring] = []
            var start = source.startIndex
            for index in source.utf8.indices where source.utf8[index] == UInt8(ascii: "/") {
                if start < index { folder.append(source[start..<index]) }
                start = source.utf8.index(after: index)
            }
            self.folder = folder
            self.root = Links.root(from: page)
            self.pageURLs = pageURLs
        }

        func rewrite(_ url: String) -> String? {
            let utf8 = url.utf8
            guard let first = utf8.first, first != UInt8(ascii: "#"), first != UInt8(ascii: "/"), !Links.hasScheme(utf8) else { return nil }
            var path = Substring(url)
            var suffix: Substring = ""
            if let cut = utf8.firstIndex(where: { $0 == UInt8(ascii: "#") || $0 == UInt8(ascii: "?") }) {
                suffix = url[cut...]
                path = url[..<cut]
            }
            var parts = folder
            // The path's components, split on the bytes of "/" (Substring.split compares Characters).
            var start = path.startIndex, index = path.startIndex
            while true {
                let atEnd = index == path.endIndex
                if atEnd || path.utf8[index] == UInt8(ascii: "/") {
                    let component = path[start..<index]
                    if component.isEmpty || component == "." {
                        // Nothing to do: "a//b" and "./a" name the same file as "a/b" and "a".
                    } else if component == ".." {
                        guard !parts.isEmpty else { return nil }
                        parts.removeLast()
                    } else {
                        parts.append(component)
                    }
                    if atEnd { break }
                    index = path.utf8.index(after: index)
                    start = index
                } else {
                    index = path.utf8.index(after: index)
                }
            }
            guard parts.count > 1, parts[0] == "content" else { return nil }
            let resolved = parts.joined(separator: "/")
            if let target = pageURLs[resolved] { return root + target + suffix }
            if resolved.lowercased().hasSuffix(".md") { return nil }
            return root + resolved.dropFirst("content/".count) + suffix
        }
    }

    /// True when the URL starts with a scheme (`https:`, `mailto:`): a colon before any slash.
    private static func hasScheme(_ url: String.UTF8View) -> Bool {
        for byte in url {
            if byte == UInt8(ascii: ":") { return true }
            if byte == UInt8(ascii: "/") { return false }
        }
        return false
    }
}
