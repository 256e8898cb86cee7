import Mustache

/// The data a template reads: a page's view or a part of it, as a Swift value.
///
/// swift-mustache asks a value for its fields by name through `MustacheParent`; a view answers
/// from its ``fields`` table, written once per type, where each entry says what the field holds.
/// The table is also what `TemplateNamesTests` checks every template against: a template
/// naming a field its view does not have fails the test instead of rendering nothing.
package protocol TemplateView: MustacheParent, Sendable {
    /// This type's fields by name.
    static var fields: ViewFields<Self> { get }
}

extension TemplateView {
    public func child(named name: String) -> Any? {
        Self.fields.value(of: name, in: self)
    }

    /// What each field holds, by name (for the template check).
    package static var fieldKinds: [String: ViewField.Kind] { fields.kinds }
}

/// A view as swift-mustache holds it: in a class, so that the casts it makes for every name it
/// looks up (`as? MustacheParent` on each object of its context stack, each one copying a struct
/// into a new box with every field retained) take a reference instead. Views reach Mustache only
/// this way: the page's view (``TemplateSet/render(_:_:)``), a nested view and each element of a list.
final class ViewBox<View: TemplateView>: MustacheParent, Sendable {
    let view: View

    init(_ view: View) { self.view = view }

    func child(named name: String) -> Any? { view.child(named: name) }
}

/// A field of a view type, described by what it holds.
package enum ViewField {
    package enum Kind {
        /// Text, a number or a flag: a section over it does not open a new set of names.
        case value
        /// One nested view: a section over it reads that view's fields first.
        case view(any TemplateView.Type)
        /// A list of views: a section over it reads each element's fields first.
        case list(any TemplateView.Type)
        /// A list of strings (`{{#tags}}{{.}}{{/tags}}`).
        case texts
    }
}

/// A view type's fields: name → what it holds and how to read it.
package struct ViewFields<View>: Sendable {
    package struct Entry: Sendable {
        package let name: String
        package let kind: ViewField.Kind
        package let read: @Sendable (View) -> Any?
    }

    private let table: [String: Entry]

    /// The fields `entries`, after those of `base` reached through `base` (a page's frame); an
    /// entry of the same name replaces the base's.
    package init<Base: TemplateView>(base: @escaping @Sendable (View) -> Base, _ entries: [Entry]) {
        var table: [String: Entry] = [:]
        for entry in Base.fields.table.values {
            let read = entry.read
            table[entry.name] = Entry(name: entry.name, kind: entry.kind) { read(base($0)) }
        }
        for entry in entries { table[entry.name] = entry }
        self.table = table
    }

    package init(_ entries: [Entry]) {
        table = Dictionary(entries.map { ($0.name, $0) }, uniquingKeysWith: { _, last in last })
    }

    /// The value of field `name` of `view`: ``Absent`` for a field without a value (so that
    /// Mustache does not look the name up in the enclosing views), nil for a name the type does not have.
    func value(of name: String, in view: View) -> Any? {
        guard let entry = table[name] else { return nil }
        return entry.read(view) ?? Absent.value
    }

    var kinds: [String: ViewField.Kind] { table.mapValues(\.kind) }
}

/// A text or number field's value as swift-mustache receives it. A `String` there costs a chain
/// of casts at each use (`MustacheCustomRenderable`, an optional's unwrapping, then
/// `String(describing:)`), and inside `{{#name}}` over it every name looked up reflects on the
/// string with `Mirror` before reaching the enclosing view; this type renders as its text, says
/// it has no fields, and answers the transforms a `String` does (`empty(name)`).
struct TemplateText: MustacheCustomRenderable, MustacheParent, MustacheTransformable, Sendable {
    let renderText: String
    var isNull: Bool { false }

    func child(named name: String) -> Any? { nil }

    func transform(_ name: String) -> Any? { renderText.transform(name) }
}

/// A field without a value: renders as nothing, is false in `{{#name}}` and true in `{{^name}}`.
package struct Absent: MustacheCustomRepresentation, Sendable {
    package static let value = Absent()
    public var representation: Any? { nil }
}

extension ViewFields.Entry {
    /// Text, absent when nil or empty (Mustache treats an empty string as true in `{{#name}}`).
    package static func text(_ name: String, _ read: @escaping @Sendable (View) -> String?) -> Self {
        Self(name: name, kind: .value) { view in
            guard let text = read(view), !text.isEmpty else { return nil }
            return TemplateText(renderText: text)
        }
    }

    /// A number, shown as Swift prints it.
    package static func number(_ name: String, _ read: @escaping @Sendable (View) -> Int?) -> Self {
        Self(name: name, kind: .value) { read($0).map { TemplateText(renderText: String($0)) } }
    }

    /// A flag: opens `{{#name}}` when true.
    package static func flag(_ name: String, _ read: @escaping @Sendable (View) -> Bool) -> Self {
        Self(name: name, kind: .value) { read($0) }
    }

    /// One nested view, absent when nil.
    package static func view<Part: TemplateView>(_ name: String, _ read: @escaping @Sendable (View) -> Part?) -> Self {
        Self(name: name, kind: .view(Part.self)) { read($0).map(ViewBox.init) }
    }

    /// A list of views, empty rather than absent (so that `{{^empty(name)}}` is false for it).
    package static func list<Part: TemplateView>(_ name: String, _ read: @escaping @Sendable (View) -> [Part]) -> Self {
        Self(name: name, kind: .list(Part.self)) { read($0).map(ViewBox.init) }
    }

    /// A list of strings.
    package static func texts(_ name: String, _ read: @escaping @Sendable (View) -> [String]) -> Self {
        Self(name: name, kind: .texts) { read($0) }
    }
}

/// A page's view: the template it fills.
package protocol PageView: TemplateView {
    /// The template's name: `handbook-page` for `templates/handbook-page.mustache`.
    static var template: String { get }
}

/// A page in the site's layout: its frame holds the way back to the root, the navigation and
/// the templates its section and depth are rendered with (``SharedPartials``).
package protocol FramedPageView: PageView {
    var frame: PageFrame { get }
}
