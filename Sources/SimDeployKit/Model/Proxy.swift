/// The reverse proxy in front of Sim, which terminates TLS and routes `/socket.io` to realtime.
public struct Proxy: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        case caddy, nginx, none
    }

    public var kind: Kind
    /// A separate public host for realtime (Socket.IO); `nil` routes `/socket.io/` on the app host.
    public var realtimeHost: Hostname?
    /// Address for ACME registration and expiry notices.
    public var acmeEmail: EmailAddress?

    public init(kind: Kind = .none, realtimeHost: Hostname? = nil, acmeEmail: EmailAddress? = nil) {
        self.kind = kind
        self.realtimeHost = realtimeHost
        self.acmeEmail = acmeEmail
    }
}
