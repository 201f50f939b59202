import DotEnv

/// Quotes around a value that reads the same without them.
struct UnnecessaryQuotesRule: EnvRule {
    static let description = RuleDescription(
        identifier: "unnecessary-quotes", name: "Unnecessary quotes", kind: .hygiene,
        summary: "A value is quoted although it reads the same without quotes.",
        rationale: """
            `docker run --env-file` keeps quotes as part of the value, so `KEY="abc"` gives it `"abc"` \
            while Compose gives `abc`. Writing plain values without quotes keeps both readers in agreement \
            (other linters flag every quoted value for this reason). Off unless enabled: quoting is a \
            legitimate habit under Compose.
            """,
        severity: .warning, isOptIn: true, isFixable: true,
        triggeringExamples: [
            Example("A=↓\"abc\"\n", fixed: "A=abc\n"),
            Example("URL=↓'https://sim.example.com'\n", fixed: "URL=https://sim.example.com\n"),
        ],
        nonTriggeringExamples: [
            Example("A=abc\n"),
            Example("A='a b'\n"),
            Example("A=\"\"\n"),
        ])

    func check(_ input: LintInput) -> [Finding] {
        var findings: [Finding] = []
        for statement in input.statements(.quoted) where !statement.entry.value.isEmpty {
            guard let value = input.literalValue(statement), let encoded = try? DotEnvValue.encode(value),
                encoded.first != "'" && encoded.first != "\""
            else { continue }
            findings.append(
                Finding(
                    "the quotes are not needed; docker run --env-file would keep them in the value",
                    at: statement.entry.valuePosition, hint: "write the value without quotes",
                    edit: requoteEdit(statement, input)))
        }
        return findings
    }
}
