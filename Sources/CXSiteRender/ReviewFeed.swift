import CXSiteSupport
import CXSiteModel
import CXSiteAnalyse
import CXSiteCharts

/// `reviews/feed.xml`: an Atom feed (RFC 4287) with one entry per monthly review, newest first.
///
/// With `base_url` every link and id is absolute (`https://cx.example.com/reviews/2026-10/`).
/// Without it the links are relative to the feed (`2026-10/index.html`), which Atom allows but
/// most readers cannot follow (the build warns), and ids are stable `urn:uuid:` names derived
/// from the site title and the month. Dates are deterministic: an entry is dated the day its
/// review was frozen, else the first day of the month after the review's month.
package enum ReviewFeed {
    package static func file(site: Site, reviews: [MonthlyReview]) -> OutputFile? {
        guard !reviews.isEmpty else { return nil }
        let base = site.config.baseURL
        let title = site.config.title
        /// A page's link in the feed: absolute with `base_url`, else relative to the feed.
        func link(_ page: String) -> String {
            base.map { $0 + Routes.pretty(page) } ?? Routes.relative(page, from: Routes.reviewsFeed)
        }
        func page(_ review: MonthlyReview) -> String { link(Routes.review(review.month)) }
        func id(_ name: String, url: String?) -> String { url ?? "urn:uuid:" + uuid(title + "\u{0}" + name) }
        let entries = reviews.reversed().map { review in (review, updated(review)) }
        let feedUpdated = entries.map(\.1).max()!

        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\""
        xml += " xml:lang=\"\(text(site.config.language))\">\n"
        let cadence = site.config.cadence
        xml += "  <title>\(text(title)): \(cadence.rawValue) reviews</title>\n"
        xml += "  <subtitle>\(cadence.adjectiveTitle) customer-experience reviews: scorecard, highlights, maturity and improvements.</subtitle>\n"
        xml += "  <id>\(text(id("reviews", url: base == nil ? nil : link(Routes.reviews))))</id>\n"
        xml += "  <updated>\(feedUpdated)</updated>\n"
        xml += "  <link rel=\"self\" type=\"application/atom+xml\" href=\"\(text(link(Routes.reviewsFeed)))\"/>\n"
        xml += "  <link rel=\"alternate\" type=\"text/html\" href=\"\(text(link(Routes.reviews)))\"/>\n"
        xml += "  <author><name>\(text(site.config.company.isEmpty ? title : site.config.company))</name></author>\n"
        xml += "  <generator>cxsite</generator>\n"
        for (review, updated) in entries {
            let url = page(review)
            xml += "  <entry>\n"
            xml += "    <title>\(text(review.notes?.title ?? "\(review.month.longLabel) review"))</title>\n"
            xml += "    <id>\(text(id("review " + review.month.description, url: base == nil ? nil : url)))</id>\n"
            xml += "    <link rel=\"alternate\" type=\"text/html\" href=\"\(text(url))\"/>\n"
            xml += "    <published>\(updated)</published>\n"
            xml += "    <updated>\(updated)</updated>\n"
            if let author = review.notes?.author, !author.isEmpty {
                xml += "    <author><name>\(text(author))</name></author>\n"
            }
            xml += "    <summary>\(text(summary(review, site: site)))</summary>\n"
            xml += "    <content type=\"html\">\(text(content(review, site: site, url: url)))</content>\n"
            xml += "  </entry>\n"
        }
        xml += "</feed>\n"
        return OutputFile(path: Routes.reviewsFeed, text: xml)
    }

    /// `2026-11-03T00:00:00Z`: the day the review was frozen, else the first day of the next period.
    package static func updated(_ review: MonthlyReview) -> String {
        if let day = review.frozen?.frozenOn { return day + "T00:00:00Z" }
        return Period.dateText(review.month.next.firstDay) + "T00:00:00Z"
    }

    /// One line: the overall level and score, and the targets met.
    package static func summary(_ review: MonthlyReview, site: Site) -> String {
        var parts: [String] = []
        if let overall = review.snapshot.overall {
            var part = "Overall maturity level \(overall.level), \(site.config.maturity.levelNames[overall.level - 1]) (\(NumberFormat.fixed(overall.score, decimals: 1)) of 100"
            if let change = overall.change { part += ", \(PageContext.signed(change)) since \(review.month.previous.label)" }
            parts.append(part + ")")
        }
        let targeted = review.snapshot.metrics.filter { $0.standing == .met || $0.standing == .missed }
        if !targeted.isEmpty {
            parts.append("\(targeted.filter { $0.standing == .met }.count) of \(StepTracker.count(targeted.count, "metric")) on target")
        }
        return parts.isEmpty ? "No metric data for \(review.month.longLabel)." : parts.joined(separator: "; ") + "."
    }

    /// The summary and the highlights as HTML, and a link to the page.
    package static func content(_ review: MonthlyReview, site: Site, url: String) -> String {
        var html = "<p>\(Escape.html(summary(review, site: site)))</p>"
        if !review.snapshot.highlights.isEmpty {
            html += "<ul>" + review.snapshot.highlights.map { "<li>\(Escape.html($0.text))</li>" }.joined() + "</ul>"
        }
        if let frozen = review.frozen {
            html += "<p>Figures as published\(frozen.frozenOn.map { " on \(PageContext.dayLabel($0))" } ?? "")"
            html += review.restatements.isEmpty ? ".</p>" : "; \(StepTracker.count(review.restatements.count, "figure")) restated since.</p>"
        }
        html += "<p><a href=\"\(Escape.html(url))\">Read the \(Escape.html(review.month.longLabel)) review</a></p>"
        return html
    }

    /// XML text: escaped, without the control characters XML 1.0 cannot hold.
    package static func text(_ value: String) -> String {
        Escape.html(String(String.UnicodeScalarView(value.unicodeScalars.filter { $0.value >= 0x20 || $0 == "\t" || $0 == "\n" || $0 == "\r" })))
    }

    /// A name-based UUID (RFC 9562 version 8) from two FNV-1a hashes of `name`: stable across builds.
    package static func uuid(_ name: String) -> String {
        func fnv(_ seed: UInt64) -> UInt64 {
            var hash = seed
            for byte in name.utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x100000001b3
            }
            return hash
        }
        var bytes: [UInt8] = []
        for part in [fnv(0xcbf29ce484222325), fnv(0x84222325cbf29ce4)] {
            for shift in stride(from: 56, through: 0, by: -8) { bytes.append(UInt8(truncatingIfNeeded: part >> UInt64(shift))) }
        }
        bytes[6] = (bytes[6] & 0x0F) | 0x80
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        let hex = bytes.map { byte in (byte < 16 ? "0" : "") + String(byte, radix: 16) }.joined()
        let parts = [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { range in
            String(hex[hex.index(hex.startIndex, offsetBy: range.lowerBound)..<hex.index(hex.startIndex, offsetBy: range.upperBound)])
        }
        return parts.joined(separator: "-")
    }
}
