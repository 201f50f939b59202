import DotEnv

/// The public origin on sim.ai, which flips the app into hosted mode.
struct HostedSimDomainRule: EnvRule {
    static let description = RuleDescription(
        identifier: "hosted-sim-domain", name: "Hosted Sim domain", kind: .sim,
        summary: "`NEXT_PUBLIC_APP_URL` is on `sim.ai` or a subdomain.",
        rationale: """
            The app decides it is the hosted service when its URL is on `sim.ai`: it then ignores \
            self-host settings such as `DISABLE_AUTH` and expects billing. A self-hosted install needs its \
            own domain.
            """,
        severity: .error,
        triggeringExamples: [
            Example("NEXT_PUBLIC_APP_URL=↓https://team.sim.ai\n")
        ],
        nonTriggeringExamples: [
            Example("NEXT_PUBLIC_APP_URL=https://sim.example.com\n"),
            Example("NEXT_PUBLIC_APP_URL=https://notsim.ai\n"),
        ])

    func check(_ input: LintInput) -> [Finding] {
        ["NEXT_PUBLIC_APP_URL", "BETTER_AUTH_URL"].compactMap { name in
            guard let statement = input.statement(for: name), let value = input.literalValue(statement),
                let url = URLParts(value)
            else { return nil }
            let host = url.host.lowercased()
            guard host == "sim.ai" || host.hasSuffix(".sim.ai") else { return nil }
            return Finding(
                "\(name) is on \(host): the app would run as the hosted sim.ai service",
                at: statement.entry.valuePosition, hint: "use your own domain")
        }.sorted { $0.position < $1.position }
    }
}
