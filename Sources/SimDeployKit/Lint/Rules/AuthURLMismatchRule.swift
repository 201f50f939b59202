import DotEnv

/// `BETTER_AUTH_URL` different from `NEXT_PUBLIC_APP_URL`.
struct AuthURLMismatchRule: EnvRule {
    static let description = RuleDescription(
        identifier: "auth-url-mismatch", name: "Auth URL mismatch", kind: .sim,
        summary: "`BETTER_AUTH_URL` differs from `NEXT_PUBLIC_APP_URL`.",
        rationale: """
            Better Auth builds redirects from `BETTER_AUTH_URL` and the app everything else from \
            `NEXT_PUBLIC_APP_URL`; when they differ (even by a trailing slash or `http` vs `https`) \
            sign-in loops, OAuth fails with `redirect_uri_mismatch` and realtime refuses the browser.
            """,
        severity: .error,
        triggeringExamples: [
            Example("NEXT_PUBLIC_APP_URL=https://sim.example.com\nBETTER_AUTH_URL=↓https://sim.example.com/\n")
        ],
        nonTriggeringExamples: [
            Example("NEXT_PUBLIC_APP_URL=https://sim.example.com\nBETTER_AUTH_URL=https://sim.example.com\n"),
            Example("NEXT_PUBLIC_APP_URL=https://sim.example.com\n"),
        ])

    func check(_ input: LintInput) -> [Finding] {
        guard let app = input.statement(for: "NEXT_PUBLIC_APP_URL"), let auth = input.statement(for: "BETTER_AUTH_URL"),
            let appURL = input.literalValue(app), let authURL = input.literalValue(auth), !appURL.isEmpty,
            !authURL.isEmpty, appURL != authURL
        else { return [] }
        return [
            Finding(
                "BETTER_AUTH_URL '\(authURL)' differs from NEXT_PUBLIC_APP_URL '\(appURL)' "
                    + "(line \(app.entry.keyPosition.line)); sign-in and OAuth need them equal",
                at: auth.entry.valuePosition, hint: "set both to the public origin")
        ]
    }
}
