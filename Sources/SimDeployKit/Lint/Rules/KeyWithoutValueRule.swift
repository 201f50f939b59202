import DotEnv

/// A `KEY` line without `=`.
struct KeyWithoutValueRule: EnvRule {
    static let description = RuleDescription(
        identifier: "key-without-value", name: "Key without value", kind: .hygiene,
        summary: "A line holds a key but no `=`.",
        rationale: """
            Compose copies such a key from the environment it runs in, or drops it when unset; \
            python-dotenv sets it to nothing. The result depends on the shell that runs `docker compose`. \
            A bare word on a last line without a line break is worse: Compose reads it as a value with an \
            empty name. Write `KEY=` for an empty value.
            """,
        severity: .warning,
        triggeringExamples: [
            Example("↓DEBUG\nA=1\n"),
            Example("A=1\n↓DEBUG"),
        ],
        nonTriggeringExamples: [
            Example("DEBUG=\n"),
            Example("DEBUG=1\n"),
        ])

    func check(_ input: LintInput) -> [Finding] {
        var findings: [Finding] = []
        for statement in input.statements(.withoutSeparator) where !statement.isTrailing {
            let entry = statement.entry
            if entry.isBare {
                findings.append(
                    Finding(
                        "\(entry.key) has no '='; Compose copies it from its own environment or drops it",
                        at: entry.keyPosition, hint: "write \(entry.key)= for an empty value"))
            } else if entry.key.isEmpty && entry.separator == .none {
                findings.append(
                    Finding(
                        "the last line has no '=' and no line break; Compose reads it as a value with an empty name",
                        at: entry.keyPosition, hint: "write KEY=value, or remove the line"))
            }
        }
        return findings
    }
}
