/// Builds one document's node tree from parse events, resolving aliases and rejecting duplicate keys.
///
/// Collections under construction sit on an explicit stack rather than the call stack, so hostile nesting
/// ends in `YAMLError.Kind.nestingLimit` instead of a stack overflow.
struct TreeBuilder {
    /// More nodes than any configuration file needs; a "billion laughs" document reaches it after a few aliases.
    static let maxExpandedNodes = 100_000
    /// Far deeper than any configuration file; shallow enough that recursive code over the tree is safe.
    static let maxDepth = 512

    /// The document's root, once its last event has arrived.
    private(set) var root: Node?

    private let source: SourceFile
    private var stack: [Frame] = []
    private var anchors: [String: Subtree] = [:]
    private var expandedNodes = 0

    init(source: SourceFile) {
        self.source = source
    }

    /// Adds one event that belongs inside a document.
    mutating func add(_ event: ParserEvent) throws(YAMLError) {
        switch event {
        case .scalar(let scalar, let anchor):
            expandedNodes += 1
            try finish(Subtree(node: .scalar(scalar), size: 1, height: 0), anchor: anchor, at: scalar.mark)
        case .alias(let anchor, let mark):
            try addAlias(anchor, at: mark)
        case .sequenceStart(let sequence, let anchor):
            try open(.sequence(sequence), anchor: anchor, at: sequence.mark)
        case .mappingStart(let mapping, let anchor):
            try open(.mapping(mapping), anchor: anchor, at: mapping.mark)
        case .sequenceEnd, .mappingEnd:
            guard let frame = stack.popLast() else { return }
            let subtree = Subtree(node: frame.node, size: frame.size, height: frame.height)
            try finish(subtree, anchor: frame.anchor, at: frame.template.mark)
        case .streamStart, .streamEnd, .documentStart, .documentEnd:
            return
        }
    }
}

private extension TreeBuilder {
    /// A finished node with what the limits need to know about it.
    struct Subtree {
        var node: Node
        /// Nodes in the subtree, counting every alias expansion.
        var size: Int
        /// Levels of collections below the node.
        var height: Int
    }

    /// A collection still receiving children.
    ///
    /// Children collect in plain arrays and go into the node only when it ends, so appending never copies.
    struct Frame {
        /// The empty collection with its style and mark.
        let template: Node
        let anchor: String?
        var items: [Node] = []
        var pairs: [Node.Mapping.Pair] = []
        var pendingKey: Node?
        /// Where each scalar key first appeared, to name it when it comes again.
        var keyMarks: [String: Mark] = [:]
        var size = 1
        var height = 1

        var node: Node {
            switch template {
            case .sequence(var sequence):
                sequence.items = items
                return .sequence(sequence)
            case .mapping(var mapping):
                mapping.pairs = pairs
                return .mapping(mapping)
            case .scalar:
                return template
            }
        }
    }

    mutating func open(_ node: Node, anchor: String?, at mark: Mark?) throws(YAMLError) {
        guard stack.count < Self.maxDepth else {
            throw source.error(
                .nestingLimit, "collections nest deeper than \(Self.maxDepth) levels", at: mark ?? .start)
        }
        expandedNodes += 1
        stack.append(Frame(template: node, anchor: anchor))
    }

    mutating func addAlias(_ anchor: String, at mark: Mark) throws(YAMLError) {
        guard let subtree = anchors[anchor] else {
            throw source.error(.syntax, "found undefined alias '*\(anchor)'", at: mark)
        }
        expandedNodes += subtree.size
        guard expandedNodes <= Self.maxExpandedNodes else {
            let problem = "alias '*\(anchor)' expands the document beyond \(Self.maxExpandedNodes) nodes"
            throw source.error(.aliasLimit, problem, at: mark)
        }
        guard stack.count + subtree.height <= Self.maxDepth else {
            throw source.error(.nestingLimit, "alias '*\(anchor)' nests deeper than \(Self.maxDepth) levels", at: mark)
        }
        // A copy of the anchored node, marks included: the reader sees the value where it was written.
        try attach(subtree, at: mark)
    }

    mutating func finish(_ subtree: Subtree, anchor: String?, at mark: Mark?) throws(YAMLError) {
        if let anchor { anchors[anchor] = subtree }
        try attach(subtree, at: mark ?? .start)
    }

    /// Puts a finished node into the collection on top of the stack, or makes it the root.
    mutating func attach(_ subtree: Subtree, at mark: Mark) throws(YAMLError) {
        guard var frame = stack.popLast() else {
            root = subtree.node
            return
        }
        frame.size += subtree.size
        frame.height = max(frame.height, subtree.height + 1)
        if case .sequence = frame.template {
            frame.items.append(subtree.node)
        } else if let key = frame.pendingKey {
            frame.pairs.append(Node.Mapping.Pair(key: key, value: subtree.node))
            frame.pendingKey = nil
        } else {
            try checkUnique(subtree.node, in: &frame, at: mark)
            frame.pendingKey = subtree.node
        }
        stack.append(frame)
    }

    /// Rejects a scalar key that the mapping already has; Compose refuses such files and Helm keeps the last.
    func checkUnique(_ key: Node, in frame: inout Frame, at mark: Mark) throws(YAMLError) {
        guard let name = key.scalar?.value else { return }
        if let first = frame.keyMarks[name] {
            let problem = "duplicate key '\(name)' (first defined on line \(first.line))"
            throw source.error(.duplicateKey, problem, at: mark)
        }
        frame.keyMarks[name] = mark
    }
}

extension Mark {
    /// The first column of the first line.
    static let start = Mark(line: 1, column: 1)
}
