/// A file-system path on the install's host, in characters no config or shell reads specially.
///
/// Letters, digits, `.`, `_`, `-`, `+` and `/` only: nginx reads `$`, `;`, `{` and spaces, and the
/// printed next steps paste the path into a shell, so anything else is refused, not quoted.
public struct LocalPath: Hashable, Sendable, CustomStringConvertible {
    public let value: String

    public init(_ text: String) throws(ValueError) {
        let fix = "use letters, digits, '.', '_', '-', '+' and '/', e.g. /var/www/certbot"
        guard !text.isEmpty else { throw ValueError("the path is empty", fix: fix) }
        for byte in text.utf8 where !(isAlphanumeric(byte) || "._-+/".utf8.contains(byte)) {
            let shown = String(decoding: [byte], as: UTF8.self)
            let problem =
                byte < 0x80 ? "\(quoted(shown)) is not allowed" : "only ASCII characters are allowed"
            throw ValueError("\(quoted(text)) is not a plain path: \(problem)", fix: fix)
        }
        if text.hasPrefix("-") {
            throw ValueError("\(quoted(text)) starts with '-', which commands read as an option", fix: fix)
        }
        let segments = text.split(separator: "/", omittingEmptySubsequences: false).dropFirst(
            text.hasPrefix("/") ? 1 : 0)
        if segments.contains(where: { $0 == ".." }) {
            throw ValueError("\(quoted(text)) climbs out with '..'", fix: "write the path without '..'")
        }
        value = text.count > 1 && text.hasSuffix("/") ? String(text.dropLast()) : text
    }

    public var isAbsolute: Bool { value.hasPrefix("/") }

    public var description: String { value }
}
