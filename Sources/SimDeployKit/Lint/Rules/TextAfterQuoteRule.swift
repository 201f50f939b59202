import DotEnv

/// Text after a closing quote, which Compose reads as another statement.
struct TextAfterQuoteRule: EnvRule {
    static let description = RuleDescription(
        identifier: "text-after-quote", name: "Text after a closing quote", kind: .syntax,
        summary: "Text follows a closing quote on the same line; Compose reads it as another variable.",
        rationale: """
            After a closing quote Compose looks for the next statement on the same line: `A="x" B=2` sets \
            `B`, and `A="x" junk` reads `junk` as a variable to copy from the environment (usually dropped \
            without a word). python-dotenv skips the whole line. Put each variable on its own line, and \
            start a comment with ` #`.
            """,
        severity: .error,
        triggeringExamples: [
            Example("A=\"x\" ↓B=2\n"),
            Example("A='x'↓junk\n"),
        ],
        nonTriggeringExamples: [
            Example("A=\"x\" # note\n"),
            Example("A=\"x\"\nB=2\n"),
        ])

    func check(_ input: LintInput) -> [Finding] {
        var findings: [Finding] = []
        for index in input.lineIndexes(.trailingEntries) {
            guard let first = input.file.lines[index].trailingEntries.first else { continue }
            let message =
                first.isBare
                ? "'\(first.key)' after the closing quote is read as a variable copied from the environment"
                : "'\(first.key)' after the closing quote is read as another variable"
            findings.append(
                Finding(message, at: first.keyPosition, hint: "put it on its own line, or start a comment with ' #'"))
        }
        return findings
    }
}
