import DotEnv

/// Blanks around `=`.
struct SpaceAroundEqualsRule: EnvRule {
    static let description = RuleDescription(
        identifier: "space-around-equals", name: "Space around =", kind: .hygiene,
        summary: "Blanks sit between the key, `=` and the value.",
        rationale: """
            Compose and python-dotenv trim them, but `docker run --env-file` refuses a key with a blank in \
            it and a shell reads `KEY = value` as a command named `KEY`.
            """,
        severity: .warning, isFixable: true,
        triggeringExamples: [
            Example("A↓ = 1\n", fixed: "A=1\n"),
            Example("A=↓ 1\n", fixed: "A=1\n"),
        ],
        nonTriggeringExamples: [
            Example("A=1\n"),
            Example("A=\n"),
            Example("A=\"a = b\"\n"),
        ])

    func check(_ input: LintInput) -> [Finding] {
        var findings: [Finding] = []
        for statement in input.statements(.spacedSeparator) {
            let entry = statement.entry
            guard entry.valuePosition.line == entry.keyPosition.line else { continue }
            let keyEnd = entry.keyPosition.column + entry.key.unicodeScalars.count
            guard entry.valuePosition.column - keyEnd > 1 else { continue }
            // Either blanks before `=` (the key ends at a blank) or after it.
            let raw = input.file.lines[statement.lineIndex].raw.unicodeScalars
            let bom = statement.lineIndex == 0 && input.file.hasByteOrderMark ? 1 : 0
            var column = keyEnd
            if let scalar = raw.dropFirst(bom + keyEnd - 1).first, scalar == "=" { column = keyEnd + 1 }
            findings.append(
                Finding(
                    "blanks around '=': docker run --env-file and shells do not accept them",
                    at: SourcePosition(line: entry.keyPosition.line, column: column), hint: "write \(entry.key)=value",
                    edit: statement.isTrailing ? nil : .normalize(lineIndex: statement.lineIndex, .tightSeparator)))
        }
        return findings
    }
}
