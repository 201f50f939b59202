import DotEnv

/// An unquoted value with blanks or shell metacharacters.
struct ValueWithoutQuotesRule: EnvRule {
    static let description = RuleDescription(
        identifier: "value-without-quotes", name: "Value without quotes", kind: .hygiene,
        summary: "An unquoted value contains blanks or characters a shell treats specially (`<>|;&()` and backtick).",
        rationale: """
            Compose reads `FROM_EMAIL_ADDRESS=Sim <noreply@example.com>` as intended, but a shell that \
            sources the file runs a command and redirects input, and readers differ on inner blanks. \
            Sim's docs quote such values; `--fix` single-quotes them, which Compose reads the same.
            """,
        severity: .warning, isFixable: true,
        triggeringExamples: [
            Example(
                "FROM_EMAIL_ADDRESS=Sim↓ <noreply@example.com>\n",
                fixed: "FROM_EMAIL_ADDRESS='Sim <noreply@example.com>'\n"),
            Example("CMD=a↓;b\n", fixed: "CMD='a;b'\n"),
        ],
        nonTriggeringExamples: [
            Example("FROM_EMAIL_ADDRESS='Sim <noreply@example.com>'\n"),
            Example("A=plain-value_1.2\n"),
            Example("A=value # a comment\n"),
        ])

    func check(_ input: LintInput) -> [Finding] {
        var findings: [Finding] = []
        for statement in input.statements(.shellSpecialInUnquoted) where !statement.entry.value.isEmpty {
            let entry = statement.entry
            guard let position = entry.positionInRawValue(firstWhere: Self.needsQuotes) else { continue }
            findings.append(
                Finding(
                    "this value needs quotes: a shell reads blanks and \(Self.symbols) specially",
                    at: position, hint: "single-quote the value",
                    edit: requoteEdit(statement, input)))
        }
        return findings
    }

    static let symbols = "<>|;&()`"

    static func needsQuotes(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case " ", "\t", "<", ">", "|", ";", "&", "(", ")", "`": true
        default: false
        }
    }
}
