/// Nodes built by meaning, for renderers: say what a value is and let the emitter pick how to write it.
///
/// Null, bools and numbers carry their core-schema tag (`tag:yaml.org,2002:int` and so on) and plain
/// style. The emitter writes them plain with the tag implicit (`3`, `true`, `null`), and `resolved` reads
/// them back by the tag, so they never pass for strings. Strings carry no tag and style `.any`, which lets
/// the emitter quote whatever a reader could mistake for something else.
extension Node {
    /// A string, written plain when that is safe and quoted when a reader could take it for anything else.
    public static func string(_ value: String) -> Node {
        .scalar(Scalar(value))
    }

    /// A multi-line string written as a literal block (`|`), kept verbatim.
    ///
    /// Text a block cannot hold faithfully (a CR, trailing spaces, tabs) is double-quoted instead.
    public static func literal(_ value: String) -> Node {
        .scalar(Scalar(value, style: .literal))
    }

    public static func int(_ value: Int) -> Node {
        .scalar(Scalar(String(value), style: .plain, tag: CoreTag.int))
    }

    /// A double in text every reader takes for a float: `1.5`, `1.0e+20`, `.inf`, `-.inf`, `.nan`.
    public static func double(_ value: Double) -> Node {
        .scalar(Scalar(yamlText(value), style: .plain, tag: CoreTag.float))
    }

    /// `true` or `false`, never `yes` or `no`.
    public static func bool(_ value: Bool) -> Node {
        .scalar(Scalar(value ? "true" : "false", style: .plain, tag: CoreTag.bool))
    }

    /// `null`.
    public static var null: Node {
        .scalar(Scalar("null", style: .plain, tag: CoreTag.null))
    }

    /// A block mapping with string keys, in the given order.
    public static func mapping(_ pairs: [(String, Node)]) -> Node {
        .mapping(Mapping(pairs.map { Mapping.Pair(key: .string($0.0), value: $0.1) }))
    }

    /// A block sequence, one `- ` item per line.
    public static func sequence(_ items: [Node]) -> Node {
        .sequence(Sequence(items))
    }

    /// A flow sequence on one line: `[CMD, pg_isready, "-U", postgres]`.
    public static func flowSequence(_ items: [Node]) -> Node {
        .sequence(Sequence(items, style: .flow))
    }
}

private extension Node {
    /// Swift's shortest round-tripping text, adjusted for YAML 1.1, whose floats need a dot before the
    /// exponent (`1e+20` is a string to PyYAML, `1.0e+20` a float).
    static func yamlText(_ value: Double) -> String {
        if value.isNaN { return ".nan" }
        if value.isInfinite { return value < 0 ? "-.inf" : ".inf" }
        let text = value.description
        guard let exponent = text.firstIndex(where: { $0 == "e" || $0 == "E" }), !text[..<exponent].contains(".")
        else { return text }
        return text[..<exponent] + ".0" + text[exponent...]
    }
}
