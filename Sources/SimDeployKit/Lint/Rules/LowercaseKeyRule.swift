import DotEnv

/// A key with lowercase letters.
struct LowercaseKeyRule: EnvRule {
    static let description = RuleDescription(
        identifier: "lowercase-key", name: "Lowercase key", kind: .hygiene,
        summary: "A key contains lowercase letters.",
        rationale: """
            Environment variable names are case-sensitive: Sim reads `LOG_LEVEL`, never `log_level`, so a \
            lowercase key is almost always a variable nobody reads.
            """,
        severity: .warning,
        triggeringExamples: [
            Example("↓log_level=INFO\n"),
            Example("↓Api_Key=x\n"),
        ],
        nonTriggeringExamples: [
            Example("LOG_LEVEL=INFO\n"),
            Example("A1=b\n"),
        ])

    func check(_ input: LintInput) -> [Finding] {
        var findings: [Finding] = []
        for statement in input.statements(.lowercaseKey) {
            let key = statement.entry.key
            findings.append(
                Finding(
                    "\(key) has lowercase letters; variable names are case-sensitive", at: statement.entry.keyPosition,
                    hint: "write \(key.uppercased())"))
        }
        return findings
    }
}
