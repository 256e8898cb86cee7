/// One file of the generated site: its path inside the output folder and its bytes.
public struct OutputFile: Sendable {
    /// `stages/connect/index.html`; always `/`-separated and relative.
    public var path: String
    public var bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    /// The contents as text (for tests and the search index).
    public var text: String { String(decoding: bytes, as: UTF8.self) }
}
