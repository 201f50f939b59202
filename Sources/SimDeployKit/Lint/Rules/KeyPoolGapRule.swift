import DotEnv

/// A provider key pool with a hole, or a number Sim never reads.
struct KeyPoolGapRule: EnvRule {
    static let description = RuleDescription(
        identifier: "key-pool-gap", name: "Key pool gap", kind: .sim,
        summary: "A numbered provider key (`OPENAI_API_KEY_3`) is set while a lower number is not, or is above 3.",
        rationale: """
            Sim rotates `<PROVIDER>_API_KEY_1` to `_3` for load balancing. A pool with a hole (`_1` and \
            `_3` but no `_2`) usually means a key was lost in an edit, and Sim never reads `_4` or above.
            """,
        severity: .warning,
        triggeringExamples: [
            Example("ANTHROPIC_API_KEY_1=sk-a\n↓ANTHROPIC_API_KEY_3=sk-c\n"),
            Example("OPENAI_API_KEY_1=sk-a\nOPENAI_API_KEY_2=sk-b\nOPENAI_API_KEY_3=sk-c\n↓OPENAI_API_KEY_4=sk-d\n"),
        ],
        nonTriggeringExamples: [
            Example("ANTHROPIC_API_KEY_1=sk-a\nANTHROPIC_API_KEY_2=sk-b\n"),
            Example("OPENAI_API_KEY=sk-a\n"),
        ])

    func check(_ input: LintInput) -> [Finding] {
        var findings: [Finding] = []
        for pool in EnvCatalogue.keyPools {
            var missing: [Int] = []
            for number in 1...AIProviders.maxPoolSize {
                let name = "\(pool.prefix)_\(number)"
                guard input.hasValue(name), let statement = input.statement(for: name) else {
                    missing.append(number)
                    continue
                }
                if let hole = missing.first {
                    findings.append(
                        Finding(
                            "\(name) is set but \(pool.prefix)_\(hole) is not; keep the pool numbered from _1 without gaps",
                            at: statement.entry.keyPosition, hint: "renumber the keys of this pool"))
                    missing.removeAll()
                }
            }
            for number in (AIProviders.maxPoolSize + 1)...9 {
                let name = "\(pool.prefix)_\(number)"
                guard let statement = input.statement(for: name) else { continue }
                findings.append(
                    Finding(
                        "Sim reads only \(pool.prefix)_1 to _\(AIProviders.maxPoolSize); \(name) is never read",
                        at: statement.entry.keyPosition, hint: "use a free slot from _1 to _3"))
            }
        }
        return findings.sorted { $0.position < $1.position }
    }
}
