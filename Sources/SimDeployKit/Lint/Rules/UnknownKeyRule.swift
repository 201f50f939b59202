import DotEnv

/// A key Sim does not know that is close to one it does: a typo.
struct UnknownKeyRule: EnvRule {
    static let description = RuleDescription(
        identifier: "unknown-key", name: "Unknown key", kind: .sim,
        summary: "A key Sim does not read is one or two letters away from one it does.",
        rationale: """
            A misspelt key is silently ignored: `ENCRYPTON_KEY` leaves the real key unset. Keys that are \
            close to no Sim name are left alone, since compose interpolation and your own services may \
            use them.
            """,
        severity: .warning,
        triggeringExamples: [
            Example("↓ENCRYPTON_KEY=x\n"),
            Example("↓NEXT_PUBLIC_APP_ULR=https://sim.example.com\n"),
        ],
        nonTriggeringExamples: [
            Example("ENCRYPTION_KEY=\(exampleHex)\n"),
            Example("OPENAI_API_KEY_4=sk-d\n"),
            Example("MY_OWN_SETTING=1\n"),
        ])

    func check(_ input: LintInput) -> [Finding] {
        var findings: [Finding] = []
        for index in input.unknownStatementIndexes {
            // Only the key: copying a whole statement per unknown key costs more than the search.
            let key = input.statements[index].entry.key
            // The suggestion first: it rules out almost every key without touching `Character`s.
            guard !key.isEmpty, let suggestion = KeySuggestion.shared.closest(to: key),
                !Self.poolPrefixes.contains(key),
                !Self.isNumberedPoolKey(key)
            else { continue }
            findings.append(
                Finding(
                    "Sim does not read \(key); did you mean \(suggestion)?",
                    at: input.statements[index].entry.keyPosition,
                    hint: "rename it to \(suggestion)"))
        }
        return findings
    }

    /// `<POOL>_<n>` above the pool size, reported by `key-pool-gap`.
    private static func isNumberedPoolKey(_ key: String) -> Bool {
        guard let underscore = key.lastIndex(of: "_"), key[key.index(after: underscore)...].allSatisfy(\.isNumber)
        else { return false }
        return poolPrefixes.contains(String(key[..<underscore]))
    }

    /// Unsuffixed pool names, reported by `unread-key`.
    private static let poolPrefixes = Set(EnvCatalogue.keyPools.map(\.prefix))
}
