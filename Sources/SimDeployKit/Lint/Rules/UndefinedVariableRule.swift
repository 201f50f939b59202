import DotEnv

/// A reference to a variable the file has not set yet.
struct UndefinedVariableRule: EnvRule {
    static let description = RuleDescription(
        identifier: "undefined-variable", name: "Undefined variable", kind: .dialect,
        summary: "A value refers to a variable not set earlier in the file, or requires one that is empty.",
        rationale: """
            Compose looks a variable up in the environment it runs in, then among the keys set earlier in \
            the file. An unquoted password `abc$def` silently becomes `abc` when `def` is unset, and \
            `${VAR:?}` stops Compose with an error. A key set later in the file does not count: Compose \
            reads top to bottom.
            """,
        severity: .error,
        triggeringExamples: [
            Example("PASSWORD=abc↓$def\n"),
            Example("URL=↓${HOST}/x\nHOST=db\n"),
            Example("A=\nB=↓${A:?A is required}\n"),
        ],
        nonTriggeringExamples: [
            Example("HOST=db\nURL=${HOST}/x\n"),
            Example("A=${UNSET:-default}\n"),
            Example("A='abc$def'\n"),
        ])

    func check(_ input: LintInput) -> [Finding] {
        var findings: [Finding] = []
        for (index, references) in input.references {
            for reference in references where !reference.isNested {
                if let finding = check(reference, at: index, input) { findings.append(finding) }
            }
        }
        return findings
    }

    private func check(_ reference: VariableReference, at index: Int, _ input: LintInput) -> Finding? {
        let name = reference.name
        switch reference.form {
        case .plain, .required, .requiredNonEmpty:
            break
        default:
            return nil
        }
        if let earlier = input.earlierStatement(setting: name, before: index) {
            guard reference.form == .requiredNonEmpty, !earlier.entry.isBare, earlier.entry.value.isEmpty else {
                return nil
            }
            return Finding(
                "\(name) is empty (line \(earlier.entry.keyPosition.line)), so Compose refuses the file",
                at: reference.position, hint: "give \(name) a value")
        }
        let later = input.lastIndex(of: name).map { input.statements[$0].entry.keyPosition.line }
        let place = later.map { " (it is set only later, on line \($0); Compose reads top to bottom)" } ?? ""
        if reference.form == .plain {
            return Finding(
                "\(name) is not set earlier in the file\(place); Compose takes it from its own environment or uses ''",
                at: reference.position, hint: "set \(name) above this line, or write $$ for a literal '$'")
        }
        return Finding(
            "\(name) is not set earlier in the file\(place); Compose refuses to start unless its environment sets it",
            at: reference.position, hint: "set \(name) above this line")
    }
}
