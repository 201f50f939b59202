import DotEnv

/// An absolute URL cut into parts, as much as rules need; no normalization, no percent-decoding.
struct URLParts {
    var scheme: String
    /// Everything before the last `@` of the authority, if any.
    var userInfo: Substring?
    var host: Substring
    var port: Substring?
    /// From the first `/` after the authority, without query and fragment; empty when there is none.
    var path: Substring
    var query: Substring?
    var fragment: Substring?

    /// `nil` when `text` has no `scheme://`.
    init?(_ text: String) {
        guard let separator = text.firstRange(of: "://") else { return nil }
        let scheme = text[..<separator.lowerBound]
        guard let first = scheme.first, first.isASCII, first.isLetter,
            scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+.-".contains($0)) })
        else { return nil }
        self.scheme = scheme.lowercased()
        var rest = text[separator.upperBound...]
        if let hash = rest.firstIndex(of: "#") {
            fragment = rest[rest.index(after: hash)...]
            rest = rest[..<hash]
        }
        if let question = rest.firstIndex(of: "?") {
            query = rest[rest.index(after: question)...]
            rest = rest[..<question]
        }
        // The last `@` ends the user info, so a raw `@` or `/` in a password still lands there.
        var authorityEnd = rest.firstIndex(of: "/") ?? rest.endIndex
        if let at = rest.lastIndex(of: "@") {
            userInfo = rest[..<at]
            rest = rest[rest.index(after: at)...]
            authorityEnd = rest.firstIndex(of: "/") ?? rest.endIndex
        }
        var hostPort = rest[..<authorityEnd]
        path = rest[authorityEnd...]
        if hostPort.hasPrefix("["), let close = hostPort.firstIndex(of: "]") {
            host = hostPort[...close]
            let after = hostPort[hostPort.index(after: close)...]
            port = after.hasPrefix(":") ? after.dropFirst() : nil
        } else {
            if let colon = hostPort.lastIndex(of: ":") {
                port = hostPort[hostPort.index(after: colon)...]
                hostPort = hostPort[..<colon]
            }
            host = hostPort
        }
    }

    /// Whether the port, if any, is a number from 1 to 65535.
    var hasValidPort: Bool {
        guard let port else { return true }
        guard let number = Int(port), port.allSatisfy(\.isASCII) else { return false }
        return (1...65535).contains(number)
    }
}
