extension EnvCatalogue {
    static let email: [EnvVar] = [
        EnvVar("FROM_EMAIL_ADDRESS", .email, "Sender, `Name <address>` or a bare address.", specField: "email.from"),
        EnvVar("EMAIL_DOMAIN", .email, "Fallback sender domain."),
        EnvVar(
            "EMAIL_VERIFICATION_ENABLED", .email, "Require e-mail verification.", format: .boolean,
            specField: "email.verification"),
        EnvVar("RESEND_API_KEY", .email, "Resend key.", secret: true, specField: "email.provider"),
        EnvVar("AWS_SES_REGION", .email, "SES region.", specField: "email.sesRegion"),
        EnvVar("SMTP_HOST", .email, "SMTP relay host.", specField: "email.smtp.host"),
        EnvVar("SMTP_PORT", .email, "SMTP relay port.", format: .integer, specField: "email.smtp.port"),
        EnvVar("SMTP_USER", .email, "SMTP user.", specField: "email.smtp.user"),
        EnvVar("SMTP_PASS", .email, "SMTP password.", secret: true, specField: "email.smtp.user"),
        EnvVar("SMTP_SECURE", .email, "Implicit TLS (port 465).", format: .boolean, specField: "email.smtp.secure"),
        EnvVar("SMTP_EHLO_NAME", .email, "EHLO greeting name."),
        EnvVar(
            "AZURE_ACS_CONNECTION_STRING", .email, "Azure Communication Services.", secret: true,
            specField: "email.provider"),
        EnvVar(
            "GMAIL_CREDENTIALS_JSON", .email, "Gmail service-account JSON, one line.", secret: true,
            specField: "email.provider"),
        EnvVar("GMAIL_SENDER", .email, "Gmail sender.", specField: "email.gmailSender"),
    ]

    static let storage: [EnvVar] =
        [
            EnvVar(
                "STORAGE_PROVIDER", .storage, "Explicit storage backend.",
                format: .choice(["local", "s3", "azure", "gcs"]), specField: "storage.provider"),
            EnvVar("AWS_REGION", .storage, "S3 region.", specField: "storage.s3.region"),
            EnvVar(
                "AWS_ACCESS_KEY_ID", .storage, "Static S3 access key id.", secret: true,
                specField: "storage.s3.staticCredentials"),
            EnvVar(
                "AWS_SECRET_ACCESS_KEY", .storage, "Static S3 secret key.", secret: true,
                specField: "storage.s3.staticCredentials"),
            EnvVar("S3_BUCKET_NAME", .storage, "Main S3 bucket.", specField: "storage.s3.bucket"),
            EnvVar(
                "S3_ENDPOINT", .storage, "S3-compatible endpoint, browser-reachable.", format: .url,
                specField: "storage.s3.endpoint"),
            EnvVar(
                "S3_FORCE_PATH_STYLE", .storage, "Path-style addressing.", format: .boolean,
                specField: "storage.s3.forcePathStyle"),
            EnvVar("S3_LOGS_BUCKET_NAME", .storage, "Logs bucket."),
            EnvVar(
                "AZURE_STORAGE_CONTAINER_NAME", .storage, "Main Azure container.", specField: "storage.azure.container"),
            EnvVar("AZURE_ACCOUNT_NAME", .storage, "Azure storage account.", specField: "storage.azure.accountName"),
            EnvVar(
                "AZURE_ACCOUNT_KEY", .storage, "Azure storage account key.", secret: true, specField: "storage.azure"),
            EnvVar("AZURE_CONNECTION_STRING", .storage, "Azure storage connection string.", secret: true),
            EnvVar("GCS_BUCKET_NAME", .storage, "Main GCS bucket.", specField: "storage.gcs.bucket"),
            EnvVar("GCS_PROJECT_ID", .storage, "GCP project.", specField: "storage.gcs.projectId"),
            EnvVar(
                "GCS_CREDENTIALS_JSON", .storage, "Inline service-account JSON, one line.", secret: true,
                specField: "storage.gcs.inlineCredentials"),
            EnvVar("GOOGLE_APPLICATION_CREDENTIALS", .storage, "Path to a mounted key file."),
        ]
        + StoragePurpose.allCases.flatMap { purpose in
            [
                EnvVar(
                    "S3_\(purpose.envInfix)_BUCKET_NAME", .storage, "S3 bucket for \(purpose.rawValue).",
                    specField: "storage.s3.buckets"),
                EnvVar(
                    "AZURE_STORAGE_\(purpose.envInfix)_CONTAINER_NAME", .storage,
                    "Azure container for \(purpose.rawValue).", specField: "storage.azure.containers"),
                EnvVar(
                    "GCS_\(purpose.envInfix)_BUCKET_NAME", .storage, "GCS bucket for \(purpose.rawValue).",
                    specField: "storage.gcs.buckets"),
            ]
        }

    static let runtime: [EnvVar] = [
        EnvVar(
            "NEXT_TELEMETRY_DISABLED", .telemetry, "`1` disables anonymous telemetry (`true` does not).",
            format: .choice(["1", "0"]), specField: "settings.telemetry"),
        EnvVar("TELEMETRY_ENDPOINT", .telemetry, "Where anonymous traces go.", format: .url),
        EnvVar("OTEL_EXPORTER_OTLP_ENDPOINT", .telemetry, "OTLP exporter endpoint.", format: .url),
        EnvVar("OTEL_EXPORTER_OTLP_HEADERS", .telemetry, "OTLP exporter headers.", secret: true),
        EnvVar("OTEL_SERVICE_NAME", .telemetry, "Service name on spans."),
        EnvVar("TRIGGER_DEV_ENABLED", .jobs, "Route async jobs to Trigger.dev.", format: .boolean),
        EnvVar("TRIGGER_PROJECT_ID", .jobs, "Trigger.dev project."),
        EnvVar("TRIGGER_SECRET_KEY", .jobs, "Trigger.dev key.", secret: true),
        EnvVar(
            "SCHEDULE_EXECUTION_CONCURRENCY_LIMIT", .jobs, "Scheduled runs in flight per app instance.",
            format: .integer),
        EnvVar("API_MAX_JSON_BODY_BYTES", .jobs, "JSON body cap.", format: .integer),
        EnvVar("CHAT_MAX_REQUEST_BYTES", .jobs, "Deployed-chat body cap.", format: .integer),
        EnvVar("WEBHOOK_MAX_REQUEST_BYTES", .jobs, "Webhook body cap.", format: .integer),
        EnvVar("SANDBOX_PROVIDER", .sandbox, "Remote sandbox provider.", format: .choice(["e2b", "daytona"])),
        EnvVar("E2B_API_KEY", .sandbox, "E2B key.", secret: true),
        EnvVar("E2B_FUNCTION_TEMPLATE_ID", .sandbox, "Immutable E2B template id."),
        EnvVar("E2B_FUNCTION_TEMPLATE_GENERATION", .sandbox, "E2B template generation.", format: .integer),
        EnvVar("DAYTONA_API_KEY", .sandbox, "Daytona key.", secret: true),
        EnvVar("DAYTONA_FUNCTION_SNAPSHOT_ID", .sandbox, "Daytona snapshot UUID."),
        EnvVar("PII_URL", .core, "Presidio service.", format: .url),
        EnvVar("PII_REDACTION", .core, "Redact PII from logs.", format: .boolean),
        EnvVar("NEXT_PUBLIC_BRAND_NAME", .branding, "Brand name."),
        EnvVar("NEXT_PUBLIC_SUPPORT_EMAIL", .branding, "Support address."),
        EnvVar("OLLAMA_HOST", .ollama, "Ollama bind address.", consumers: ["ollama"]),
    ]

    /// Names Sim knows but that do nothing on a self-host: billing, hosted analytics, dev tools.
    static let inert: [EnvVar] = [
        "STRIPE_SECRET_KEY", "STRIPE_WEBHOOK_SECRET", "FREE_TIER_COST_LIMIT", "APPCONFIG_APPLICATION",
        "APPCONFIG_ENVIRONMENT",
        "PROFOUND_API_KEY", "NEXT_PUBLIC_POSTHOG_ENABLED", "NEXT_PUBLIC_POSTHOG_KEY", "TRIGGER_EU_REGION",
        "REACT_GRAB_ENABLED",
        "REACT_SCAN_ENABLED", "NEXT_RUNTIME", "DOCKER_BUILD", "INTERNAL_JWT_SECRET", "GITHUB_TOKEN",
    ].map { EnvVar($0, .inert, "Known to Sim but inert on a self-hosted install.") }
}
