import CXSiteSupport
import CXSiteModel

/// Where a link written in a Markdown file leads inside the project: its destination resolved
/// against the file's folder, as path components from the project folder (`content`,
/// `handbook`, `refunds.md`).
///
/// Only files under `content/` are published, so a link or image leading anywhere else is never
/// copied; ``warnLeavingContent(_:path:firstLine:log:)`` says so at the link.
package enum ContentLink {
    /// The project path of `url` written in a file of `folder` (its folders, `content` first),
    /// with its `#fragment` or `?query`; nil when `url` is not a relative path (an absolute URL,
    /// `/root`, `#top`, empty). Components are empty when the path climbs above the project.
    package static func resolve(_ url: String, folder: [Substring]) -> (parts: [Substring], suffix: Substring)? {
        let utf8 = url.utf8
        guard let first = utf8.first, first != UInt8(ascii: "#"), first != UInt8(ascii: "/"), !hasScheme(utf8) else { return nil }
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
                if component.isEmpty || component == "." || isEncodedDots(component, 1) {
                    // Nothing to do: "a//b" and "./a" name the same file as "a/b" and "a".
                } else if component == ".." || isEncodedDots(component, 2) {
                    guard !parts.isEmpty else { return ([], suffix) }
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
        return (parts, suffix)
    }

    /// The folders of the file at `path` (`content/handbook/a.md` → `content`, `handbook`).
    package static func folder(of path: String) -> [Substring] {
        // Split on the bytes of "/" (String.split compares Characters).
        var folder: [Substring] = []
        var start = path.startIndex
        for index in path.utf8.indices where path.utf8[index] == UInt8(ascii: "/") {
            if start < index { folder.append(path[start..<index]) }
            start = path.utf8.index(after: index)
        }
        return folder
    }

    /// A warning at every link and image of `document` (the Markdown of the file `path`, its
    /// first line being file line `firstLine`) whose relative destination leaves `content/`.
    package static func warnLeavingContent(_ document: MarkdownDocument, path: String, firstLine: Int, log: inout DiagnosticLog) {
        let folder = folder(of: path)
        document.root.forEachDescendant { node in
            guard node.kind == .link || node.kind == .image, let url = node.url, mayLeave(url, folder: folder),
                  let (parts, _) = resolve(url, folder: folder), parts.first != "content" else { return true }
            let what = node.kind == .image ? "image" : "link"
            log.warning("\(what) '\(url)' leads outside content/; only files under content/ are published, so nothing is copied and the \(what) will not work on the site; point it to a file under content/ or to an absolute URL",
                        at: SourceLocation(path: path, line: firstLine + max(1, node.startLine) - 1, column: max(1, node.startColumn)))
            return true
        }
    }

    /// False when `url`, written in a file of `folder` under `content/`, cannot lead outside it:
    /// it holds fewer `..` than there are folders to climb out of, and no `%` (an encoded dot).
    /// Most links are so, and need not be resolved.
    private static func mayLeave(_ url: String, folder: [Substring]) -> Bool {
        guard folder.first == "content" else { return true }
        var dotPairs = 0
        var previous: UInt8 = 0
        for byte in url.utf8 {
            if byte == UInt8(ascii: "%") { return true }
            if byte == UInt8(ascii: "."), previous == UInt8(ascii: ".") {
                dotPairs += 1
                previous = 0
                continue
            }
            previous = byte
        }
        return dotPairs >= folder.count
    }

    /// True when `component` is `count` dots with at least one written `%2e`, which browsers
    /// read as a dot (`%2e%2e` is `..`).
    private static func isEncodedDots(_ component: Substring, _ count: Int) -> Bool {
        guard component.utf8.count <= 3 * count, component.utf8.contains(UInt8(ascii: "%")) else { return false }
        return component.lowercased().replacingOccurrences(of: "%2e", with: ".") == String(repeating: ".", count: count)
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
