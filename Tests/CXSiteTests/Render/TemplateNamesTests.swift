import Foundation
import Testing
import CXSiteRender

/// Every name a built-in template uses is a field of the view it is rendered with. Mustache
/// renders an unknown name as nothing, silently; this reads each page kind's template, and the
/// partials and layout it includes, against the view types' field tables, in every branch
/// (not only those one fixture's data reaches).
struct TemplateNamesTests {
    @Test func everyNameOfEveryTemplateIsAFieldOfItsView() {
        var problems: [String] = []
        var reached: Set<String> = []
        for view in PageKinds.all {
            problems += TemplateNameCheck(templates: Self.templates).check(view.template, against: view, reached: &reached)
        }
        for part in PageKinds.parts {
            problems += TemplateNameCheck(templates: Self.templates).check(part.template, against: part.view, reached: &reached)
        }
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
        let unreached = Set(Self.templates.keys).subtracting(reached).sorted()
        #expect(unreached.isEmpty, "templates no page kind renders, so nothing checks them: \(unreached)")
    }

    @Test func theCheckFindsAMisspeltName() {
        let templates = ["tag": "{{<layout}}{{$content}}{{#pages}}{{titel}}{{/pages}}{{/content}}{{/layout}}",
                         "layout": "{{page.title}}{{page.nmae}}{{$content}}{{/content}}"]
        var reached: Set<String> = []
        let problems = TemplateNameCheck(templates: templates).check("tag", against: TagView.self, reached: &reached)
        #expect(problems == [
            "templates/layout.mustache:1: 'page.nmae': no field 'nmae' in PageInfo",
            "templates/tag.mustache:1: 'titel' is not a field of PageLink, TagView",
        ])
    }

    @Test func aSectionWithoutIntroDoesNotShowTheHandbookIntro() throws {
        // With dictionaries, a key left out was looked up in the enclosing view: a handbook
        // section without an intro showed the handbook's own intro under its heading.
        let folder = TemporaryFolder()
        folder.write("site.yml", "title: T\nbase_url: https://example.org/\n")
        folder.write("content/handbook/index.md", "The whole handbook introduction.\n")
        folder.write("content/handbook/team/a.md", "---\ntitle: A\n---\nText.\n")
        let site = FixtureSite(root: folder.url)
        let index = try #require(site.text("handbook/index.html"))
        #expect(index.components(separatedBy: "The whole handbook introduction.").count == 2, "\(index)")
    }

    /// Built-in template name (`partials/x` for `partials/x.mustache`) → text.
    static let templates: [String: String] = Dictionary(uniqueKeysWithValues: BuiltInTemplates.files.compactMap { file in
        file.path.hasSuffix(".mustache") ? (String(file.path.dropLast(".mustache".count)), file.text) : nil
    })
}

/// Reads templates tag by tag, keeping the stack of view types Mustache would look names up in.
private struct TemplateNameCheck {
    let templates: [String: String]

    /// A level of the lookup stack: a view type, or a value (text, a flag) with no fields.
    private enum Level {
        case view(any TemplateView.Type)
        case value
    }

    func check(_ template: String, against view: any TemplateView.Type, reached: inout Set<String>) -> [String] {
        var problems: [String] = []
        read(template, stack: [.view(view)], reached: &reached, problems: &problems, depth: 0)
        return problems
    }

    private func read(_ name: String, stack: [Level], reached: inout Set<String>, problems: inout [String], depth: Int) {
        guard let text = templates[name] else {
            problems.append("template '\(name)' does not exist")
            return
        }
        reached.insert(name)
        guard depth < 20 else { return problems.append("templates/\(name).mustache: includes nest more than 20 deep") }
        var stack = stack
        var opened: [Int] = []  // stack sizes at each open section, to restore on close
        for tag in Self.tags(in: text) {
            let location = "templates/\(name).mustache:\(tag.line)"
            switch tag.sigil {
            case "!", "=", "%": continue
            case "$": opened.append(stack.count)  // a block: read in the same context
            case ">", "<":
                // A shared partial is rendered once per section and depth, with its own view.
                let included: [Level] = SharedPartials.names.contains(tag.name) ? [.view(SharedPartials.View.self)] : stack
                read(tag.name, stack: included, reached: &reached, problems: &problems, depth: depth + 1)
                if tag.sigil == "<" { opened.append(stack.count) }
            case "/":
                if let size = opened.popLast() { stack.removeLast(stack.count - size) }
            case "#", "^":
                let kind = resolve(tag.name, in: stack, at: location, problems: &problems)
                opened.append(stack.count)
                guard tag.sigil == "#", !tag.transformed else { continue }
                switch kind {
                case .view(let type)?, .list(let type)?: stack.append(.view(type))
                case .texts?, .value?, nil: stack.append(.value)
                }
            default:
                _ = resolve(tag.name, in: stack, at: location, problems: &problems)
            }
        }
    }

    /// What `name` (`a.b.c`) is in the views of `stack`, looked up as Mustache does: the first
    /// part from the innermost view outwards, the rest inside what it found.
    private func resolve(_ name: String, in stack: [Level], at location: String, problems: inout [String]) -> ViewField.Kind? {
        guard name != "." else { return nil }
        let parts = name.split(separator: ".").map(String.init)
        let views = stack.reversed().compactMap { level -> (any TemplateView.Type)? in
            if case .view(let type) = level { return type } else { return nil }
        }
        guard var kind = views.lazy.compactMap({ $0.fieldKinds[parts[0]] }).first else {
            problems.append("\(location): '\(name)' is not a field of \(Set(views.map { "\($0)" }).sorted().joined(separator: ", "))")
            return nil
        }
        for part in parts.dropFirst() {
            guard case .view(let type) = kind else {
                problems.append("\(location): '\(name)': '\(part)' is read from a value that has no fields")
                return nil
            }
            guard let next = type.fieldKinds[part] else {
                problems.append("\(location): '\(name)': no field '\(part)' in \(type)")
                return nil
            }
            kind = next
        }
        return kind
    }

    /// The tags of a template: sigil (`#`, `^`, `/`, `>`, `<`, `$`, `!`, `&`, `{` or none), name
    /// without a transform (`empty(pages)` → `pages`), and line.
    static func tags(in text: String) -> [(sigil: Character?, name: String, transformed: Bool, line: Int)] {
        var found: [(Character?, String, Bool, Int)] = []
        var rest = Substring(text)
        var line = 1
        while let open = rest.range(of: "{{") {
            line += rest[..<open.lowerBound].filter { $0 == "\n" }.count
            let afterOpen = rest[open.upperBound...]
            guard let close = afterOpen.range(of: "}}") else { break }
            var body = afterOpen[..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            line += afterOpen[..<close.lowerBound].filter { $0 == "\n" }.count
            rest = afterOpen[close.upperBound...]
            if rest.first == "}" { rest = rest.dropFirst() }  // `{{{name}}}`
            var sigil: Character?
            if let first = body.first, "#^/><$!&{=%".contains(first) {
                sigil = first == "{" || first == "&" ? nil : first
                body = String(body.dropFirst()).trimmingCharacters(in: .whitespaces)
            }
            var transformed = false
            if let paren = body.firstIndex(of: "("), body.hasSuffix(")") {
                body = String(body[body.index(after: paren)..<body.index(before: body.endIndex)])
                transformed = true
            }
            found.append((sigil, body, transformed, line))
        }
        return found
    }
}
