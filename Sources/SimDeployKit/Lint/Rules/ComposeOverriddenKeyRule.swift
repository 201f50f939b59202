import DotEnv

/// A key the compose file sets itself, so the `.env` value never reaches the app.
struct ComposeOverriddenKeyRule: EnvRule {
    static let description = RuleDescription(
        identifier: "compose-overridden-key", name: "Key overridden by the compose file", kind: .sim,
        summary: "On a compose install, `DATABASE_URL` and `BETTER_AUTH_URL` in `.env` are ignored.",
        rationale: """
            The compose file sets them in `environment:` (from `POSTGRES_*` and `NEXT_PUBLIC_APP_URL`), \
            which wins over `env_file`, so editing them in `.env` changes nothing and misleads the next \
            reader. Change `POSTGRES_*` or `NEXT_PUBLIC_APP_URL` instead.
            """,
        severity: .warning,
        triggeringExamples: [
            Example("↓BETTER_AUTH_URL=https://sim.example.com\n", target: .compose)
        ],
        nonTriggeringExamples: [
            Example("BETTER_AUTH_URL=https://sim.example.com\n", target: .kubernetes),
            Example("NEXT_PUBLIC_APP_URL=https://sim.example.com\n", target: .compose),
        ])

    func check(_ input: LintInput) -> [Finding] {
        guard input.target == .compose else { return [] }
        return EnvCatalogue.setByComposeFile.compactMap { name, source in
            guard let statement = input.statement(for: name) else { return nil }
            return Finding(
                "the compose file sets \(name) itself; this value is ignored", at: statement.entry.keyPosition,
                hint: "remove it and set \(source) instead")
        }.sorted { $0.position < $1.position }
    }
}
