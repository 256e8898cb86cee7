import Yams
import CXSiteSupport
import CXSiteModel

/// A YAML node with the file position of every value, read with Yams' composer
/// (not its `Decodable` decoder, whose type errors carry no line).
package typealias YAMLNode = Yams.Node

package enum YAML {
    /// Parses `text` (the YAML of `path`, starting at file line `firstLine`) into a node tree.
    /// Syntax errors and duplicate keys become diagnostics; returns nil when the text cannot be read.
    package static func parse(_ text: String, path: String, firstLine: Int = 1, log: inout DiagnosticLog) -> YAMLNode? {
        if let tab = tabIndentation(in: text) {
            log.error("tab used for indentation; YAML allows only spaces", at: SourceLocation(path: path, line: firstLine + tab.line - 1, column: tab.column))
            return nil
        }
        // libyaml also breaks lines at NEL, LS and PS (U+0085, U+2028, U+2029), which no editor
        // shows as a new line: as spaces they keep its line numbers equal to the file's.
        var source = text
        if text.unicodeScalars.contains(where: { $0 == "\u{85}" || $0 == "\u{2028}" || $0 == "\u{2029}" }) {
            source = String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "\u{85}" || $0 == "\u{2028}" || $0 == "\u{2029}" ? " " : $0 }))
        }
        do {
            // UTF-8 named explicitly: Yams' `.default` reads the whole process environment on
            // every call (a third of the cost of parsing a short front matter). The basic
            // resolver tags every plain scalar as text instead of trying seven regular
            // expressions on it: `YAMLFields` reads the text and parses numbers and booleans itself.
            // `compose` makes nodes only, so its constructor needs no maps (the default one
            // builds three dictionaries of closures on every call).
            return try Yams.compose(yaml: source, .basic, Constructor([:], [:], [:]), .utf8)
        } catch let error as YamlError {
            let (message, mark) = describe(error, firstLine: firstLine)
            var position = (line: mark?.line ?? 1, column: mark?.column ?? 1)
            if case let .duplicatedKeysInMapping(duplicates, _) = error, let repeated = secondOccurrence(of: duplicates.sorted()[0], in: text) {
                position = repeated
            }
            let location = SourceLocation(path: path, line: firstLine + max(0, position.line - 1), column: position.column)
            log.error(message, at: location)
        } catch {
            log.error("cannot read YAML: \(error)", at: SourceLocation(path: path, line: firstLine))
        }
        return nil
    }

    /// Where `node` was written, as a location in the file.
    package static func location(of node: YAMLNode, path: String, firstLine: Int) -> SourceLocation {
        guard let mark = node.mark else { return SourceLocation(path: path, line: firstLine) }
        return SourceLocation(path: path, line: firstLine + mark.line - 1, column: mark.column)
    }

    private static func describe(_ error: YamlError, firstLine: Int) -> (String, Yams.Mark?) {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            var detail = ""
            if let context {
                detail = " \(context.text)"
                if context.mark.line != mark.line || context.mark.column != mark.column {
                    detail += " that starts at line \(firstLine + context.mark.line - 1), column \(context.mark.column)"
                }
            }
            return ("invalid YAML: \(problem)\(detail)", mark)
        case let .duplicatedKeysInMapping(duplicates, context):
            let keys = duplicates.sorted().map { "'\($0)'" }.joined(separator: ", ")
            return ("duplicate key \(keys); each key may appear once", context.mark)
        case let .reader(problem, _, _, _):
            return ("invalid YAML: \(problem)", nil)
        default:
            return ("invalid YAML: \(error)", nil)
        }
    }

    /// Where `key` is written a second time as a mapping key (Yams reports the mapping instead).
    private static func secondOccurrence(of key: String, in text: String) -> (line: Int, column: Int)? {
        var seen = 0
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let indent = line.prefix { $0 == " " }.count
            let rest = line.dropFirst(indent)
            guard rest.hasPrefix(key) else { continue }
            let after = rest.dropFirst(key.count).drop { $0 == " " }
            if after.hasPrefix(":") {
                seen += 1
                if seen == 2 { return (index + 1, indent + 1) }
            }
        }
        return nil
    }

    /// The first line that starts with a tab inside its indentation (libyaml's own message
    /// for this case is cryptic), as 1-based line and column.
    private static func tabIndentation(in text: String) -> (line: Int, column: Int)? {
        var line = 1
        var column = 1
        var inIndent = true
        for byte in text.utf8 {
            if byte == 0x0A {
                line += 1; column = 1; inIndent = true
                continue
            }
            if inIndent {
                if byte == 0x09 { return (line, column) }
                if byte != 0x20 { inIndent = false }
            }
            column += 1
        }
        return nil
    }
}

/// Reading typed values out of a YAML mapping while recording what was wrong, where.
package struct YAMLFields {
    package let path: String
    package let firstLine: Int
    package let pairs: [(key: String, keyNode: YAMLNode, value: YAMLNode)]

    /// The mapping in `node`, or nil (with an error) when `node` is not a mapping.
    package init?(_ node: YAMLNode, path: String, firstLine: Int, what: String, log: inout DiagnosticLog) {
        guard let mapping = node.mapping else {
            log.error("\(what) must be a mapping of 'key: value' lines", at: YAML.location(of: node, path: path, firstLine: firstLine))
            return nil
        }
        self.path = path
        self.firstLine = firstLine
        self.pairs = mapping.map { (key: $0.key.string ?? "", keyNode: $0.key, value: $0.value) }
    }

    /// Some of the pairs of `other`, with its path and first line.
    package init(pairs: [(key: String, keyNode: YAMLNode, value: YAMLNode)], like other: YAMLFields) {
        self.path = other.path
        self.firstLine = other.firstLine
        self.pairs = pairs
    }

    package func location(_ node: YAMLNode) -> SourceLocation { YAML.location(of: node, path: path, firstLine: firstLine) }

    package func node(_ key: String) -> YAMLNode? { pairs.first { $0.key == key }?.value }

    /// Warns about every key not in `known`, with a did-you-mean.
    package func warnUnknownKeys(_ known: [String], in what: String, log: inout DiagnosticLog) {
        for pair in pairs where !known.contains(pair.key) {
            log.warning("unknown key '\(pair.key)' in \(what)\(Suggestion.hint(for: pair.key, in: known)); it is ignored", at: location(pair.keyNode))
        }
    }

    package func string(_ key: String, log: inout DiagnosticLog) -> String? {
        guard let value = node(key) else { return nil }
        guard let scalar = value.scalar else {
            log.error("'\(key)' must be text, not a list or mapping", at: location(value))
            return nil
        }
        return scalar.string
    }

    package func int(_ key: String, in range: ClosedRange<Int>? = nil, log: inout DiagnosticLog) -> Int? {
        guard let value = node(key) else { return nil }
        guard let number = value.scalar.flatMap({ Int($0.string) }) else {
            log.error("'\(key)' must be a whole number, found '\(value.scalar?.string ?? "a list or mapping")'", at: location(value))
            return nil
        }
        if let range, !range.contains(number) {
            log.error("'\(key)' must be between \(range.lowerBound) and \(range.upperBound), found \(number)", at: location(value))
            return nil
        }
        return number
    }

    package func double(_ key: String, log: inout DiagnosticLog) -> Double? {
        guard let value = node(key) else { return nil }
        guard let number = value.scalar.flatMap({ Double($0.string) }), number.isFinite else {
            log.error("'\(key)' must be a number, found '\(value.scalar?.string ?? "a list or mapping")'", at: location(value))
            return nil
        }
        return number
    }

    package func bool(_ key: String, log: inout DiagnosticLog) -> Bool? {
        guard let value = node(key) else { return nil }
        switch value.scalar?.string.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default:
            log.error("'\(key)' must be true or false, found '\(value.scalar?.string ?? "a list or mapping")'", at: location(value))
            return nil
        }
    }

    /// A list of text items; a single scalar counts as a one-item list.
    package func strings(_ key: String, log: inout DiagnosticLog) -> [String] {
        guard let value = node(key) else { return [] }
        if let scalar = value.scalar { return scalar.string.isEmpty ? [] : [scalar.string] }
        guard let sequence = value.sequence else {
            log.error("'\(key)' must be a list", at: location(value))
            return []
        }
        var items: [String] = []
        for item in sequence {
            if let text = item.scalar?.string { items.append(text) } else {
                log.error("each item of '\(key)' must be text", at: location(item))
            }
        }
        return items
    }

    /// The nested mapping under `key`, if present and a mapping.
    package func mapping(_ key: String, what: String, log: inout DiagnosticLog) -> YAMLFields? {
        guard let value = node(key) else { return nil }
        return YAMLFields(value, path: path, firstLine: firstLine, what: what, log: &log)
    }
}
