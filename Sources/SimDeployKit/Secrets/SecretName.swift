/// A secret simdeploy generates. Its value lives only in `.env` (mode 0600).
public enum SecretName: String, Hashable, Sendable, CaseIterable, Comparable {
    case betterAuthSecret = "BETTER_AUTH_SECRET"
    case encryptionKey = "ENCRYPTION_KEY"
    case internalAPISecret = "INTERNAL_API_SECRET"
    case cronSecret = "CRON_SECRET"
    case apiEncryptionKey = "API_ENCRYPTION_KEY"
    case postgresPassword = "POSTGRES_PASSWORD"
    case adminAPIKey = "ADMIN_API_KEY"

    public var envKey: String { rawValue }

    public static func < (lhs: SecretName, rhs: SecretName) -> Bool {
        lhs.rawValue < rhs.rawValue
    }

    /// What a value must look like to work.
    public var rule: SecretRule {
        switch self {
        case .encryptionKey, .apiEncryptionKey: .hex64
        case .postgresPassword: .urlSafe
        case .betterAuthSecret, .internalAPISecret, .cronSecret, .adminAPIKey: .min32
        }
    }
}

/// The shape a secret value must have for Sim to accept it.
public enum SecretRule: Hashable, Sendable {
    /// Exactly 64 hex digits: a raw AES-256 key (the app decodes it as hex and throws otherwise).
    case hex64
    /// At least 32 characters (realtime refuses to start below that).
    case min32
    /// At least 8 characters from `[A-Za-z0-9._-]`: it is pasted unencoded into `DATABASE_URL`.
    case urlSafe

    /// Why `value` breaks the rule, or `nil` when it is fine.
    public func problem(with value: String) -> String? {
        if let placeholder = Placeholder.reason(value) { return placeholder }
        switch self {
        case .hex64:
            guard value.utf8.count == 64, value.utf8.allSatisfy(isHexDigit) else {
                return "must be exactly 64 hex characters (it has \(value.count))"
            }
        case .min32:
            guard value.count >= 32 else { return "must be at least 32 characters (it has \(value.count))" }
        case .urlSafe:
            guard value.utf8.count >= 8,
                value.utf8.allSatisfy({
                    isAlphanumeric($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-")
                })
            else {
                return
                    "must be at least 8 characters of letters, digits, '.', '_' and '-' (it goes unencoded into DATABASE_URL)"
            }
        }
        return nil
    }
}

func isHexDigit(_ byte: UInt8) -> Bool {
    (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x66) || (byte >= 0x41 && byte <= 0x46)
}

/// Placeholder and development values from upstream's examples, which pass length checks but are public.
enum Placeholder {
    static let known: Set<String> = [
        "your_password", "your_secret_key", "your_encryption_key", "your_internal_api_secret",
        "your_api_encryption_key",
        "your_better_auth_secret_min_32_chars", "dev-secret-at-least-32-characters-long",
        "dev-encryption-key-at-least-32-chars", "dev-internal-api-secret-min-32-chars",
        "CHANGE-ME-32-CHAR-SECRET-FOR-PRODUCTION-USE", "CHANGE-ME-32-CHAR-ENCRYPTION-KEY-FOR-PROD",
        "CHANGE-ME-SECURE-PASSWORD",
        "postgres", "changeme", "password", "placeholder",
    ]

    static func reason(_ value: String) -> String? {
        if known.contains(value) || value.hasPrefix("your_") || value.hasPrefix("your-")
            || value.lowercased() == "placeholder"
        {
            return "holds a placeholder or published default value"
        }
        return nil
    }
}
