@testable import SimDeployKit

/// A deployed Sim behind its proxy, described in code, for the logic of `verify`'s checks.
///
/// Each property is one thing a real deployment gets wrong; the defaults are a healthy install.
struct FakeSim: Sendable {
    enum Upgrade: Sendable {
        case accepted
        /// The proxy drops the Upgrade header; realtime answers 400.
        case dropped
        case wrongAccept
        /// 101 and the right accept, but no frame follows.
        case silent
    }

    var certificate: Result<TLSReport, TransportError> = .success(
        TLSReport(problem: nil, verifyMessage: "ok", notAfter: "2027-02-27", daysLeft: 90, subject: "/CN=sim"))
    var health = HTTPResponse(status: 200, headers: [HTTPHeader("Content-Type", "application/json")])
    var page = HTTPResponse(status: 200, headers: FakeSim.securityHeaders + [HTTPHeader("Content-Type", "text/html")])
    var polling = HTTPResponse(
        status: 200, headers: [HTTPHeader("Content-Type", "text/plain")],
        body: Array(#"0{"sid":"abc","upgrades":["websocket"],"pingInterval":25000}"#.utf8))
    var upgrade = Upgrade.accepted
    var realtimeHealth = HTTPResponse(status: 404, headers: [HTTPHeader("Content-Type", "text/html")])
    var redirect: Result<HTTPResponse, TransportError> = .success(
        HTTPResponse(status: 308, headers: [HTTPHeader("Location", "https://sim.example.com/")]))
    /// Whether plain HTTP serves the site (a plain-HTTP install) instead of answering with `redirect`.
    var servesPlainHTTP = false
    /// Every request fails this way (nothing listens).
    var unreachable: TransportError?

    static let securityHeaders = [
        HTTPHeader("Strict-Transport-Security", "max-age=63072000"), HTTPHeader("X-Content-Type-Options", "nosniff"),
        HTTPHeader("Referrer-Policy", "strict-origin-when-cross-origin"), HTTPHeader("X-Frame-Options", "SAMEORIGIN"),
    ]

    var transport: FakeTransport {
        FakeTransport(sim: self)
    }

    func respond(_ request: HTTPRequest) -> Result<HTTPResponse, TransportError> {
        if let unreachable { return .failure(unreachable) }
        // Like SocketTransport: an https request refuses a bad certificate unless told otherwise.
        if request.origin.scheme == .https, !request.acceptsInvalidCertificate,
            case .success(let report) = certificate, report.problem != nil
        {
            return .failure(.tls(address: request.origin.host.value, reason: "certificate verify failed"))
        }
        if request.origin.scheme == .http && !servesPlainHTTP { return redirect }
        switch request.target {
        case "/api/health": return .success(health)
        case "/": return .success(page)
        case "/health": return .success(realtimeHealth)
        case Verifier.pollingPath: return .success(polling)
        case Verifier.websocketPath: return .success(websocket(request))
        default: return .success(HTTPResponse(status: 404))
        }
    }

    private func websocket(_ request: HTTPRequest) -> HTTPResponse {
        let key = request.headers.first { $0.is("Sec-WebSocket-Key") }?.value ?? ""
        let accept = WebSocketHandshake(key: key).expectedAccept ?? ""
        let packet = Array(#"0{"sid":"abc","upgrades":[]}"#.utf8)
        switch upgrade {
        case .accepted:
            return HTTPResponse(
                status: 101, headers: [HTTPHeader("Sec-WebSocket-Accept", accept)],
                body: [0x81, UInt8(packet.count)] + packet)
        case .dropped:
            return HTTPResponse(
                status: 400, headers: [HTTPHeader("Content-Type", "application/json")],
                body: Array(#"{"code":3,"message":"Bad request"}"#.utf8))
        case .wrongAccept:
            return HTTPResponse(status: 101, headers: [HTTPHeader("Sec-WebSocket-Accept", "d3Jvbmc=")])
        case .silent:
            return HTTPResponse(status: 101, headers: [HTTPHeader("Sec-WebSocket-Accept", accept)])
        }
    }
}

struct FakeTransport: HTTPTransport {
    var sim: FakeSim

    func send(_ request: HTTPRequest) throws(TransportError) -> HTTPResponse {
        try sim.respond(request).get()
    }

    func inspectTLS(of origin: PublicURL) throws(TransportError) -> TLSReport {
        if let unreachable = sim.unreachable { throw unreachable }
        return try sim.certificate.get()
    }
}
