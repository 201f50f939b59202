import DotEnv

/// `$VAR` without braces.
struct UnbracedVariableRule: EnvRule {
    static let description = RuleDescription(
        identifier: "unbraced-variable", name: "Unbraced variable", kind: .dialect,
        summary: "A value refers to a variable as `$VAR` instead of `${VAR}`.",
        rationale: """
            Compose and shells expand `$VAR`, but python-dotenv expands only `${VAR}` and keeps `$VAR` as \
            text, and `$VARsuffix` silently names a different variable. Braces say where the name ends.
            """,
        severity: .warning,
        triggeringExamples: [
            Example("HOST=db\nURL=postgres://↓$HOST:5432\n"),
            Example("A=1\nB=\"x↓$A\"\n"),
        ],
        nonTriggeringExamples: [
            Example("HOST=db\nURL=postgres://${HOST}:5432\n"),
            Example("A='$HOME'\n"),
        ])

    func check(_ input: LintInput) -> [Finding] {
        var findings: [Finding] = []
        for (_, references) in input.references {
            for reference in references where !reference.isBraced {
                findings.append(
                    Finding(
                        "write ${\(reference.name)}: python-dotenv does not expand $\(reference.name)",
                        at: reference.position, hint: "wrap the name in braces"))
            }
        }
        return findings
    }
}
