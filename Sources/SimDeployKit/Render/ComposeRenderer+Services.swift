import YAML

extension ComposeRenderer {
    func app(_ install: Install) -> Node {
        var environment: [(String, Node)] = [
            ("NODE_ENV", "production"),
            ("DATABASE_URL", Self.databaseURL(install)),
            ("NEXT_PUBLIC_APP_URL", Self.required("NEXT_PUBLIC_APP_URL")),
            ("BETTER_AUTH_URL", Self.required("NEXT_PUBLIC_APP_URL")),
            ("BETTER_AUTH_SECRET", Self.required("BETTER_AUTH_SECRET")),
            ("ENCRYPTION_KEY", Self.required("ENCRYPTION_KEY")),
            ("INTERNAL_API_SECRET", Self.required("INTERNAL_API_SECRET")),
            ("CRON_SECRET", Self.required("CRON_SECRET")),
            ("API_ENCRYPTION_KEY", Self.required("API_ENCRYPTION_KEY")),
            ("REDIS_URL", Self.redisURL(install)),
            ("SOCKET_SERVER_URL", "http://realtime:3002"),
        ]
        if install.ollama.appURL != nil {
            environment.append(("OLLAMA_URL", Self.required("OLLAMA_URL")))
        }
        let waits =
            Self.backingServices(install) + [
                ("migrations", "service_completed_successfully"), ("realtime", "service_healthy"),
            ]
        let head: [(String, Node)] = [
            ("image", Self.image("simstudio", version: "SIM_VERSION")),
            ("restart", "unless-stopped"),
            ("env_file", [".env"]),
        ]
        return .mapping(
            head + Self.ports(3000, install) + [
                ("environment", .mapping(environment)),
                ("depends_on", Self.dependsOn(waits)),
                (
                    "healthcheck",
                    Self.healthcheck(
                        ["CMD", "curl", "-fsS", "http://127.0.0.1:3000/api/health"], interval: "30s", retries: 5,
                        startPeriod: "120s")
                ),
                ("deploy", Self.memoryLimit("8G")),
            ])
    }

    func realtime(_ install: Install) -> Node {
        let environment: [(String, Node)] = [
            ("NODE_ENV", "production"),
            ("DATABASE_URL", Self.databaseURL(install)),
            ("NEXT_PUBLIC_APP_URL", Self.required("NEXT_PUBLIC_APP_URL")),
            ("BETTER_AUTH_URL", Self.required("NEXT_PUBLIC_APP_URL")),
            ("BETTER_AUTH_SECRET", Self.required("BETTER_AUTH_SECRET")),
            ("INTERNAL_API_SECRET", Self.required("INTERNAL_API_SECRET")),
            ("REDIS_URL", Self.redisURL(install)),
        ]
        var service: [(String, Node)] = [
            ("image", Self.image("realtime", version: "SIM_VERSION")),
            ("restart", "unless-stopped"),
            ("env_file", [".env"]),
        ]
        service += Self.ports(3002, install)
        service.append(("environment", .mapping(environment)))
        let waits = Self.backingServices(install)
        if !waits.isEmpty { service.append(("depends_on", Self.dependsOn(waits))) }
        service.append(
            (
                "healthcheck",
                Self.healthcheck(
                    ["CMD", "curl", "-fsS", "http://127.0.0.1:3002/health"], interval: "30s", retries: 5,
                    startPeriod: "60s")
            ))
        service.append(("deploy", Self.memoryLimit("1G")))
        return .mapping(service)
    }

    func migrations(_ install: Install) -> Node {
        var service: [(String, Node)] = [
            ("image", Self.image("migrations", version: "SIM_VERSION")),
            ("restart", .string("no")),
            ("working_dir", "/app/packages/db"),
            ("command", .sequence(["bun", "run", "db:migrate"]).flow),
            ("environment", .mapping([("DATABASE_URL", Self.databaseURL(install))])),
        ]
        if case .bundled = install.database {
            service.append(("depends_on", Self.dependsOn([("db", "service_healthy")])))
        }
        service.append(("deploy", Self.memoryLimit("1G")))
        return .mapping(service)
    }

    var redis: Node {
        .mapping([
            ("image", "redis:7-alpine"),
            ("restart", "unless-stopped"),
            ("healthcheck", Self.healthcheck(["CMD", "redis-cli", "ping"], interval: "5s", retries: 5)),
        ])
    }

    /// The scheduler; `on-failure` so a missing secret stops it instead of crash-looping.
    var cron: Node {
        .mapping([
            ("image", Self.image("cron", version: "SIM_CRON_VERSION")),
            ("restart", "on-failure"),
            (
                "environment",
                .mapping([
                    ("SIM_URL", "http://simstudio:3000"),
                    ("CRON_SECRET", Self.required("CRON_SECRET")),
                    ("TZ", "${TZ:-UTC}"),
                ])
            ),
            ("depends_on", Self.dependsOn([("simstudio", "service_healthy")])),
        ])
    }

    func database(_ install: Install) -> Node {
        var service: [(String, Node)] = [
            ("image", "pgvector/pgvector:pg17"),
            ("restart", "unless-stopped"),
        ]
        if case .compose(let options) = install.target, let port = options.postgresPort {
            // Loopback only: upstream publishes 5432 on every interface with default credentials.
            service.append(("ports", .sequence([.string("127.0.0.1:\(port):5432")])))
        }
        service += [
            (
                "environment",
                .mapping([
                    ("POSTGRES_USER", Self.required("POSTGRES_USER")),
                    ("POSTGRES_PASSWORD", Self.required("POSTGRES_PASSWORD")),
                    ("POSTGRES_DB", Self.required("POSTGRES_DB")),
                ])
            ),
            ("volumes", ["postgres_data:/var/lib/postgresql/data"]),
            // $$ reaches the shell as $, so the check uses the container's own user and database.
            (
                "healthcheck",
                Self.healthcheck(
                    ["CMD-SHELL", "pg_isready -U \"$${POSTGRES_USER}\" -d \"$${POSTGRES_DB}\""], interval: "5s",
                    retries: 5)
            ),
        ]
        return .mapping(service)
    }
}
