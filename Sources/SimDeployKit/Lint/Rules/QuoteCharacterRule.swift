import DotEnv

/// A quote character inside an unquoted value.
struct QuoteCharacterRule: EnvRule {
    static let description = RuleDescription(
        identifier: "quote-character", name: "Quote inside an unquoted value", kind: .hygiene,
        summary: "An unquoted value contains `'` or `\"`.",
        rationale: """
            Compose keeps a quote in the middle of an unquoted value, but a shell that sources the file \
            starts a quoted string there and swallows the following lines, and other dotenv readers \
            disagree about it. Quote the whole value instead.
            """,
        severity: .warning, isFixable: true,
        triggeringExamples: [
            Example("NAME=it↓'s\n", fixed: "NAME=\"it's\"\n"),
            Example("A=say ↓\"hi\"\n", fixed: "A='say \"hi\"'\n"),
        ],
        nonTriggeringExamples: [
            Example("NAME=\"it's\"\n"),
            Example("A='say \"hi\"'\n"),
        ])

    func check(_ input: LintInput) -> [Finding] {
        var findings: [Finding] = []
        for statement in input.statements(.quoteInUnquoted) {
            let entry = statement.entry
            guard entry.value.utf8.contains(where: { $0 == UInt8(ascii: "'") || $0 == UInt8(ascii: "\"") }) else {
                continue
            }
            guard let position = entry.positionInRawValue(firstWhere: { $0 == "'" || $0 == "\"" }) else { continue }
            findings.append(
                Finding(
                    "a quote inside an unquoted value: Compose keeps it, a shell starts a quoted string there",
                    at: position, hint: "quote the whole value",
                    edit: requoteEdit(statement, input)))
        }
        return findings
    }
}

/// A `.requoteValue` edit, when the value does not depend on any variable (so quoting it keeps it).
func requoteEdit(_ statement: LintInput.Statement, _ input: LintInput) -> FixEdit? {
    guard !statement.isTrailing, let value = input.literalValue(statement),
        let encoded = try? DotEnvValue.encode(value), encoded != statement.entry.rawValueText
    else { return nil }
    return .normalize(lineIndex: statement.lineIndex, .requoteValue)
}
