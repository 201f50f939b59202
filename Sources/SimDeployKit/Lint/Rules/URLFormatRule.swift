import DotEnv

/// A URL-valued key whose value is not a usable URL.
struct URLFormatRule: EnvRule {
    static let description = RuleDescription(
        identifier: "url-format", name: "URL format", kind: .sim,
        summary:
            "A URL key is not an absolute URL with the right scheme, or an origin key has a path or trailing slash.",
        rationale: """
            `NEXT_PUBLIC_APP_URL` and `BETTER_AUTH_URL` must be bare origins (`https://host[:port]`): Sim \
            compares them exactly, so a trailing slash or a path breaks OAuth redirects and CORS. Other URL \
            keys must be absolute `http(s)://` URLs (`redis://` for `REDIS_URL`), or the app throws at first \
            use. Values of secret keys are never shown.
            """,
        severity: .error,
        triggeringExamples: [
            Example("NEXT_PUBLIC_APP_URL=↓https://sim.example.com/\n"),
            Example("NEXT_PUBLIC_APP_URL=↓sim.example.com\n"),
            Example("OLLAMA_URL=↓ollama:11434\n"),
            Example("REDIS_URL=↓http://redis:6379\n"),
        ],
        nonTriggeringExamples: [
            Example("NEXT_PUBLIC_APP_URL=https://sim.example.com:8443\n"),
            Example("OLLAMA_URL=http://ollama:11434\n"),
            Example("REDIS_URL=rediss://:secret@cache.example.com:6380\n"),
            Example("OLLAMA_URL=\n"),
        ])

    func check(_ input: LintInput) -> [Finding] {
        var findings: [Finding] = []
        for (statement, variable) in input.knownStatements {
            guard let value = input.literalValue(statement), !value.isEmpty,
                let problem = Self.problem(value, variable.format, name: variable.name)
            else { continue }
            let shown = variable.isSecret ? "" : " '\(value)'"
            findings.append(
                Finding(
                    "\(variable.name)\(shown) \(problem)", at: statement.entry.valuePosition, hint: Self.hint(variable))
            )
        }
        return findings
    }

    static func problem(_ value: String, _ format: EnvVar.Format, name: String) -> String? {
        let schemes: Set<String>
        switch format {
        case .origin, .url:
            schemes = name == "NEXT_PUBLIC_SOCKET_URL" ? ["http", "https", "ws", "wss"] : ["http", "https"]
        case .redisURL: schemes = ["redis", "rediss"]
        default: return nil
        }
        guard let url = URLParts(value) else {
            return "is not an absolute URL (it needs a scheme such as \(schemes.sorted().last ?? "https")://)"
        }
        guard schemes.contains(url.scheme) else {
            return "must start with " + schemes.sorted().map { "\($0)://" }.joined(separator: " or ")
        }
        guard !url.host.isEmpty else { return "has no host" }
        guard url.hasValidPort else { return "has an invalid port" }
        guard format == .origin else { return nil }
        if url.userInfo != nil { return "must not carry credentials" }
        if url.path == "/" { return "ends with '/'; Sim compares origins exactly" }
        if !url.path.isEmpty || url.query != nil || url.fragment != nil {
            return "has a path, query or fragment; it must be a bare origin (scheme, host, port)"
        }
        return nil
    }

    private static func hint(_ variable: EnvVar) -> String {
        switch variable.format {
        case .origin: "write the public origin, e.g. https://sim.example.com"
        case .redisURL: "write redis://host:6379 or rediss://host:6380"
        default: "write an absolute URL, e.g. http://service:port"
        }
    }
}
