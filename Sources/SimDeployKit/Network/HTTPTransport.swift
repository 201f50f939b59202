/// How `verify` talks to a server: one request per connection, and a look at the TLS certificate.
///
/// The product uses `SocketTransport` (POSIX sockets and OpenSSL); tests of the checks hand in a fake.
public protocol HTTPTransport: Sendable {
    /// Connects, sends `request`, reads the whole response (after a `101`, up to the first frame) and closes.
    func send(_ request: HTTPRequest) throws(TransportError) -> HTTPResponse
    /// Connects to an `https` origin, completes the TLS handshake and reports on the certificate.
    func inspectTLS(of origin: PublicURL) throws(TransportError) -> TLSReport
}

/// Why an exchange produced no response.
public enum TransportError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The name did not resolve.
    case resolve(host: String, reason: String)
    /// No address of the host accepted a connection.
    case connect(address: String, reason: String)
    /// Nothing (or not all of it) arrived in time.
    case timedOut(address: String, seconds: Int)
    /// The TLS handshake failed, or the certificate failed verification when that was required.
    case tls(address: String, reason: String)
    /// The server's bytes are not an HTTP/1.x response simdeploy can read.
    case malformed(String)
    /// The response is larger than simdeploy reads.
    case tooLarge(limit: Int)
    /// `--ca-file` could not be loaded.
    case caFile(path: String, reason: String)

    public var description: String {
        switch self {
        case .resolve(let host, let reason): "cannot resolve \(host): \(reason)"
        case .connect(let address, let reason): "cannot connect to \(address): \(reason)"
        case .timedOut(let address, let seconds): "\(address) did not answer within \(seconds) s"
        case .tls(let address, let reason): "TLS with \(address) failed: \(reason)"
        case .malformed(let reason): "unreadable response: \(reason)"
        case .tooLarge(let limit): "the response is larger than \(limit / 1024) KiB"
        case .caFile(let path, let reason): "cannot load CA certificates from \(path): \(reason)"
        }
    }

    /// Whether the server was never reached, so later checks against it would only repeat this error.
    public var isUnreachable: Bool {
        switch self {
        case .resolve, .connect, .timedOut: true
        case .tls, .malformed, .tooLarge, .caFile: false
        }
    }

    /// What to do about it.
    public var fix: String {
        switch self {
        case .resolve: "check the DNS record of the host (dig +short HOST) and the spelling of --url"
        case .connect:
            "check that the proxy runs and the firewall allows the port (docker compose ps; ss -ltnp)"
        case .timedOut: "check the firewall and the proxy, or raise --timeout for a slow link"
        case .tls: "check that the proxy serves HTTPS with a certificate for this host on this port"
        case .malformed: "check that an HTTP server (the proxy) answers on this port"
        case .tooLarge: "check that the URL points at Sim and not at a file download"
        case .caFile: "pass a PEM file of CA certificates to --ca-file"
        }
    }
}
