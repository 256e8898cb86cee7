import CXSiteSupport

/// A binary file of `content/` copied to the site as it is (an image, a PDF).
public struct StaticFile: Sendable {
    /// Path relative to `content/`, which is also its path in the output.
    public var path: String
    public var bytes: [UInt8]

    /// The memberwise initialiser, open to the other targets.
    package init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }
}
