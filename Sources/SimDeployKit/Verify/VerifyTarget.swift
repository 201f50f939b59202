/// What `verify` looks at: the public origin, realtime's origin and where plain HTTP is served.
public struct VerifyTarget: Hashable, Sendable {
    /// The origin browsers open, e.g. `https://sim.example.com`.
    public var url: PublicURL
    /// Where browsers open Socket.IO: the same origin, or realtime's own host.
    public var realtimeURL: PublicURL
    /// The port the proxy answers plain HTTP on (80), where it should redirect to HTTPS.
    public var httpPort: Int

    public init(url: PublicURL, realtimeURL: PublicURL? = nil, httpPort: Int = 80) {
        self.url = url
        self.realtimeURL = realtimeURL ?? url
        self.httpPort = httpPort
    }

    /// Whether `/socket.io/` is served on the app's own origin (the single-host topology).
    public var isSameOrigin: Bool { realtimeURL == url }
}

extension VerifyTarget {
    /// The origins an install's spec gives: its public URL, and realtime's own host when it has one.
    public init(install: Install, httpPort: Int = 80) {
        self.init(url: install.url, realtimeURL: install.realtimeURL, httpPort: httpPort)
    }

    /// The target named by `simdeploy.yaml` in `folder`.
    public static func load(folder: String, httpPort: Int = 80, reader: FileReader = FileReader())
        throws(DiagnosticError) -> VerifyTarget
    {
        VerifyTarget(install: try SpecFile.load(folder: folder, reader: reader).install, httpPort: httpPort)
    }
}
