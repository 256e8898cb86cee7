import CXSiteSupport
import CXSiteModel

extension OrderSettings {
    /// Keys of the `orders:` section.
    package static let keys = ["columns", "timezone", "date_order", "active_days", "compute_metrics"] + CSVDialect.exportKeys

    /// Reads the `orders:` section of `site.yml`. Like the ticket settings it is read before the
    /// rest of the file (the exports are reduced while they stream); problems inside the section
    /// are errors or warnings at their line and column.
    package static func load(siteConfig: SourceText?, log: inout DiagnosticLog) -> OrderSettings {
        var settings = OrderSettings()
        guard let fields = TicketSettings.topLevel(of: siteConfig),
              let orders = fields.mapping("orders", what: "'orders'", log: &log) else { return settings }
        orders.warnUnknownKeys(keys, in: "'orders'", log: &log)
        if let columns = orders.mapping("columns", what: "'orders: columns'", log: &log) {
            settings.columns = TicketSettings.columns(columns, OrderField.self, section: "orders", log: &log)
            let missing = [OrderField.customer, .date].filter { settings.columns[$0] == nil }
            if !settings.columns.isEmpty, !missing.isEmpty, let node = orders.node("columns") {
                log.error("'orders: columns:' must name the \(missing.map { "'\($0.rawValue)'" }.joined(separator: " and ")) column\(missing.count == 1 ? "" : "s") (who ordered, and when); expected both in a mapping such as {customer: Customer ID, date: Created at, amount: Total}",
                          at: orders.location(node))
                settings.columns = [:]
            }
        }
        if let zone = TicketSettings.timeZone(orders, log: &log) { settings.timeZone = zone }
        if let order = orders.choice("date_order", TicketSettings.DateOrder.self, parse: { TicketSettings.DateOrder(rawValue: $0) }, log: &log) {
            settings.dateOrder = order
        }
        if let days = orders.int("active_days", in: 1...3660, log: &log) { settings.activeDays = days }
        if let compute = orders.bool("compute_metrics", log: &log) { settings.computeMetrics = compute }
        settings.csv = CSVDialect.load(orders, section: "orders", dates: true, log: &log)
        return settings
    }
}

extension CustomerListSettings {
    /// Keys of the `customers:` section.
    package static let keys = ["columns", "as_of"] + CSVDialect.exportKeys

    /// Reads the `customers:` section of `site.yml`, before the lists are read; `as_of` names a
    /// period of `cadence` (a month, or an ISO week under `cadence: weekly`).
    package static func load(siteConfig: SourceText?, cadence: Cadence = .monthly, log: inout DiagnosticLog) -> CustomerListSettings {
        var settings = CustomerListSettings()
        settings.cadence = cadence
        guard let fields = TicketSettings.topLevel(of: siteConfig),
              let customers = fields.mapping("customers", what: "'customers'", log: &log) else { return settings }
        customers.warnUnknownKeys(keys, in: "'customers'", log: &log)
        if let columns = customers.mapping("columns", what: "'customers: columns'", log: &log) {
            if columns.node("segments") != nil {
                settings.segments = columns.strings("segments", log: &log).map(\.trimmingSpaces).filter { !$0.isEmpty }
            }
            let single = YAMLFields(pairs: columns.pairs.filter { $0.key != "segments" }, like: columns)
            settings.columns = TicketSettings.columns(single, ListField.self, section: "customers", known: ListField.allCases.map(\.rawValue) + ["segments"], log: &log)
            let says = settings.columns[.churned] != nil || settings.columns[.status] != nil || settings.columns[.start] != nil
            if settings.columns[.customer] == nil || !says, let node = customers.node("columns") {
                log.error("'customers: columns:' must name the 'customer' column and what says who left: 'churned' (yes/no), 'status' (active, churned…) or 'start' and 'end' dates; such as {customer: Customer ID, churned: Churn, segments: [Contract]}",
                          at: customers.location(node))
                settings.columns = [:]
            } else if settings.columns[.start] != nil, settings.columns[.end] == nil, let node = customers.node("columns") {
                log.error("'customers: columns:' names 'start' without 'end'; expected the column of the date each customer left (empty for customers who stay)",
                          at: customers.location(node))
                settings.columns = [:]
            }
        }
        if let text = customers.string("as_of", log: &log), let node = customers.node("as_of") {
            let expected = cadence == .monthly ? "a month such as \"2026-10\"" : "an ISO week such as \"2026-W44\" (the project reports weekly)"
            if let period = try? Period(parsing: text.trimmingSpaces), period.cadence == cadence {
                settings.asOf = period
            } else {
                log.error("'as_of' under 'customers:' must be \(expected), found '\(text)'", at: customers.location(node))
            }
        }
        settings.csv = CSVDialect.load(customers, section: "customers", dates: true, log: &log)
        return settings
    }
}
