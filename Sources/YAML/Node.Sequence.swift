extension Node {
    /// An ordered list of nodes.
    public struct Sequence: Hashable, Sendable {
        public enum Style: Hashable, Sendable { case block, flow }

        public var items: [Node]
        public var style: Style
        public var mark: Mark?

        public init(_ items: [Node], style: Style = .block, mark: Mark? = nil) {
            self.items = items
            self.style = style
            self.mark = mark
        }
    }
}
