import CXSiteSupport

/// How the CSV files of one kind are written, beyond what can be told from the file itself:
/// `delimiter:`, `decimal:` and, for exports, `date_format:` in `site.yml` (under `tickets:`,
/// `surveys:`, or `csv: metrics:` / `csv: assessment:`). Every key is optional; the same three
/// keys are meant for any later export setting (orders, customers).
///
/// ```yaml
/// tickets:
///   delimiter: ";"                 # , ; or tab; without it told from the header line
///   decimal: ","                   # without it a comma when the delimiter is ';'
///   date_format: ["%d-%m-%y", "%d-%b-%y %H:%M"]
/// ```
public struct CSVDialect: Sendable {
    /// The decimal separator of numbers.
    public enum DecimalMark: String, Sendable, CaseIterable {
        case point = ".", comma = ","
    }

    /// The delimiter; nil tells it from the header line (`,`, `;` or tab, whichever it has most of).
    public var delimiter: CSVDelimiter?
    /// The decimal mark; nil means a comma in `;` files and a point otherwise.
    public var decimal: DecimalMark?
    /// Date patterns tried in order before the built-in forms; empty: only the built-in forms.
    public var dateFormats: [DatePattern] = []

    public init() {}

    /// Whether numbers of a file read with `delimiter` are written with a decimal comma (`81,5`).
    public func decimalComma(in delimiter: CSVDelimiter) -> Bool {
        decimal.map { $0 == .comma } ?? (delimiter == .semicolon)
    }
}
