/// Reads YAML text into `Node` trees through libyaml, keeping where each node started.
///
/// Both entry points reject duplicate scalar keys, undefined aliases, aliases that would expand a document
/// past 100 000 nodes (a "billion laughs" attack) and collections nested deeper than 512 levels. Aliases are
/// resolved by copying the anchored node, marks included. A leading byte order mark is fine. Nothing here
/// traps on bad input: every libyaml error becomes a located `YAMLError`.
public enum Parser {
    /// The single document in `text`, or `nil` when it holds none (empty, or only comments).
    ///
    /// A second document is an error located at its start (usually its `---`).
    public static func parse(_ text: String, fileName: String) throws(YAMLError) -> Node? {
        try documents(in: text, fileName: fileName, allowsMany: false).first
    }

    /// Every document in a `---`-separated stream, in order.
    ///
    /// Empty documents are left out.
    public static func parseDocuments(_ text: String, fileName: String) throws(YAMLError) -> [Node] {
        try documents(in: text, fileName: fileName, allowsMany: true)
    }
}

private extension Parser {
    static func documents(in text: String, fileName: String, allowsMany: Bool) throws(YAMLError) -> [Node] {
        let source = SourceFile(name: fileName, text: text)
        var text = text
        // libyaml reads the bytes in place, so the whole parse happens while they are pinned.
        let result = text.withUTF8 { bytes in
            Result { () throws(YAMLError) in
                let reader = try EventReader(bytes, source: source)
                return try documents(from: reader, source: source, allowsMany: allowsMany)
            }
        }
        return try result.get()
    }

    static func documents(from reader: EventReader, source: SourceFile, allowsMany: Bool) throws(YAMLError) -> [Node] {
        var documents: [Node] = []
        var builder = TreeBuilder(source: source)
        var documentCount = 0
        while true {
            let event = try reader.next()
            switch event {
            case .streamEnd:
                return documents
            case .documentStart(let mark):
                documentCount += 1
                if documentCount > 1 && !allowsMany {
                    throw source.error(
                        .multipleDocuments, "found a second document where only one is allowed", at: mark)
                }
                builder = TreeBuilder(source: source)
            case .documentEnd:
                if let root = builder.root, !root.isEmptyDocument { documents.append(root) }
            default:
                try builder.add(event)
            }
        }
    }
}

private extension Node {
    /// What libyaml reports for a document with no content: one empty, untagged plain scalar.
    var isEmptyDocument: Bool {
        guard let scalar else { return false }
        return scalar.value.isEmpty && scalar.style == .plain && scalar.tag == nil
    }
}
