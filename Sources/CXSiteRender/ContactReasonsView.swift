import CXSiteSupport
import CXSiteModel
import CXSiteAnalyse
import CXSiteCharts

/// The "Contact reasons" table of one month (`contact-reasons.mustache`), as the checks page
/// and a month's review show it.
package struct ContactReasonsView: TemplateView {
    package var month: String
    package var monthID: String
    package var caption: String
    package var rows: [Row]
    /// What the table leaves out: other reasons, hidden ones, tickets without a reason.
    package var notes: String?
    /// Shown unfolded (the checks page opens the latest two months).
    package var open = false

    package static let fields = ViewFields<Self>([
        .flag("open") { $0.open },
        .text("month") { $0.month },
        .text("monthID") { $0.monthID },
        .text("caption") { $0.caption },
        .list("rows") { $0.rows },
        .text("notes") { $0.notes },
    ])

    package struct Row: TemplateView {
        package var reason: String
        package var count: String
        package var share: String
        /// `+12`, `−3`, `±0`, or `–` when the previous month has no reasons.
        package var change: String
        package var changeTitle: String?

        package static let fields = ViewFields<Self>([
            .text("reason") { $0.reason },
            .text("count") { $0.count },
            .text("share") { $0.share },
            .text("change") { $0.change },
            .text("changeTitle") { $0.changeTitle },
        ])
    }
}

extension PageContext {
    package func contactReasonsView(_ reasons: ContactReasons) -> ContactReasonsView {
        var notes: [String] = []
        if reasons.others > 0 { notes.append("\(HelpDeskData.grouped(reasons.others)) more with other reasons") }
        if reasons.hidden > 0 {
            notes.append("\(HelpDeskData.grouped(reasons.hidden)) whose reason is not shown (it looks like an e-mail address or is longer than 80 characters)")
        }
        let without = reasons.tickets - reasons.total
        if without > 0 { notes.append("\(HelpDeskData.grouped(without)) without a reason") }
        return ContactReasonsView(
            month: reasons.month.longLabel, monthID: reasons.month.description,
            caption: "Top contact reasons, \(reasons.month.longLabel): \(HelpDeskData.grouped(reasons.total)) \(reasons.total == 1 ? "ticket" : "tickets") with a reason",
            rows: reasons.rows.map { row in
                let change = row.change.map { $0 == 0 ? "±0" : ($0 > 0 ? "+" : "−") + HelpDeskData.grouped(abs($0)) }
                return ContactReasonsView.Row(reason: row.reason, count: HelpDeskData.grouped(row.count),
                                              share: NumberFormat.value(row.share, unit: .percent), change: change ?? "–",
                                              changeTitle: row.change == nil ? "no reasons for \(reasons.month.previous.label)" : nil)
            },
            notes: notes.isEmpty ? nil : notes.joined(separator: "; ") + ".")
    }
}
