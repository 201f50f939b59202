import DotEnv

/// Two blank lines in a row, or blank lines at the end of the file.
struct ExtraBlankLineRule: EnvRule {
    static let description = RuleDescription(
        identifier: "extra-blank-line", name: "Extra blank line", kind: .hygiene,
        summary: "A blank line follows another blank line, or the file ends with blank lines.",
        rationale: """
            One blank line separates groups; more add nothing and make diffs of generated files noisy.
            """,
        severity: .warning, isFixable: true,
        triggeringExamples: [
            Example("A=1\n\n↓\nB=2\n", fixed: "A=1\n\nB=2\n"),
            Example("A=1\n↓\n", fixed: "A=1\n"),
        ],
        nonTriggeringExamples: [
            Example("A=1\n\nB=2\n"),
            Example("# header\n\nA=1\n"),
        ])

    func check(_ input: LintInput) -> [Finding] {
        let lines = input.file.lines
        let blanks = input.lineIndexes(.blank)
        var findings: [Finding] = []
        var previous = -2
        for index in blanks {
            if index == previous + 1 { findings.append(extra(index, lines[index])) }
            previous = index
        }
        // The first of the blank lines that end the file (the loop reported the others).
        var lastContent = lines.count - 1
        var remaining = blanks[...]
        while let last = remaining.last, last == lastContent {
            remaining = remaining.dropLast()
            lastContent -= 1
        }
        if lastContent >= 0 && lastContent + 1 < lines.count {
            findings.append(extra(lastContent + 1, lines[lastContent + 1]))
        }
        return findings.sorted { $0.position < $1.position }
    }

    private func extra(_ index: Int, _ line: DotEnvLine) -> Finding {
        Finding(
            "extra blank line", at: SourcePosition(line: line.lineRange.lowerBound, column: 1),
            hint: "remove it", edit: .removeLine(lineIndex: index))
    }
}
