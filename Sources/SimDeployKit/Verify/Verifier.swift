/// Checks a deployed install from the outside, the way a browser reaches it.
///
/// Each check becomes a `VerifyCheck`; nothing stops the run early, so one pass reports everything.
/// When the certificate fails, the later checks still run without certificate verification (the TLS
/// check already fails the run); when an origin does not answer at all, its later checks are skipped
/// instead of repeating the same connection error.
public struct Verifier: Sendable {
    public var transport: any HTTPTransport
    /// Where the websocket key comes from.
    public var random: any RandomSource

    public init(transport: any HTTPTransport, random: any RandomSource = OpenSSLRandom()) {
        self.transport = transport
        self.random = random
    }

    public func run(_ target: VerifyTarget) -> VerifyReport {
        var session = Session(transport: transport)
        var checks: [VerifyCheck] = []
        checks.append(certificate(target.url, kind: .tls, &session))
        if !target.isSameOrigin {
            checks.append(certificate(target.realtimeURL, kind: .realtimeTLS, &session))
        }
        checks.append(app(target.url, &session))
        checks.append(polling(target.realtimeURL, &session))
        checks.append(websocket(target.realtimeURL, &session))
        checks.append(realtimeHealth(target.realtimeURL, &session))
        checks.append(redirect(target, &session))
        checks.append(securityHeaders(target.url, &session))
        return VerifyReport(target: target, checks: checks)
    }
}

extension Verifier {
    /// What the run has learned so far that changes how later requests go.
    struct Session {
        let transport: any HTTPTransport
        /// Origins whose certificate failed: later requests accept it, so routing is still checked.
        var acceptInvalidCertificate: Set<PublicURL> = []
        /// Origins that never answered, and why.
        var unreachable: [PublicURL: TransportError] = [:]

        mutating func get(_ origin: PublicURL, _ target: String, headers: [HTTPHeader] = []) -> Result<
            HTTPResponse, TransportError
        > {
            let request = HTTPRequest(
                origin, target, headers: headers,
                acceptsInvalidCertificate: acceptInvalidCertificate.contains(origin))
            do {
                return .success(try transport.send(request))
            } catch {
                if error.isUnreachable { unreachable[origin] = error }
                return .failure(error)
            }
        }

        /// A skip for a check against an origin that already failed to answer, or `nil` to go ahead.
        func skipIfUnreachable(_ origin: PublicURL, _ kind: VerifyCheck.Kind) -> VerifyCheck? {
            guard let error = unreachable[origin] else { return nil }
            return VerifyCheck(kind, .skip, "not checked: \(error)")
        }
    }

    /// `GET` and the request line, for messages: `GET /api/health → 200 application/json`.
    static func line(_ target: String, _ response: HTTPResponse) -> String {
        "GET \(target) → \(response.summary)"
    }

    /// The start of a body, on one line and printable, to show what answered instead.
    static func snippet(_ response: HTTPResponse) -> String {
        let text = response.bodyText.unicodeScalars.map { $0.value >= 0x20 && $0.value < 0x7F ? Character($0) : " " }
        let compact = String(text).split(separator: " ").joined(separator: " ")
        return compact.count > 60 ? String(compact.prefix(60)) + "…" : compact
    }
}
