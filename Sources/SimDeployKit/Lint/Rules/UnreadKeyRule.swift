import DotEnv

/// A provider key Sim does not read in this form.
struct UnreadKeyRule: EnvRule {
    static let description = RuleDescription(
        identifier: "unread-key", name: "Key Sim does not read", kind: .sim,
        summary:
            "An unsuffixed provider key that Sim never reads (`ANTHROPIC_API_KEY`), or a fallback key shadowed by numbered keys.",
        rationale: """
            Anthropic, xAI, Kimi and Z.ai keys are read only as `_1` to `_3`, so `ANTHROPIC_API_KEY` (which \
            some upstream examples mention) does nothing. OpenAI, Gemini, Cohere and Fireworks read the \
            unsuffixed key only when no numbered key is set.
            """,
        severity: .warning,
        triggeringExamples: [
            Example("↓ANTHROPIC_API_KEY=sk-a\n"),
            Example("↓OPENAI_API_KEY=sk-a\nOPENAI_API_KEY_1=sk-b\n"),
        ],
        nonTriggeringExamples: [
            Example("ANTHROPIC_API_KEY_1=sk-a\n"),
            Example("OPENAI_API_KEY=sk-a\n"),
        ])

    func check(_ input: LintInput) -> [Finding] {
        var findings: [Finding] = []
        for pool in EnvCatalogue.keyPools {
            guard let statement = input.statement(for: pool.prefix) else { continue }
            if !pool.hasFallback {
                findings.append(
                    Finding(
                        "Sim never reads \(pool.prefix); it reads \(pool.prefix)_1 to _\(AIProviders.maxPoolSize)",
                        at: statement.entry.keyPosition, hint: "rename it to \(pool.prefix)_1"))
            } else if let numbered = (1...AIProviders.maxPoolSize).first(where: {
                input.hasValue("\(pool.prefix)_\($0)")
            }) {
                findings.append(
                    Finding(
                        "\(pool.prefix) is ignored while \(pool.prefix)_\(numbered) is set",
                        at: statement.entry.keyPosition, hint: "move the key into the numbered pool"))
            }
        }
        return findings.sorted { $0.position < $1.position }
    }
}
