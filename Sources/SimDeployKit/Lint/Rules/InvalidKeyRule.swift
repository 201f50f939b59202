import DotEnv

/// A key Compose refuses: a space or a character it does not allow, or a dangling `export`.
struct InvalidKeyRule: EnvRule {
    static let description = RuleDescription(
        identifier: "invalid-key", name: "Invalid key", kind: .syntax,
        summary: "A key holds a space or a character Docker Compose refuses.",
        rationale: """
            Compose accepts letters, digits, `_`, `.`, `-`, `[` and `]` in a key and stops at the first \
            other character with an error; a space inside a key is an error too. Such a line usually \
            means a value that lost its key or a missing `=`.
            """,
        severity: .error,
        triggeringExamples: [
            Example("MY↓ KEY=1\n"),
            Example("KEY↓$=1\n"),
            Example("A=1\n↓export "),
        ],
        nonTriggeringExamples: [
            Example("MY_KEY=1\n"),
            Example("export KEY=1\n"),
            Example("KEY = 1\n"),
        ])

    func check(_ input: LintInput) -> [Finding] {
        var findings: [Finding] = []
        for index in input.lineIndexes(.invalid) {
            let line = input.file.lines[index]
            guard let issue = line.issue else { continue }
            let message: String
            switch issue.code {
            case .spaceInKey:
                message = "a key cannot contain a space; Compose refuses the file"
            case .emptyStatement:
                message = "'export' with nothing after it; Compose refuses the file"
            case .invalidKeyCharacter:
                let character = character(at: issue.position, in: line, index: index, input: input)
                message = "\(character) cannot appear in a key; Compose refuses the file"
            default:
                continue
            }
            findings.append(Finding(message, at: issue.position, hint: issue.fix))
        }
        return findings
    }

    /// The refused character, quoted, or its code point when it is invisible.
    private func character(at position: SourcePosition, in line: DotEnvLine, index: Int, input: LintInput) -> String {
        let scalars = Array(line.raw.unicodeScalars)
        let bom = index == 0 && input.file.hasByteOrderMark ? 1 : 0
        guard
            let offset = Redactor.offset(
                of: position, in: scalars, firstLine: line.lineRange.lowerBound, bom: bom),
            offset < scalars.count
        else { return "this character" }
        let scalar = scalars[offset]
        if scalar.value < 0x21 || scalar.value == 0x7F || !scalar.isASCII {
            let hex = String(scalar.value, radix: 16, uppercase: true)
            return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        }
        return "'\(scalar)'"
    }
}
