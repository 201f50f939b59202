import DotEnv

/// A flag with a value Sim reads as off.
struct BooleanValueRule: EnvRule {
    static let description = RuleDescription(
        identifier: "boolean-value", name: "Boolean value", kind: .sim,
        summary: "A flag is set to something other than `true`, `false`, `1` or `0`.",
        rationale: """
            Sim reads a flag as on only for `true` (any case) or `1`; `yes`, `on` or `enabled` silently \
            count as off, so the feature stays disabled with no error anywhere.
            """,
        severity: .warning,
        triggeringExamples: [
            Example("DISABLE_REGISTRATION=↓yes\n"),
            Example("EMAIL_VERIFICATION_ENABLED=↓on\n"),
        ],
        nonTriggeringExamples: [
            Example("DISABLE_REGISTRATION=true\n"),
            Example("DISABLE_REGISTRATION=\n"),
            Example("SSO_ENABLED=TRUE\n"),
        ])

    func check(_ input: LintInput) -> [Finding] {
        var findings: [Finding] = []
        for (statement, variable) in input.knownStatements where variable.format == .boolean {
            guard let value = input.literalValue(statement), !value.isEmpty else { continue }
            switch value.lowercased() {
            case "true", "false", "1", "0": continue
            default:
                findings.append(
                    Finding(
                        "\(variable.name)=\(value) counts as off: Sim reads only 'true' or '1' as on",
                        at: statement.entry.valuePosition, hint: "write true or false"))
            }
        }
        return findings
    }
}
