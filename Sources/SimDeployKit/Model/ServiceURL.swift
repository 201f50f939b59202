/// An absolute http(s) URL of a service Sim calls (Ollama, vLLM, Azure OpenAI), path allowed.
public struct ServiceURL: Hashable, Sendable, CustomStringConvertible {
    public let text: String
    public let host: String

    public init(parsing text: String) throws(ValueError) {
        let example = "write an absolute URL such as http://ollama.internal:11434"
        let lower = text.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://") else {
            throw ValueError("\(quoted(text)) must start with http:// or https://", fix: example)
        }
        guard
            !text.unicodeScalars.contains(where: {
                $0.value <= 0x20 || $0.value == 0x7F || "\"'<>\\`{}|^".unicodeScalars.contains($0)
            })
        else {
            throw ValueError("\(quoted(text)) contains a space, quote or control character", fix: example)
        }
        let afterScheme = text[text.index(text.startIndex, offsetBy: lower.hasPrefix("https") ? 8 : 7)...]
        let authority = afterScheme.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        if authority.contains("@") {
            throw ValueError("\(quoted(text)) carries credentials; put keys in .env instead", fix: example)
        }
        var hostPart = Substring(authority)
        if let colon = hostPart.lastIndex(of: ":"), !hostPart.hasSuffix("]") {
            guard let port = Int(hostPart[hostPart.index(after: colon)...]), (1...65535).contains(port) else {
                throw ValueError("\(quoted(text)) has an invalid port", fix: "use a port between 1 and 65535")
            }
            hostPart = hostPart[..<colon]
        }
        guard !hostPart.isEmpty else {
            throw ValueError("\(quoted(text)) has no host", fix: example)
        }
        self.text = text.hasSuffix("/") ? String(text.dropLast()) : text
        self.host = hostPart.lowercased()
    }

    public var description: String { text }

    /// Whether the URL points at the machine (or container) it is read on.
    public var isLoopback: Bool {
        host == "localhost" || host.hasPrefix("127.") || host == "[::1]" || host == "0.0.0.0"
    }
}
