/// Every environment variable Sim reads (v0.8.9), keyed by name.
public enum EnvCatalogue {
    public static let all: [EnvVar] = core + networking + compose + ai + access + email + storage + runtime + inert

    private static let byName: [String: EnvVar] = Dictionary(
        all.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })

    public static let allNames: [String] = all.map(\.name)

    public static func entry(_ name: String) -> EnvVar? { byName[name] }

    static let core: [EnvVar] = [
        EnvVar(
            "BETTER_AUTH_SECRET", .core, "Signs sessions. Must be identical on app and realtime.", format: .min32,
            secret: true,
            consumers: ["app", "realtime"],
            rotation: .rotatable(consequence: "every user is signed out; restart app and realtime together"),
            requiredWhen: "always", requiredOn: [.compose, .kubernetes]),
        EnvVar(
            "ENCRYPTION_KEY", .core, "AES-256-GCM key for stored credentials and secrets.", format: .hex64,
            secret: true,
            rotation: .dataBound(consequence: "every stored credential becomes permanently undecryptable"),
            requiredWhen: "always", requiredOn: [.compose, .kubernetes]),
        EnvVar(
            "INTERNAL_API_SECRET", .core, "Service-to-service authentication between app and realtime.", format: .min32,
            secret: true, consumers: ["app", "realtime"],
            rotation: .rotatable(consequence: "restart app and realtime together"), requiredWhen: "always",
            requiredOn: [.compose, .kubernetes]),
        EnvVar(
            "CRON_SECRET", .core, "Bearer token the scheduler presents to the app.", format: .min32, secret: true,
            consumers: ["app", "cron"], rotation: .rotatable(consequence: "restart app and cron together"),
            requiredWhen: "when the scheduler runs", requiredOn: [.compose, .kubernetes]),
        EnvVar(
            "API_ENCRYPTION_KEY", .core, "Encrypts user API keys at rest; empty stores them in plain text.",
            format: .hex64,
            secret: true, rotation: .dataBound(consequence: "stored copies of user API keys can no longer be displayed")
        ),
        EnvVar(
            "ADMIN_API_KEY", .core, "Enables the Admin API (header x-admin-key).", format: .min32, secret: true,
            rotation: .rotatable(consequence: "clients of the Admin API need the new key"), specField: "auth.adminApi"),
        EnvVar(
            "DATABASE_URL", .database, "Primary Postgres URL; compose builds it from POSTGRES_*.", format: .postgresURL,
            secret: true, consumers: ["app", "realtime", "migrations"], requiredWhen: "always"),
        EnvVar(
            "BETTER_AUTH_URL", .core, "Better Auth base URL; equals NEXT_PUBLIC_APP_URL (compose copies it).",
            format: .origin,
            consumers: ["app", "realtime"], requiredWhen: "always", requiredOn: [.kubernetes]),
        EnvVar(
            "NEXT_PUBLIC_APP_URL", .core, "Public origin: OAuth redirects, e-mail links, CSP and CORS derive from it.",
            format: .origin, consumers: ["app", "realtime", "browser"],
            rotation: .rotatable(consequence: "every OAuth redirect URI and bucket CORS rule must follow"),
            requiredWhen: "always", requiredOn: [.compose, .kubernetes], specField: "url"),
    ]

    static let networking: [EnvVar] = [
        EnvVar(
            "REDIS_URL", .networking, "Redis for pub/sub and the Socket.IO adapter.", format: .redisURL, secret: true,
            consumers: ["app", "realtime"], requiredWhen: "more than one replica", specField: "redis.type"),
        EnvVar("REDIS_TLS_SERVERNAME", .networking, "TLS server name when REDIS_URL is rediss:// to an IP address."),
        EnvVar(
            "NEXT_PUBLIC_SOCKET_URL", .networking, "Browser Socket.IO endpoint, only for a separate realtime host.",
            format: .url, consumers: ["app", "browser"], specField: "proxy.realtimeHost"),
        EnvVar(
            "SOCKET_SERVER_URL", .networking, "Server-side address of realtime (compose: http://realtime:3002).",
            format: .url),
        EnvVar(
            "ALLOWED_ORIGINS", .networking, "Extra Socket.IO CORS origins for realtime.", format: .csv,
            consumers: ["realtime"], specField: "proxy.realtimeHost"),
        EnvVar(
            "TRUSTED_ORIGINS", .networking, "Extra origins Better Auth trusts.", format: .csv,
            specField: "auth.trustedOrigins"),
        EnvVar(
            "AUTH_TRUSTED_PROXIES", .networking, "Proxy IPs/CIDRs skipped in X-Forwarded-For.", format: .csv,
            specField: "auth.trustedProxies"),
        EnvVar("INTERNAL_API_BASE_URL", .networking, "Base URL for the app's calls to its own /api.", format: .url),
        EnvVar("DATABASE_REPLICA_URL", .database, "Read replica.", format: .postgresURL, secret: true),
        EnvVar(
            "MIGRATION_DATABASE_URL", .database, "Direct (non-pooled) URL for migrations behind PgBouncer.",
            format: .postgresURL, secret: true, consumers: ["migrations"]),
        EnvVar(
            "NODE_ENV", .core, "Runtime mode.", format: .choice(["development", "test", "production"]),
            consumers: ["app", "realtime"]),
        EnvVar(
            "LOG_LEVEL", .core, "Log threshold; upper case only.", format: .choice(["DEBUG", "INFO", "WARN", "ERROR"]),
            consumers: ["app", "realtime"], specField: "settings.logLevel"),
        EnvVar(
            "PORT", .core, "Listen port set by the images; do not change.", format: .integer,
            consumers: ["app", "realtime"]),
        EnvVar("ADMISSION_GATE_MAX_INFLIGHT", .core, "Max in-flight execution requests per pod.", format: .integer),
        EnvVar("ALLOW_PRIVATE_DATABASE_HOSTS", .core, "Lets database tools reach private hosts.", format: .boolean),
        EnvVar("NODE_EXTRA_CA_CERTS", .core, "Path to extra CA certificates (mounted)."),
        EnvVar("SIM_ENV_SECRET_ID", .core, "AWS Secrets Manager secret loaded at boot."),
    ]

    static let compose: [EnvVar] = [
        EnvVar(
            "SIM_VERSION", .compose, "Image tag of app, realtime and migrations.", consumers: ["compose"],
            specField: "simVersion"),
        EnvVar(
            "SIM_CRON_VERSION", .compose, "Image tag of the scheduler.", consumers: ["compose"],
            specField: "cronVersion"),
        EnvVar(
            "POSTGRES_USER", .compose, "Database role, applied on first initialisation.", consumers: ["compose", "db"],
            rotation: .dataBound(consequence: "the database keeps the old role; DATABASE_URL stops matching"),
            specField: "database.user"),
        EnvVar(
            "POSTGRES_PASSWORD", .compose, "Database password, pasted unencoded into DATABASE_URL.", secret: true,
            consumers: ["compose", "db"],
            rotation: .dataBound(
                consequence: "an initialised volume keeps the old password; change it with ALTER ROLE first")),
        EnvVar(
            "POSTGRES_DB", .compose, "Database name, applied on first initialisation.", consumers: ["compose", "db"],
            rotation: .dataBound(consequence: "the database keeps the old name"), specField: "database.name"),
        EnvVar(
            "POSTGRES_PORT", .compose, "Host port of upstream's published Postgres.", format: .integer,
            consumers: ["compose"]),
        EnvVar(
            "COMPOSE_PROFILES", .compose, "Compose profiles started by `up` (Ollama gpu/cpu, model setup).",
            format: .csv, consumers: ["compose"], specField: "ollama.mode"),
        EnvVar("TZ", .compose, "Scheduler time zone.", consumers: ["cron"], specField: "settings.timezone"),
    ]

    static let ai: [EnvVar] =
        AIProviders.PooledProvider.allCases.flatMap { provider in
            (1...AIProviders.maxPoolSize).map { index in
                EnvVar(
                    "\(provider.keyPrefix)_\(index)", .ai, "\(provider.displayName) key \(index) of the rotation pool.",
                    secret: true, specField: "ai.\(provider.rawValue)")
            }
        }
        + ["OPENAI_API_KEY", "GEMINI_API_KEY", "COHERE_API_KEY", "FIREWORKS_API_KEY"].map {
            EnvVar($0, .ai, "Fallback key used when no numbered key is set.", secret: true)
        }
        + AIProviders.SingleKeyProvider.allCases.map {
            EnvVar($0.key, .ai, "\($0.rawValue) API key.", secret: true, specField: "ai.\($0.rawValue)")
        }
        + [
            EnvVar(
                "OLLAMA_URL", .ollama, "Ollama server as seen from the app container.", format: .url,
                specField: "ollama.mode"),
            EnvVar("VLLM_BASE_URL", .ai, "vLLM server, without /v1.", format: .url, specField: "ai.vllm.url"),
            EnvVar("VLLM_API_KEY", .ai, "vLLM bearer token.", secret: true, specField: "ai.vllm.apiKey"),
            EnvVar("LITELLM_BASE_URL", .ai, "LiteLLM proxy.", format: .url),
            EnvVar("LITELLM_API_KEY", .ai, "LiteLLM key.", secret: true),
            EnvVar(
                "AZURE_OPENAI_ENDPOINT", .ai, "Azure OpenAI endpoint.", format: .url,
                specField: "ai.azureOpenAI.endpoint"),
            EnvVar("AZURE_OPENAI_API_KEY", .ai, "Azure OpenAI key.", secret: true, specField: "ai.azureOpenAI"),
            EnvVar(
                "AZURE_OPENAI_API_VERSION", .ai, "Azure OpenAI API version.", specField: "ai.azureOpenAI.apiVersion"),
            EnvVar("AZURE_ANTHROPIC_ENDPOINT", .ai, "Anthropic via Azure AI Foundry.", format: .url),
            EnvVar("AZURE_ANTHROPIC_API_KEY", .ai, "Anthropic via Azure key.", secret: true),
            EnvVar("AZURE_ANTHROPIC_API_VERSION", .ai, "Anthropic via Azure API version."),
            EnvVar(
                "KB_OPENAI_MODEL_NAME", .ai, "Azure deployment for KB embeddings.",
                specField: "ai.azureOpenAI.kbModelName"),
            EnvVar("WAND_OPENAI_MODEL_NAME", .ai, "Model for the wand generator."),
            EnvVar(
                "KB_EMBEDDING_MODEL", .ai, "Embedding model for new knowledge bases.",
                format: .choice(EmbeddingModel.allCases.map(\.rawValue)), specField: "ai.embeddingModel"),
            EnvVar("VERTEX_PROJECT", .ai, "Vertex AI project."),
            EnvVar("VERTEX_LOCATION", .ai, "Vertex AI region."),
            EnvVar(
                "NEXT_PUBLIC_AZURE_CONFIGURED", .ai, "Hides Azure fields when server-side credentials exist.",
                format: .boolean, specField: "ai.azureOpenAI"),
            EnvVar(
                "NEXT_PUBLIC_BEDROCK_DEFAULT_CREDENTIALS", .ai, "Bedrock uses the AWS credential chain.",
                format: .boolean),
            EnvVar("NEXT_PUBLIC_COHERE_CONFIGURED", .ai, "Hides the Cohere key field.", format: .boolean),
            EnvVar("BLACKLISTED_PROVIDERS", .ai, "Providers to hide.", format: .csv),
            EnvVar("BLACKLISTED_MODELS", .ai, "Models to hide.", format: .csv),
            EnvVar("OCR_PROVIDER", .ai, "PDF OCR backend.", format: .choice(["local", "mistral", "azure-mistral"])),
            EnvVar("OCR_AZURE_ENDPOINT", .ai, "Azure Mistral OCR endpoint.", format: .url),
            EnvVar("OCR_AZURE_MODEL_NAME", .ai, "Azure Mistral OCR model."),
            EnvVar("OCR_AZURE_API_KEY", .ai, "Azure Mistral OCR key.", secret: true),
            EnvVar(
                "COPILOT_API_KEY", .copilot, "Key for the Sim-managed Chat service.", secret: true,
                specField: "settings.copilot"),
            EnvVar(
                "NEXT_PUBLIC_CHAT_DISABLED", .copilot, "Hides the Chat module.", format: .boolean,
                specField: "settings.copilot"),
            EnvVar("SIM_AGENT_API_URL", .copilot, "Copilot/agent endpoint.", format: .url),
            EnvVar("MSHIP_SYSPROMPT_OVERRIDE", .copilot, "Enterprise system prompt override.", secret: true),
        ]
}
