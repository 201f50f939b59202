/// Turns the bytes of one HTTP/1.x response into an `HTTPResponse`, as they arrive.
///
/// `parse` answers `nil` while the response is incomplete, so the transport can stop reading as soon
/// as the framing (Content-Length or the last chunk) says the body is whole, instead of waiting for a
/// server that keeps the connection open despite `Connection: close`.
enum HTTPResponseParser {
    /// The response in `bytes`, or `nil` when more bytes are needed. At end of stream an incomplete
    /// head or a short framed body is an error; an unframed body ends there.
    static func parse(_ bytes: [UInt8], atEnd: Bool) throws(TransportError) -> HTTPResponse? {
        guard let headEnd = headEnd(in: bytes) else {
            if atEnd {
                throw .malformed(
                    bytes.isEmpty
                        ? "the server closed the connection without answering" : "the response ended inside its headers"
                )
            }
            return nil
        }
        var response = try head(bytes[..<headEnd.start])
        let rest = Array(bytes[headEnd.end...])
        // 1xx, 204 and 304 carry no body; after a 101 the bytes belong to the upgraded protocol.
        if (100..<200).contains(response.status) || response.status == 204 || response.status == 304 {
            response.body = rest
            return response
        }
        if let encoding = response.header("Transfer-Encoding"), encoding.lowercased().contains("chunked") {
            guard let body = try ChunkedBody.decode(rest) else {
                if atEnd { throw .malformed("the chunked body ended before its last chunk") }
                return nil
            }
            response.body = body
            return response
        }
        if let text = response.header("Content-Length") {
            guard let length = Int(Substring(text).trimmingSpaces), length >= 0 else {
                throw .malformed("Content-Length '\(text)' is not a number")
            }
            guard rest.count >= length else {
                if atEnd { throw .malformed("the body ended after \(rest.count) of \(length) bytes") }
                return nil
            }
            response.body = Array(rest.prefix(length))
            return response
        }
        guard atEnd else { return nil }
        response.body = rest
        return response
    }

    /// Where the blank line after the headers starts and where the body begins.
    private static func headEnd(in bytes: [UInt8]) -> (start: Int, end: Int)? {
        var index = 0
        while index + 1 < bytes.count {
            if bytes[index] == 0x0A {
                // A bare LF line ending is tolerated, as browsers and curl do.
                if bytes[index + 1] == 0x0A { return (index, index + 2) }
                if bytes[index + 1] == 0x0D, index + 2 < bytes.count, bytes[index + 2] == 0x0A {
                    return (index, index + 3)
                }
            }
            index += 1
        }
        return nil
    }

    private static func head(_ bytes: ArraySlice<UInt8>) throws(TransportError) -> HTTPResponse {
        // Split on LF bytes, not Characters: Swift reads CR LF as one Character, so "\n" never matches it.
        let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map { line in
            Substring(String(decoding: line.last == 0x0D ? line.dropLast() : line, as: UTF8.self))
        }
        guard let statusLine = lines.first else { throw .malformed("the response has no status line") }
        let parts = statusLine.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count >= 2, parts[0].hasPrefix("HTTP/1."), parts[1].count == 3, let status = Int(parts[1]) else {
            throw .malformed("'\(statusLine.prefix(60))' is not an HTTP/1.x status line")
        }
        var headers: [HTTPHeader] = []
        for line in lines.dropFirst() where !line.isEmpty {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers.append(HTTPHeader(String(line[..<colon]), String(line[line.index(after: colon)...].trimmingSpaces)))
        }
        return HTTPResponse(status: status, reason: parts.count > 2 ? String(parts[2]) : "", headers: headers)
    }
}

/// `Transfer-Encoding: chunked` (RFC 9112 section 7.1): hex size lines, data, and a last zero-size chunk.
enum ChunkedBody {
    /// The decoded body, or `nil` when the last chunk has not arrived yet.
    static func decode(_ bytes: [UInt8]) throws(TransportError) -> [UInt8]? {
        var body: [UInt8] = []
        var index = 0
        while true {
            guard let lineEnd = lineEnd(bytes, from: index) else { return nil }
            // Chunk extensions after ';' carry nothing simdeploy needs.
            let line = String(decoding: bytes[index..<lineEnd], as: UTF8.self)
            let digits = line.split(separator: ";", maxSplits: 1).first.map { $0.trimmingSpaces } ?? ""
            guard let size = Int(digits, radix: 16), size >= 0 else {
                throw .malformed("'\(line.prefix(20))' is not a chunk size")
            }
            index = lineEnd + 2
            if size == 0 { return body }
            guard bytes.count >= index + size + 2 else { return nil }
            body += bytes[index..<index + size]
            index += size + 2
        }
    }

    /// The index of the next CRLF at or after `start`.
    private static func lineEnd(_ bytes: [UInt8], from start: Int) -> Int? {
        var index = start
        while index + 1 < bytes.count {
            if bytes[index] == 0x0D && bytes[index + 1] == 0x0A { return index }
            index += 1
        }
        return nil
    }
}
