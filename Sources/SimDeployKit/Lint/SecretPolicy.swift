import DotEnv

/// Decides which values are secret, so no output ever shows them.
///
/// The catalogue knows Sim's secrets; for other keys the name decides (`*_SECRET`, `*PASSWORD*`,
/// `*_KEY`, `*TOKEN*` …), and a URL with credentials is secret whatever its key.
enum SecretPolicy {
    static func isSecret(key: String, value: String = "") -> Bool {
        if let variable = EnvCatalogue.entry(key) {
            return variable.isSecret || hasCredentials(value)
        }
        let upper = key.uppercased()
        for word in secretWords where upper.contains(word) {
            return true
        }
        return upper.hasSuffix("KEY") || hasCredentials(value)
    }

    private static let secretWords = [
        "SECRET", "PASSWORD", "PASSWD", "PASS", "TOKEN", "_KEY", "KEY_", "CREDENTIAL", "PRIVATE", "AUTH", "DSN",
        "CONNECTION_STRING", "COOKIE", "SALT", "SIGNATURE", "CERT",
    ]

    /// `scheme://user:password@host`.
    static func hasCredentials(_ value: String) -> Bool {
        guard let scheme = value.utf8.firstRange(of: "://".utf8) else { return false }
        let rest = value.utf8[scheme.upperBound...]
        let authority = rest.prefix { $0 != UInt8(ascii: "/") }
        return authority.contains(UInt8(ascii: "@"))
    }
}
