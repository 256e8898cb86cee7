import CXSiteSupport
import CXSiteModel

/// The destination of a link written in a Markdown file, rewritten so it works on the site: a
/// link to another `.md` file becomes a link to its page, a link to a file under `content/` a
/// link to its copy. Absolute URLs, `#fragments` and paths leaving `content/` are kept as
/// written (nil). One rewriter serves the links of one Markdown file, with what they share (the
/// file's folder, the way back to the root) worked out once.
package struct LinkRewriter {
    /// Folders of the Markdown file, `content` first.
    private let folder: [Substring]
    /// The way from the page back to the site root (`../../`).
    private let root: String
    private let pageURLs: [String: String]

    /// For the links of the Markdown file `source` (a project path), rendered as the page `page`;
    /// `pageURLs` maps Markdown files to their pages.
    package init(source: String, page: String, pageURLs: [String: String]) {
        self.folder = ContentLink.folder(of: source)
        self.root = Routes.root(from: page)
        self.pageURLs = pageURLs
    }

    package func rewrite(_ url: String) -> String? {
        guard let (parts, suffix) = ContentLink.resolve(url, folder: folder), parts.count > 1, parts[0] == "content" else { return nil }
        let resolved = parts.joined(separator: "/")
        if let target = pageURLs[resolved] { return root + target + suffix }
        if resolved.lowercased().hasSuffix(".md") { return nil }
        return root + resolved.dropFirst("content/".count) + suffix
    }
}
