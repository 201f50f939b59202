/// What Sim does with one environment variable: the facts `explain`, `lint` and the renderers share.
public struct EnvVar: Hashable, Sendable {
    public enum Format: Hashable, Sendable {
        case text
        /// Exactly 64 hex characters: 32 random bytes, a raw AES-256 key.
        case hex64
        /// At least 32 characters.
        case min32
        case url
        /// Scheme, host and optional port, nothing else.
        case origin
        case boolean
        case integer
        case choice([String])
        case csv
        case postgresURL
        case redisURL
    }

    /// What happens when the value changes after the first start.
    public enum Rotation: Hashable, Sendable {
        /// Free to change.
        case free
        /// Changing it has a consequence the operator must accept.
        case rotatable(consequence: String)
        /// Data is bound to it; a new value makes stored data unreadable.
        case dataBound(consequence: String)
    }

    public enum Category: String, Hashable, Sendable, CaseIterable {
        case core, networking, database, compose, ai, copilot, oauth, registration, enterprise, email, storage,
            jobs, sandbox, telemetry, branding, ollama, inert
    }

    public var name: String
    public var category: Category
    public var summary: String
    public var format: Format
    public var isSecret: Bool
    /// Services that read it: `app`, `realtime`, `migrations`, `cron`, `db`, `ollama`, `compose`.
    public var consumers: [String]
    public var rotation: Rotation
    /// When it is required, in words; `nil` when optional.
    public var requiredWhen: String?
    /// The targets whose `.env` must set it (non-empty), as `simdeploy lint --target` checks.
    public var requiredOn: Set<DeploymentTarget>
    /// The `simdeploy.yaml` key that sets it, when simdeploy writes it.
    public var specField: String?

    public init(
        _ name: String, _ category: Category, _ summary: String, format: Format = .text, secret: Bool = false,
        consumers: [String] = ["app"], rotation: Rotation = .free, requiredWhen: String? = nil,
        requiredOn: Set<DeploymentTarget> = [], specField: String? = nil
    ) {
        self.name = name
        self.category = category
        self.summary = summary
        self.format = format
        self.isSecret = secret
        self.consumers = consumers
        self.rotation = rotation
        self.requiredWhen = requiredWhen
        self.requiredOn = requiredOn
        self.specField = specField
    }
}
