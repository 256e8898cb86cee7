import CXSiteSupport
import CXSiteModel
import CXSiteAnalyse
import CXSiteCharts

/// The starter notes of `cxsite new review YYYY-MM` (or `YYYY-Www`): front matter with the improvements still
/// open from earlier reviews (their last status, to update), and the period's highlights as
/// prompts under each CARE stage, inside HTML comments so the page never shows them.
///
/// ```swift
/// ReviewStarter.text(month: november, site: site, analysis: analysis)
/// // ---\ntitle: November 2026 review\n…
/// ```
package enum ReviewStarter {
    package static func text(month: Period, site: Site, analysis: SiteAnalysis) -> String {
        let earlier = site.reviewNotes.filter { $0.month < month }
        let open = ImprovementLoop.loops(notes: earlier, months: [month])[month]?.carried ?? []
        let highlights = analysis.review(of: month)?.snapshot.highlights ?? []

        let unit = month.cadence.unit
        var text = "---\n"
        text += "title: \(yaml("\(month.longLabel) review"))\n"
        text += "author: Your name\n"
        text += "decisions:\n  - What the team decided this \(unit), one line each\n"
        text += "improvements:\n"
        if let last = earlier.last(where: { !$0.improvements.isEmpty }), !open.isEmpty {
            text += "  # Still open after the \(last.month.longLabel) review: update each status (planned, in progress, done).\n"
            for item in open {
                text += "  - title: \(yaml(item.title))\n"
                if let owner = item.owner { text += "    owner: \(yaml(owner))\n" }
                text += "    status: \(item.status.rawValue)\n"
            }
            text += "  # New this \(unit):\n"
        }
        text += "  - title: An improvement the team commits to\n    owner: Its owner\n    status: planned\n"
        text += "---\n"

        let stageOf = { (highlight: ReviewSnapshot.Highlight) in highlight.metric.flatMap { site.catalog.metric($0)?.stage } }
        let general = highlights.filter { stageOf($0) == nil }
        text += "<!-- What the numbers say for \(month.longLabel), written by cxsite from the data. The review page\n"
        text += "     shows these anyway: use them as prompts, write what the numbers cannot say (what the team\n"
        text += "     saw, decided and will change), and delete the comments when you are done.\n"
        if highlights.isEmpty {
            text += "\n     cxsite has no metric values for \(month.longLabel) yet; the review page will show the\n"
            text += "     highlights once the \(unit)'s data is in content/metrics/.\n"
        }
        for highlight in general { text += "\n" + wrap("- " + highlight.text, indent: "     ", hanging: "       ") }
        text += "-->\n"
        for stage in CAREStage.allCases {
            text += "\n**\(stage.name).**\n"
            let own = highlights.filter { stageOf($0) == stage }
            guard !own.isEmpty else { continue }
            text += "<!--\n"
            for highlight in own {
                text += wrap("- " + highlight.text + " " + question(highlight.kind, unit: unit), indent: "  ", hanging: "    ")
            }
            text += "-->\n"
        }
        return text
    }

    /// A question for the team after a highlight; it asks, it does not explain.
    private static func question(_ kind: ReviewSnapshot.Highlight.Kind, unit: String) -> String {
        switch kind {
        case .better: "What made the difference, and how do we keep it?"
        case .worse: "What happened, and what will we change?"
        case .steady: "Is the movement worth watching next \(unit), or noise?"
        case .untested: "Could this be chance? (It could not be tested.)"
        case .onTarget: "Anything at risk next \(unit)?"
        case .offTarget: "What stands in the way?"
        case .missing: "When will the data be in?"
        }
    }

    /// `text` as lines of at most 96 characters, the first indented by `indent`, the rest by `hanging`.
    private static func wrap(_ text: String, indent: String, hanging: String) -> String {
        var lines: [String] = []
        var line = indent
        for word in text.split(separator: " ") {
            if line.count + word.count + 1 > 96, line.trimmingSpaces.count > 0 {
                lines.append(line)
                line = hanging
            }
            line += (line == indent || line == hanging ? "" : " ") + word
        }
        lines.append(line)
        return lines.joined(separator: "\n") + "\n"
    }

    /// `text` as a YAML scalar: plain when that reads back the same, else double-quoted.
    package static func yaml(_ text: String) -> String {
        let special = ":#'\"{}[],&*!|>%@`\\"
        let plain = !text.isEmpty && text == text.trimmingSpaces && !text.contains(where: { special.contains($0) || $0.isNewline })
            && !["-", "?"].contains(text.first.map(String.init) ?? "")
            && !["true", "false", "yes", "no", "on", "off", "null", "~"].contains(text.lowercased()) && Double(text) == nil
        if plain { return text }
        return "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"").replacingOccurrences(of: "\n", with: "\\n") + "\""
    }
}
