import DotEnv

/// `KEY: value`, the YAML-style form only Compose reads.
struct ColonSeparatorRule: EnvRule {
    static let description = RuleDescription(
        identifier: "colon-separator", name: "Colon separator", kind: .dialect,
        summary: "A line uses `KEY: value` instead of `KEY=value`.",
        rationale: """
            compose-go accepts the YAML-style `KEY: value`, but python-dotenv skips the line, \
            `docker run --env-file` reads `KEY: value` as a key with no value, and shells fail. Use `=`.
            """,
        severity: .warning, isFixable: true,
        triggeringExamples: [
            Example("LOG_LEVEL↓: INFO\n", fixed: "LOG_LEVEL=INFO\n"),
            Example("A↓:1\n", fixed: "A=1\n"),
        ],
        nonTriggeringExamples: [
            Example("A=1\n"),
            Example("URL=http://x:80\n"),
        ])

    func check(_ input: LintInput) -> [Finding] {
        var findings: [Finding] = []
        for statement in input.statements(.colon) {
            let entry = statement.entry
            let raw = input.file.lines[statement.lineIndex].raw.unicodeScalars
            let bom = statement.lineIndex == 0 && input.file.hasByteOrderMark ? 1 : 0
            var column = entry.keyPosition.column + entry.key.unicodeScalars.count
            let afterKey = raw.dropFirst(bom + column - 1)
            if !statement.isTrailing, let colon = afterKey.firstIndex(of: ":") {
                column += afterKey.distance(from: afterKey.startIndex, to: colon)
            }
            findings.append(
                Finding(
                    "'\(entry.key):' is read only by Compose; python-dotenv, docker run --env-file and shells need '='",
                    at: SourcePosition(line: entry.keyPosition.line, column: column), hint: "write \(entry.key)=value",
                    edit: statement.isTrailing ? nil : .normalize(lineIndex: statement.lineIndex, .tightSeparator)))
        }
        return findings
    }
}
