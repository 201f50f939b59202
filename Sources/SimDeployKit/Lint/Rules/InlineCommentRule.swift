import DotEnv

/// A ` # comment` after an unquoted value.
struct InlineCommentRule: EnvRule {
    static let description = RuleDescription(
        identifier: "inline-comment", name: "Inline comment", kind: .dialect,
        summary: "A comment follows an unquoted value on the same line.",
        rationale: """
            Compose and python-dotenv end an unquoted value at ` #`, but `docker run --env-file` and \
            Kubernetes' `--from-env-file` keep ` # comment` in the value. Put the comment on its own line \
            above (`--fix` moves it).
            """,
        severity: .warning, isFixable: true,
        triggeringExamples: [
            Example("LOG_LEVEL=INFO ↓# or DEBUG\n", fixed: "# or DEBUG\nLOG_LEVEL=INFO\n")
        ],
        nonTriggeringExamples: [
            Example("# or DEBUG\nLOG_LEVEL=INFO\n"),
            Example("A=\"x\" # quoted values end at the quote\n"),
            Example("A=x#y\n"),
        ])

    func check(_ input: LintInput) -> [Finding] {
        var findings: [Finding] = []
        for statement in input.statements(.inlineComment) {
            guard let comment = statement.entry.inlineComment else { continue }
            let end = input.lineEnd(statement.lineIndex)
            let commentWidth = comment.unicodeScalars.count + 1
            let column = end.width - end.trailingBlanks - commentWidth + 1
            findings.append(
                Finding(
                    "docker run --env-file keeps this comment in the value; Compose drops it",
                    at: SourcePosition(line: end.line, column: max(1, column)),
                    hint: "move the comment to its own line",
                    edit: statement.isTrailing ? nil : .normalize(lineIndex: statement.lineIndex, .moveCommentAbove)))
        }
        return findings
    }
}
