import CXSiteSupport
import CXSiteModel

/// GitHub's extended autolinks, found in the text of a paragraph: `www.example.com`,
/// `http://`, `https://` and `ftp://` URLs, and email addresses. The rules are GFM's
/// (docs/MARKDOWN.md): a `www.` link starts after a space, `*`, `_`, `~` or `(`; trailing
/// `?!.,:*_~'"` and an unbalanced `)` are not part of the link, nor is an entity-like `&hl;`.
package enum Autolink {
    package enum Kind { case www, url, email }

    package struct Match: Equatable {
        /// The link's bytes within the text scanned.
        package var range: Range<Int>
        package var kind: Kind

        /// The memberwise initialiser, open to the other targets.
        package init(range: Range<Int>, kind: Kind) {
            self.range = range
            self.kind = kind
        }
    }

    /// The destination of a link made from `text`.
    package static func destination(_ text: String, kind: Kind) -> String {
        switch kind {
        case .www: "http://" + text
        case .url: text
        case .email: "mailto:" + text
        }
    }

    /// The links in `bytes`, in order. `startAllowsWWW`: whether what comes before the text
    /// (a line start, a space, an emphasis) lets a `www.` link begin at its first byte.
    package static func matches(in bytes: [UInt8], startAllowsWWW: Bool) -> [Match] {
        var found: [Match] = []
        var index = 0
        var lastEnd = 0
        while index < bytes.count {
            let byte = bytes[index]
            var match: Match?
            if byte == UInt8(ascii: "w"), bytes[index...].starts(with: "www.".utf8) {
                let allowed = index == 0 ? startAllowsWWW : allowsWWW(after: bytes, before: index)
                if allowed, validDomain(bytes, from: index, allowShort: false) {
                    let end = linkEnd(bytes, from: index, domainStart: index)
                    if end > index { match = Match(range: index..<end, kind: .www) }
                }
            } else if byte == UInt8(ascii: ":"), index + 2 < bytes.count, bytes[index + 1] == UInt8(ascii: "/"), bytes[index + 2] == UInt8(ascii: "/") {
                var start = index
                // The letters before `:` are the scheme; more than five are none of the three.
                while start > lastEnd, index - start < 6, bytes[start - 1].isASCIIAlpha { start -= 1 }
                let scheme = String(decoding: bytes[start..<index], as: UTF8.self).lowercased()
                if scheme == "http" || scheme == "https" || scheme == "ftp", validDomain(bytes, from: index + 3, allowShort: true) {
                    let end = linkEnd(bytes, from: index + 3, domainStart: index + 3)
                    if end > index + 3 { match = Match(range: start..<end, kind: .url) }
                }
            } else if byte == UInt8(ascii: "@") {
                match = email(bytes, at: index, notBefore: lastEnd)
            }
            if let match {
                found.append(match)
                lastEnd = match.range.upperBound
                index = match.range.upperBound
            } else {
                index += 1
            }
        }
        return found
    }

    /// Whether the character before `index` lets a `www.` link start there: a space (Unicode's
    /// too: a no-break space), `*`, `_`, `~` or `(`.
    private static func allowsWWW(after bytes: [UInt8], before index: Int) -> Bool {
        let byte = bytes[index - 1]
        if byte < 0x80 {
            return byte.isSpaceOrNewline || byte == UInt8(ascii: "*") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "~") || byte == UInt8(ascii: "(")
        }
        var start = index - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return decodeScalar(bytes, at: start)?.0.isMarkdownSpace ?? false
    }

    /// DNS names have at most 253 characters.
    package static let maximumHostLength = 253

    /// Whether a host name starts at `start`: characters that are neither space nor punctuation
    /// (or `-`, `_`) separated by dots, no `_` in the last two parts, and (unless `allowShort`) a dot.
    private static func validDomain(_ bytes: [UInt8], from start: Int, allowShort: Bool) -> Bool {
        var index = start, dots = 0, underscoresBefore = 0, underscores = 0
        // No host name is longer; the limit keeps a line of a million `www.a_` linear.
        while index < bytes.count, index - start <= maximumHostLength {
            let byte = bytes[index]
            if byte == UInt8(ascii: "_") {
                underscores += 1
                index += 1
            } else if byte == UInt8(ascii: ".") {
                underscoresBefore = underscores
                underscores = 0
                dots += 1
                index += 1
            } else if byte == UInt8(ascii: "-") || byte.isASCIIAlphanumeric {
                index += 1
            } else if byte >= 0x80, let (scalar, length) = decodeScalar(bytes, at: index), !scalar.isSpaceOrPunctuation {
                index += length
            } else {
                break
            }
        }
        guard index > start, index - start <= maximumHostLength, underscoresBefore == 0, underscores == 0 else { return false }
        return allowShort || dots > 0
    }

    /// Where a link whose host starts at `domainStart` ends: at the next space or `<`, less
    /// trailing punctuation.
    private static func linkEnd(_ bytes: [UInt8], from start: Int, domainStart: Int) -> Int {
        var end = start
        while end < bytes.count, !bytes[end].isSpaceOrNewline, bytes[end] != UInt8(ascii: "<") { end += 1 }
        return trimmedEnd(bytes, start: domainStart, end: end)
    }

    /// GFM's trailing-punctuation rule (cmark-gfm's `autolink_delim`).
    private static func trimmedEnd(_ bytes: [UInt8], start: Int, end: Int) -> Int {
        var end = end
        var opening = 0, closing = 0
        for byte in bytes[start..<end] {
            if byte == UInt8(ascii: "(") { opening += 1 } else if byte == UInt8(ascii: ")") { closing += 1 }
        }
        while end > start {
            switch bytes[end - 1] {
            case UInt8(ascii: ")"):
                if closing <= opening { return end }
                closing -= 1
                end -= 1
            case UInt8(ascii: "?"), UInt8(ascii: "!"), UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ":"),
                 UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "'"), UInt8(ascii: "\""):
                end -= 1
            case UInt8(ascii: ";"):
                var entityStart = end - 2
                while entityStart > start, bytes[entityStart].isASCIIAlpha { entityStart -= 1 }
                if entityStart < end - 2, bytes[entityStart] == UInt8(ascii: "&") { end = entityStart } else { end -= 1 }
            default:
                return end
            }
        }
        return end
    }

    /// An email address around the `@` at `at`: `[A-Za-z0-9.+_-]+@` then parts of letters,
    /// digits, `-` and `_` separated by dots, at least one dot, ending in a letter.
    private static func email(_ bytes: [UInt8], at: Int, notBefore: Int) -> Match? {
        var start = at
        while start > notBefore {
            let byte = bytes[start - 1]
            if byte.isASCIIAlphanumeric || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") {
                start -= 1
            } else if byte == UInt8(ascii: "/") {
                return nil
            } else {
                break
            }
        }
        guard start < at else { return nil }
        var end = at + 1, dots = 0
        while end < bytes.count {
            let byte = bytes[end]
            if byte.isASCIIAlphanumeric || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") {
                end += 1
            } else if byte == UInt8(ascii: "."), end + 1 < bytes.count, bytes[end + 1].isASCIIAlphanumeric {
                dots += 1
                end += 1
            } else {
                break
            }
        }
        guard end - at >= 2, dots > 0, bytes[end - 1].isASCIIAlpha || bytes[end - 1] == UInt8(ascii: ".") else { return nil }
        end = trimmedEnd(bytes, start: at, end: end)
        return end > at + 1 ? Match(range: start..<end, kind: .email) : nil
    }
}

/// The Unicode scalar whose UTF-8 starts at `index`, and its length.
package func decodeScalar(_ bytes: [UInt8], at index: Int) -> (Unicode.Scalar, Int)? {
    var iterator = bytes[index...].makeIterator()
    var decoder = UTF8()
    guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return nil }
    return (scalar, UTF8.width(scalar))
}

extension UInt8 {
    package var isSpaceOrNewline: Bool { self == 0x20 || self == 0x09 || self == 0x0A || self == 0x0D || self == 0x0C }
}

extension Unicode.Scalar {
    /// Unicode whitespace or punctuation, as cmark tells them for emphasis and links.
    package var isSpaceOrPunctuation: Bool { isMarkdownSpace || isMarkdownPunctuation }
    package var isMarkdownSpace: Bool { properties.generalCategory == .spaceSeparator || value == 0x09 || value == 0x0A || value == 0x0C || value == 0x0D }
    package var isMarkdownPunctuation: Bool {
        if value < 0x80 { return UInt8(value).isASCIIPunctuation }
        switch properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation: return true
        default: return false
        }
    }
}
