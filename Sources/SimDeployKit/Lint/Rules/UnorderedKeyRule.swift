import DotEnv

/// Keys out of alphabetical order within a group.
struct UnorderedKeyRule: EnvRule {
    static let description = RuleDescription(
        identifier: "unordered-key", name: "Unordered key", kind: .hygiene,
        summary: "A key is not in alphabetical order within its group (groups are separated by blank lines).",
        rationale: """
            Sorted keys make a duplicate easy to spot and a diff easy to read. It is a matter of taste, \
            and order matters when a value refers to an earlier key, so the rule is off unless enabled \
            and `--fix` never reorders.
            """,
        severity: .warning, isOptIn: true,
        triggeringExamples: [
            Example("B=1\n↓A=2\n"),
            Example("A=1\nC=2\n↓B=3\n"),
        ],
        nonTriggeringExamples: [
            Example("A=1\nB=2\n"),
            Example("B=1\n\nA=2\n"),
        ])

    func check(_ input: LintInput) -> [Finding] {
        var findings: [Finding] = []
        var previous: String?
        var previousKey = ""
        var previousLine = -1
        for (index, line) in input.file.lines.enumerated() {
            switch line.kind {
            case .blank:
                previous = nil
            case .entry(let entry):
                let key = entry.key.uppercased()
                if let previous, key < previous, previousLine < index {
                    findings.append(
                        Finding(
                            "\(entry.key) should come before \(previousKey)", at: entry.keyPosition,
                            hint: "sort the keys of this group"))
                }
                previous = key
                previousKey = entry.key
                previousLine = index
            default:
                continue
            }
        }
        return findings
    }
}
