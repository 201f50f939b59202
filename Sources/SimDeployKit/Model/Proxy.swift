/// The reverse proxy in front of Sim, which terminates TLS and routes `/socket.io` to realtime.
public struct Proxy: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        case caddy, nginx, none
    }

    /// Where the proxy runs, which decides how it reaches the app and realtime.
    public enum Upstream: String, Hashable, Sendable, CaseIterable {
        /// Installed on the Docker host; reaches the ports compose publishes on loopback.
        case host
        /// A service of the compose file; reaches `simstudio` and `realtime` on the compose network.
        case compose
    }

    public var kind: Kind
    public var upstream: Upstream
    /// A separate public host for realtime (Socket.IO); `nil` routes `/socket.io/` on the app host.
    public var realtimeHost: Hostname?
    /// Address for ACME registration and expiry notices.
    public var acmeEmail: EmailAddress?
    /// Largest request body the proxy lets through.
    public var maxBodySize: ByteSize
    /// Folder certbot writes HTTP-01 challenges into and nginx serves them from.
    public var acmeWebroot: LocalPath
    /// The operator's own templates, relative to the install folder; `nil` uses the built-in ones.
    public var templates: LocalPath?

    public static let defaultWebroot = "/var/www/certbot"

    public init(
        kind: Kind = .none,
        realtimeHost: Hostname? = nil,
        acmeEmail: EmailAddress? = nil,
        upstream: Upstream = .host,
        maxBodySize: ByteSize = .proxyDefault,
        acmeWebroot: LocalPath? = nil,
        templates: LocalPath? = nil
    ) {
        self.kind = kind
        self.upstream = upstream
        self.realtimeHost = realtimeHost
        self.acmeEmail = acmeEmail
        self.maxBodySize = maxBodySize
        self.acmeWebroot = acmeWebroot ?? Self.webrootDefault
        self.templates = templates
    }

    /// Whether the compose file runs the proxy itself (Caddy as a service).
    public var runsInCompose: Bool { kind == .caddy && upstream == .compose }

    // The default is a constant the initializer accepts, so this cannot fail.
    private static let webrootDefault: LocalPath = {
        do {
            return try LocalPath(defaultWebroot)
        } catch {
            preconditionFailure("the default webroot \(defaultWebroot) is not a valid path: \(error)")
        }
    }()
}
