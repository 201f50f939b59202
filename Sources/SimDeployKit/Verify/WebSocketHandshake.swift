/// The client side of the RFC 6455 opening handshake: a fresh key and the accept value it implies.
struct WebSocketHandshake: Sendable {
    /// The fixed GUID of RFC 6455 section 1.3.
    static let guid = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"

    /// Base64 of 16 random bytes, as the RFC asks, so no cache or proxy can replay an old answer.
    let key: String

    init(random: any RandomSource) throws(SecretError) {
        key = Base64.encode(try random.bytes(16))
    }

    init(key: String) {
        self.key = key
    }

    /// `Sec-WebSocket-Accept` a server that read this key must send: base64(SHA-1(key + GUID)).
    var expectedAccept: String? {
        (try? EVPDigest.sha1(Array((key + Self.guid).utf8)).get()).map(Base64.encode)
    }

    var headers: [HTTPHeader] {
        [
            HTTPHeader("Connection", "Upgrade"), HTTPHeader("Upgrade", "websocket"),
            HTTPHeader("Sec-WebSocket-Key", key), HTTPHeader("Sec-WebSocket-Version", "13"),
        ]
    }
}

/// Engine.IO's open packet (`0{"sid":"...","upgrades":["websocket"],...}`), the first thing realtime
/// sends on a new Socket.IO connection, whichever transport.
struct EngineIOOpenPacket: Hashable, Sendable {
    /// Whether realtime offers to move this connection to a websocket.
    var offersWebSocket: Bool

    /// `nil` when `text` is not an open packet, e.g. an HTML page from the app.
    init?(_ text: String) {
        guard text.hasPrefix("0{"), text.contains("\"sid\":") else { return nil }
        guard let upgrades = text.firstRange(of: "\"upgrades\":[") else {
            offersWebSocket = false
            return
        }
        let list = text[upgrades.upperBound...].prefix { $0 != "]" }
        offersWebSocket = list.contains("\"websocket\"")
    }
}
