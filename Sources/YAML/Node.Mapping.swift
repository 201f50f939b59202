extension Node {
    /// Key/value pairs in the order they were written or built. Keys are unique (the parser rejects duplicates).
    public struct Mapping: Hashable, Sendable {
        public struct Pair: Hashable, Sendable {
            public var key: Node
            public var value: Node

            public init(key: Node, value: Node) {
                self.key = key
                self.value = value
            }
        }

        public enum Style: Hashable, Sendable { case block, flow }

        public var pairs: [Pair]
        public var style: Style
        public var mark: Mark?

        public init(_ pairs: [Pair], style: Style = .block, mark: Mark? = nil) {
            self.pairs = pairs
            self.style = style
            self.mark = mark
        }

        /// The value of the first pair whose key is the scalar `key`.
        public subscript(key: String) -> Node? {
            pairs.first { $0.key.scalar?.value == key }?.value
        }

        /// The pair whose key is the scalar `key`, with the key's own mark.
        public func pair(_ key: String) -> Pair? {
            pairs.first { $0.key.scalar?.value == key }
        }
    }
}
