/// A cell of a month-by-month table: its text, CSS class, a title (what the value is over) and
/// a second line.
package struct TableCell: TemplateView {
    package var text: String
    package var cls: String?
    package var title: String?
    package var sub: String?

    package init(text: String, cls: String? = nil, title: String? = nil, sub: String? = nil) {
        self.text = text
        self.cls = cls
        self.title = title
        self.sub = sub
    }

    /// A month without a value.
    package static let missing = TableCell(text: "–", cls: "missing")

    package static let fields = ViewFields<Self>([
        .text("text") { $0.text },
        .text("cls") { $0.cls },
        .text("title") { $0.title },
        .text("sub") { $0.sub },
    ])
}

/// A month's row of a table: its cells, one per metric, rule or column.
package struct MonthRow: TemplateView {
    package var month: String
    package var monthID: String
    package var cells: [TableCell]

    package static let fields = ViewFields<Self>([
        .text("month") { $0.month },
        .text("monthID") { $0.monthID },
        .list("cells") { $0.cells },
    ])
}
