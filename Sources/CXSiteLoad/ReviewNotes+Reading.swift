import Foundation
import CXSiteSupport
import CXSiteModel

extension ReviewNotes {
    /// Reads `content/reviews/YYYY-MM.md`; a file name that is not a month is an error.
    package init?(_ file: SourceText, log: inout DiagnosticLog) {
        let name = String(file.path.split(separator: "/").last!.dropLast(3))
        guard let month = try? Period(parsing: name) else {
            log.error("review notes must be named after their month, like content/reviews/2026-10.md; found '\(name).md'", at: SourceLocation(path: file.path))
            return nil
        }
        let document = FrontMatterFields.read(file, known: ["title", "author", "decisions", "improvements"], what: "review front matter", log: &log)
        let fields = document.fields
        var improvements: [ReviewImprovement] = []
        if let fields, let node = fields.node("improvements") {
            let items: [YAMLNode] = node.sequence.map(Array.init) ?? [node]
            for item in items {
                if let title = item.scalar?.string {
                    improvements.append(ReviewImprovement(title: title, owner: nil, status: .planned, location: fields.location(item)))
                    continue
                }
                guard let entry = YAMLFields(item, path: fields.path, firstLine: fields.firstLine, what: "an improvement", log: &log) else { continue }
                entry.warnUnknownKeys(["title", "owner", "status"], in: "an improvement", log: &log)
                guard let title = entry.string("title", log: &log), !title.isEmpty else {
                    log.error("an improvement needs a 'title'", at: entry.location(item))
                    continue
                }
                var status = ReviewImprovement.Status.planned
                if let text = entry.string("status", log: &log) {
                    if let parsed = ReviewImprovement.Status(named: text) { status = parsed } else {
                        log.error("unknown status '\(text)'; expected planned, in progress or done", at: entry.location(entry.node("status")!))
                    }
                }
                improvements.append(ReviewImprovement(title: title, owner: entry.string("owner", log: &log), status: status, location: entry.location(item)))
            }
        }
        self.init(month: month, path: file.path, title: document.title, author: fields?.string("author", log: &log),
                  decisions: fields?.strings("decisions", log: &log) ?? [], improvements: improvements, body: document.markdown)
    }
}
