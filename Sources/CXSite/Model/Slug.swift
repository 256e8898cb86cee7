import Foundation

/// URL-safe names made from file names and titles.
enum Slug {
    /// Lowercase ASCII letters, digits and single dashes: `Tone of Voice.md` → `tone-of-voice`.
    static func make(_ text: String) -> String {
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
    static func humanize(_ name: String) -> String {
        let words = name.replacingOccurrences(of: "_", with: " ").replacingOccurrences(of: "-", with: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }
}
