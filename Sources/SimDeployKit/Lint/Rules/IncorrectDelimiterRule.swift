import DotEnv

/// A key with characters other than letters, digits and `_`.
struct IncorrectDelimiterRule: EnvRule {
    static let description = RuleDescription(
        identifier: "incorrect-delimiter", name: "Incorrect delimiter", kind: .hygiene,
        summary: "A key separates words with something other than `_` (`-`, `.`, `[`, …).",
        rationale: """
            Compose accepts `.`, `-`, `[` and `]` in keys, but a shell cannot export such a name and most \
            programs cannot read it back from the environment. Sim reads only `[A-Z0-9_]` names.
            """,
        severity: .warning,
        triggeringExamples: [
            Example("SMTP↓-HOST=mail\n"),
            Example("A_B↓.C=1\n"),
        ],
        nonTriggeringExamples: [
            Example("SMTP_HOST=mail\n"),
            Example("A1_B2=1\n"),
        ])

    func check(_ input: LintInput) -> [Finding] {
        var findings: [Finding] = []
        for statement in input.statements(.nonPortableKey) {
            let key = statement.entry.key
            for (offset, byte) in key.utf8.enumerated() where offset > 0 && !isPortableKeyByte(byte) {
                let scalarOffset = key.utf8.prefix(offset).reduce(0) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) }
                findings.append(
                    Finding(
                        "\(key) uses a character other than letters, digits and '_'; shells cannot export it",
                        at: statement.entry.positionInKey(scalarOffset), hint: "use '_' between words"))
                break
            }
        }
        return findings
    }
}

/// `[A-Za-z0-9_]`.
func isPortableKeyByte(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"):
        true
    default:
        false
    }
}
