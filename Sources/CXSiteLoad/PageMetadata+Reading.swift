import Foundation
import CXSiteSupport
import CXSiteModel

extension PageMetadata {
    /// Reads the keys of ``keys`` from `fields`; `folder` is the page's folder in the output
    /// (`handbook/care/`), which relative aliases start from.
    package init(_ fields: YAMLFields, folder: String, log: inout DiagnosticLog) {
        self.init()
        readDates(fields, log: &log)
        draft = fields.bool("draft", log: &log) ?? false
        tags = Self.tags(fields, log: &log)
        author = Self.author(fields, log: &log)
        description = fields.text("description", log: &log)
        weight = fields.int("weight", log: &log)
        if fields.node("weight") != nil, let order = fields.node("order") {
            log.warning("both 'order' and 'weight' are set; 'order' is used (they mean the same: keep one)", at: fields.location(order))
        }
        if let node = fields.node("slug"), let written = fields.text("slug", log: &log) {
            let folded = Slug.foldingAccents(written)
            let made = Slug.make(folded)
            if written.contains("/") {
                log.error("'slug' must be one URL segment, found '\(written)'; to keep an old path working, list it under 'aliases'", at: fields.location(node))
            } else if !Slug.hasLetterOrDigit(folded) {
                log.error("'slug' '\(written)' has no letter or digit; write the URL segment, such as 'escalation-policy'", at: fields.location(node))
            } else {
                if made != written {
                    log.warning("'slug' '\(written)' becomes '\(made)' (URL segments are lowercase letters, digits and dashes)", at: fields.location(node))
                }
                slug = made
                slugLocation = fields.location(node)
            }
        }
        aliases = Self.aliases(fields, folder: folder, log: &log)
    }

    /// `date`, `lastmod`, `updated`; MkDocs' `date: {created: …, updated: …}` too.
    private mutating func readDates(_ fields: YAMLFields, log: inout DiagnosticLog) {
        func day(_ node: YAMLNode, key: String) -> PageDate? {
            guard let text = node.scalar?.string else {
                log.error("'\(key)' must be a date such as 2026-03-17, not a list or mapping", at: fields.location(node))
                return nil
            }
            do {
                return try PageDate(parsing: text)
            } catch {
                log.error("'\(key)': \(error.description)", at: fields.location(node))
                return nil
            }
        }
        if let node = fields.node("date") {
            if node.mapping != nil, let nested = YAMLFields(node, path: fields.path, firstLine: fields.firstLine, what: "'date'", log: &log) {
                nested.warnUnknownKeys(["created", "updated"], in: "'date'", log: &log)
                date = nested.node("created").flatMap { day($0, key: "date.created") }
                updated = nested.node("updated").flatMap { day($0, key: "date.updated") }
            } else {
                date = day(node, key: "date")
            }
        }
        let lastmod = fields.node("lastmod").flatMap { day($0, key: "lastmod") }
        let updatedKey = fields.node("updated").flatMap { day($0, key: "updated") }
        if fields.node("lastmod") != nil, let node = fields.node("updated") {
            log.warning("both 'lastmod' and 'updated' are set; 'lastmod' is used (they mean the same: keep one)", at: fields.location(node))
        }
        updated = lastmod ?? updatedKey ?? updated
        if let date, let updated, updated < date, let node = fields.node("lastmod") ?? fields.node("updated") ?? fields.node("date") {
            log.warning("the page was last updated (\(updated)) before it was written (\(date)); check the dates", at: fields.location(node))
        }
    }

    /// A list of tags, or one text of tags separated by spaces or commas (Jekyll's form).
    private static func tags(_ fields: YAMLFields, log: inout DiagnosticLog) -> [String] {
        guard let node = fields.node("tags") else { return [] }
        var written: [(String, YAMLNode)] = []
        if let scalar = node.scalar {
            for word in scalar.string.split(whereSeparator: { $0 == " " || $0 == "," }) { written.append((String(word), node)) }
        } else if let sequence = node.sequence {
            for item in sequence {
                guard let text = item.scalar?.string else {
                    log.error("each tag must be text, not a list or mapping", at: fields.location(item))
                    continue
                }
                let tag = text.trimmingCharacters(in: .whitespaces)
                if tag.isEmpty {
                    log.error("a tag is empty; write its name or remove the line", at: fields.location(item))
                } else {
                    written.append((tag, item))
                }
            }
        } else {
            log.error("'tags' must be a list of tags (or tags separated by spaces)", at: fields.location(node))
        }
        var seen: Set<String> = []
        var tags: [String] = []
        for (tag, item) in written {
            guard seen.insert(Slug.tag(tag)).inserted else {
                log.warning("tag '\(tag)' is given twice on this page; it is listed once", at: fields.location(item))
                continue
            }
            tags.append(tag)
        }
        return tags
    }

    /// One name, or a list of names joined as "A, B and C".
    private static func author(_ fields: YAMLFields, log: inout DiagnosticLog) -> String? {
        guard let node = fields.node("author") else { return nil }
        if node.scalar != nil { return fields.text("author", log: &log) }
        guard node.sequence != nil else {
            log.error("'author' must be a name or a list of names", at: fields.location(node))
            return nil
        }
        let names = fields.strings("author", log: &log).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        switch names.count {
        case 0: return nil
        case 1: return names[0]
        default: return names.dropLast().joined(separator: ", ") + " and " + names.last!
        }
    }

    /// The output paths of `aliases` (one path or a list).
    private static func aliases(_ fields: YAMLFields, folder: String, log: inout DiagnosticLog) -> [Alias] {
        guard let node = fields.node("aliases") else { return [] }
        let items: [YAMLNode] = node.sequence.map(Array.init) ?? [node]
        var aliases: [Alias] = []
        for item in items {
            let location = fields.location(item)
            guard let written = item.scalar?.string else {
                log.error("each alias must be a path such as /old/escalation/, not a list or mapping", at: location)
                continue
            }
            switch outputPath(ofAlias: written, folder: folder) {
            case .success(let path):
                if aliases.contains(where: { $0.path == path }) {
                    log.warning("alias '\(written)' is given twice on this page", at: location)
                } else {
                    aliases.append(Alias(written: written, path: path, location: location))
                }
            case .failure(let problem):
                log.error("alias '\(written)' \(problem.what); expected a path on this site such as /old/escalation/ or /old/escalation.html", at: location)
            }
        }
        return aliases
    }
    package struct AliasProblem: Error { var what: String }

    /// Where an alias lands in the output: `/old/page/` and `/old/page` → `old/page/index.html`,
    /// `/old/page.html` → `old/page.html`; without a leading `/` it starts from `folder`.
    package static func outputPath(ofAlias written: String, folder: String) -> Result<String, AliasProblem> {
        let alias = written.trimmingCharacters(in: .whitespaces)
        if alias.isEmpty { return .failure(AliasProblem(what: "is empty")) }
        if alias.contains("://") || alias.hasPrefix("//") { return .failure(AliasProblem(what: "is on another site (an alias redirects from this site's own paths)")) }
        if let bad = alias.unicodeScalars.first(where: { "?#%\\:\"<>|*".unicodeScalars.contains($0) || $0.properties.generalCategory == .control || $0 == " " }) {
            return .failure(AliasProblem(what: "holds \(bad == " " ? "a space" : "'\(bad)'"), which a path here may not"))
        }
        let absolute = alias.hasPrefix("/")
        var segments = alias.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        if absolute { segments.removeFirst() }
        let folderLike = segments.last == ""
        if folderLike { segments.removeLast() }
        if segments.isEmpty { return .failure(AliasProblem(what: "is the home page")) }
        // `.` and `..` would leave the site; other names starting with a dot are hidden (the
        // server does not serve them, and `.cxsite-output` marks the output folder).
        if segments.contains(where: { $0.isEmpty || $0.hasPrefix(".") }) {
            return .failure(AliasProblem(what: "has an empty segment or one starting with '.'"))
        }
        let last = segments.last!.lowercased()
        let isFile = !folderLike && (last.hasSuffix(".html") || last.hasSuffix(".htm"))
        if segments.dropLast().contains(where: { $0.lowercased().hasSuffix(".html") || $0.lowercased().hasSuffix(".htm") }) {
            return .failure(AliasProblem(what: "has a '.html' segment before its end"))
        }
        let path = segments.joined(separator: "/") + (isFile ? "" : "/index.html")
        return .success(absolute ? path : folder + path)
    }
}

extension YAMLFields {
    /// ``string(_:log:)`` trimmed; an empty value is nil.
    package func text(_ key: String, log: inout DiagnosticLog) -> String? {
        guard let text = string(key, log: &log)?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else { return nil }
        return text
    }
}
