import DotEnv

/// A file whose last line has no line break.
struct EndingBlankLineRule: EnvRule {
    static let description = RuleDescription(
        identifier: "ending-blank-line", name: "No line break at the end", kind: .hygiene,
        summary: "The last line does not end with a line break.",
        rationale: """
            POSIX tools treat a last line without a line break as incomplete: `cat a.env b.env` glues two \
            lines together and `echo KEY=v >> .env` appends to the last value. Compose reads a bare last word \
            as a value with an empty name.
            """,
        severity: .warning, isFixable: true,
        triggeringExamples: [
            Example("A=1↓", fixed: "A=1\n"),
            Example("A=1\n# end↓", fixed: "A=1\n# end\n"),
        ],
        nonTriggeringExamples: [
            Example("A=1\n"),
            Example(""),
        ])

    func check(_ input: LintInput) -> [Finding] {
        guard let last = input.file.lines.indices.last else { return [] }
        let end = input.lineEnd(last)
        guard !end.hasNewline else { return [] }
        return [
            Finding(
                "the file does not end with a line break", at: SourcePosition(line: end.line, column: end.width + 1),
                hint: "add a line break after the last line", edit: .addFinalNewline)
        ]
    }
}
