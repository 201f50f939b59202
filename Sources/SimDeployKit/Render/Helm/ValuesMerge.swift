import YAML

/// Helm's rule for layering values files: maps merge key by key, anything else (a list, a scalar,
/// `null`) replaces what is below it.
///
/// A `null` is kept in the result rather than applied, because its job is to delete a default
/// of the chart, which only Helm holds: written out, Helm reads it and deletes the key.
enum ValuesMerge {
    /// `upper` over `lower`. Keys keep the order they first appear in, lower layers first.
    static func merge(_ lower: Node, _ upper: Node) -> Node {
        guard case .mapping(let base) = lower, case .mapping(let over) = upper else { return upper }
        var pairs = base.pairs
        for pair in over.pairs {
            guard let key = pair.key.scalar?.value,
                let index = pairs.firstIndex(where: { $0.key.scalar?.value == key })
            else {
                pairs.append(pair)
                continue
            }
            pairs[index].value = merge(pairs[index].value, pair.value)
        }
        return .mapping(Node.Mapping(pairs, style: over.style, mark: over.mark ?? base.mark))
    }

    /// Every layer merged in order.
    static func merge(_ layers: [Node]) -> Node {
        layers.reduce(Node.mapping([])) { merge($0, $1) }
    }
}

extension Node {
    /// The node at a key path of nested mappings, or `nil` when a key is missing.
    func value(at path: [String]) -> Node? {
        var node: Node? = self
        for key in path {
            guard let mapping = node?.mapping else { return nil }
            node = mapping[key]
        }
        return node
    }

    /// Whether this is a `null` scalar (a deletion, once Helm reads it).
    var isNull: Bool {
        guard case .scalar(let scalar) = self else { return false }
        return scalar.resolved == .null
    }
}
