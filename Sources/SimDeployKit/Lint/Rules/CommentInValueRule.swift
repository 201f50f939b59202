import DotEnv

/// A `#` that looks like a comment but is part of the value.
struct CommentInValueRule: EnvRule {
    static let description = RuleDescription(
        identifier: "comment-in-value", name: "Comment swallowed into a value", kind: .dialect,
        summary: "A `#` that looks like the start of a comment is read as part of an unquoted value.",
        rationale: """
            Compose starts a comment only at a space followed by `#`. After a tab (`A=x<TAB># note`), \
            right after the value (`A=x# note`) or as the first character of the value (`A= # note`), the \
            `#` and everything after it become part of the value. If the `#` belongs to the value, quote it.
            """,
        severity: .warning,
        triggeringExamples: [
            Example("A=value\t↓# note\n"),
            Example("A=value↓# note\n"),
            Example("A= ↓# note\n"),
        ],
        nonTriggeringExamples: [
            Example("A=value # note\n"),
            Example("PASSWORD=pa#ss\n"),
            Example("A='x # y'\n"),
        ])

    func check(_ input: LintInput) -> [Finding] {
        var findings: [Finding] = []
        for statement in input.statements(.hashInUnquoted) {
            let entry = statement.entry
            guard entry.value.utf8.contains(UInt8(ascii: "#")) else { continue }
            let raw = Array(entry.rawValueText.unicodeScalars)
            for (index, scalar) in raw.enumerated() where scalar == "#" {
                let before = index > 0 ? raw[index - 1] : nil
                let after = index + 1 < raw.count ? raw[index + 1] : nil
                let looksLikeComment =
                    index == 0 || before == "\t" || (after == " " || after == "\t") && before != " "
                guard looksLikeComment else { continue }
                findings.append(
                    Finding(
                        "this '#' does not start a comment: Compose keeps it and what follows in the value",
                        at: entry.positionInRawValue(index),
                        hint: "put a space before '#' to start a comment, or quote the value if '#' belongs to it"))
                break
            }
        }
        return findings
    }
}
