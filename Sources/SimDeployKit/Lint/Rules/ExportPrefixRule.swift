import DotEnv

/// `export KEY=value`.
struct ExportPrefixRule: EnvRule {
    static let description = RuleDescription(
        identifier: "export-prefix", name: "export prefix", kind: .hygiene,
        summary: "A line starts with `export`.",
        rationale: """
            Compose and python-dotenv skip `export `, but `docker run --env-file` reads `export KEY` as the \
            name and refuses it, and Kubernetes' `--from-env-file` does too. To load the file in a shell, \
            use `set -a; . ./.env; set +a` instead.
            """,
        severity: .warning, isFixable: true,
        triggeringExamples: [
            Example("↓export A=1\n", fixed: "A=1\n"),
            Example("  ↓export B=2\n", fixed: "  B=2\n"),
        ],
        nonTriggeringExamples: [
            Example("A=1\n"),
            Example("EXPORT_DIR=/tmp\n"),
        ])

    func check(_ input: LintInput) -> [Finding] {
        var findings: [Finding] = []
        for statement in input.statements(.exported) {
            let raw = input.file.lines[statement.lineIndex].raw.unicodeScalars
            var scalars = raw[...]
            if statement.lineIndex == 0 && input.file.hasByteOrderMark { scalars = scalars.dropFirst() }
            let indentation = statement.isTrailing ? 0 : scalars.prefix { $0 == " " || $0 == "\t" }.count
            let position =
                statement.isTrailing
                ? statement.entry.keyPosition
                : SourcePosition(line: statement.entry.keyPosition.line, column: indentation + 1)
            findings.append(
                Finding(
                    "'export' is read by Compose and shells, but docker run --env-file refuses the line",
                    at: position, hint: "remove 'export'; load the file in a shell with set -a; . ./.env; set +a",
                    edit: statement.isTrailing ? nil : .normalize(lineIndex: statement.lineIndex, .removeExport)))
        }
        return findings
    }
}
