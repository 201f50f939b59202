/// How Sim sends mail. Without a provider mail is silently not sent.
public struct Email: Hashable, Sendable {
    public enum Provider: Hashable, Sendable {
        case none
        case smtp(SMTP)
        case resend
        case ses(region: String)
        case azure
        case gmail(sender: EmailAddress)

        public var name: String {
            switch self {
            case .none: "none"
            case .smtp: "smtp"
            case .resend: "resend"
            case .ses: "ses"
            case .azure: "azure"
            case .gmail: "gmail"
            }
        }
    }

    public struct SMTP: Hashable, Sendable {
        public var host: Hostname
        public var port: Int
        /// Implicit TLS (port 465); never on 587, which upgrades with STARTTLS.
        public var secure: Bool
        /// Whether the relay needs a user name (and so `SMTP_PASS` in `.env`).
        public var user: String?

        public init(host: Hostname, port: Int = 587, secure: Bool? = nil, user: String? = nil) {
            self.host = host
            self.port = port
            self.secure = secure ?? (port == 465)
            self.user = user
        }
    }

    public var provider: Provider
    /// `Name <address>` or a bare address.
    public var from: String?
    public var verification: Bool

    public init(provider: Provider = .none, from: String? = nil, verification: Bool = false) {
        self.provider = provider
        self.from = from
        self.verification = verification
    }
}
