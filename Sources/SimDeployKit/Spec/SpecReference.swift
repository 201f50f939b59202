/// Renders `Docs/Spec.md`, the reference of every `simdeploy.yaml` key, from `SpecSchema`.
public enum SpecReference {
    public static let path = "Docs/Spec.md"

    public static func markdown() -> String {
        var lines = [
            "# `simdeploy.yaml` reference",
            "",
            "<!-- Generated from SpecSchema; DocsAreFreshTests fails when it is stale (SIMDEPLOY_RECORD=1 swift test rewrites it). -->",
            "",
            "One file describes one Sim Studio install. `simdeploy init` writes it; edit it and run",
            "`simdeploy generate`. Unknown keys are errors (with a \"did you mean\"), and every error names",
            "`simdeploy.yaml:line:column`. Secrets never go here: they live in `.env`, where regeneration keeps them.",
            "",
            "| key | type | default | description |",
            "| --- | --- | --- | --- |",
        ]
        append(SpecSchema.root, prefix: "", to: &lines)
        lines += ["", "## Example", "", "```yaml", example, "```"]
        return lines.joined(separator: "\n") + "\n"
    }

    private static func append(_ fields: [SpecField], prefix: String, to lines: inout [String]) {
        for field in fields {
            let path = prefix.isEmpty ? field.name : "\(prefix).\(field.name)"
            var description = field.summary
            if field.required { description += " **Required.**" }
            if let condition = field.requiredWhen { description += " Required when \(condition)." }
            if let example = field.example { description += " Example: `\(example)`." }
            lines.append(
                "| `\(path)` | \(typeName(field.type)) | \(defaultText(field.defaultValue)) | \(escape(description)) |")
            append(field.children, prefix: path, to: &lines)
        }
    }

    static func typeName(_ type: SpecField.FieldType) -> String {
        switch type {
        case .string(let format): format.map { "string (\($0))" } ?? "string"
        case .integer(let min, let max): "integer \(min)–\(max)"
        case .boolean: "boolean"
        case .choice(let options): options.map { "`\($0)`" }.joined(separator: " \\| ")
        case .list(let item): "list of \(typeName(item))"
        case .object: "mapping"
        case .stringMap: "mapping of NAME: string"
        case .annotationMap: "mapping of annotation: string"
        }
    }

    private static func defaultText(_ value: SpecField.Default?) -> String {
        switch value {
        case nil: ""
        case .string(let text)?: "`\(text)`"
        case .integer(let number)?: "`\(number)`"
        case .boolean(let flag)?: "`\(flag)`"
        case .strings(let items)?: items.isEmpty ? "`[]`" : "`[\(items.joined(separator: ", "))]`"
        case .derived(let text)?: escape(text)
        }
    }

    private static func escape(_ text: String) -> String {
        text.replacing("|", with: "\\|")
    }

    static let example = """
        version: 1
        name: sim
        url: https://sim.example.com
        simVersion: v0.8.9
        proxy:
          type: caddy
          acmeEmail: ops@example.com
        ollama:
          mode: gpu
        ai:
          openai: 2
          anthropic: 1
        auth:
          oauth: [google]
          registration: no-email-signup
          allowedDomains: [example.com]
        email:
          provider: smtp
          from: "Sim <noreply@example.com>"
          smtp:
            host: smtp.example.com
            port: 587
            user: sim
        storage:
          provider: s3
          s3:
            region: eu-west-1
            bucket: example-sim-files
        """
}
