/// One output file, ready to be compared with disk and written.
public struct RenderedFile: Hashable, Sendable {
    /// Path relative to the install folder, with `/` separators.
    public var path: String
    public var contents: String
    /// `true` for files that hold secret values: written 0600 and redacted in diffs.
    public var containsSecrets: Bool

    public init(path: String, contents: String, containsSecrets: Bool = false) {
        self.path = path
        self.contents = contents
        self.containsSecrets = containsSecrets
    }

    /// Permission bits the file is written with.
    public var mode: UInt16 { containsSecrets ? 0o600 : 0o644 }
}
