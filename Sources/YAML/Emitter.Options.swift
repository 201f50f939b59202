extension Emitter {
    /// How the emitter lays out its text.
    public struct Options: Hashable, Sendable {
        /// Spaces per nesting level, 2 to 9 (libyaml uses 2 for anything else).
        public var indent: Int
        /// The column after which libyaml folds long scalars; `nil` never folds, so diffs stay line-stable.
        public var width: Int?
        /// Writes non-ASCII characters as themselves rather than as `\u` escapes.
        public var unicode: Bool
        /// Text written first as `# ` comment lines; a blank line becomes a lone `#`.
        public var headerComment: String?

        public init(indent: Int = 2, width: Int? = nil, unicode: Bool = true, headerComment: String? = nil) {
            self.indent = indent
            self.width = width
            self.unicode = unicode
            self.headerComment = headerComment
        }
    }
}
