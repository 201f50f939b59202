import DotEnv

/// A quoted value that spans lines.
struct MultilineValueRule: EnvRule {
    static let description = RuleDescription(
        identifier: "multiline-value", name: "Multi-line value", kind: .dialect,
        summary: "A quoted value spans several lines.",
        rationale: """
            Compose and python-dotenv read multi-line quoted values, but `docker run --env-file` and \
            Kubernetes' `--from-env-file` read one line per variable, and a stray quote turns the rest of \
            the file into one value. Sim wants JSON values on one line (`jq -c`); in double quotes, `\\n` \
            writes a line break.
            """,
        severity: .warning,
        triggeringExamples: [
            Example("KEY=↓\"line one\nline two\"\n")
        ],
        nonTriggeringExamples: [
            Example("KEY=\"line one\\nline two\"\n"),
            Example("JSON='{\"a\":1}'\n"),
        ])

    func check(_ input: LintInput) -> [Finding] {
        var findings: [Finding] = []
        for statement in input.statements(.multiline) {
            let entry = statement.entry
            guard entry.lineRange.count > 1 else { continue }
            findings.append(
                Finding(
                    "\(entry.key)'s value spans \(entry.lineRange.count) lines; only Compose and python-dotenv read that",
                    at: entry.valuePosition, hint: "write it on one line (\\n in double quotes is a line break)"))
        }
        return findings
    }
}
