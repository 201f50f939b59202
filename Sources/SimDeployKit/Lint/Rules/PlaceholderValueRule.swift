import DotEnv

/// A placeholder or published default left in place.
struct PlaceholderValueRule: EnvRule {
    static let description = RuleDescription(
        identifier: "placeholder-value", name: "Placeholder value", kind: .sim,
        summary: "A value is a placeholder (`your-…`, `changeme`) or a published default (`postgres` as a password).",
        rationale: """
            Upstream examples ship `your-…-here` strings and dev secrets that pass length checks, and \
            compose falls back to the password `postgres` on a port published on every interface. Such \
            values are public: anyone can sign sessions or read the database. The value is never shown.
            """,
        severity: .error,
        triggeringExamples: [
            Example("BETTER_AUTH_SECRET=↓your-better-auth-secret-here-min-32-chars\n"),
            Example("POSTGRES_PASSWORD=↓postgres\n"),
            Example("OPENAI_API_KEY_1=↓your_openai_key\n"),
        ],
        nonTriggeringExamples: [
            Example("POSTGRES_USER=postgres\n"),
            Example("BETTER_AUTH_SECRET=\(exampleSecret)\n"),
            Example("NOTE=yourActualValue\n"),
        ])

    func check(_ input: LintInput) -> [Finding] {
        var findings: [Finding] = []
        for statement in input.statements(.maybePlaceholder) {
            let entry = statement.entry
            guard let value = input.literalValue(statement) else { continue }
            let isSecret = SecretPolicy.isSecret(key: entry.key, value: value)
            let placeholder = isSecret ? Placeholder.reason(value) != nil : Self.isGenericPlaceholder(value)
            guard placeholder else { continue }
            findings.append(
                Finding(
                    "\(entry.key) holds a placeholder or published default value", at: entry.valuePosition,
                    hint: isSecret ? "generate a real one with `openssl rand -hex 32`" : "set the real value"))
        }
        return findings
    }

    /// Placeholders that are wrong for any key, secret or not.
    static func isGenericPlaceholder(_ value: String) -> Bool {
        let lower = value.lowercased()
        return lower.hasPrefix("your-") || lower.hasPrefix("your_") || lower == "placeholder" || lower == "changeme"
            || lower.hasPrefix("change-me") || lower.hasPrefix("change_me")
    }
}
