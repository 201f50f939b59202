import DotEnv

/// The same secret value under two keys.
struct ReusedSecretRule: EnvRule {
    static let description = RuleDescription(
        identifier: "reused-secret", name: "Reused secret", kind: .sim,
        summary: "Two secret keys hold the same value.",
        rationale: """
            Each secret guards something different: sessions, stored credentials, service calls, the \
            scheduler. One value in two places means one leak opens both, and rotating one silently \
            breaks the other. The values are never shown.
            """,
        severity: .error,
        triggeringExamples: [
            Example("BETTER_AUTH_SECRET=\(exampleSecret)\nINTERNAL_API_SECRET=↓\(exampleSecret)\n")
        ],
        nonTriggeringExamples: [
            Example("BETTER_AUTH_SECRET=\(exampleSecret)\nINTERNAL_API_SECRET=\(exampleSecret2)\n"),
            Example("A_ENABLED=true\nB_ENABLED=true\n"),
        ])

    func check(_ input: LintInput) -> [Finding] {
        var firstByValue: [String: LintInput.Statement] = [:]
        var findings: [Finding] = []
        for index in input.statementIndexes(.secret) where input.statements[index].entry.value.utf8.count >= 16 {
            let statement = input.statements[index]
            guard input.lastIndex(of: statement.entry.key) == index else { continue }
            guard let value = input.literalValue(statement), value.utf8.count >= 16,
                SecretPolicy.isSecret(key: statement.entry.key, value: value)
            else { continue }
            if let first = firstByValue[value] {
                findings.append(
                    Finding(
                        "\(statement.entry.key) has the same value as \(first.entry.key) "
                            + "(line \(first.entry.keyPosition.line)); one leak would open both",
                        at: statement.entry.valuePosition, hint: "generate a separate value with `openssl rand -hex 32`"
                    ))
            } else {
                firstByValue[value] = statement
            }
        }
        return findings
    }
}
