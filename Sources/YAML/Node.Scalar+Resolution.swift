extension Node.Scalar {
    /// What a scalar means: the value a YAML 1.2 core-schema reader builds from it.
    public enum Resolved: Hashable, Sendable {
        case null
        case bool(Bool)
        case int(Int)
        case double(Double)
        case string(String)
    }

    /// What this scalar means, so a decoder can tell `port: 8080` from `port: "8080"`.
    ///
    /// - A core-schema tag decides (`!!str 8080` is a string, `!!float 1` a double); text the tag cannot
    ///   read (`!!bool maybe`) stays a string.
    /// - Without a tag, only a plain scalar is resolved, by the YAML 1.2 core schema: `~`, `null` and the
    ///   empty text are null; `true`/`false` in three casings are bools; `12`, `-3`, `0o17` and `0x1F` are
    ///   ints; `1.5`, `1e3`, `.inf` and `.nan` are doubles. Quoted, block and `.any` scalars, and scalars with
    ///   any other tag, are strings.
    ///
    /// `yes`, `off` and `0123` are YAML 1.1 habits: strings and an int (123) here, though Helm disagrees.
    public var resolved: Resolved {
        switch tag {
        case nil: style == .plain ? CoreSchema.resolve(value) : .string(value)
        case CoreTag.null?: .null
        case CoreTag.bool?: resolve(as: CoreTag.bool)
        case CoreTag.int?: resolve(as: CoreTag.int)
        case CoreTag.float?: resolve(as: CoreTag.float)
        default: .string(value)
        }
    }
}

private extension Node.Scalar {
    /// The value under an explicit core tag, or the text when the tag cannot read it.
    func resolve(as tag: String) -> Resolved {
        switch (tag, CoreSchema.resolve(value)) {
        case (CoreTag.bool, .bool(let bool)): .bool(bool)
        case (CoreTag.int, .int(let int)): .int(int)
        case (CoreTag.float, .double(let double)): .double(double)
        case (CoreTag.float, .int(let int)): .double(Double(int))
        default: .string(value)
        }
    }
}
