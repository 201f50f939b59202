import DotEnv

/// `${VAR-x}`, `${VAR+x}`, `${VAR?x}` and `${VAR:?x}` forms that surprise.
struct SubstitutionSemanticsRule: EnvRule {
    static let description = RuleDescription(
        identifier: "substitution-semantics", name: "Substitution semantics", kind: .dialect,
        summary: "A `${VAR-…}`-style form whose meaning depends on set-but-empty, or that only Compose understands.",
        rationale: """
            Without a colon, `${VAR-default}` uses the default only when VAR is unset: a VAR set to an \
            empty value earlier in the file gives an empty result, which is rarely what was meant (`:-` \
            covers both). And python-dotenv understands only `${VAR}` and `${VAR:-default}`: it keeps \
            `${VAR:?…}`, `${VAR:+…}` and the colon-less forms as text.
            """,
        severity: .warning,
        triggeringExamples: [
            Example("A=\nB=↓${A-fallback}\n"),
            Example("C=1\nB=↓${C:+on}\n"),
        ],
        nonTriggeringExamples: [
            Example("A=\nB=${A:-fallback}\n"),
            Example("A=1\nB=${A}\n"),
        ])

    func check(_ input: LintInput) -> [Finding] {
        var findings: [Finding] = []
        for (index, references) in input.references {
            for reference in references {
                switch reference.form {
                case .plain, .defaultIfEmpty:
                    continue
                case .defaultIfUnset, .alternativeIfSet, .required:
                    let earlier = input.earlierStatement(setting: reference.name, before: index)
                    if let earlier, !earlier.entry.isBare, earlier.entry.value.isEmpty {
                        let form = "${\(reference.name)\(reference.form.rawValue)…}"
                        findings.append(
                            Finding(
                                "\(reference.name) is set but empty (line \(earlier.entry.keyPosition.line)), so "
                                    + "\(form) treats it as set",
                                at: reference.position,
                                hint: "add a colon (\(":" + reference.form.rawValue)) to treat empty as unset"))
                        continue
                    }
                    findings.append(pythonDotenv(reference))
                case .requiredNonEmpty, .alternativeIfNonEmpty:
                    findings.append(pythonDotenv(reference))
                }
            }
        }
        return findings
    }

    private func pythonDotenv(_ reference: VariableReference) -> Finding {
        Finding(
            "only Compose and shells read ${\(reference.name)\(reference.form.rawValue)…}; python-dotenv keeps it as text",
            at: reference.position,
            hint: "use ${\(reference.name)} or ${\(reference.name):-default} when other tools read the file")
    }
}
