import Foundation
import CXSiteSupport

/// URL-safe names made from file names and titles.
package enum Slug {
    /// Lowercase ASCII letters, digits and single dashes: `Tone of Voice.md` → `tone-of-voice`.
    package static func make(_ text: String) -> String {
        var slug = ""
        var pendingDash = false
        for scalar in text.lowercased().unicodeScalars {
            if (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9") {
                if pendingDash && !slug.isEmpty { slug += "-" }
                pendingDash = false
                slug.unicodeScalars.append(scalar)
            } else {
                pendingDash = true
            }
        }
        return slug.isEmpty ? "page" : slug
    }

    /// A readable title from a file or folder name: `tone-of-voice` → `Tone of voice`.
    package static func humanize(_ name: String) -> String {
        let words = name.replacingOccurrences(of: "_", with: " ").replacingOccurrences(of: "-", with: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }
}

extension Slug {
    /// The URL segment of a tag: ``make(_:)`` of the name without accents (`Café` → `cafe`), so
    /// tags that differ only in case, accents, spaces or punctuation are one tag. A name with no
    /// letter or digit left (`日本語`, `???`) gets `tag-` and a hash of its text, so it still
    /// has a page of its own.
    package static func tag(_ name: String) -> String {
        let folded = foldingAccents(name)
        guard hasLetterOrDigit(folded) else {
            // FNV-1a over the lowercased name's UTF-8: the same name gives the same URL on every build.
            var hash: UInt32 = 2_166_136_261
            for byte in name.lowercased().utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
            let hex = String(hash, radix: 16)
            return "tag-" + String(repeating: "0", count: 8 - hex.count) + hex
        }
        return make(folded)
    }

    /// `text` with accents and other diacritics removed (`Über` → `Uber`).
    package static func foldingAccents(_ text: String) -> String {
        text.folding(options: .diacriticInsensitive, locale: nil)
    }

    /// True when ``make(_:)`` keeps something of `text` (an ASCII letter or digit).
    package static func hasLetterOrDigit(_ text: String) -> Bool {
        text.unicodeScalars.contains { ($0 >= "a" && $0 <= "z") || ($0 >= "A" && $0 <= "Z") || ($0 >= "0" && $0 <= "9") }
    }
}
