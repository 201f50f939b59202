/// The live `HTTPTransport`: POSIX sockets, OpenSSL for `https`, one request per connection.
///
/// Foundation's URLSession is not used on purpose: importing FoundationNetworking slows the start of
/// every simdeploy command, and verify needs things it hides anyway (the raw `101`, the certificate).
public struct SocketTransport: HTTPTransport {
    /// Bytes read at most per response; Sim's health and handshake answers are tiny.
    public static let responseLimit = 1 << 20
    /// How long to wait for the first frame after a websocket upgrade.
    static let frameWait: Duration = .seconds(3)

    public var timeout: Duration
    public var caFile: String?

    /// Checks that `caFile` loads, so a wrong path is a usage error before any check runs.
    public init(timeout: Duration, caFile: String?) throws(TransportError) {
        self.timeout = timeout
        self.caFile = caFile
        let context = try TLSSession.makeContext(caFile: caFile)
        TLSSession.free(context)
    }

    public func send(_ request: HTTPRequest) throws(TransportError) -> HTTPResponse {
        let deadline = Deadline(timeout)
        let connection = try open(request.origin, requireValid: !request.acceptsInvalidCertificate, deadline)
        try connection.send(request.serialized(), deadline: deadline)
        return try read(connection, deadline: deadline)
    }

    public func inspectTLS(of origin: PublicURL) throws(TransportError) -> TLSReport {
        let deadline = Deadline(timeout)
        let socket = try TCPSocket.connect(host: origin.host.value, port: origin.connectPort, deadline: deadline)
        let session = try TLSSession(
            socket: socket, host: origin.host.value, caFile: caFile, requireValid: false, deadline: deadline)
        return session.report
    }
}

extension SocketTransport {
    /// A plain or TLS byte stream.
    private enum Connection {
        case plain(TCPSocket)
        case tls(TLSSession)

        func send(_ bytes: [UInt8], deadline: Deadline) throws(TransportError) {
            switch self {
            case .plain(let socket): try socket.send(bytes, deadline: deadline)
            case .tls(let session): try session.send(bytes, deadline: deadline)
            }
        }

        func receive(_ limit: Int, deadline: Deadline) throws(TransportError) -> [UInt8] {
            switch self {
            case .plain(let socket): try socket.receive(limit, deadline: deadline)
            case .tls(let session): try session.receive(limit, deadline: deadline)
            }
        }
    }

    private func open(_ origin: PublicURL, requireValid: Bool, _ deadline: Deadline) throws(TransportError)
        -> Connection
    {
        let socket = try TCPSocket.connect(host: origin.host.value, port: origin.connectPort, deadline: deadline)
        guard origin.scheme == .https else { return .plain(socket) }
        return .tls(
            try TLSSession(
                socket: socket, host: origin.host.value, caFile: caFile, requireValid: requireValid,
                deadline: deadline))
    }

    /// Reads until the response is whole by its framing, the server closes, or a limit is hit.
    private func read(_ connection: Connection, deadline: Deadline) throws(TransportError) -> HTTPResponse {
        var bytes: [UInt8] = []
        var frameDeadline: Deadline?
        while true {
            let chunk: [UInt8]
            do {
                chunk = try connection.receive(16 * 1024, deadline: frameDeadline ?? deadline)
            } catch .timedOut where frameDeadline != nil {
                // The upgrade itself succeeded; the check decides what a missing first frame means.
                return try HTTPResponseParser.parse(bytes, atEnd: true) ?? HTTPResponse(status: 101)
            }
            bytes += chunk
            guard bytes.count <= Self.responseLimit else { throw .tooLarge(limit: Self.responseLimit) }
            guard let response = try HTTPResponseParser.parse(bytes, atEnd: chunk.isEmpty) else { continue }
            // After a 101, keep reading until the first websocket frame (the Engine.IO open packet) is in.
            if response.status == 101, !chunk.isEmpty, WebSocketFrame.first(in: response.body) == nil {
                frameDeadline = frameDeadline ?? deadline.capped(at: Self.frameWait)
                continue
            }
            return response
        }
    }
}
