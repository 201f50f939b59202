import DotEnv

/// A key the target needs, missing or empty.
struct MissingRequiredKeyRule: EnvRule {
    static let description = RuleDescription(
        identifier: "missing-required-key", name: "Missing required key", kind: .sim,
        summary: "A key the install needs is missing or empty (runs when the target is known).",
        rationale: """
            Compose aborts on an unset `${BETTER_AUTH_SECRET:?}` only after you run it, and the cron \
            service exits quietly without `CRON_SECRET`, so schedules stop. The required set depends on \
            where the file is used: `--target compose|kubernetes`, or `target:` in `simdeploy.yaml` next \
            to the file. Without a target this rule does not run.
            """,
        severity: .error,
        triggeringExamples: [
            Example(
                "↓NEXT_PUBLIC_APP_URL=https://sim.example.com\nBETTER_AUTH_SECRET=\(exampleSecret)\n"
                    + "INTERNAL_API_SECRET=\(exampleSecret2)\nCRON_SECRET=\(exampleSecret3)\n",
                target: .compose),
            Example(
                "NEXT_PUBLIC_APP_URL=https://sim.example.com\nBETTER_AUTH_SECRET=\(exampleSecret)\n"
                    + "ENCRYPTION_KEY=\(exampleHex)\nINTERNAL_API_SECRET=\(exampleSecret2)\nCRON_SECRET=↓\n",
                target: .compose),
        ],
        nonTriggeringExamples: [
            Example("A=1\n"),
            Example(
                "NEXT_PUBLIC_APP_URL=https://sim.example.com\nBETTER_AUTH_SECRET=\(exampleSecret)\n"
                    + "ENCRYPTION_KEY=\(exampleHex)\nINTERNAL_API_SECRET=\(exampleSecret2)\n"
                    + "CRON_SECRET=\(exampleSecret3)\n",
                target: .compose),
        ])

    func check(_ input: LintInput) -> [Finding] {
        guard let target = input.target else { return [] }
        var findings: [Finding] = []
        for variable in EnvCatalogue.required(on: target) where !input.hasValue(variable.name) {
            let hint =
                variable.format == .hex64 || variable.format == .min32
                ? "generate one with `openssl rand -hex 32`" : nil
            if let statement = input.statement(for: variable.name) {
                findings.append(
                    Finding(
                        "\(variable.name) is empty; a \(target.rawValue) install needs it",
                        at: statement.entry.valuePosition, hint: hint ?? "set it: \(variable.summary)"))
            } else {
                findings.append(
                    Finding(
                        "\(variable.name) is missing; a \(target.rawValue) install needs it",
                        at: SourcePosition(line: 1, column: 1), hint: hint ?? "add it: \(variable.summary)",
                        showsSourceLine: false))
            }
        }
        return findings
    }
}

// Example values: random-looking, never used anywhere else.
let exampleHex = "3f6c1e9a0b7d4c2e8f5a6b1c9d0e7f3a2b4c6d8e0f1a3b5c7d9e1f2a4b6c8d0e"
let exampleSecret = "k7Qp2Lw9Xv4Rb8Tn3Ys6Hd1Fj5Mg0Zc2"
let exampleSecret2 = "P3nW8qR1xL6vT9bK2mY5sD0hF4jG7cZa"
let exampleSecret3 = "Vb6Nq1Wr4Ts9Ky2Lp7Xm0Hd3Fg8Jc5Zk"
