/// A binary file of `content/` copied to the site as it is (an image, a PDF).
public struct StaticFile: Sendable {
    /// Path relative to `content/`, which is also its path in the output.
    public var path: String
    public var bytes: [UInt8]
}
