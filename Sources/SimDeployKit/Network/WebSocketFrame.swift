/// The first frame of a websocket connection (RFC 6455 section 5.2), enough to read Engine.IO's open packet.
struct WebSocketFrame: Hashable, Sendable {
    /// 1 text, 2 binary, 8 close, 9 ping, 10 pong.
    var opcode: UInt8
    var payload: [UInt8]

    var isText: Bool { opcode == 1 }

    /// The frame at the start of `bytes`, or `nil` while it is incomplete. A server's frames are not
    /// masked, but a mask is undone anyway rather than misread.
    static func first(in bytes: [UInt8]) -> WebSocketFrame? {
        guard bytes.count >= 2 else { return nil }
        let masked = bytes[1] & 0x80 != 0
        var length = Int(bytes[1] & 0x7F)
        var index = 2
        if length >= 126 {
            let size = length == 126 ? 2 : 8
            guard bytes.count >= index + size else { return nil }
            length = bytes[index..<index + size].reduce(0) { $0 << 8 | Int($1) }
            index += size
            // A first frame this large is not an Engine.IO open packet; refuse rather than wait for it.
            guard (0...SocketTransport.responseLimit).contains(length) else { return nil }
        }
        var mask: [UInt8] = []
        if masked {
            guard bytes.count >= index + 4 else { return nil }
            mask = Array(bytes[index..<index + 4])
            index += 4
        }
        guard bytes.count >= index + length else { return nil }
        var payload = Array(bytes[index..<index + length])
        if masked {
            for offset in payload.indices { payload[offset] ^= mask[offset % 4] }
        }
        return WebSocketFrame(opcode: bytes[0] & 0x0F, payload: payload)
    }
}
