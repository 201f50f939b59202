/// Writes `Node` trees as YAML text through libyaml.
///
/// Mappings and sequences are written in block style unless the node asks for flow; empty ones are always
/// `{}` and `[]`, which block style cannot express. Scalar styles are chosen so that every reader reads
/// back what the node means; `ScalarPresentation` holds the rules. The text ends with exactly one newline.
public enum Emitter {
    /// One document, without a `---` line.
    public static func emit(_ node: Node, options: Options = .init()) throws(YAMLError) -> String {
        try emit(documents: [node], options: options)
    }

    /// Several documents; libyaml writes `---` before each one after the first.
    ///
    /// No documents give no text but the header comment.
    public static func emit(documents: [Node], options: Options = .init()) throws(YAMLError) -> String {
        let writer = try EventWriter(options)
        try writer.startStream()
        for document in documents {
            try writer.startDocument()
            try write(document, to: writer, inFlow: false, unicode: options.unicode)
            try writer.endDocument()
        }
        try writer.endStream()
        return commentLines(options.headerComment) + writer.text
    }
}

private extension Emitter {
    static func write(_ node: Node, to writer: EventWriter, inFlow: Bool, unicode: Bool) throws(YAMLError) {
        switch node {
        case .scalar(let scalar):
            try writer.scalar(ScalarPresentation(scalar, inFlow: inFlow, unicode: unicode))
        case .sequence(let sequence):
            let flow = inFlow || sequence.style == .flow || sequence.items.isEmpty
            try writer.startSequence(flow: flow)
            for item in sequence.items {
                try write(item, to: writer, inFlow: flow, unicode: unicode)
            }
            try writer.endSequence()
        case .mapping(let mapping):
            try checkUniqueKeys(mapping)
            let flow = inFlow || mapping.style == .flow || mapping.pairs.isEmpty
            try writer.startMapping(flow: flow)
            for pair in mapping.pairs {
                try write(pair.key, to: writer, inFlow: flow, unicode: unicode)
                try write(pair.value, to: writer, inFlow: flow, unicode: unicode)
            }
            try writer.endMapping()
        }
    }

    /// Refuses a mapping built with the same scalar key twice: Compose would reject the file.
    static func checkUniqueKeys(_ mapping: Node.Mapping) throws(YAMLError) {
        var seen: Set<String> = []
        for pair in mapping.pairs {
            guard let key = pair.key.scalar?.value else { continue }
            guard seen.insert(key).inserted else {
                throw YAMLError(
                    kind: .duplicateKey,
                    problem: "cannot write a mapping with the key '\(key)' twice",
                    mark: pair.key.mark ?? Mark(line: 0, column: 0),
                    fileName: ""
                )
            }
        }
    }

    /// `comment` as `# ` lines, each ending in a newline; empty lines become `#`.
    static func commentLines(_ comment: String?) -> String {
        guard var comment, !comment.isEmpty else { return "" }
        if comment.last?.isNewline == true { comment.removeLast() }
        return comment.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            .map { $0.isEmpty ? "#\n" : "# \($0)\n" }
            .joined()
    }
}
