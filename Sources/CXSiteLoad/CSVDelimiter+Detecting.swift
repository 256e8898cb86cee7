import CXSiteSupport
import CXSiteModel

extension CSVDelimiter {
    /// The delimiter of a header line: the one of `,`, `;` and tab found most often outside
    /// quotes (a comma when none is, or on a tie with it).
    package static func detect(_ line: UnsafeBufferPointer<UInt8>) -> CSVDelimiter {
        var counts = [0, 0, 0]
        var quoted = false
        for byte in line {
            if byte == CSVReader.quote { quoted.toggle(); continue }
            if quoted { continue }
            if byte == CSVReader.lf || byte == CSVReader.cr { break }
            switch byte {
            case 0x2C: counts[0] += 1
            case 0x3B: counts[1] += 1
            case 0x09: counts[2] += 1
            default: break
            }
        }
        if counts[1] > counts[0] && counts[1] >= counts[2] { return .semicolon }
        if counts[2] > counts[0] && counts[2] > counts[1] { return .tab }
        return .comma
    }
}
