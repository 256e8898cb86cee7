/// What `cxsite serve` adds to every HTML response (never to the files in the output folder):
/// a small script that listens on `/_cxsite/events` and reloads the page when a build changed
/// it, changed a stylesheet, script or image, failed, or recovered from a failure.
enum LiveReloadScript {
    /// The path of the Server-Sent Events stream; `/_cxsite/` is reserved by the server.
    static let eventsPath = "/_cxsite/events"

    /// The `<script>` element for the page at output path `page` served from build `build`.
    static func element(page: String, build: String) -> String {
        """
        <script>/* added by cxsite serve: live reload */
        (function () {
          var page = \(literal(page)), build = \(literal(build));
          if (!window.EventSource) return;
          var source = new EventSource("\(eventsPath)");
          function reload() { source.close(); window.location.reload(); }
          source.addEventListener("hello", function (event) {
            if (JSON.parse(event.data).build !== build) reload();
          });
          source.addEventListener("reload", function (event) {
            var data = JSON.parse(event.data);
            var affected = data.all || data.paths.some(function (path) {
              return path === page || (!/\\.html$/.test(path) && path !== "search-index.js");
            });
            if (affected) reload(); else build = data.build;
          });
        })();
        </script>

        """
    }

    /// `html` with the script inserted before its last `</body>` (appended when there is none).
    /// With `baseHref`, a `<base href>` is added after `<head>`, for the 404 page served at a
    /// nested path, whose relative links are written for the site root.
    static func inject(into html: [UInt8], page: String, build: String, baseHref: String? = nil) -> [UInt8] {
        var html = html
        if let baseHref, let head = range(of: "<head>", in: html, first: true) {
            html.insert(contentsOf: Array("\n<base href=\"\(baseHref)\">".utf8), at: head.upperBound)
        }
        let script = Array(element(page: page, build: build).utf8)
        if let body = range(of: "</body>", in: html, first: false) {
            html.insert(contentsOf: script, at: body.lowerBound)
        } else {
            html += script
        }
        return html
    }

    /// The first (or, with `first` false, the last) occurrence of `marker` in `bytes`. Walks the
    /// indices in place: `Array(0...n)` here cost eight bytes per byte of page on every request
    /// (two thirds of a page's serving time in a debug build).
    static func range(of marker: String, in bytes: [UInt8], first: Bool) -> Range<Int>? {
        let needle = Array(marker.utf8)
        guard !needle.isEmpty, bytes.count >= needle.count else { return nil }
        let last = bytes.count - needle.count
        var start = first ? 0 : last
        while start >= 0 && start <= last {
            if bytes[start] == needle[0], bytes[start..<(start + needle.count)].elementsEqual(needle) {
                return start..<(start + needle.count)
            }
            start += first ? 1 : -1
        }
        return nil
    }

    /// A JavaScript string literal safe inside `<script>`.
    static func literal(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"", "\\", "<", ">", "&", "\u{2028}", "\u{2029}":
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
