import DotEnv

/// Blanks at the end of a line.
struct TrailingWhitespaceRule: EnvRule {
    static let description = RuleDescription(
        identifier: "trailing-whitespace", name: "Trailing whitespace", kind: .hygiene,
        summary: "A line ends with spaces or tabs.",
        rationale: """
            Compose trims them from unquoted values, but `docker run --env-file` keeps them in the value, \
            so a password or URL gains an invisible space there. They also make diffs noisy.
            """,
        severity: .warning, isFixable: true,
        triggeringExamples: [
            Example("A=1↓  \n", fixed: "A=1\n"),
            Example("# note↓\t\nA=1\n", fixed: "# note\nA=1\n"),
            Example("A=\"x\"↓ \n", fixed: "A=\"x\"\n"),
        ],
        nonTriggeringExamples: [
            Example("A=1\n"),
            Example("A=\"x  \"\n"),
        ])

    func check(_ input: LintInput) -> [Finding] {
        var findings: [Finding] = []
        for index in input.lineIndexes(.trailingBlanks) {
            if case .invalid = input.file.lines[index].kind { continue }
            let end = input.lineEnd(index)
            guard end.trailingBlanks > 0 else { continue }
            findings.append(
                Finding(
                    "trailing whitespace",
                    at: SourcePosition(line: end.line, column: end.width - end.trailingBlanks + 1),
                    hint: "remove the blanks at the end of the line",
                    edit: .normalize(lineIndex: index, .trimTrailingWhitespace)))
        }
        return findings
    }
}
