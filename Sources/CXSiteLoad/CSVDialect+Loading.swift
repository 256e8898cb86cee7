import CXSiteSupport
import CXSiteModel

extension CSVDialect {
    /// The keys a section of export settings may hold for its CSV files.
    package static let exportKeys = ["delimiter", "decimal", "date_format"]

    /// Reads `delimiter:`, `decimal:` and (with `dates`) `date_format:` of one section; problems
    /// are errors at their value.
    package static func load(_ fields: YAMLFields, section: String, dates: Bool, log: inout DiagnosticLog) -> CSVDialect {
        var dialect = CSVDialect()
        if let text = fields.string("delimiter", log: &log), let node = fields.node("delimiter") {
            switch text {
            case ",", "comma": dialect.delimiter = .comma
            case ";", "semicolon": dialect.delimiter = .semicolon
            case "\t", "tab", "\\t": dialect.delimiter = .tab
            default:
                log.error("'delimiter' under '\(section):' must be \",\", \";\" or tab, found '\(text)'", at: fields.location(node))
            }
        }
        if let text = fields.string("decimal", log: &log), let node = fields.node("decimal") {
            if let mark = DecimalMark(rawValue: text) {
                dialect.decimal = mark
                if mark == .comma, dialect.delimiter == .comma {
                    log.error("'decimal: \",\"' under '\(section):' cannot go with 'delimiter: \",\"': a comma cannot separate both fields and decimals; use ';' or tab as the delimiter", at: fields.location(node))
                    dialect.decimal = nil
                }
            } else {
                log.error("'decimal' under '\(section):' must be \".\" or \",\", found '\(text)'", at: fields.location(node))
            }
        }
        if dates, let node = fields.node("date_format") {
            let items: [(String, YAMLNode)]
            if let scalar = node.scalar {
                items = [(scalar.string, node)]
            } else if let sequence = node.sequence {
                items = sequence.map { ($0.scalar?.string ?? "", $0) }
            } else {
                items = []
                log.error("'date_format' under '\(section):' must be a pattern such as \"%d-%m-%y\" or a list of them", at: fields.location(node))
            }
            for (text, item) in items {
                do throws(DatePattern.PatternError) {
                    dialect.dateFormats.append(try DatePattern(text))
                } catch {
                    log.error("'date_format' under '\(section):': \(error.message)", at: fields.location(item))
                }
            }
        }
        return dialect
    }
}
