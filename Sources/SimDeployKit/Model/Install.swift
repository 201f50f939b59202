/// One self-hosted Sim Studio install, as `simdeploy.yaml` describes it.
///
/// Every renderer takes an `Install` and nothing else from the spec, so what the file means is
/// decided once, here and in the types it holds.
public struct Install: Hashable, Sendable {
    /// The spec format version this install was read from.
    public var specVersion: Int
    public var name: InstallName
    public var url: PublicURL
    public var target: Target
    /// Image tag shared by the app, realtime and migrations images (they share a schema).
    public var simVersion: ImageTag
    /// The cron image moves on its own; by default it follows `simVersion`.
    public var cronVersion: ImageTag
    public var proxy: Proxy
    public var ollama: OllamaMode
    public var database: Database
    public var redis: RedisMode
    public var ai: AIProviders
    public var auth: Auth
    public var email: Email
    public var storage: Storage
    public var settings: RuntimeSettings
    /// Extra non-secret variables the operator wants in `.env`, in the order written.
    public var extraEnv: [ExtraEnv]

    public init(
        specVersion: Int = 1,
        name: InstallName,
        url: PublicURL,
        target: Target = .compose(ComposeOptions()),
        simVersion: ImageTag,
        cronVersion: ImageTag? = nil,
        proxy: Proxy = Proxy(),
        ollama: OllamaMode = .none,
        database: Database = .bundled(BundledPostgres()),
        redis: RedisMode = .bundled,
        ai: AIProviders = AIProviders(),
        auth: Auth = Auth(),
        email: Email = Email(),
        storage: Storage = .local,
        settings: RuntimeSettings = RuntimeSettings(),
        extraEnv: [ExtraEnv] = []
    ) {
        self.specVersion = specVersion
        self.name = name
        self.url = url
        self.target = target
        self.simVersion = simVersion
        self.cronVersion = cronVersion ?? simVersion
        self.proxy = proxy
        self.ollama = ollama
        self.database = database
        self.redis = redis
        self.ai = ai
        self.auth = auth
        self.email = email
        self.storage = storage
        self.settings = settings
        self.extraEnv = extraEnv
    }

    /// Realtime's own public origin (`NEXT_PUBLIC_SOCKET_URL`), or `nil` when `/socket.io/` is routed on
    /// the app's host. Same scheme as the app; the default port of that scheme.
    public var realtimeURL: PublicURL? {
        proxy.realtimeHost.map { PublicURL(scheme: url.scheme, host: $0) }
    }
}

/// Where the install runs.
public enum Target: Hashable, Sendable {
    /// Docker Compose on one machine.
    case compose(ComposeOptions)
    /// The upstream Helm chart on a Kubernetes cluster.
    case kubernetes(KubernetesOptions)

    public var name: String {
        switch self {
        case .compose: "compose"
        case .kubernetes: "kubernetes"
        }
    }

    /// The Kubernetes settings, or `nil` for a compose install.
    public var kubernetes: KubernetesOptions? {
        if case .kubernetes(let options) = self { return options }
        return nil
    }
}

/// Settings that only make sense for a Docker Compose install.
public struct ComposeOptions: Hashable, Sendable {
    /// Host address the app (3000) and realtime (3002) ports are published on; `nil` picks
    /// loopback behind a proxy on the host and all interfaces otherwise.
    public var listen: IPv4Address?
    /// Publish the bundled Postgres on `127.0.0.1:<port>`; `nil` keeps it private to the compose network.
    public var postgresPort: Int?

    public init(listen: IPv4Address? = nil, postgresPort: Int? = nil) {
        self.listen = listen
        self.postgresPort = postgresPort
    }
}

/// A non-secret variable the operator adds through the spec.
public struct ExtraEnv: Hashable, Sendable {
    public var key: String
    public var value: String

    public init(key: String, value: String) {
        self.key = key
        self.value = value
    }
}
