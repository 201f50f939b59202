/// What the TLS handshake showed about a server's certificate, verified against the trust store.
public struct TLSReport: Hashable, Sendable {
    /// Why verification failed, grouped by what the operator does next.
    public enum Problem: Hashable, Sendable {
        case expired
        case notYetValid
        /// The certificate does not name the host (SAN / CN).
        case wrongHost
        /// Self-signed, or signed by a CA the trust store (and `--ca-file`) does not hold.
        case untrusted
        /// Any other verification error, with OpenSSL's words.
        case other
    }

    /// `nil` when the chain verified and names the host.
    public var problem: Problem?
    /// OpenSSL's description of the verification result.
    public var verifyMessage: String
    /// The certificate's last valid day, `YYYY-MM-DD` in UTC.
    public var notAfter: String?
    /// Whole days from now until `notAfter`; negative once expired.
    public var daysLeft: Int?
    /// Subject and issuer in OpenSSL's one-line form (`/CN=sim.example.com`).
    public var subject: String?
    public var issuer: String?
    /// `TLSv1.3`, `TLSv1.2`, ...
    public var protocolVersion: String

    public init(
        problem: Problem?, verifyMessage: String, notAfter: String?, daysLeft: Int?, subject: String? = nil,
        issuer: String? = nil, protocolVersion: String = "TLSv1.3"
    ) {
        self.problem = problem
        self.verifyMessage = verifyMessage
        self.notAfter = notAfter
        self.daysLeft = daysLeft
        self.subject = subject
        self.issuer = issuer
        self.protocolVersion = protocolVersion
    }
}
