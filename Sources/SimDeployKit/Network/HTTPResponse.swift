/// A response as read from the wire: status, headers in order, and the decoded body.
public struct HTTPResponse: Hashable, Sendable {
    public var status: Int
    public var reason: String
    public var headers: [HTTPHeader]
    /// The body after chunked decoding; after a `101`, the first bytes of the upgraded connection.
    public var body: [UInt8]

    public init(status: Int, reason: String = "", headers: [HTTPHeader] = [], body: [UInt8] = []) {
        self.status = status
        self.reason = reason
        self.headers = headers
        self.body = body
    }

    /// The first header with this name, ignoring case.
    public func header(_ name: String) -> String? {
        headers.first { $0.is(name) }?.value
    }

    public var bodyText: String { String(decoding: body, as: UTF8.self) }

    public var isSuccess: Bool { (200..<300).contains(status) }
    public var isRedirect: Bool { [301, 302, 303, 307, 308].contains(status) }

    /// `200 application/json`, for messages: the status and what kind of body came back.
    public var summary: String {
        guard let type = header("Content-Type")?.split(separator: ";").first else { return "\(status)" }
        return "\(status) \(type.trimmingSpaces)"
    }
}
