/// Rules on the `.env` values a Kubernetes install renders from, located at their `.env` line.
///
/// Generated secrets are already checked by `SecretLedger` (64 hex, 32 characters and more,
/// URL-safe Postgres password); these cover what the operator supplies.
struct EnvChecks {
    let install: Install
    let options: KubernetesOptions
    let env: EnvValues
    let fileName: String
    /// Keys this run added to `.env`: the operator has not had a chance to fill them yet.
    let newKeys: Set<String>

    var findings: [Diagnostic] {
        externalDatabasePassword() + redisForReplicas() + chartComputed()
    }

    private func location(_ key: String) -> SourceLocation? {
        env.entry(key).map { SourceLocation(file: fileName, line: $0.line, column: $0.column) }
    }

    /// In ESO mode a value lives in the store; `.env` may leave it empty.
    private var valuesComeFromEnv: Bool {
        if case .externalSecrets = options.secrets { return false }
        return true
    }

    /// The chart pastes the password into `DATABASE_URL` unencoded and refuses other characters.
    private func externalDatabasePassword() -> [Diagnostic] {
        guard case .external(let db) = install.database else { return [] }
        let password = env["POSTGRES_PASSWORD"] ?? ""
        if password.isEmpty {
            guard valuesComeFromEnv else { return [] }
            return [
                .warning(
                    "POSTGRES_PASSWORD is empty; the pods cannot reach \(db.host) until it is set",
                    at: location("POSTGRES_PASSWORD"),
                    fix: "paste the password of \(db.user) into .env, then run simdeploy generate again")
            ]
        }
        guard let problem = SecretRule.urlSafe.problem(with: password) else { return [] }
        return [
            .error(
                "POSTGRES_PASSWORD \(problem); the chart refuses it (^[a-zA-Z0-9._-]+$)",
                at: location("POSTGRES_PASSWORD"),
                fix:
                    "change the password of \(db.user) on \(db.host) to letters, digits, '.', '_' and '-' (openssl rand -hex 24), then paste it here",
                sourceLine: "POSTGRES_PASSWORD=********")
        ]
    }

    /// Without Redis, Socket.IO and pub/sub stay inside one pod: other pods never see the events.
    /// A slot added by this very run is only a warning, so the first run still writes `.env` to fill.
    private func redisForReplicas() -> [Diagnostic] {
        guard install.redis == .external, valuesComeFromEnv, (env["REDIS_URL"] ?? "").isEmpty else { return [] }
        let pods = max(options.replicas.app, options.replicas.realtime, options.autoscaling?.maxReplicas ?? 1)
        guard pods > 1, !newKeys.contains("REDIS_URL") else {
            return [
                .warning(
                    "REDIS_URL is empty and redis.type is external, so the install runs without Redis",
                    at: location("REDIS_URL"), fix: "paste the URL of your Redis, or set redis.type: bundled")
            ]
        }
        return [
            .error(
                "REDIS_URL is empty, but \(pods) pods need Redis to share events; without it they are lost silently",
                at: location("REDIS_URL"), fix: "paste the URL of your Redis, or set redis.type: bundled")
        ]
    }

    /// Values the chart computes; keeping them in `.env` suggests they matter when they do not.
    private func chartComputed() -> [Diagnostic] {
        PodEnvironment.chartComputed.sorted().compactMap { key in
            guard let value = env[key], !value.isEmpty, PodEnvironment.excluded(key, install: install) else {
                return nil
            }
            return .warning(
                "\(key) is computed by the chart on Kubernetes; this value is not used", at: location(key),
                fix: "delete the line")
        }
    }
}
