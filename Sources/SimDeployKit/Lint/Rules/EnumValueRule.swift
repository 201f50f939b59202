import DotEnv

/// A value outside the set Sim knows.
struct EnumValueRule: EnvRule {
    static let description = RuleDescription(
        identifier: "enum-value", name: "Unknown choice", kind: .sim,
        summary: "A key that takes one of a few values (`LOG_LEVEL`, `STORAGE_PROVIDER`, …) has another.",
        rationale: """
            Sim ignores a value it does not know, or fails later: `LOG_LEVEL=info` (the observability \
            doc's spelling) is ignored because levels are upper case, so production keeps logging only \
            errors; `NEXT_TELEMETRY_DISABLED=true` does not disable telemetry (only `1` does).
            """,
        severity: .warning,
        triggeringExamples: [
            Example("LOG_LEVEL=↓info\n"),
            Example("NEXT_TELEMETRY_DISABLED=↓true\n"),
            Example("STORAGE_PROVIDER=↓minio\n"),
        ],
        nonTriggeringExamples: [
            Example("LOG_LEVEL=INFO\n"),
            Example("NEXT_TELEMETRY_DISABLED=1\n"),
            Example("LOG_LEVEL=\n"),
        ])

    func check(_ input: LintInput) -> [Finding] {
        var findings: [Finding] = []
        for (statement, variable) in input.knownStatements {
            guard case .choice(let choices) = variable.format, let value = input.literalValue(statement),
                !value.isEmpty, !choices.contains(value)
            else { continue }
            let message: String
            if let match = choices.first(where: { $0.lowercased() == value.lowercased() }) {
                message = "\(variable.name)=\(value) is ignored: the value is case-sensitive; did you mean \(match)?"
            } else {
                message = "\(variable.name)=\(value) is not one of \(choices.joined(separator: ", ")); Sim ignores it"
            }
            findings.append(
                Finding(
                    message, at: statement.entry.valuePosition,
                    hint: "use one of \(choices.joined(separator: ", "))"))
        }
        return findings
    }
}
