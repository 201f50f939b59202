extension Node {
    /// A scalar's text exactly as written (after unquoting), its style and where it was.
    public struct Scalar: Hashable, Sendable {
        /// Raw values are libyaml's `yaml_scalar_style_t`.
        public enum Style: UInt32, Hashable, Sendable {
            case any = 0
            case plain = 1
            case singleQuoted = 2
            case doubleQuoted = 3
            case literal = 4
            case folded = 5
        }

        public var value: String
        public var style: Style
        /// An explicit tag; `nil` when the scalar had none.
        ///
        /// Shorthands are expanded the way libyaml reports them (`!!str` is `tag:yaml.org,2002:str`); local
        /// tags such as `!Ref` stay as written.
        public var tag: String?
        public var mark: Mark?

        public init(_ value: String, style: Style = .any, tag: String? = nil, mark: Mark? = nil) {
            self.value = value
            self.style = style
            self.tag = tag
            self.mark = mark
        }
    }
}
