import Testing

@testable import SimDeployKit

@Suite("HTTP response parsing")
struct HTTPResponseParserTests {
    func parse(_ text: String, atEnd: Bool = false) throws -> HTTPResponse? {
        try HTTPResponseParser.parse(Array(text.utf8), atEnd: atEnd)
    }

    @Test("status, headers without case and a Content-Length body; complete before the server closes")
    func contentLength() throws {
        let response = try #require(
            try parse("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\ncontent-length: 2\r\n\r\n{}"))
        #expect(response.status == 200)
        #expect(response.reason == "OK")
        #expect(response.header("Content-Length") == "2")
        #expect(response.bodyText == "{}")
        #expect(response.summary == "200 application/json")
    }

    @Test("an incomplete head or body asks for more bytes, and is an error once the stream ends")
    func incomplete() throws {
        #expect(try parse("HTTP/1.1 200 OK\r\nContent-Le") == nil)
        #expect(try parse("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nab") == nil)
        #expect(throws: TransportError.malformed("the body ended after 2 of 5 bytes")) {
            try parse("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nab", atEnd: true)
        }
        #expect(throws: TransportError.malformed("the server closed the connection without answering")) {
            try parse("", atEnd: true)
        }
    }

    @Test("a chunked body is decoded, extensions ignored, and waits for its last chunk")
    func chunked() throws {
        let head = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
        #expect(try parse(head + "5;ext=1\r\nhello\r\n") == nil)
        let response = try #require(try parse(head + "5;ext=1\r\nhello\r\n1\r\n!\r\n0\r\n\r\n"))
        #expect(response.bodyText == "hello!")
        #expect(throws: TransportError.malformed("'zz' is not a chunk size")) { try parse(head + "zz\r\n") }
    }

    @Test("without framing the body runs to the end of the stream")
    func unframed() throws {
        #expect(try parse("HTTP/1.0 404 Not Found\r\n\r\nnope") == nil)
        #expect(try parse("HTTP/1.0 404 Not Found\r\n\r\nnope", atEnd: true)?.bodyText == "nope")
    }

    @Test("after a 101 the bytes that follow belong to the upgraded connection")
    func switchingProtocols() throws {
        let head = Array("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n\r\n".utf8)
        let response = try #require(try HTTPResponseParser.parse(head + [0x81, 0x02, 0x30, 0x7B], atEnd: false))
        #expect(response.status == 101)
        #expect(response.body == [0x81, 0x02, 0x30, 0x7B])
    }

    @Test("bare LF line endings are read like CRLF")
    func bareLineFeeds() throws {
        let response = try #require(try parse("HTTP/1.1 204 No Content\nX-A: 1\n\n"))
        #expect(response.header("x-a") == "1")
    }

    @Test("something that is not HTTP is an error that says so")
    func notHTTP() {
        #expect(throws: TransportError.malformed("'SSH-2.0-OpenSSH_9.2' is not an HTTP/1.x status line")) {
            try parse("SSH-2.0-OpenSSH_9.2\r\n\r\n")
        }
    }
}
