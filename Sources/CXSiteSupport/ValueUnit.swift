/// How a number is written and compared: the one unit type of metrics, charts and pages.
public enum ValueUnit: String, Sendable, CaseIterable {
    /// 0–100, shown with `%`.
    case percent
    /// Hours, shown with ` h`.
    case hours
    /// A −100…100 score such as NPS, shown without a unit.
    case score
    /// A mean on a rating scale (CES 1–7), shown without a unit.
    case scale
    /// A number of things (tickets), shown as a whole number with thousands grouped.
    case count
    /// A sum of money in the project's one currency (revenue per customer), shown with two
    /// decimals and thousands grouped, without a currency sign: `1,204.50`.
    case amount
}
