/// Every key `simdeploy.yaml` accepts, version 1.
public enum SpecSchema {
    public static let currentVersion = 1
    public static let defaultSimVersion = "v0.8.9"

    public static let root: [SpecField] = [
        SpecField(
            "version", .integer(min: 1, max: 1), "Spec format version. Always 1 for now.", required: true, example: "1"),
        SpecField(
            "name", .string(format: "install-name"),
            "Name of the install: the Compose project name (prefix of its volumes) and, on Kubernetes, the Helm release. Lower-case letters, digits and `-`.",
            default: .string("sim")),
        SpecField(
            "url", .string(format: "origin"),
            "Public origin browsers use: `https://` + host (+ port). No path, no trailing slash. Becomes `NEXT_PUBLIC_APP_URL` and `BETTER_AUTH_URL`.",
            required: true, example: "https://sim.example.com"),
        SpecField(
            "target", .choice(["compose", "kubernetes"]),
            "Where Sim runs. `compose`: Docker Compose on one machine; `kubernetes`: the upstream Helm chart.",
            default: .string("compose")),
        SpecField(
            "simVersion", .string(format: "image-tag"),
            "Image tag pinned for the app, realtime and migrations images together (`SIM_VERSION`). Avoid `latest`: a restart could pull new migrations.",
            default: .string(defaultSimVersion)),
        SpecField(
            "cronVersion", .string(format: "image-tag"),
            "Image tag of the scheduler (`SIM_CRON_VERSION`); it shares no schema with the app.",
            default: .derived("same as `simVersion`")),
        SpecField("proxy", .object(proxy), "Reverse proxy in front of Sim."),
        SpecField("compose", .object(compose), "Docker Compose settings."),
        SpecField("kubernetes", .object(kubernetes), "Kubernetes settings (Helm values for the upstream chart)."),
        SpecField("ollama", .object(ollama), "Local models with Ollama."),
        SpecField("database", .object(database), "PostgreSQL with pgvector."),
        SpecField("redis", .object(redis), "Redis for pub/sub and the Socket.IO adapter."),
        SpecField("ai", .object(ai), "Model providers. Keys are pasted into `.env`, never into this file."),
        SpecField("auth", .object(auth), "Sign-in, registration and trusted origins."),
        SpecField("email", .object(email), "Outgoing mail."),
        SpecField("storage", .object(storage), "Object storage for uploaded files."),
        SpecField("settings", .object(settings), "Runtime settings of the app."),
        SpecField(
            "env", .stringMap,
            "Extra non-secret variables written to `.env` as given. Secrets belong in `.env` itself, where regeneration keeps them.",
            example: "{ ADMISSION_GATE_MAX_INFLIGHT: \"500\" }"),
    ]

    static let proxy: [SpecField] = [
        SpecField(
            "type", .choice(["none", "caddy", "nginx"]),
            "`caddy` writes a `Caddyfile` (automatic HTTPS); `nginx` writes `nginx/sim.conf` and `nginx/sim-bootstrap.conf` for certbot. Both terminate TLS and route `/socket.io/` to realtime. `none` when something else does.",
            default: .string("none")),
        SpecField(
            "upstream", .choice(["host", "compose"]),
            "Where the proxy runs. `host`: installed on the Docker host, it reaches the app and realtime on the ports compose publishes on 127.0.0.1. `compose` (Caddy only): a `caddy` service in the compose file publishes 80/443 and reaches `simstudio:3000` and `realtime:3002`; the app ports are then not published.",
            default: .string("host")),
        SpecField(
            "realtimeHost", .string(format: "hostname"),
            "A separate public host for realtime. Sets `NEXT_PUBLIC_SOCKET_URL`; without it `/socket.io/` is routed on the app host.",
            example: "ws.sim.example.com"),
        SpecField(
            "acmeEmail", .string(format: "email"),
            "Address for ACME registration and certificate notices: Caddy's `email` option, certbot's `--email`.",
            example: "ops@example.com"),
        SpecField(
            "maxBodySize", .string(format: "size"),
            "Largest request body the proxy accepts, in binary units (`K`, `M`, `G`). Uploads on local storage stream through the proxy; Sim's own limits go up to 220 MB.",
            default: .string(ByteSize.proxyDefault.description)),
        SpecField(
            "acmeWebroot", .string(format: "absolute-path"),
            "nginx: folder certbot writes HTTP-01 challenges into and nginx serves at `/.well-known/acme-challenge/`.",
            default: .string(Proxy.defaultWebroot)),
        SpecField(
            "templates", .string(format: "path"),
            "Folder (relative to the install folder) with your own `Caddyfile.tmpl`, `nginx-site.conf.tmpl` or `nginx-bootstrap.conf.tmpl`, used instead of the built-in ones (simdeploy's `templates/` is the starting point). Values are checked for the format the same way.",
            example: "proxy-templates"),
    ]

    static let compose: [SpecField] = [
        SpecField(
            "listen", .string(format: "ipv4"),
            "Host address the app (3000) and realtime (3002) ports are published on.",
            default: .derived(
                "`127.0.0.1` behind a proxy on the host, not published with Caddy in compose, `0.0.0.0` with `proxy.type: none`"
            )),
        SpecField(
            "postgresPort", .integer(min: 1, max: 65535),
            "Publish the bundled Postgres on `127.0.0.1:<port>` for backups and admin tools. Unset keeps it off the host."
        ),
    ]

    static let ollama: [SpecField] = [
        SpecField(
            "mode", .choice(["none", "gpu", "cpu", "external"]),
            "`gpu` or `cpu` run an Ollama container (compose profiles `gpu`/`cpu`); `external` uses your server.",
            default: .string("none")),
        SpecField(
            "url", .string(format: "url"), "Ollama URL as seen from inside the app container; never `localhost` there.",
            requiredWhen: "`mode: external`", example: "http://10.0.0.5:11434"),
        SpecField(
            "models", .list(.string()), "Models the `model-setup` service pulls once.",
            default: .strings(OllamaMode.defaultModels)),
    ]

    static let database: [SpecField] = [
        SpecField(
            "type", .choice(["bundled", "external"]),
            "`bundled` runs `pgvector/pgvector:pg17` in the install; `external` connects to your server (it needs the `vector` extension).",
            default: .string("bundled")),
        SpecField(
            "user", .string(format: "identifier"), "Database role. Applied only when the volume is first initialised.",
            default: .string("postgres")),
        SpecField(
            "name", .string(format: "identifier"), "Database name. Applied only when the volume is first initialised.",
            default: .string("simstudio")),
        SpecField(
            "host", .string(format: "hostname"), "Host of the external server.", requiredWhen: "`type: external`",
            example: "sim.abc123.eu-west-1.rds.amazonaws.com"),
        SpecField("port", .integer(min: 1, max: 65535), "Port of the external server.", default: .integer(5432)),
        SpecField(
            "sslMode", .choice(ExternalPostgres.SSLMode.allCases.map(\.rawValue)),
            "`sslmode` of the external connection.",
            default: .string("require")),
    ]

    static let redis: [SpecField] = [
        SpecField(
            "type", .choice(["bundled", "external"]),
            "`bundled` runs `redis:7-alpine`; `external` reads `REDIS_URL` from `.env`, where its password stays.",
            default: .string("bundled"))
    ]

    static let ai: [SpecField] =
        AIProviders.PooledProvider.allCases.map { provider in
            SpecField(
                provider.rawValue, .integer(min: 0, max: AIProviders.maxPoolSize),
                "\(provider.displayName): number of keys in the rotation pool (`\(provider.keyPrefix)_1`..`_\(AIProviders.maxPoolSize)`).",
                default: .integer(0))
        }
        + AIProviders.SingleKeyProvider.allCases.map { provider in
            SpecField(provider.rawValue, .boolean, "Reserve `\(provider.key)` in `.env`.", default: .boolean(false))
        }
        + [
            SpecField("azureOpenAI", .object(azureOpenAI), "Azure OpenAI (`AZURE_OPENAI_*`; the key goes in `.env`)."),
            SpecField("vllm", .object(vllm), "A vLLM OpenAI-compatible server."),
            SpecField(
                "embeddingModel", .choice(EmbeddingModel.allCases.map(\.rawValue)),
                "Embedding model for new knowledge bases (`KB_EMBEDDING_MODEL`)."),
        ]

    static let azureOpenAI: [SpecField] = [
        SpecField(
            "endpoint", .string(format: "url"), "Resource endpoint.", required: true,
            example: "https://my-resource.openai.azure.com"),
        SpecField("apiVersion", .string(), "API version.", default: .string("2024-07-01-preview")),
        SpecField(
            "kbModelName", .string(), "Deployment serving the knowledge-base embedding model (`KB_OPENAI_MODEL_NAME`)."),
    ]

    static let vllm: [SpecField] = [
        SpecField(
            "url", .string(format: "url"), "Base URL without `/v1` (Sim appends it).", required: true,
            example: "http://vllm:8000"),
        SpecField("apiKey", .boolean, "Reserve `VLLM_API_KEY` in `.env`.", default: .boolean(false)),
    ]

    static let auth: [SpecField] = [
        SpecField(
            "oauth", .list(.choice(Auth.OAuthProvider.allCases.map(\.rawValue))),
            "Social sign-in providers. Their client id and secret go in `.env`; the redirect URI is `<url>/api/auth/callback/<provider>`.",
            default: .strings([])),
        SpecField(
            "registration", .choice(Auth.Registration.allCases.map(\.rawValue)),
            "`open`; `no-email-signup` (social/SSO sign-ups only); `closed` (no new accounts).",
            default: .string("open")),
        SpecField(
            "allowedDomains", .list(.string(format: "hostname")),
            "Only these e-mail domains may sign up and sign in with a password.", default: .strings([])),
        SpecField(
            "allowedEmails", .list(.string(format: "email")),
            "Only these addresses may sign up and sign in with a password.", default: .strings([])),
        SpecField(
            "trustedOrigins", .list(.string(format: "origin")),
            "Other origins users reach Sim from (`TRUSTED_ORIGINS`).", default: .strings([])),
        SpecField(
            "trustedProxies", .list(.string(format: "ip-or-cidr")),
            "Proxy/load-balancer addresses skipped when reading `X-Forwarded-For` (`AUTH_TRUSTED_PROXIES`).",
            default: .strings([])),
        SpecField(
            "adminApi", .boolean, "Generate `ADMIN_API_KEY`, which enables the Admin API.", default: .boolean(false)),
    ]

    static let email: [SpecField] = [
        SpecField(
            "provider", .choice(["none", "smtp", "resend", "ses", "azure", "gmail"]),
            "Mail provider. With `none` Sim sends nothing (and logs one line).", default: .string("none")),
        SpecField(
            "from", .string(), "Sender, `Name <address>` or a bare address (`FROM_EMAIL_ADDRESS`).",
            example: "Sim <noreply@example.com>"),
        SpecField(
            "verification", .boolean, "Require e-mail verification. Needs a working provider, or users are locked out.",
            default: .boolean(false)),
        SpecField("smtp", .object(smtp), "SMTP relay.", requiredWhen: "`provider: smtp`"),
        SpecField(
            "sesRegion", .string(format: "region"), "AWS region of SES.", requiredWhen: "`provider: ses`",
            example: "eu-west-1"),
        SpecField(
            "gmailSender", .string(format: "email"), "Workspace user mail is sent as.",
            requiredWhen: "`provider: gmail`"),
    ]

    static let smtp: [SpecField] = [
        SpecField("host", .string(format: "hostname"), "Relay host.", required: true),
        SpecField("port", .integer(min: 1, max: 65535), "Relay port.", default: .integer(587)),
        SpecField(
            "secure", .boolean, "Implicit TLS. Never on 587 (STARTTLS).",
            default: .derived("`true` on port 465, else `false`")),
        SpecField("user", .string(), "User name; `SMTP_PASS` is then reserved in `.env`."),
    ]

    static let storage: [SpecField] = [
        SpecField(
            "provider", .choice(["local", "s3", "azure", "gcs"]),
            "`local` keeps files inside the app container (lost when it is re-created).", default: .string("local")),
        SpecField("s3", .object(s3), "Amazon S3 or an S3-compatible store.", requiredWhen: "`provider: s3`"),
        SpecField("azure", .object(azureBlob), "Azure Blob Storage.", requiredWhen: "`provider: azure`"),
        SpecField("gcs", .object(gcs), "Google Cloud Storage.", requiredWhen: "`provider: gcs`"),
    ]

    static let buckets: [SpecField] = StoragePurpose.allCases.map {
        SpecField(
            $0.rawValue, .string(format: "bucket"), "Bucket or container for \($0.rawValue).",
            default: .derived("the main bucket"))
    }

    static let s3: [SpecField] = [
        SpecField(
            "region", .string(format: "region"), "Bucket region (`auto` for Cloudflare R2).", required: true,
            example: "eu-west-1"),
        SpecField("bucket", .string(format: "bucket"), "Main bucket.", required: true),
        SpecField("buckets", .object(buckets), "Per-purpose buckets."),
        SpecField("endpoint", .string(format: "url"), "S3-compatible endpoint, reachable by browsers (MinIO, R2)."),
        SpecField("forcePathStyle", .boolean, "Path-style addressing (MinIO, Ceph).", default: .boolean(false)),
        SpecField(
            "staticCredentials", .boolean,
            "Reserve `AWS_ACCESS_KEY_ID`/`AWS_SECRET_ACCESS_KEY` in `.env`; `false` uses the instance role.",
            default: .boolean(true)),
    ]

    static let azureBlob: [SpecField] = [
        SpecField(
            "accountName", .string(format: "identifier"), "Storage account; its key goes in `.env`.", required: true),
        SpecField("container", .string(format: "bucket"), "Main container.", default: .string("sim-files")),
        SpecField("containers", .object(buckets), "Per-purpose containers."),
    ]

    static let gcs: [SpecField] = [
        SpecField("bucket", .string(format: "bucket"), "Main bucket.", required: true),
        SpecField("projectId", .string(format: "project-id"), "GCP project id."),
        SpecField("buckets", .object(buckets), "Per-purpose buckets."),
        SpecField(
            "inlineCredentials", .boolean,
            "Reserve `GCS_CREDENTIALS_JSON` in `.env`; `false` uses Application Default Credentials.",
            default: .boolean(false)),
    ]

    static let settings: [SpecField] = [
        SpecField(
            "logLevel", .choice(RuntimeSettings.LogLevel.allCases.map(\.rawValue)),
            "Log threshold. Upper case only: Sim ignores `info`.", default: .string("INFO")),
        SpecField("telemetry", .boolean, "Send anonymous telemetry to Sim's maintainers.", default: .boolean(false)),
        SpecField(
            "timezone", .string(format: "timezone"), "Time zone of the scheduler (`TZ`).", default: .string("UTC")),
        SpecField(
            "copilot", .boolean, "Reserve `COPILOT_API_KEY` for the Chat module; otherwise Chat is hidden.",
            default: .boolean(false)),
    ]
}
