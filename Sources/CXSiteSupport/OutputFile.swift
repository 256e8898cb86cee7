/// One file of the generated site: its path inside the output folder and its bytes.
///
/// A file made from text (every page, feed, data file and asset cxsite generates) never holds a
/// Unicode bidirectional control: `init(path:text:)` drops them, whatever page kind produced
/// the text, so content cannot make a page read in another order than it is written (the
/// "Trojan Source" trick). Files copied from `content/` (`init(path:bytes:)`) are left as they are.
public struct OutputFile: Sendable {
    /// `stages/connect/index.html`; always `/`-separated and relative.
    public var path: String
    public var bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    public init(path: String, text: String) {
        self.init(path: path, bytes: Escape.droppingBidiControls(Array(text.utf8)))
    }

    /// The contents as text (for tests and the search index).
    public var text: String { String(decoding: bytes, as: UTF8.self) }
}
