import YAML

/// Reads one mapping of the spec against its schema: unknown keys, types, defaults, located errors.
///
/// Every accessor reports its own problems to the context and returns `nil` (or the default) so
/// decoding carries on and the operator sees every mistake in one run.
struct ObjectReader {
    let context: SpecContext
    /// Dotted key path of this mapping, empty for the root.
    let path: String
    let mapping: Node.Mapping?
    let fields: [SpecField]
    /// Where to point when a required key is missing: the mapping itself, or its parent key.
    let anchor: Mark?

    init(context: SpecContext, path: String, node: Node?, fields: [SpecField], anchor: Mark?) {
        self.context = context
        self.path = path
        self.fields = fields
        self.anchor = node?.mark ?? anchor
        switch node {
        case .mapping(let mapping):
            self.mapping = mapping
            reportUnknownKeys()
        case .scalar(let scalar) where ObjectReader.isNull(scalar):
            self.mapping = nil
        case let node?:
            self.mapping = nil
            context.error(
                path, "expected a mapping of keys (\(Self.keyList(fields))), found \(Self.kind(of: node))",
                at: node.mark)
        case nil:
            self.mapping = nil
        }
    }

    func keyPath(_ name: String) -> String { path.isEmpty ? name : "\(path).\(name)" }

    func field(_ name: String) -> SpecField {
        guard let field = fields.first(where: { $0.name == name }) else {
            preconditionFailure("spec decoder reads '\(keyPath(name))', which the schema does not declare")
        }
        return field
    }

    /// The value node of `name`, or `nil` when absent or written as null.
    func node(_ name: String) -> Node? {
        _ = field(name)
        guard let value = mapping?[name] else { return nil }
        if case .scalar(let scalar) = value, Self.isNull(scalar) { return nil }
        return value
    }

    func mark(_ name: String) -> Mark? { node(name)?.mark ?? mapping?.pair(name)?.key.mark ?? anchor }

    func isPresent(_ name: String) -> Bool { node(name) != nil }

    func reportMissing(_ name: String, fix: String? = nil) {
        context.error(
            keyPath(name), "is required here", at: anchor,
            fix: fix ?? field(name).example.map { "add `\(name): \($0)`" })
    }

    func object(_ name: String) -> ObjectReader {
        ObjectReader(
            context: context, path: keyPath(name), node: node(name), fields: field(name).children, anchor: mark(name))
    }

    private func reportUnknownKeys() {
        let known = fields.map(\.name)
        for pair in mapping?.pairs ?? [] {
            guard let key = pair.key.scalar?.value else {
                context.error(path, "keys must be plain names", at: pair.key.mark)
                continue
            }
            guard !known.contains(key) else { continue }
            let fix: String
            if let suggestion = NameSuggestion.closest(to: key, in: known) {
                fix = "did you mean '\(suggestion)'?"
            } else {
                fix = "known keys here: \(Self.keyList(fields))"
            }
            context.error(keyPath(key), "unknown key", at: pair.key.mark, fix: fix)
        }
    }

    static func keyList(_ fields: [SpecField]) -> String {
        fields.map(\.name).joined(separator: ", ")
    }

    static func isNull(_ scalar: Node.Scalar) -> Bool {
        guard scalar.style == .plain || scalar.style == .any else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.value)
    }

    static func kind(of node: Node) -> String {
        switch node {
        case .scalar(let scalar): "the value \(quoted(scalar.value))"
        case .sequence: "a list"
        case .mapping: "a mapping"
        }
    }
}
