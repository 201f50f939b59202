import DotEnv

/// The public origin on localhost.
struct LocalhostPublicURLRule: EnvRule {
    static let description = RuleDescription(
        identifier: "localhost-public-url", name: "Public URL on localhost", kind: .sim,
        summary: "`NEXT_PUBLIC_APP_URL` or `BETTER_AUTH_URL` points at localhost.",
        rationale: """
            Both stacks default to `http://localhost:3000`, which works only in a browser on the same \
            machine: anyone else gets failed sign-ins, OAuth errors and CORS refusals. Disable the rule \
            for a purely local install.
            """,
        severity: .warning,
        triggeringExamples: [
            Example("NEXT_PUBLIC_APP_URL=↓http://localhost:3000\n"),
            Example("BETTER_AUTH_URL=↓http://127.0.0.1:3000\n"),
        ],
        nonTriggeringExamples: [
            Example("NEXT_PUBLIC_APP_URL=https://sim.example.com\n"),
            Example("OLLAMA_URL=http://ollama:11434\n"),
        ])

    func check(_ input: LintInput) -> [Finding] {
        ["NEXT_PUBLIC_APP_URL", "BETTER_AUTH_URL"].compactMap { name in
            guard let statement = input.statement(for: name), let value = input.literalValue(statement),
                let url = URLParts(value), isLoopbackHost(String(url.host))
            else { return nil }
            return Finding(
                "\(name) points at \(url.host): sign-in, OAuth and CORS fail for anyone not on this machine",
                at: statement.entry.valuePosition, hint: "set the public origin, e.g. https://sim.example.com")
        }.sorted { $0.position < $1.position }
    }
}
