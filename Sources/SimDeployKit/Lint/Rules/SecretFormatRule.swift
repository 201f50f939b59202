import DotEnv

/// A secret with the wrong shape: not 64 hex digits, shorter than 32 characters, not URL-safe.
struct SecretFormatRule: EnvRule {
    static let description = RuleDescription(
        identifier: "secret-format", name: "Secret format", kind: .sim,
        summary:
            "`ENCRYPTION_KEY`/`API_ENCRYPTION_KEY` are not 64 hex digits, another secret is under 32 characters, or `POSTGRES_PASSWORD` is not URL-safe.",
        rationale: """
            The app decodes `ENCRYPTION_KEY` and `API_ENCRYPTION_KEY` as 32 hex bytes and throws on \
            anything else, although the chart only checks 32 characters; realtime refuses secrets under \
            32 characters; `POSTGRES_PASSWORD` is pasted unencoded into `DATABASE_URL`. `openssl rand \
            -hex 32` satisfies all of them. The value is never shown.
            """,
        severity: .error,
        triggeringExamples: [
            Example("ENCRYPTION_KEY=↓dev-encryption-key-not-hex-but-36-chars\n"),
            Example("INTERNAL_API_SECRET=↓short\n"),
            Example("POSTGRES_PASSWORD=↓p@ss/word\n"),
        ],
        nonTriggeringExamples: [
            Example("ENCRYPTION_KEY=\(exampleHex)\n"),
            Example("INTERNAL_API_SECRET=\(exampleSecret)\n"),
            Example("API_ENCRYPTION_KEY=\n"),
        ])

    func check(_ input: LintInput) -> [Finding] {
        var findings: [Finding] = []
        for (statement, variable) in input.knownStatements where variable.isSecret {
            guard let rule = Self.rule(for: variable), let value = input.literalValue(statement), !value.isEmpty,
                Placeholder.reason(value) == nil, let problem = rule.problem(with: value)
            else { continue }
            let hint =
                rule == .urlSafe
                ? "generate one with `openssl rand -hex 24`" : "generate one with `openssl rand -hex 32`"
            findings.append(Finding("\(variable.name) \(problem)", at: statement.entry.valuePosition, hint: hint))
        }
        return findings
    }

    static func rule(for variable: EnvVar) -> SecretRule? {
        if let name = SecretName(rawValue: variable.name) { return name.rule }
        switch variable.format {
        case .hex64: return .hex64
        case .min32: return .min32
        default: return nil
        }
    }
}
