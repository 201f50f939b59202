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
        for statement in input.statements where !statement.isTrailing {
            let entry = statement.entry
            let indentation = entry.keyPosition.column - 1 - (entry.exported ? exportWidth(statement, input) : 0)
            if indentation > 0 {
                findings.append(
                    Finding(
                        "the line is indented", at: SourcePosition(line: entry.keyPosition.line, column: 1),
                        hint: "start the line with the key",
                        edit: .normalize(lineIndex: statement.lineIndex, .removeIndentation)))
            }
            if let first = entry.key.utf8.first, !(isPortableKeyByte(first) && !(0x30...0x39).contains(first)) {
                findings.append(
                    Finding(
                        "\(entry.key) starts with a character other than a letter or '_'", at: entry.keyPosition,
                        hint: "start the key with a letter"))
            }
        }
        return findings
    }

    /// The width of `export` and the blanks after it.
    private func exportWidth(_ statement: LintInput.Statement, _ input: LintInput) -> Int {
        let raw = input.file.lines[statement.lineIndex].raw.unicodeScalars
        var scalars = raw[...]
        if statement.lineIndex == 0 && input.file.hasByteOrderMark { scalars = scalars.dropFirst() }
        let indentation = scalars.prefix { $0 == " " || $0 == "\t" }.count
        return statement.entry.keyPosition.column - 1 - indentation
    }
}
