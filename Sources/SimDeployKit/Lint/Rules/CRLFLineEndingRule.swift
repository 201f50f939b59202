import DotEnv

/// A line that ends with `\r\n`.
struct CRLFLineEndingRule: EnvRule {
    static let description = RuleDescription(
        identifier: "crlf-line-ending", name: "CRLF line ending", kind: .hygiene,
        summary: "A line ends with a carriage return and a line feed (Windows style).",
        rationale: """
            Compose trims the carriage return from unquoted values, but `docker run --env-file` and shells \
            keep it, so a value ends in an invisible `\\r` and a password or URL stops matching. Save the \
            file with LF line endings.
            """,
        severity: .warning, isFixable: true,
        triggeringExamples: [
            Example("A=1↓\r\nB=2\n", fixed: "A=1\nB=2\n"),
            Example("# note↓\r\n", fixed: "# note\n"),
        ],
        nonTriggeringExamples: [
            Example("A=1\nB=2\n"),
            Example("A=\"x\ry\"\n"),
        ])

    func check(_ input: LintInput) -> [Finding] {
        var findings: [Finding] = []
        for index in input.lineIndexes(.carriageReturn) {
            if case .invalid = input.file.lines[index].kind { continue }
            let end = input.lineEnd(index)
            guard end.hasCarriageReturn else { continue }
            findings.append(
                Finding(
                    "CRLF line ending", at: SourcePosition(line: end.line, column: end.width + 1),
                    hint: "save the file with LF line endings", edit: .normalize(lineIndex: index, .unixLineEnding)))
        }
        return findings
    }
}
