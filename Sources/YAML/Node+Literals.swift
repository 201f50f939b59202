/// Literal syntax for building trees in renderers:
///
///     let service: Node = ["image": "redis:7-alpine", "restart": "unless-stopped", "ports": ["6379:6379"]]
///
/// String literals and interpolations are `.string`, integers `.int`, booleans `.bool`, arrays block
/// sequences and dictionary literals block mappings in the order written (a dictionary literal can repeat a
/// key at compile time; the emitter then refuses the mapping).
extension Node: ExpressibleByStringLiteral, ExpressibleByStringInterpolation {
    public init(stringLiteral value: String) {
        self = .string(value)
    }
}

extension Node: ExpressibleByIntegerLiteral {
    public init(integerLiteral value: Int) {
        self = .int(value)
    }
}

extension Node: ExpressibleByBooleanLiteral {
    public init(booleanLiteral value: Bool) {
        self = .bool(value)
    }
}

extension Node: ExpressibleByArrayLiteral {
    public init(arrayLiteral elements: Node...) {
        self = .sequence(elements)
    }
}

extension Node: ExpressibleByDictionaryLiteral {
    public init(dictionaryLiteral elements: (String, Node)...) {
        self = .mapping(elements)
    }
}
