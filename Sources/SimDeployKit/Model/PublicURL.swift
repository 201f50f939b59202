/// The origin browsers use to reach Sim: scheme, host and an optional port, nothing else.
///
/// Sim derives OAuth redirect URIs, e-mail links, CSP and CORS from it, so a path, a trailing
/// slash, credentials or a query break sign-in in ways that are hard to trace.
public struct PublicURL: Hashable, Sendable, CustomStringConvertible {
    public enum Scheme: String, Hashable, Sendable {
        case http, https
    }

    public let scheme: Scheme
    public let host: Hostname
    public let port: Int?

    public init(scheme: Scheme, host: Hostname, port: Int? = nil) {
        self.scheme = scheme
        self.host = host
        self.port = port
    }

    public init(parsing text: String) throws(ValueError) {
        let example = "write an origin such as https://sim.example.com"
        guard let separator = text.firstRange(of: "://") else {
            throw ValueError("\(quoted(text)) is not an absolute URL", fix: example)
        }
        guard let scheme = Scheme(rawValue: String(text[..<separator.lowerBound]).lowercased()) else {
            throw ValueError("\(quoted(text)) must start with https:// or http://", fix: example)
        }
        var rest = Substring(text[separator.upperBound...])
        if rest.hasSuffix("/") {
            throw ValueError(
                "\(quoted(text)) ends with '/'; Sim compares origins exactly", fix: "drop the trailing slash")
        }
        if rest.contains(where: { "/?#@".contains($0) }) {
            throw ValueError(
                "\(quoted(text)) has a path, query, fragment or credentials; Sim needs a bare origin", fix: example)
        }
        var port: Int?
        if let colon = rest.lastIndex(of: ":") {
            guard let number = Int(rest[rest.index(after: colon)...]), (1...65535).contains(number) else {
                throw ValueError("\(quoted(text)) has an invalid port", fix: "use a port between 1 and 65535")
            }
            port = number
            rest = rest[..<colon]
        }
        self.scheme = scheme
        self.host = try Hostname(String(rest))
        self.port = port == scheme.defaultPort ? nil : port
    }

    /// `https://host[:port]`, the exact text for `NEXT_PUBLIC_APP_URL` and friends.
    public var description: String {
        if let port { return "\(scheme.rawValue)://\(host):\(port)" }
        return "\(scheme.rawValue)://\(host)"
    }

    /// Whether Sim would think it runs as the hosted service at sim.ai.
    public var isHostedSimDomain: Bool {
        host.value == "sim.ai" || host.value.hasSuffix(".sim.ai")
    }
}

extension PublicURL.Scheme {
    var defaultPort: Int {
        switch self {
        case .http: 80
        case .https: 443
        }
    }
}
