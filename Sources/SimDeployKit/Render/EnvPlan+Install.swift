extension EnvPlan {
    /// The `.env` plan of an install. On Kubernetes it is the ledger the values are rendered from,
    /// so compose-only keys (image pins, profiles, Postgres user and database) are left out.
    public init(_ install: Install) {
        sections = [
            Section(title: "Images", entries: Self.images(install)),
            Section(title: "Public URL", entries: Self.publicURL(install)),
            Section(
                title: "Secrets (generated with OpenSSL; kept on every regeneration)", entries: Self.secrets(install)),
            Section(title: "Database", entries: Self.database(install)),
            Section(
                title: "Redis",
                entries: install.redis == .external
                    ? [Entry("REDIS_URL", .supplied, "redis://[:password@]host:6379 of your Redis.")] : []),
            Section(title: "Runtime", entries: Self.runtime(install)),
            Section(
                title: "AI providers (paste your keys; they are kept on regeneration)", entries: Self.ai(install.ai)),
            Section(title: "Sign-in", entries: Self.auth(install)),
            Section(title: "Email", entries: Self.email(install.email)),
            Section(title: "Object storage", entries: Self.storage(install.storage)),
            Section(
                title: "Extra (env: in simdeploy.yaml)",
                entries: install.extraEnv.map { Entry($0.key, .fixed($0.value)) }),
        ].filter { !$0.entries.isEmpty }
    }

    private static func images(_ install: Install) -> [Entry] {
        // On Kubernetes the values pin the images.
        guard install.target.kubernetes == nil else { return [] }
        var entries = [
            Entry(
                "SIM_VERSION", .fixed(install.simVersion.value),
                "App, realtime and migrations move together: they share a schema."),
            Entry("SIM_CRON_VERSION", .fixed(install.cronVersion.value)),
        ]
        switch install.ollama {
        case .gpu, .cpu:
            let profiles = [install.ollama.modeName] + (install.ollama.models.isEmpty ? [] : ["setup"])
            entries.append(
                Entry(
                    "COMPOSE_PROFILES", .fixed(profiles.joined(separator: ",")),
                    "Starts the Ollama service and its one-shot model pull."))
        case .none, .external: break
        }
        return entries
    }

    private static func publicURL(_ install: Install) -> [Entry] {
        var entries = [
            Entry(
                "NEXT_PUBLIC_APP_URL", .fixed(install.url.description),
                "Public origin; BETTER_AUTH_URL is set to the same value.")
        ]
        if let socket = install.realtimeURL {
            let origins = [install.url] + install.auth.trustedOrigins
            entries.append(Entry("NEXT_PUBLIC_SOCKET_URL", .fixed(socket.description), "Realtime has its own host."))
            entries.append(
                Entry(
                    "ALLOWED_ORIGINS", .fixed(origins.map(\.description).joined(separator: ",")),
                    "Origins realtime accepts sockets from."))
        }
        if !install.auth.trustedOrigins.isEmpty {
            entries.append(
                Entry("TRUSTED_ORIGINS", .fixed(install.auth.trustedOrigins.map(\.description).joined(separator: ","))))
        }
        if !install.auth.trustedProxies.isEmpty {
            entries.append(
                Entry("AUTH_TRUSTED_PROXIES", .fixed(install.auth.trustedProxies.map(\.value).joined(separator: ","))))
        }
        return entries
    }

    private static func secrets(_ install: Install) -> [Entry] {
        var entries = [
            Entry(
                "BETTER_AUTH_SECRET", .secret(.betterAuthSecret),
                "Signs sessions; app and realtime share it. Rotating signs everyone out."),
            Entry(
                "ENCRYPTION_KEY", .secret(.encryptionKey),
                "Encrypts stored credentials. NEVER change or lose it; back it up apart from the database."),
            Entry("INTERNAL_API_SECRET", .secret(.internalAPISecret), "App <-> realtime authentication."),
            Entry("CRON_SECRET", .secret(.cronSecret), "The scheduler's bearer token."),
            Entry(
                "API_ENCRYPTION_KEY", .secret(.apiEncryptionKey),
                "Encrypts user API keys at rest. Never change it once keys exist."),
        ]
        if install.auth.adminAPI {
            entries.append(Entry("ADMIN_API_KEY", .secret(.adminAPIKey), "Enables the Admin API (header x-admin-key)."))
        }
        return entries
    }

    private static func database(_ install: Install) -> [Entry] {
        let password: Entry
        switch install.database {
        case .bundled:
            password = Entry(
                "POSTGRES_PASSWORD", .secret(.postgresPassword), "Applied when the volume is first created; URL-safe.")
        case .external(let db):
            password = Entry(
                "POSTGRES_PASSWORD", .supplied,
                "Password of \(db.user) on \(db.host); letters, digits, '.', '_', '-' only.")
        }
        // On Kubernetes the values carry user and database; only the password needs the ledger.
        guard install.target.kubernetes == nil else { return [password] }
        return [
            Entry("POSTGRES_USER", .fixed(install.database.user)),
            password,
            Entry("POSTGRES_DB", .fixed(install.database.databaseName)),
        ]
    }

    private static func runtime(_ install: Install) -> [Entry] {
        var entries = [Entry("LOG_LEVEL", .fixed(install.settings.logLevel.rawValue))]
        if !install.settings.telemetry {
            entries.append(Entry("NEXT_TELEMETRY_DISABLED", .fixed("1"), "Only 1 disables telemetry."))
        }
        // The scheduler is a compose container; on Kubernetes it is the chart's CronJobs.
        if install.target.kubernetes == nil {
            entries.append(Entry("TZ", .fixed(install.settings.timezone), "Scheduler time zone."))
        }
        if install.settings.copilot {
            entries.append(Entry("COPILOT_API_KEY", .supplied, "Chat key minted at sim.ai."))
        } else {
            entries.append(Entry("NEXT_PUBLIC_CHAT_DISABLED", .fixed("true"), "No COPILOT_API_KEY, so hide Chat."))
        }
        if let url = install.ollama.appURL, !(install.target.kubernetes != nil && install.ollama.isBundled) {
            // On Kubernetes the chart computes the URL of the Ollama it runs.
            entries.append(Entry("OLLAMA_URL", .fixed(url), "As seen from inside the app container."))
        }
        return entries
    }
}
