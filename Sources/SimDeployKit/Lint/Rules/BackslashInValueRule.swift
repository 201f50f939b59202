import DotEnv

/// A backslash in an unquoted value.
struct BackslashInValueRule: EnvRule {
    static let description = RuleDescription(
        identifier: "backslash-in-value", name: "Backslash in an unquoted value", kind: .dialect,
        summary: "An unquoted value contains `\\`.",
        rationale: """
            Compose keeps a backslash in an unquoted value, but a shell that sources the file drops it \
            (`a\\nb` becomes `anb`), so a Windows path or a regex differs between the two. Single-quote \
            the value (`--fix` does), which both read literally.
            """,
        severity: .warning, isFixable: true,
        triggeringExamples: [
            Example("PATTERN=a↓\\d+\n", fixed: "PATTERN='a\\d+'\n"),
            Example("DIR=C:↓\\data\n", fixed: "DIR='C:\\data'\n"),
        ],
        nonTriggeringExamples: [
            Example("PATTERN='a\\d+'\n"),
            Example("A=\"line\\nbreak\"\n"),
        ])

    func check(_ input: LintInput) -> [Finding] {
        var findings: [Finding] = []
        for statement in input.statements(.backslashInUnquoted) {
            let entry = statement.entry
            guard entry.value.utf8.contains(UInt8(ascii: "\\")),
                let position = entry.positionInRawValue(firstWhere: { $0 == "\\" })
            else { continue }
            findings.append(
                Finding(
                    "Compose keeps this backslash, a shell drops it", at: position,
                    hint: "single-quote the value", edit: requoteEdit(statement, input)))
        }
        return findings
    }
}
