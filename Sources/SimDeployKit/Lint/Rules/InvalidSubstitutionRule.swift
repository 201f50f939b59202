import DotEnv

/// A `${…}` expression Compose cannot read.
struct InvalidSubstitutionRule: EnvRule {
    static let description = RuleDescription(
        identifier: "invalid-substitution", name: "Invalid substitution", kind: .syntax,
        summary: "A `$` expression Docker Compose cannot read, such as `${1}` or `${A:x}`.",
        rationale: """
            Compose interpolates unquoted and double-quoted values. A `${` that does not start a valid \
            expression makes it refuse the file with "Invalid template". Write `$$` for a literal `$`, or \
            single-quote the value.
            """,
        severity: .error,
        triggeringExamples: [
            Example("A=↓${1}\n"),
            Example("PASSWORD=\"x↓${\"\n"),
        ],
        nonTriggeringExamples: [
            Example("A=${B:-x}\n"),
            Example("A='${1}'\n"),
            Example("A=$$1\n"),
        ])

    func check(_ input: LintInput) -> [Finding] {
        input.issues.filter { $0.code == .invalidTemplate }.map { issue in
            Finding("Compose cannot read this '$' expression; it refuses the file", at: issue.position, hint: issue.fix)
        }
    }
}
