import Foundation
import CXSiteSupport
import CXSiteModel

extension ContactReason {
    /// The reason in a cell; nil when empty. A Zendesk drop-down value `Billing::Refund` is shown `Billing › Refund`.
    package static func read(_ text: String) -> ContactReason? {
        let name = text.collapsingBlanks
        if ExportTime.isNone(name) { return nil }
        if (name.utf8.count > 80 && name.count > 80) || looksLikeEmail(name) { return .hidden }
        return .shown(name.replacingOccurrences(of: "::", with: " › "))
    }

    /// `someone@example.com` anywhere in the text.
    package static func looksLikeEmail(_ text: String) -> Bool {
        guard let at = text.firstIndex(of: "@") else { return false }
        let before = text[..<at].last, after = text[text.index(after: at)...]
        return before.map { !$0.isWhitespace } == true && after.contains(".") && after.first.map { !$0.isWhitespace } == true
    }
}
