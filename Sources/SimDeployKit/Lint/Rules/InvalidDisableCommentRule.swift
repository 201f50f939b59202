import DotEnv

/// A `simdeploy-disable` comment that names no rule.
struct InvalidDisableCommentRule: EnvRule {
    static let description = RuleDescription(
        identifier: "invalid-disable-comment", name: "Invalid disable comment", kind: .hygiene,
        summary: "A `# simdeploy-disable-next-line` or `# simdeploy-disable-file` comment names an unknown rule.",
        rationale: """
            A misspelt rule id silences nothing, so the finding it was meant to silence comes back, or \
            worse, a later rule with that name would be silenced by accident.
            """,
        severity: .warning,
        triggeringExamples: [
            Example("# simdeploy-disable-next-line ↓duplicated-key\nA=1\n"),
            Example("# simdeploy-disable-file trailing-whitespace, ↓nope\n"),
        ],
        nonTriggeringExamples: [
            Example("# simdeploy-disable-next-line duplicate-key -- kept on purpose\nA=1\n"),
            Example("# simdeploy-disable-next-line\nA=1\n"),
        ])

    func check(_ input: LintInput) -> [Finding] {
        var findings: [Finding] = []
        for index in input.lineIndexes(.maybeDirective) {
            let line = input.file.lines[index]
            guard case .comment(let text) = line.kind,
                let comment = DisableComments.parse(text, line: line.lineRange.lowerBound, raw: line.raw)
            else { continue }
            for (rule, column) in zip(comment.rules, comment.ruleColumns) {
                guard let problem = EnvRules.unknownRuleProblem(rule) else { continue }
                findings.append(
                    Finding(problem, at: SourcePosition(line: comment.line, column: column), hint: "fix the rule id"))
            }
        }
        return findings
    }
}
