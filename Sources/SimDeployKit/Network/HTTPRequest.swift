/// One `GET` simdeploy sends on a fresh connection (HTTP/1.1, `Connection: close` unless upgrading).
public struct HTTPRequest: Hashable, Sendable {
    /// Scheme, host and port to connect to.
    public var origin: PublicURL
    /// Path and query, starting with `/`.
    public var target: String
    /// Headers sent after `Host`, in order. `Connection: close` is added unless one is given here.
    public var headers: [HTTPHeader]
    /// Whether the exchange goes ahead when the certificate fails verification. Only the checks that run
    /// after a failed TLS check set it, so one run still reports everything else.
    public var acceptsInvalidCertificate: Bool

    public init(
        _ origin: PublicURL, _ target: String, headers: [HTTPHeader] = [], acceptsInvalidCertificate: Bool = false
    ) {
        self.origin = origin
        self.target = target
        self.headers = headers
        self.acceptsInvalidCertificate = acceptsInvalidCertificate
    }

    /// `https://host/target`, for messages.
    public var display: String { origin.description + target }

    /// The request head as sent on the wire.
    func serialized() -> [UInt8] {
        var lines = ["GET \(target) HTTP/1.1", "Host: \(origin.hostHeader)"]
        lines.append("User-Agent: simdeploy/\(ToolVersion.current)")
        lines.append("Accept: */*")
        if !headers.contains(where: { $0.is("Connection") }) { lines.append("Connection: close") }
        lines += headers.map { "\($0.name): \($0.value)" }
        return Array((lines.joined(separator: "\r\n") + "\r\n\r\n").utf8)
    }
}

/// A header field as received or sent; names compare without case.
public struct HTTPHeader: Hashable, Sendable {
    public var name: String
    public var value: String

    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }

    public func `is`(_ other: String) -> Bool {
        name.lowercased() == other.lowercased()
    }
}

extension PublicURL {
    /// The port to connect to: the explicit one, or the scheme's.
    var connectPort: Int { port ?? scheme.defaultPort }

    /// `host` or `host:port`, as the `Host` header wants it.
    var hostHeader: String {
        guard let port, port != scheme.defaultPort else { return host.value }
        return "\(host.value):\(port)"
    }
}
