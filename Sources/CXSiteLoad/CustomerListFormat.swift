import CXSiteSupport
import CXSiteModel

/// Where a customer list (`content/customers/*.csv`, one row per customer) keeps each value.
///
/// | layout | recognised by | read |
/// |---|---|---|
/// | Telco customer churn | `customerID` and `Churn` | `Churn` (Yes/No), segment `Contract` |
/// | mapped | the `customer` column named under `customers: columns:` | the mapped columns |
///
/// Names, e-mails and every other column are never read.
package struct CustomerListLayout {
    /// The name shown in the build summary.
    package var format: String
    package var names: [String]
    package var width: Int { names.count }
    package var customer: Int
    package var churned: Int?
    package var status: Int?
    package var start: Int?
    package var end: Int?
    /// Segment columns: the header name (as written in the segment with several) and the index.
    package var segments: [(name: String, index: Int)] = []

    /// The list gives churn month by month (start and end dates), not for one month.
    package var isDated: Bool { start != nil }

    package var readColumns: [Int] {
        Array(Set([customer, churned, status, start, end].compactMap { $0 } + segments.map(\.index))).sorted()
    }

    /// The layout of `header`, or why it cannot be told.
    package static func detect(_ header: [String], settings: CustomerListSettings) -> Result<CustomerListLayout, TicketLayout.LayoutProblem> {
        let keys = header.map(TicketFormat.normalized)
        func find(_ name: String) -> Int? { keys.firstIndex(of: TicketFormat.normalized(name)) }
        if let customerName = settings.columns[.customer], let customer = find(customerName) {
            var layout = CustomerListLayout(format: "customer list mapped in site.yml", names: header, customer: customer)
            var missing: [String] = []
            func column(_ field: CustomerListSettings.ListField) -> Int? {
                guard let name = settings.columns[field] else { return nil }
                if let index = find(name) { return index }
                missing.append("'\(name)' (\(field.rawValue))")
                return nil
            }
            layout.churned = column(.churned)
            layout.status = column(.status)
            layout.start = column(.start)
            layout.end = column(.end)
            for name in settings.segments {
                if let index = find(name) { layout.segments.append((header[index], index)) } else { missing.append("'\(name)' (segments)") }
            }
            guard missing.isEmpty else {
                return .failure(TicketLayout.LayoutProblem(column: 0, message: "this list's header lacks the column\(missing.count == 1 ? "" : "s") \(missing.joined(separator: ", ")) named under 'customers: columns:' in site.yml; expected every mapped column in the header (names compared without regard to case)"))
            }
            return .success(layout)
        }
        if let customer = keys.firstIndex(of: "customerid"), let churn = keys.firstIndex(of: "churn") {
            var layout = CustomerListLayout(format: "Telco customer churn list", names: header, customer: customer)
            layout.churned = churn
            if let contract = keys.firstIndex(of: "contract") { layout.segments = [(header[contract], contract)] }
            return .success(layout)
        }
        let shown = header.prefix(6).map { "'\($0)'" }.joined(separator: ", ") + (header.count > 6 ? ", …" : "")
        return .failure(TicketLayout.LayoutProblem(column: 0, message: "cannot tell the layout of this customer list from its header (\(shown)); expected the Telco churn layout (customerID, …, Churn) or name its columns under 'customers: columns:' in site.yml, such as {customer: Customer ID, churned: Churn, segments: [Contract]}"))
    }
}
