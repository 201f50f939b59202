/// Every variable the app and realtime pods get, with its value and whether it is secret.
///
/// The same set the compose services read through `env_file: .env`: the `.env` plan in order, then
/// the keys the operator added to `.env`. Left out are compose-only keys and what the chart
/// computes itself (its value for those wins and yours is dropped). Added are the values compose
/// sets in the compose file: `BETTER_AUTH_URL`, `NODE_ENV`, and realtime's `ALLOWED_ORIGINS`, whose
/// chart default is `http://localhost:3000`.
struct PodEnvironment {
    struct Variable: Hashable {
        var key: String
        var value: String
        var isSecret: Bool
        /// Read by realtime only (so it goes under `realtime:` in the values).
        var realtimeOnly: Bool
    }

    /// The chart computes these in every mode and drops values given for them.
    static let chartComputed: Set<String> = ["DATABASE_URL", "SOCKET_SERVER_URL", "OLLAMA_URL", "PII_URL"]

    /// Keys of `.env` that only Docker Compose reads, or that the values carry elsewhere.
    static let notForPods: Set<String> = [
        "SIM_VERSION", "SIM_CRON_VERSION", "COMPOSE_PROFILES", "COMPOSE_PROJECT_NAME", "POSTGRES_USER",
        "POSTGRES_DB", "POSTGRES_PASSWORD", "POSTGRES_PORT",
    ]

    let variables: [Variable]

    init(_ install: Install, env: EnvValues) {
        let plan = EnvPlan(install)
        var variables: [Variable] = [Self.variable("NODE_ENV", "production", secret: false)]
        var seen: Set<String> = ["NODE_ENV"]
        func add(_ variable: Variable) {
            guard !seen.contains(variable.key), !Self.excluded(variable.key, install: install) else { return }
            seen.insert(variable.key)
            variables.append(variable)
        }
        for entry in plan.entries {
            switch entry.value {
            case .fixed(let value):
                // Fixed values come from the spec, which never holds a secret.
                add(Self.variable(entry.key, value, secret: false))
            case .secret:
                add(Self.variable(entry.key, env[entry.key] ?? "", secret: true))
            case .supplied:
                add(Self.variable(entry.key, env[entry.key] ?? "", secret: Self.isSecret(entry.key)))
            }
            if entry.key == "NEXT_PUBLIC_APP_URL" {
                add(Self.variable("BETTER_AUTH_URL", install.url.description, secret: false))
                let origins = ([install.url] + install.auth.trustedOrigins).map(\.description)
                add(Self.variable("ALLOWED_ORIGINS", origins.joined(separator: ","), secret: false))
            }
        }
        for entry in env.entries where !plan.entries.contains(where: { $0.key == entry.key }) {
            add(Self.variable(entry.key, entry.value, secret: Self.isSecret(entry.key)))
        }
        self.variables = variables
    }

    /// Whether a variable must stay out of any file but `.env` and the secret manifest. A name
    /// the catalogue does not know is treated as secret: simdeploy cannot tell.
    static func isSecret(_ key: String) -> Bool {
        SecretName(rawValue: key) != nil || EnvCatalogue.entry(key)?.isSecret ?? true
    }

    static func excluded(_ key: String, install: Install) -> Bool {
        notForPods.contains(key) || (chartComputed.contains(key) && !(key == "OLLAMA_URL" && isOllamaExternal(install)))
    }

    /// With Ollama outside the cluster the chart passes `app.env.OLLAMA_URL` through.
    private static func isOllamaExternal(_ install: Install) -> Bool {
        if case .external = install.ollama { return true }
        return false
    }

    private static func variable(_ key: String, _ value: String, secret: Bool) -> Variable {
        let consumers = EnvCatalogue.entry(key)?.consumers ?? []
        return Variable(key: key, value: value, isSecret: secret, realtimeOnly: consumers == ["realtime"])
    }
}
