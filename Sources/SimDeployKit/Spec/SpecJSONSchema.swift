/// The JSON Schema (draft-07) of `simdeploy.yaml`, from `SpecSchema`, so editors can complete and check it.
///
/// Structure, types, choices, ranges and unknown keys are exact; formats the decoder checks in code
/// (host names, origins) are approximated with patterns, and cross-field rules stay in simdeploy.
public enum SpecJSONSchema {
    public static let path = "Docs/simdeploy.schema.json"
    public static let id = "https://github.com/simdeploy/simdeploy/Docs/simdeploy.schema.json"

    public static func document() -> JSONValue {
        var root = object(SpecSchema.root)
        root.insert(("$schema", .string("http://json-schema.org/draft-07/schema#")), at: 0)
        root.insert(("$id", .string(id)), at: 1)
        root.insert(("title", .string("simdeploy.yaml")), at: 2)
        root.insert(
            ("description", .string("One self-hosted Sim Studio install, as simdeploy reads it (spec version 1).")),
            at: 3)
        return .object(root)
    }

    public static func text() -> String { document().serialized() }

    private static func object(_ fields: [SpecField]) -> [(String, JSONValue)] {
        var pairs: [(String, JSONValue)] = [
            ("type", .string("object")),
            ("additionalProperties", .bool(false)),
            ("properties", .object(fields.map { ($0.name, property($0)) })),
        ]
        let required = fields.filter(\.required).map { JSONValue.string($0.name) }
        if !required.isEmpty { pairs.append(("required", .array(required))) }
        return pairs
    }

    private static func property(_ field: SpecField) -> JSONValue {
        var pairs = schema(for: field.type)
        var description = field.summary
        if let condition = field.requiredWhen { description += " Required when \(condition)." }
        pairs.insert(("description", .string(description)), at: 0)
        switch field.defaultValue {
        case .string(let text)?: pairs.append(("default", .string(text)))
        case .integer(let number)?: pairs.append(("default", .int(number)))
        case .boolean(let flag)?: pairs.append(("default", .bool(flag)))
        case .strings(let items)?: pairs.append(("default", .array(items.map(JSONValue.string))))
        case .derived?, nil: break
        }
        if let example = field.example { pairs.append(("examples", .array([.string(example)]))) }
        return .object(pairs)
    }

    private static func schema(for type: SpecField.FieldType) -> [(String, JSONValue)] {
        switch type {
        case .string(let format):
            return [("type", .string("string"))] + formatConstraint(format)
        case .integer(let min, let max):
            return [("type", .string("integer")), ("minimum", .int(min)), ("maximum", .int(max))]
        case .boolean:
            return [("type", .string("boolean"))]
        case .choice(let options):
            return [("type", .string("string")), ("enum", .array(options.map(JSONValue.string)))]
        case .list(let item):
            return [("type", .string("array")), ("items", .object(schema(for: item)))]
        case .object(let fields):
            return object(fields)
        case .stringMap:
            return [
                ("type", .string("object")),
                ("propertyNames", .object([("pattern", .string("^[A-Za-z_][A-Za-z0-9_]*$"))])),
                ("additionalProperties", .object([("type", .string("string"))])),
            ]
        case .annotationMap:
            return [
                ("type", .string("object")),
                (
                    "propertyNames",
                    .object([("pattern", .string("^([a-z0-9.-]+/)?[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?$"))])
                ),
                ("additionalProperties", .object([("type", .string("string"))])),
            ]
        }
    }

    private static func formatConstraint(_ format: String?) -> [(String, JSONValue)] {
        // Host names may be written in Unicode (simdeploy converts them to punycode), so U+00A0 and up pass.
        let unicode = "\\u00A0-\\uFFFF"
        let label = "[A-Za-z0-9\(unicode)]([A-Za-z0-9\(unicode)-]*[A-Za-z0-9\(unicode)])?"
        let patterns: [String: String] = [
            "hostname": "^\(label)(\\.\(label))*\\.?$",
            "origin": "^https?://[A-Za-z0-9.\(unicode)-]+(:[0-9]{1,5})?$",
            "url": "^https?://[^\\s\"'<>\\\\`{}|^]+$",
            "image-tag": "^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$",
            "install-name": "^[a-z]([a-z0-9-]{0,38}[a-z0-9])?$",
            "identifier": "^[A-Za-z_][A-Za-z0-9_]{0,62}$",
            "ipv4":
                "^(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}$",
            "ip-or-cidr": "^[0-9A-Fa-f.:]+(/[0-9]{1,3})?$",
            "cidr": "^[0-9A-Fa-f.:]+/[0-9]{1,3}$",
            "email": "^[A-Za-z0-9._%+-]+@[A-Za-z0-9.\(unicode)-]+$",
            "bucket": "^[A-Za-z0-9._/+-]+$",
            "region": "^[A-Za-z0-9._/+-]+$",
            "project-id": "^[A-Za-z0-9._/+-]+$",
            "timezone": "^[A-Za-z0-9._/+-]+$",
            "size": "^[0-9]{1,7}[KkMmGg]$",
            "absolute-path": "^/[A-Za-z0-9._/+-]*$",
            "path": "^[A-Za-z0-9._/+][A-Za-z0-9._/+-]*$",
            "kubernetes-name": "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$",
            "secret-key-prefix": "^[A-Za-z0-9/_.-]*$",
            "acm-arn": "^arn:aws[a-z-]*:acm:[a-z0-9-]+:[0-9]{12}:certificate/[A-Za-z0-9-]+$",
        ]
        guard let format, let pattern = patterns[format] else { return [] }
        return [("pattern", .string(pattern))]
    }
}
