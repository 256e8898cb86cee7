import CXSiteSupport
import CXSiteModel
import CXSiteLoad
import CXSiteAnalyse
import CXSiteCharts
import CXSiteRender
import CXSiteWrite
import CXSite

/// The page `cxsite serve` shows in place of every page while the last build failed: the
/// diagnostics as `path:line:column: error: …`, the way `cxsite check` prints them. It carries
/// the live-reload script, so it turns back into the page as soon as a build succeeds.
enum ErrorOverlay {
    static func html(diagnostics: [Diagnostic], requested path: String) -> String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let items = diagnostics.map { diagnostic in
            "<li class=\"\(diagnostic.severity == .error ? "error" : "warning")\"><code>\(escape(diagnostic.description))</code></li>"
        }.joined(separator: "\n")
        return """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="color-scheme" content="light dark">
        <title>Build failed · cxsite serve</title>
        <style>
        body { margin: 0; font: 16px/1.5 system-ui, sans-serif; background: #1b1f27; color: #e8ebf0; }
        main { max-width: 60rem; margin: 0 auto; padding: 2rem 1.25rem; }
        h1 { margin: 0 0 .25rem; font-size: 1.6rem; color: #ff8a80; }
        p { color: #b7bfcc; }
        ul { list-style: none; padding: 0; }
        li { margin: .5rem 0; padding: .75rem 1rem; border-radius: 8px; background: #262c37; border-left: 4px solid #ff6b5f; overflow-x: auto; }
        li.warning { border-left-color: #f2c14e; }
        code { font: .95rem/1.5 ui-monospace, Menlo, Consolas, monospace; white-space: pre-wrap; word-break: break-word; }
        </style>
        </head>
        <body>
        <main>
        <h1>Build failed</h1>
        <p>cxsite found \(errors) error\(errors == 1 ? "" : "s") and could not rebuild the site, so it shows this page instead of <code>\(escape(path))</code>. Fix the file and save it: this page reloads by itself when the build succeeds. The server keeps running.</p>
        <ul>
        \(items)
        </ul>
        </main>
        </body>
        </html>

        """
    }

    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(character)
            }
        }
        return out
    }
}
