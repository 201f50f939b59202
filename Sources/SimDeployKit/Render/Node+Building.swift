import YAML

extension Node {
    /// `{}`: a key that must exist with nothing under it (a named volume with default options).
    static var emptyMapping: Node { .mapping(Node.Mapping([])) }

    /// The same sequence written inline, `[a, b]`, as compose files conventionally write commands.
    var flow: Node {
        guard case .sequence(var sequence) = self else { return self }
        sequence.style = .flow
        return .sequence(sequence)
    }
}
