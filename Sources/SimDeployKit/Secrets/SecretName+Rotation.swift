extension SecretName {
    /// What changing the value costs, from the catalogue (survey 1.17).
    public var rotation: EnvVar.Rotation {
        EnvCatalogue.entry(envKey)?.rotation ?? .free
    }

    /// Compose services that read the value and must be recreated together after it changes.
    public var servicesToRestart: [String] {
        switch self {
        case .betterAuthSecret, .internalAPISecret: ["simstudio", "realtime"]
        case .cronSecret: ["simstudio", "cron"]
        case .encryptionKey, .apiEncryptionKey, .adminAPIKey: ["simstudio"]
        // DATABASE_URL is composed from it for every service that talks to Postgres.
        case .postgresPassword: ["db", "migrations", "simstudio", "realtime"]
        }
    }

    /// The command that makes the services read the new value.
    public var restartCommand: String {
        "docker compose -f \(ComposeRenderer.fileName) up -d --force-recreate \(servicesToRestart.joined(separator: " "))"
    }
}
