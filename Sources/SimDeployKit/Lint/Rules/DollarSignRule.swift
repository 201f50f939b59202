import DotEnv

/// A `$` that Compose, `docker run --env-file`, python-dotenv and shells read differently.
struct DollarSignRule: EnvRule {
    static let description = RuleDescription(
        identifier: "dollar-sign", name: "Dollar sign read differently", kind: .dialect,
        summary: "A `$$`, `\\$` or lone `$` that Compose reads one way and other tools another.",
        rationale: """
            Compose interpolates unquoted and double-quoted values: `$$` becomes `$`, `\\$` in double \
            quotes becomes `$`, and a `$` that starts no variable (`$1`, `$(`) stays. `docker run \
            --env-file` keeps the text as written, python-dotenv keeps `$$` and `\\$`, and a shell expands \
            `$1`. A literal value is safest in single quotes, where Compose reads `$` as is (`--fix` does \
            that). In single quotes, only `${` is still a hazard: python-dotenv expands it there.
            """,
        severity: .warning, isFixable: true,
        triggeringExamples: [
            Example("PASSWORD=pa↓$$word\n", fixed: "PASSWORD='pa$word'\n"),
            Example("A=\"cost ↓\\$5\"\n", fixed: "A='cost $5'\n"),
            Example("A=x↓$1\n", fixed: "A='x$1'\n"),
            Example("A='↓${HOME}'\n"),
        ],
        nonTriggeringExamples: [
            Example("A='pa$word'\n"),
            Example("B=1\nA=${B}\n"),
            Example("A=no-dollar\n"),
        ])

    func check(_ input: LintInput) -> [Finding] {
        var findings: [Finding] = []
        for index in input.statementIndexes(.dollar) where Self.mayTrigger(input.statements[index].entry) {
            if let finding = check(index, input) { findings.append(finding) }
        }
        return findings
    }

    private func check(_ index: Int, _ input: LintInput) -> Finding? {
        let entry = input.statements[index].entry
        let statement = input.statements[index]
        let raw = Array(entry.rawValueText.unicodeScalars)
        if entry.quote == .single {
            guard let offset = firstIndex(of: ["$", "{"], in: raw) else { return nil }
            return Finding(
                "python-dotenv expands '${' even in single quotes; Compose keeps it as text",
                at: entry.positionInRawValue(offset), hint: "avoid '${' in a literal value")
        }
        var index = entry.contentOffset
        while index < raw.count {
            let scalar = raw[index]
            if entry.quote == .double && scalar == "\\" && index + 1 < raw.count {
                if raw[index + 1] == "$" {
                    return finding(
                        "Compose reads '\\$' as '$'; python-dotenv keeps the backslash", statement, index, input)
                }
                index += 2
                continue
            }
            guard scalar == "$" else {
                index += 1
                continue
            }
            let next = index + 1 < raw.count ? raw[index + 1] : nil
            if next == "$" {
                return finding(
                    "Compose reads '$$' as '$'; docker run --env-file and python-dotenv keep both", statement, index,
                    input)
            }
            if let next, next == "{" || next == "_" || (next.isASCII && next.properties.isAlphabetic) {
                index += 2
                continue
            }
            return finding(
                "Compose keeps this '$' as text, but a shell would expand it", statement, index, input)
        }
        return nil
    }

    /// A byte scan that rules out most values with `$` (plain `${VAR}` references) without copying them.
    static func mayTrigger(_ entry: DotEnvEntry) -> Bool {
        var previous: UInt8 = 0
        var dollarPending = false
        var result = false
        forEachByte(entry.rawValueText) { byte in
            guard !result else { return }
            if entry.quote == .single {
                if previous == UInt8(ascii: "$") && byte == UInt8(ascii: "{") { result = true }
            } else if dollarPending {
                // `$` then a name start or `{` is a reference; anything else is what the rule reports.
                let isNameStart =
                    byte == UInt8(ascii: "_") || byte == UInt8(ascii: "{")
                    || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z"))
                if !isNameStart { result = true }
                dollarPending = false
            } else if byte == UInt8(ascii: "$") {
                if previous == UInt8(ascii: "\\") { result = true }
                dollarPending = true
            }
            previous = byte
        }
        // A `$` at the very end (before a closing quote counts as "anything else" above).
        return result || dollarPending
    }

    private func finding(_ message: String, _ statement: LintInput.Statement, _ offset: Int, _ input: LintInput)
        -> Finding
    {
        // Single quotes keep the value literal in Compose and in shells; only variable-free values can move.
        let edit = Interpolation.references(in: statement.entry).isEmpty ? requoteEdit(statement, input) : nil
        return Finding(
            message, at: statement.entry.positionInRawValue(offset),
            hint: "single-quote the value and write '$' once", edit: edit)
    }

    private func firstIndex(of pair: [Unicode.Scalar], in raw: [Unicode.Scalar]) -> Int? {
        guard raw.count >= 2 else { return nil }
        for index in 0..<(raw.count - 1) where raw[index] == pair[0] && raw[index + 1] == pair[1] {
            return index
        }
        return nil
    }
}
