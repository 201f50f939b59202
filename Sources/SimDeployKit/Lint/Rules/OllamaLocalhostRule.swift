import DotEnv

/// `OLLAMA_URL` on localhost, which inside a container is the app itself.
struct OllamaLocalhostRule: EnvRule {
    static let description = RuleDescription(
        identifier: "ollama-localhost", name: "Ollama on localhost", kind: .sim,
        summary: "`OLLAMA_URL` points at localhost, which inside the app container is the app itself.",
        rationale: """
            Upstream's compose files default `OLLAMA_URL` to `http://localhost:11434`, but the app reads it \
            inside its container, where nothing listens on 11434, so every local model call fails. Use \
            `http://ollama:11434` for the bundled service, `http://host.docker.internal:11434` for Ollama on \
            a macOS or Windows host, or the host's address on Linux.
            """,
        severity: .warning,
        triggeringExamples: [
            Example("OLLAMA_URL=↓http://localhost:11434\n")
        ],
        nonTriggeringExamples: [
            Example("OLLAMA_URL=http://ollama:11434\n"),
            Example("OLLAMA_URL=http://host.docker.internal:11434\n"),
        ])

    func check(_ input: LintInput) -> [Finding] {
        guard let statement = input.statement(for: "OLLAMA_URL"), let value = input.literalValue(statement),
            let url = URLParts(value), isLoopbackHost(String(url.host))
        else { return [] }
        let hint =
            input.target == .kubernetes
            ? "enable the chart's Ollama (it computes the URL) or use the Service's DNS name"
            : "use http://ollama:11434 (bundled) or http://host.docker.internal:11434 (Ollama on the host)"
        return [
            Finding(
                "OLLAMA_URL points at \(url.host), which inside the app container is the app itself",
                at: statement.entry.valuePosition, hint: hint)
        ]
    }
}
