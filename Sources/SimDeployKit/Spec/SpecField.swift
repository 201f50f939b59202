/// One key of `simdeploy.yaml`: its type, default and meaning.
///
/// The schema is data so that one description drives unknown-key errors, defaults, the
/// reference in `Docs/Spec.md` and the JSON Schema editors use.
public struct SpecField: Sendable {
    public indirect enum FieldType: Sendable {
        /// Free text, or text with a named format checked by the decoder (`hostname`, `url`, ...).
        case string(format: String? = nil)
        case integer(min: Int, max: Int)
        case boolean
        case choice([String])
        case list(FieldType)
        case object([SpecField])
        /// A map from variable names to text.
        case stringMap
        /// A map from Kubernetes annotation keys (`example.com/name`) to text.
        case annotationMap
    }

    public enum Default: Sendable {
        case string(String)
        case integer(Int)
        case boolean(Bool)
        case strings([String])
        /// A default computed from other fields, described in words.
        case derived(String)
    }

    public var name: String
    public var type: FieldType
    public var summary: String
    public var required: Bool
    /// When the key is required only in some configurations, the condition in words.
    public var requiredWhen: String?
    public var defaultValue: Default?
    public var example: String?

    public init(
        _ name: String,
        _ type: FieldType,
        _ summary: String,
        required: Bool = false,
        requiredWhen: String? = nil,
        default defaultValue: Default? = nil,
        example: String? = nil
    ) {
        self.name = name
        self.type = type
        self.summary = summary
        self.required = required
        self.requiredWhen = requiredWhen
        self.defaultValue = defaultValue
        self.example = example
    }

    /// The fields of an object-typed field, empty otherwise.
    public var children: [SpecField] {
        if case .object(let fields) = type { return fields }
        return []
    }
}
