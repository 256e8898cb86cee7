import Foundation
#if canImport(Glibc)
import Glibc
#endif
import CXSiteSupport
import CXSiteModel

/// Where a project's files may come from: the project folder and the folders named under
/// `allow_outside:` in `site.yml`, each by its real path (every symbolic link and `..` resolved).
///
/// ``ProjectReader`` checks every symbolic link it meets (`site.yml`, `content`, `templates` and
/// everything below them, at any depth): a link whose target, followed to the end of a chain of
/// links, lies outside these folders is an error at the link's own path, and nothing is read
/// through it. Links that stay inside work as folders and files do. Since every other entry of
/// a folder lies where its folder lies, checking the links is enough for everything walked.
///
/// ```swift
/// let boundary = ProjectReader(root: URL(fileURLWithPath: "/srv/handbook")).boundary()
/// boundary.target(ofLinkLeaving: "/srv/handbook/content/handbook/keys")  // "/home/me/.ssh": refused
/// boundary.firstLinkLeaving("content/handbook/keys/id_rsa.md")?.link      // "content/handbook/keys"
/// ```
public struct ProjectBoundary: Sendable {
    /// The project folder's real path (the folder may itself be reached through a link, such as `/tmp`).
    public let root: String
    /// The real paths of the folders named under `allow_outside:`.
    public private(set) var allowed: [String] = []

    /// The `site.yml` key naming the folders outside the project that links may lead into.
    package static let siteKey = "allow_outside"

    /// The project folder alone; ``allow(siteConfig:log:)`` adds the folders of `site.yml`.
    package init(root: URL) {
        let path = root.standardizedFileURL.path
        self.root = Self.realPath(path) ?? path
    }

    /// True when the real path `path` is one of the boundary's folders or lies inside one.
    package func contains(realPath path: String) -> Bool {
        ([root] + allowed).contains { folder in
            path == folder || path.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/")
        }
    }

    /// The real path a symbolic link at `path` leads to, when that lies outside the boundary;
    /// nil when `path` is not a link, stays inside, or is broken or a loop (reported as such by
    /// the reader, since nothing can be read through it either).
    public func target(ofLinkLeaving path: String) -> String? {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK, let real = Self.realPath(path) else { return nil }
        return contains(realPath: real) ? nil : real
    }

    /// The first link on the way from the project folder to `relative` (a path such as
    /// `content/handbook/x.md`) that leads outside, with its real target; nil when the whole
    /// way stays inside. A `..` component counts as leaving.
    package func firstLinkLeaving(_ relative: String) -> (link: String, target: String)? {
        var prefix = ""
        for component in relative.split(separator: "/") where component != "." {
            if component == ".." { return (prefix.isEmpty ? ".." : prefix + "/..", Self.realPath(root + "/" + relative) ?? relative) }
            prefix += prefix.isEmpty ? String(component) : "/" + component
            if let target = target(ofLinkLeaving: root + "/" + prefix) { return (prefix, target) }
        }
        return nil
    }

    /// The error for a link that leads outside.
    package static func leaving(to target: String) -> String {
        "symbolic link leads outside the project (to \(target)); to allow it, name the folder under \(siteKey): in site.yml"
    }

    /// Adds the folders named under `allow_outside:` in `site.yml`: a list of folders, each
    /// relative to the project folder or absolute, and each must exist. Syntax errors of the
    /// file are left to ``SiteConfig/load(yaml:path:log:)``, which reports them once.
    package mutating func allow(siteConfig: SourceText?, log: inout DiagnosticLog) {
        guard let file = siteConfig else { return }
        var ignored = DiagnosticLog()
        guard let node = YAML.parse(file.text, path: file.path, log: &ignored),
              let fields = YAMLFields(node, path: file.path, firstLine: 1, what: "site.yml", log: &ignored),
              let value = fields.node(Self.siteKey) else { return }
        guard value.mapping == nil else {
            log.error("'\(Self.siteKey)' must be a list of folders, such as \(Self.siteKey): [../shared-handbook, /srv/exports]", at: fields.location(value))
            return
        }
        if value.scalar?.string.isEmpty == true { return }
        // A single folder written without brackets counts as a list of one.
        for item in value.sequence.map(Array.init) ?? [value] {
            let at = fields.location(item)
            guard let name = item.scalar?.string, !name.isEmpty else {
                log.error("each item of '\(Self.siteKey)' must be a folder, relative to the project folder or absolute", at: at)
                continue
            }
            let path = name.hasPrefix("/") ? name : root + "/" + name
            guard let real = Self.realPath(path) else {
                log.error("'\(name)' under \(Self.siteKey): does not exist; expected a folder, relative to the project folder or absolute", at: at)
                continue
            }
            guard FileSystem.isDirectory(real) else {
                log.error("'\(name)' under \(Self.siteKey): is not a folder; name the folder links may lead into", at: at)
                continue
            }
            if real == "/" {
                log.error("'\(name)' under \(Self.siteKey): is the whole file system; name only the folders links may lead into", at: at)
            } else if contains(realPath: real) {
                log.warning("'\(name)' under \(Self.siteKey): is inside the project already; links into it need no \(Self.siteKey)", at: at)
            } else {
                allowed.append(real)
            }
        }
    }

    /// `realpath(3)`: the path with every symbolic link, `.` and `..` resolved; nil when it
    /// cannot be (a missing target, a loop).
    package static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
