import DotEnv

/// A quoted value whose closing quote never comes.
struct UnterminatedQuoteRule: EnvRule {
    static let description = RuleDescription(
        identifier: "unterminated-quote", name: "Unterminated quote", kind: .syntax,
        summary: "A quoted value is never closed, so Docker Compose refuses the whole file.",
        rationale: """
            Compose reads a quoted value up to the matching quote, across lines. Without one it stops with \
            an error that names the line where the file ends, not where the quote opened; python-dotenv \
            silently skips the line instead. Either way the stack does not start with the value you meant.
            """,
        severity: .error,
        triggeringExamples: [
            Example("KEY=↓\"abc\n"),
            Example("A=1\nB=↓'it is\nC=2\n"),
        ],
        nonTriggeringExamples: [
            Example("KEY=\"abc\"\n"),
            Example("KEY=\"line one\nline two\"\n"),
            Example("KEY='it\\'s'\n"),
        ])

    func check(_ input: LintInput) -> [Finding] {
        input.issues.filter { $0.code == .unterminatedQuote }.map { issue in
            Finding("the quoted value is never closed; Compose refuses the file", at: issue.position, hint: issue.fix)
        }
    }
}
