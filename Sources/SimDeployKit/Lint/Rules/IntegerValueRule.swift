import DotEnv

/// A number key that is not a whole number.
struct IntegerValueRule: EnvRule {
    static let description = RuleDescription(
        identifier: "integer-value", name: "Integer value", kind: .sim,
        summary: "A key that takes a whole number (`SMTP_PORT`, limits, sizes) has something else.",
        rationale: """
            Sim coerces numbers when it reads them and falls back to its default for anything invalid or \
            negative, so `50MB` or `1e6` silently become the default.
            """,
        severity: .warning,
        triggeringExamples: [
            Example("SMTP_PORT=↓587/tcp\n"),
            Example("API_MAX_JSON_BODY_BYTES=↓50MB\n"),
        ],
        nonTriggeringExamples: [
            Example("SMTP_PORT=587\n"),
            Example("SMTP_PORT=\n"),
        ])

    func check(_ input: LintInput) -> [Finding] {
        var findings: [Finding] = []
        for (statement, variable) in input.knownStatements where variable.format == .integer {
            guard let value = input.literalValue(statement), !value.isEmpty,
                !value.utf8.allSatisfy({ (0x30...0x39).contains($0) })
            else { continue }
            findings.append(
                Finding(
                    "\(variable.name)=\(value) is not a whole number; Sim falls back to its default",
                    at: statement.entry.valuePosition, hint: "write digits only"))
        }
        return findings
    }
}
