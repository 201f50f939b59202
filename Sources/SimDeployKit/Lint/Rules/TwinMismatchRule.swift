import DotEnv

/// A server flag and its browser twin that disagree.
struct TwinMismatchRule: EnvRule {
    static let description = RuleDescription(
        identifier: "twin-mismatch", name: "Flag twins disagree", kind: .sim,
        summary: "A server flag and its `NEXT_PUBLIC_` twin disagree (`SSO_ENABLED` vs `NEXT_PUBLIC_SSO_ENABLED`).",
        rationale: """
            The server enforces one flag and the browser shows the other: the UI then offers a feature \
            the server refuses, or hides one it allows. Set both sides to the same value (unset counts \
            as off).
            """,
        severity: .error,
        triggeringExamples: [
            Example("SSO_ENABLED=true\n↓NEXT_PUBLIC_SSO_ENABLED=false\n"),
            Example("↓DISABLE_PUBLIC_API=true\n"),
        ],
        nonTriggeringExamples: [
            Example("SSO_ENABLED=true\nNEXT_PUBLIC_SSO_ENABLED=1\n"),
            Example("SSO_ENABLED=false\n"),
        ])

    func check(_ input: LintInput) -> [Finding] {
        var findings: [Finding] = []
        for twin in EnvCatalogue.enterpriseTwins {
            let server = input.statement(for: twin.server)
            let browser = input.statement(for: twin.browser)
            guard server != nil || browser != nil else { continue }
            let serverValue = server.flatMap(input.literalValue)
            let browserValue = browser.flatMap(input.literalValue)
            // A value built from variables cannot be judged.
            if server != nil && serverValue == nil || browser != nil && browserValue == nil { continue }
            let serverOn = isTruthy(serverValue ?? "")
            let browserOn = isTruthy(browserValue ?? "")
            guard serverOn != browserOn else { continue }
            let (place, other) = browser.map { ($0, twin.server) } ?? (server, twin.browser)
            guard let place else { continue }
            let state = { (on: Bool) in on ? "on" : "off" }
            findings.append(
                Finding(
                    "\(twin.server) is \(state(serverOn)) but \(twin.browser) is \(state(browserOn))",
                    at: place.entry.keyPosition, hint: "set \(other) to the same value"))
        }
        return findings.sorted { $0.position < $1.position }
    }
}
