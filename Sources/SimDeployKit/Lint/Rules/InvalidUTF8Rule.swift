import DotEnv

/// Bytes that are not UTF-8.
struct InvalidUTF8Rule: EnvRule {
    static let description = RuleDescription(
        identifier: "invalid-utf8", name: "Invalid UTF-8", kind: .syntax,
        summary: "The file holds bytes that are not UTF-8 (shown as � in the examples).",
        rationale: """
            Compose passes such bytes through, but the container then gets a value no tool can read back \
            reliably, and editors may rewrite them. Usually the file was saved in Latin-1 or UTF-16.
            """,
        severity: .error,
        triggeringExamples: [
            Example("A=caf↓\u{FFFD}\n", invalidBytes: true),
            Example("A=1\n↓\u{FFFD}B=2\n", invalidBytes: true),
        ],
        nonTriggeringExamples: [
            Example("A=café\n"),
            Example("A=\u{FFFD}\n"),
        ])

    func check(_ input: LintInput) -> [Finding] {
        input.issues.filter { $0.code == .invalidUTF8 }.map { issue in
            Finding(issue.message + "; the file is not UTF-8", at: issue.position, hint: issue.fix)
        }
    }
}
