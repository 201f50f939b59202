/// Who may sign in and from where.
public struct Auth: Hashable, Sendable {
    /// Social sign-in providers; each needs a client id and secret in `.env`.
    public enum OAuthProvider: String, Hashable, Sendable, CaseIterable, Comparable {
        case google, github, microsoft

        public var keyPrefix: String { rawValue.uppercased() }

        public static func < (lhs: OAuthProvider, rhs: OAuthProvider) -> Bool {
            lhs.rawValue < rhs.rawValue
        }
    }

    public enum Registration: String, Hashable, Sendable, CaseIterable {
        /// Anyone who reaches the site may create an account.
        case open
        /// Social and SSO sign-ups only; no e-mail/password sign-ups.
        case noEmailSignup = "no-email-signup"
        /// No new accounts at all; existing users and SSO are unaffected.
        case closed
    }

    public var oauth: [OAuthProvider]
    public var registration: Registration
    public var allowedDomains: [Hostname]
    public var allowedEmails: [EmailAddress]
    /// Extra origins users reach Sim from (apex + www, aliases).
    public var trustedOrigins: [PublicURL]
    /// Proxy and load-balancer addresses skipped when reading `X-Forwarded-For`.
    public var trustedProxies: [NetworkRange]
    /// Generate `ADMIN_API_KEY` and so enable the Admin API.
    public var adminAPI: Bool

    public init(
        oauth: [OAuthProvider] = [],
        registration: Registration = .open,
        allowedDomains: [Hostname] = [],
        allowedEmails: [EmailAddress] = [],
        trustedOrigins: [PublicURL] = [],
        trustedProxies: [NetworkRange] = [],
        adminAPI: Bool = false
    ) {
        self.oauth = oauth
        self.registration = registration
        self.allowedDomains = allowedDomains
        self.allowedEmails = allowedEmails
        self.trustedOrigins = trustedOrigins
        self.trustedProxies = trustedProxies
        self.adminAPI = adminAPI
    }
}
