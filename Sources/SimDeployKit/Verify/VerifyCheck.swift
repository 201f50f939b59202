/// The outcome of one `verify` check, with what to do when it is not a pass.
public struct VerifyCheck: Hashable, Sendable {
    /// `skip`: it does not apply (plain HTTP has no certificate) or its server never answered.
    public typealias Status = CheckStatus

    /// The checks, in the order `verify` runs and prints them.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        case tls
        case realtimeTLS = "realtime-tls"
        case app
        case socketIOPolling = "socketio-polling"
        case websocket
        case realtimeHealth = "realtime-health"
        case httpsRedirect = "https-redirect"
        case securityHeaders = "security-headers"

        /// A few words for the checklist.
        public var title: String {
            switch self {
            case .tls: "TLS certificate"
            case .realtimeTLS: "TLS certificate of realtime's host"
            case .app: "App answers"
            case .socketIOPolling: "Socket.IO handshake (polling)"
            case .websocket: "WebSocket upgrade"
            case .realtimeHealth: "Realtime /health stays internal"
            case .httpsRedirect: "HTTP redirects to HTTPS"
            case .securityHeaders: "Security headers"
            }
        }
    }

    public var kind: Kind
    public var status: Status
    /// What was seen, in one line.
    public var message: String
    /// What to do about a warning or failure.
    public var fix: String?

    public init(_ kind: Kind, _ status: Status, _ message: String, fix: String? = nil) {
        self.kind = kind
        self.status = status
        self.message = message
        self.fix = fix
    }

    /// The check as a line of the shared checklist output.
    public var checklistItem: ChecklistItem {
        ChecklistItem(id: kind.rawValue, title: kind.title, status: status, message: message, fix: fix)
    }
}
