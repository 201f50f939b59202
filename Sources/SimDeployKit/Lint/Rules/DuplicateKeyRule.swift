import DotEnv

/// A key set twice.
struct DuplicateKeyRule: EnvRule {
    static let description = RuleDescription(
        identifier: "duplicate-key", name: "Duplicate key", kind: .hygiene,
        summary: "A key is set more than once; Compose keeps the last value without a word.",
        rationale: """
            Compose, `docker run --env-file` and python-dotenv all keep the last value, so the first line \
            is dead but still looks authoritative. It usually means a value was pasted in twice during an \
            edit and one of them is stale.
            """,
        severity: .error,
        triggeringExamples: [
            Example("A=1\nB=2\n↓A=3\n"),
            Example("A=1\nexport ↓A=1\n"),
        ],
        nonTriggeringExamples: [
            Example("A=1\nB=1\n"),
            Example("A=1\na=1\n"),
        ])

    func check(_ input: LintInput) -> [Finding] {
        input.duplicates.map { pair in
            let earlier = input.statements[pair.earlier].entry
            let later = input.statements[pair.later].entry
            return Finding(
                "\(later.key) is already set on line \(earlier.keyPosition.line); Compose keeps this later value",
                at: later.keyPosition, hint: "remove one of the two lines")
        }
    }
}
