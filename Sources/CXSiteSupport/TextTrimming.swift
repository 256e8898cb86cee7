/// Trimming and blank handling shared by every stage that reads text.
extension StringProtocol {
    /// The text without leading and trailing white space (any Unicode white space; a `String`
    /// uses the faster byte-level form below, which trims spaces, tabs and line breaks).
    package var trimmingSpaces: String {
        var start = startIndex
        var end = endIndex
        while start < end, self[start].isWhitespace { start = index(after: start) }
        while end > start, self[index(before: end)].isWhitespace { end = index(before: end) }
        return String(self[start..<end])
    }
}

extension String {
    /// The text without leading and trailing spaces, tabs and line breaks.
    package var trimmingSpaces: String {
        // Most cells have nothing to trim: two byte reads, no new string.
        if let first = utf8.first, let last = utf8.last, !first.isBlank, !last.isBlank { return self }
        var utf8 = Substring(self).utf8[...]
        while let first = utf8.first, first.isBlank { utf8 = utf8.dropFirst() }
        while let last = utf8.last, last.isBlank { utf8 = utf8.dropLast() }
        return utf8.count == self.utf8.count ? self : String(Substring(utf8))
    }

    /// The text trimmed, with every run of spaces, tabs and line breaks inside it made one space
    /// (`"small\r\nbusiness"` → `small business`): for names such as segments and channels.
    package var collapsingBlanks: String {
        let trimmed = trimmingSpaces
        var previousSpace = false
        let needsWork = trimmed.utf8.contains { byte in
            defer { previousSpace = byte == 0x20 }
            return (byte.isBlank && byte != 0x20) || (byte == 0x20 && previousSpace)
        }
        guard needsWork else { return trimmed }
        return trimmed.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }).joined(separator: " ")
    }
}

extension UInt8 {
    /// Space, tab, LF or CR.
    package var isBlank: Bool { self == 0x20 || self == 0x09 || self == 0x0A || self == 0x0D }
}
