import Mustache
import CXSiteSupport
import CXSiteModel
import CXSiteAnalyse
import CXSiteCharts

/// The Mustache templates and static assets a site is rendered with: the built-in
/// defaults (``BuiltInTemplates``, the repository's `templates/` embedded by the build), each
/// replaced by the project's `templates/` file of the same name.
///
/// Template names are file names without `.mustache` (`layout`, `nav`); assets keep
/// their path (`assets/style.css`) and are copied to the output as they are.
public struct TemplateSet: Sendable {
    /// Every template as written (a page's frame has them with its ``SharedPartials`` rendered).
    package let library: MustacheLibrary
    /// Asset path (`assets/style.css`) → text.
    public let assets: [String: String]

    /// Renders the template `name` with `view`, with the templates of `library` (by default
    /// the site's as written).
    package func render(_ name: String, _ view: some TemplateView, in library: MustacheLibrary? = nil) -> String {
        (library ?? self.library).render(ViewBox(view), withTemplate: name) ?? ""
    }

    /// Built-in templates overridden by `overrides` (files under `templates/`). Parse errors
    /// and references to partials that do not exist are errors at the template's line and column.
    public static func load(overrides: [SourceText], log: inout DiagnosticLog) -> TemplateSet {
        var sources: [String: (path: String, text: String)] = [:]
        var assets: [String: String] = [:]
        for (name, text) in BuiltInTemplates.files {
            if name.hasSuffix(".mustache") {
                sources[String(name.dropLast(".mustache".count))] = ("templates/\(name) (built-in)", text)
            } else {
                assets[name] = text
            }
        }
        let builtInNames = sources.keys.sorted()
        for file in overrides {
            let name = String(file.path.dropFirst("templates/".count))
            if name.hasSuffix(".mustache") {
                let templateName = String(name.dropLast(".mustache".count))
                if sources[templateName] == nil && !templateName.hasPrefix("partials/") {
                    // A new template is allowed (a partial the project's own templates include);
                    // flag it only when it looks like a misspelt built-in name.
                    if let near = Suggestion.closest(to: templateName, in: builtInNames), near != templateName {
                        log.warning("template '\(templateName)' is not a built-in name (did you mean '\(near)'?); it is used only where a template includes it", at: SourceLocation(path: file.path))
                    }
                }
                sources[templateName] = (file.path, file.text)
            } else if name.hasPrefix("assets/") {
                assets[name] = file.text
            } else {
                log.warning("'\(file.path)' is neither a .mustache template nor under templates/assets/; it is ignored", at: SourceLocation(path: file.path))
            }
        }

        var library = MustacheLibrary()
        FastHTMLEscaping.register
        // swift-mustache's parser is slow (some 300 million instructions for the built-in set): on all cores.
        let names = sources.keys.sorted()
        let texts = names.map { sources[$0]!.text }
        let parsed = Parallel.map(texts) { text in
            Result { try MustacheTemplate(string: FastHTMLEscaping.pragma + text) }
        }
        for (name, result) in zip(names, parsed) {
            let path = sources[name]!.path
            switch result {
            case .success(let template):
                library.register(template, named: name)
            case .failure(let error as MustacheTemplate.ParserError):
                // The pragma is a line of its own before the template's first line.
                log.error("template error: \(describe(error.error))", at: SourceLocation(path: path, line: max(1, error.context.lineNumber - 1), column: error.context.columnNumber))
            case .failure(let error):
                log.error("template error: \(error)", at: SourceLocation(path: path))
            }
        }
        for name in sources.keys.sorted() {
            let (path, text) = sources[name]!
            for reference in partialReferences(in: text) where sources[reference.name] == nil {
                log.error("template '\(name)' includes '\(reference.name)', which does not exist\(Suggestion.hint(for: reference.name, in: sources.keys)); expected a file templates/\(reference.name).mustache",
                          at: SourceLocation(path: path, line: reference.line, column: reference.column))
            }
        }
        return TemplateSet(library: library, assets: assets)
    }

    /// `{{> name}}` and `{{< name}}` tags with their positions (Mustache renders a missing partial
    /// as nothing, silently, so cxsite checks them itself).
    package static func partialReferences(in text: String) -> [(name: String, line: Int, column: Int)] {
        var found: [(String, Int, Int)] = []
        let bytes = Array(text.utf8)
        var line = 1
        var lineStart = 0
        var i = 0
        while i + 2 < bytes.count {
            if bytes[i] == 0x0A { line += 1; lineStart = i + 1 }
            if bytes[i] == 0x7B, bytes[i + 1] == 0x7B, bytes[i + 2] == 0x3E || bytes[i + 2] == 0x3C {
                var j = i + 3
                while j < bytes.count, bytes[j] == 0x20 { j += 1 }
                var k = j
                while k < bytes.count, bytes[k] != 0x7D, bytes[k] != 0x20 { k += 1 }
                let name = String(decoding: bytes[j..<k], as: UTF8.self)
                let column = String(decoding: bytes[lineStart..<i], as: UTF8.self).unicodeScalars.count + 1
                found.append((name, line, column))
                i = k
                continue
            }
            i += 1
        }
        return found
    }

    private static func describe(_ error: any Error) -> String {
        guard let error = error as? MustacheTemplate.Error else { return "\(error)" }
        switch error {
        case .sectionCloseNameIncorrect: return "a section is closed with a different name than it was opened with"
        case .unfinishedName: return "a tag is not closed; expected '}}'"
        case .expectedSectionEnd: return "a section is never closed; expected '{{/name}}'"
        case .invalidSetDelimiter: return "invalid set-delimiter tag"
        case .transformAppliedToInheritanceSection: return "a transform cannot be applied to an inheritance section"
        case .illegalTokenInsideInheritSection: return "only block definitions may appear inside '{{<parent}}'"
        case .textInsideInheritSection: return "only block definitions may appear inside '{{<parent}}'"
        case .invalidConfigVariableSyntax, .unrecognisedConfigVariable: return "invalid configuration tag"
        @unknown default: return "\(error)"
        }
    }

    /// The memberwise initialiser, open to the other targets.
    package init(library: MustacheLibrary, assets: [String: String]) {
        self.library = library
        self.assets = assets
    }
}

/// Mustache's own HTML escaping goes character by character through a dictionary lookup of
/// each `Character`; about a tenth of a large build's time went there. This content type escapes
/// with ``Escape/html(_:)`` instead, over UTF-8 bytes: the same five characters the same way
/// (`&#39;` for `'`), and bidirectional controls dropped, as ``OutputFile`` drops them from every
/// page anyway. Every template is parsed with a first line selecting it.
private struct FastHTMLEscaping: MustacheContentType {
    /// The first line given to every template; a standalone tag, so it leaves no trace in the output.
    package static let pragma = "{{% CONTENT_TYPE: CXSITEHTML}}\n"

    /// Registers the content type with Mustache (once per process).
    package static let register: Void = MustacheContentTypes.register(FastHTMLEscaping(), named: "CXSITEHTML")

    package func escapeText(_ text: String) -> String { Escape.html(text) }
}
