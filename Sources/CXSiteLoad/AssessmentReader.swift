import CXSiteSupport
import CXSiteModel

/// Reads `content/assessment.csv`: `area,statement,score` and optional `month`, `owner`, `note`,
/// every cell checked with its line and column.
package enum AssessmentReader {
    package static let columns = ["area", "statement", "score", "month", "owner", "note"]

    /// `dialect` gives the delimiter (else told from the header line); scores are whole numbers either way.
    package static func read(_ file: SourceText, dialect: CSVDialect = CSVDialect(), log: inout DiagnosticLog) -> Assessment {
        var reader = CSVReader(bytes: Array(file.text.utf8), delimiter: dialect.delimiter)
        var header: [String: Int] = [:]
        var width = 0
        var answers: [AssessmentAnswer] = []
        var sawRow = false
        let expectedAreas = MaturityArea.all.map(\.id)
        while let result = reader.next() {
            let record: CSVRecord
            switch result {
            case .failure(let error):
                log.error(error.message, at: SourceLocation(path: file.path, line: error.line, column: error.column))
                continue
            case .success(let value): record = value
            }
            func at(_ index: Int) -> SourceLocation {
                let position = record.positions[min(index, record.positions.count - 1)]
                return SourceLocation(path: file.path, line: position.line, column: position.column)
            }
            if header.isEmpty {
                width = record.fields.count
                for (index, name) in record.fields.enumerated() {
                    let key = name.trimmingSpaces.lowercased()
                    if columns.contains(key) { header[key] = index } else {
                        log.warning("unknown column '\(name)'\(Suggestion.hint(for: key, in: columns)); expected \(columns.joined(separator: ", ")); it is ignored", at: at(index))
                    }
                }
                for required in ["area", "statement", "score"] where header[required] == nil {
                    log.error("the header has no '\(required)' column; expected area,statement,score (and optionally month,owner,note)", at: at(0))
                }
                if header["area"] == nil || header["statement"] == nil || header["score"] == nil { return Assessment(answers: []) }
                continue
            }
            sawRow = true
            guard record.fields.count == width else {
                log.error("expected \(width) fields as in the header, found \(record.fields.count)", at: at(0))
                continue
            }
            func cell(_ name: String) -> String? {
                header[name].map { record.fields[$0].trimmingSpaces }.flatMap { $0.isEmpty ? nil : $0 }
            }
            // A blank score is a statement not answered yet (`cxsite new assessment` writes them so).
            if cell("score") == nil { continue }
            var valid = true
            let areaText = cell("area") ?? ""
            let area = MaturityArea(named: areaText)
            if area == nil {
                log.error("unknown area '\(areaText)'\(Suggestion.hint(for: areaText, in: expectedAreas)); expected a stage (connect, assist, resolve, enhance) or a pillar (technology, strategy, people, service, operations)", at: at(header["area"]!))
                valid = false
            }
            let scoreText = cell("score") ?? ""
            let score = Int(scoreText)
            if let score, !(1...5).contains(score) {
                log.error("score \(score) is out of range; expected a whole number from 1 to 5 (column 'score')", at: at(header["score"]!))
                valid = false
            } else if score == nil {
                log.error("'\(scoreText)' is not a score; expected a whole number from 1 to 5 (column 'score')", at: at(header["score"]!))
                valid = false
            }
            if cell("statement") == nil {
                log.error("the statement is empty; expected the statement being scored (column 'statement')", at: at(header["statement"]!))
                valid = false
            }
            var month: Period?
            if let text = cell("month") {
                do { month = try Period(parsing: text) } catch {
                    log.error("\(error.description) (column 'month')", at: at(header["month"]!))
                    valid = false
                }
            }
            guard valid, let area, let score else { continue }
            answers.append(AssessmentAnswer(area: area, statement: cell("statement")!, score: score, month: month,
                                            owner: cell("owner"), note: cell("note"), location: at(header["score"]!)))
        }
        if file.text.utf8.allSatisfy(\.isBlank) {
            log.error("assessment.csv is empty; expected a header 'area,statement,score' and one row per statement, or delete the file", at: SourceLocation(path: file.path))
        } else if width > 0 && !sawRow {
            log.error("assessment.csv has a header but no rows; add one row per statement scored, such as 'connect,We greet customers by name,3'", at: SourceLocation(path: file.path, line: 2))
        }
        return Assessment(answers: answers)
    }
}
