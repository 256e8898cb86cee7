import CXSiteSupport
import CXSiteModel
import CXSiteAnalyse
import CXSiteCharts

/// The "Contact reasons" table of one month, as the checks page and a month's review show it.
extension PageContext {
    package func contactReasonsView(_ reasons: ContactReasons) -> [String: Any] {
        var notes: [String] = []
        if reasons.others > 0 { notes.append("\(HelpDeskData.grouped(reasons.others)) more with other reasons") }
        if reasons.hidden > 0 {
            notes.append("\(HelpDeskData.grouped(reasons.hidden)) whose reason is not shown (it looks like an e-mail address or is longer than 80 characters)")
        }
        let without = reasons.tickets - reasons.total
        if without > 0 { notes.append("\(HelpDeskData.grouped(without)) without a reason") }
        return [
            "month": reasons.month.longLabel, "monthID": reasons.month.description,
            "caption": "Top contact reasons, \(reasons.month.longLabel): \(HelpDeskData.grouped(reasons.total)) \(reasons.total == 1 ? "ticket" : "tickets") with a reason",
            "rows": reasons.rows.map { row -> [String: Any] in
                var view: [String: Any] = ["reason": row.reason, "count": HelpDeskData.grouped(row.count),
                                           "share": NumberFormat.value(row.share, unit: .percent)]
                if let change = row.change {
                    view["change"] = change == 0 ? "±0" : (change > 0 ? "+" : "−") + HelpDeskData.grouped(abs(change))
                } else {
                    view["change"] = "–"
                    view["changeTitle"] = "no reasons for \(reasons.month.previous.label)"
                }
                return view
            },
            "notes": notes.isEmpty ? "" : notes.joined(separator: "; ") + ".",
        ]
    }
}
