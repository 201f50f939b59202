import DotEnv

/// An indented line, or a key that starts with something other than a letter or `_`.
struct LeadingCharacterRule: EnvRule {
    static let description = RuleDescription(
        identifier: "leading-character", name: "Leading character", kind: .hygiene,
        summary: "A line is indented, or its key starts with a digit or a symbol.",
        rationale: """
            Compose skips leading blanks, but `docker run --env-file` keeps leading blanks in some versions \
            and a key starting with a digit, `.` or `-` cannot be exported by a shell or read by Sim. \
            Indentation also hides a line from `grep ^KEY=`.
            """,
        severity: .warning, isFixable: true,
        triggeringExamples: [
            Example("↓  A=1\n", fixed: "A=1\n"),
            Example("↓1KEY=1\n"),
            Example("↓-KEY=1\n"),
        ],
        nonTriggeringExamples: [
            Example("A=1\n"),
            Example("_A=1\n"),
            Example("  # an indented comment\n"),
        ])

    func check(_ input: LintInput) -> [Finding] {
        var findings: [Finding] = []
        for statement in input.statements(.indented) where !statement.isTrailing {
            let entry = statement.entry
            findings.append(
                Finding(
                    "the line is indented", at: SourcePosition(line: entry.keyPosition.line, column: 1),
                    hint: "start the line with the key",
                    edit: .normalize(lineIndex: statement.lineIndex, .removeIndentation)))
        }
        for statement in input.statements(.badFirstKeyCharacter) where !statement.isTrailing {
            let entry = statement.entry
            findings.append(
                Finding(
                    "\(entry.key) starts with a character other than a letter or '_'", at: entry.keyPosition,
                    hint: "start the key with a letter"))
        }
        return findings
    }
}
