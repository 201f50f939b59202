import Testing

@testable import SimDeployKit

@Suite("websocket handshake")
struct WebSocketHandshakeTests {
    @Test("Sec-WebSocket-Accept for the sample key of RFC 6455 section 1.3")
    func rfcExample() {
        #expect(WebSocketHandshake(key: "dGhlIHNhbXBsZSBub25jZQ==").expectedAccept == "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=")
    }

    @Test("a key is base64 of 16 random bytes and the request asks for version 13")
    func key() throws {
        let handshake = try WebSocketHandshake(random: OpenSSLRandom())
        #expect(handshake.key.count == 24)
        #expect(handshake.key.hasSuffix("=="))
        #expect(handshake.headers.contains(HTTPHeader("Sec-WebSocket-Version", "13")))
    }

    @Test(
        "base64 matches the test vectors of RFC 4648 section 10",
        arguments: [
            ("", ""), ("f", "Zg=="), ("fo", "Zm8="), ("foo", "Zm9v"), ("foob", "Zm9vYg=="), ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ])
    func base64(_ input: String, _ expected: String) {
        #expect(Base64.encode(Array(input.utf8)) == expected)
    }

    @Test("the first frame is read whole, with 16-bit lengths and masks, and not before it is complete")
    func frames() {
        let text = Array("0{\"sid\":\"x\"}".utf8)
        #expect(WebSocketFrame.first(in: [0x81, UInt8(text.count)] + text) == WebSocketFrame(opcode: 1, payload: text))
        #expect(WebSocketFrame.first(in: [0x81, UInt8(text.count)] + text.dropLast()) == nil)
        let long = [UInt8](repeating: 0x61, count: 300)
        #expect(WebSocketFrame.first(in: [0x82, 126, 0x01, 0x2C] + long)?.payload.count == 300)
        let mask: [UInt8] = [1, 2, 3, 4]
        let masked = text.enumerated().map { $0.element ^ mask[$0.offset % 4] }
        #expect(WebSocketFrame.first(in: [0x81, 0x80 | UInt8(text.count)] + mask + masked)?.payload == text)
        #expect(WebSocketFrame.first(in: [0x81, 127, 0xFF, 0, 0, 0, 0, 0, 0, 1]) == nil)
    }

    @Test("Engine.IO's open packet is told apart from an HTML page")
    func openPacket() {
        let packet = EngineIOOpenPacket(#"0{"sid":"a","upgrades":["websocket"],"pingInterval":25000}"#)
        #expect(packet?.offersWebSocket == true)
        #expect(EngineIOOpenPacket(#"0{"sid":"a","upgrades":[]}"#)?.offersWebSocket == false)
        #expect(EngineIOOpenPacket("<!DOCTYPE html><html>") == nil)
        #expect(EngineIOOpenPacket(#"{"code":3,"message":"Bad request"}"#) == nil)
    }
}
