import CXSiteSupport
import CXSiteModel

/// The order and payment exports cxsite recognises from a header row (docs/CUSTOMERS.md).
///
/// | format | recognised by | customer | date | amount | left out |
/// |---|---|---|---|---|---|
/// | Shopify orders | `Name`, `Email`, `Financial Status`, `Created at` | `Email` | `Created at` | `Total` − `Refunded Amount` | `Cancelled at` set; status voided or expired; further line items of an order |
/// | Stripe payments | `id`, `Created (UTC)`, `Amount`, `Status` and `Customer ID` or `Customer Email` | `Customer ID`, else `Customer Email` | `Created (UTC)` (UTC) | `Amount` − `Amount Refunded` | status failed or canceled |
/// | WooCommerce orders | `order_id` (or `order_number`), `order_date`, `order_total` | `customer_id` (or `customer_user`; 0 is a guest), else `customer_email` / `billing_email` | `order_date` | `order_total` (0 when refunded) | status cancelled, failed, pending, draft, trash |
/// | mapped | the `date` and `customer` columns named under `orders: columns:` | mapped | mapped | mapped (negative: a refund) | status cancelled, failed, voided |
///
/// Column names are compared without regard to case, surrounding blanks or repeated spaces;
/// names, addresses, phone numbers and every other column are never read.
public enum OrderFormat: String, Sendable, CaseIterable {
    case shopify, stripe, woocommerce, generic

    /// The name shown in the build summary.
    public var name: String {
        switch self {
        case .shopify: "Shopify orders export"
        case .stripe: "Stripe payments export"
        case .woocommerce: "WooCommerce orders export"
        case .generic: "order export mapped in site.yml"
        }
    }
}

/// Where an order export keeps each value: column indexes found in its header.
package struct OrderLayout {
    package var format: OrderFormat
    /// Header names as written (trimmed), for messages.
    package var names: [String]
    package var width: Int { names.count }
    /// The customer id column; ``email`` is used where it is empty.
    package var customer: Int?
    /// The e-mail column, read lower-cased and trimmed, where there is no customer id.
    package var email: Int?
    package var date: Int
    package var amount: Int?
    /// An amount refunded on the same row, subtracted from ``amount``.
    package var refunded: Int?
    package var status: Int?
    /// Shopify's `Cancelled at`: a cancelled order is not an order.
    package var cancelledAt: Int?
    /// Shopify's `Name` (`#1001`): rows of the same order after its first are further line items.
    package var orderName: Int?
    package var segment: Int?
    /// Times written without an offset are UTC whatever `orders: timezone:` says (Stripe's `Created (UTC)`).
    package var naiveIsUTC = false
    /// Status words meaning the row is not an order.
    package var ignoredStatuses: Set<String> = OrderLayout.notOrders
    /// Status words meaning the whole amount was refunded (WooCommerce writes the original total).
    package var refundedStatuses: Set<String> = []

    /// Statuses of orders or payments that did not happen: no money moved.
    package static let notOrders: Set<String> = ["cancelled", "canceled", "failed", "voided", "void", "declined", "expired"]

    /// The columns the reader interprets, in order; the others are checked as CSV but never made into text.
    package var readColumns: [Int] {
        Array(Set([customer, email, date, amount, refunded, status, cancelledAt, orderName, segment].compactMap { $0 })).sorted()
    }

    /// The layout of `header`, or why it cannot be told.
    package static func detect(_ header: [String], settings: OrderSettings) -> Result<OrderLayout, TicketLayout.LayoutProblem> {
        let keys = header.map(TicketFormat.normalized)
        func index(_ candidates: String...) -> Int? {
            for candidate in candidates { if let found = keys.firstIndex(of: candidate) { return found } }
            return nil
        }
        if let dateName = settings.columns[.date], keys.contains(TicketFormat.normalized(dateName)) {
            return generic(header, keys: keys, settings: settings)
        }
        var layout: OrderLayout
        if let name = index("name"), let email = index("email"), index("financial status") != nil, let created = index("created at") {
            layout = OrderLayout(format: .shopify, names: header, email: email, date: created)
            layout.orderName = name
            layout.amount = index("total")
            layout.refunded = index("refunded amount")
            layout.status = index("financial status")
            layout.cancelledAt = index("cancelled at")
            layout.ignoredStatuses = ["voided", "expired"]
        } else if index("id") != nil, let created = index("created (utc)", "created date (utc)"), let amount = index("amount"),
                  let status = index("status"), index("customer id", "customer email") != nil {
            layout = OrderLayout(format: .stripe, names: header, customer: index("customer id"), email: index("customer email"), date: created)
            layout.amount = amount
            layout.refunded = index("amount refunded")
            layout.status = status
            layout.naiveIsUTC = true
            layout.ignoredStatuses = ["failed", "canceled", "cancelled", "incomplete", "requires_payment_method"]
        } else if index("order_id", "order_number") != nil, let date = index("order_date"), let total = index("order_total") {
            let customer = index("customer_id", "customer_user")
            let email = index("customer_email", "billing_email")
            guard customer != nil || email != nil else {
                return .failure(TicketLayout.LayoutProblem(column: 0, message: "this WooCommerce orders export has no customer column; expected 'customer_id', 'customer_user', 'customer_email' or 'billing_email' in the header"))
            }
            layout = OrderLayout(format: .woocommerce, names: header, customer: customer, email: email, date: date)
            layout.amount = total
            layout.status = index("status", "order_status")
            layout.ignoredStatuses = ["cancelled", "failed", "pending", "checkout-draft", "draft", "trash"]
            layout.refundedStatuses = ["refunded"]
        } else {
            let shown = header.prefix(6).map { "'\($0)'" }.joined(separator: ", ") + (header.count > 6 ? ", …" : "")
            return .failure(TicketLayout.LayoutProblem(column: 0, message: "cannot tell the format of this order export from its header (\(shown)); expected a Shopify orders export (Name, Email, Financial Status, …, Created at), a Stripe payments export (id, Created (UTC), Amount, …, Customer ID) or a WooCommerce orders export (order_id, order_date, …, order_total), or name its columns under 'orders: columns:' in site.yml, such as {customer: Customer ID, date: Created at, amount: Total}"))
        }
        if let segment = settings.columns[.segment] { layout.segment = keys.firstIndex(of: TicketFormat.normalized(segment)) }
        return .success(layout)
    }

    /// The layout given by `orders: columns:`; every mapped column must be in the header.
    private static func generic(_ header: [String], keys: [String], settings: OrderSettings) -> Result<OrderLayout, TicketLayout.LayoutProblem> {
        var found: [OrderSettings.OrderField: Int] = [:]
        var missing: [String] = []
        for field in OrderSettings.OrderField.allCases {
            guard let name = settings.columns[field] else { continue }
            if let index = keys.firstIndex(of: TicketFormat.normalized(name)) { found[field] = index } else { missing.append("'\(name)' (\(field.rawValue))") }
        }
        guard missing.isEmpty, let date = found[.date] else {
            return .failure(TicketLayout.LayoutProblem(column: 0, message: "this export's header lacks the column\(missing.count == 1 ? "" : "s") \(missing.joined(separator: ", ")) named under 'orders: columns:' in site.yml; expected every mapped column in the header (names compared without regard to case)"))
        }
        var layout = OrderLayout(format: .generic, names: header, customer: found[.customer], date: date)
        layout.amount = found[.amount]
        layout.status = found[.status]
        layout.segment = found[.segment]
        return .success(layout)
    }
}
