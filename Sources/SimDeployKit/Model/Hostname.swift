/// A DNS name made of letters, digits and hyphens (RFC 1123), stored in lower case.
///
/// Proxy configs and ingress hosts take this type, so a value that could smuggle a directive
/// (`;`, `{`, a space, a newline, a quote) never reaches a template. An internationalised name
/// is stored in the `xn--` form browsers, DNS and certificates use (`bücher.example` becomes
/// `xn--bcher-kva.example`).
public struct Hostname: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let value: String

    public init(_ text: String) throws(ValueError) {
        if text.isEmpty {
            throw ValueError("the host name is empty", fix: "write a DNS name such as sim.example.com")
        }
        let ascii = text.unicodeScalars.allSatisfy(\.isASCII) ? text : try IDNA.toASCII(text)
        let lower = ascii.lowercased()
        let name = lower.hasSuffix(".") ? String(lower.dropLast()) : lower
        if name.utf8.count > 253 {
            throw ValueError("\(quoted(text)) is longer than 253 characters")
        }
        for label in name.split(separator: ".", omittingEmptySubsequences: false) {
            try Hostname.check(label: label, in: text)
        }
        value = name
    }

    public var description: String { value }

    public static func < (lhs: Hostname, rhs: Hostname) -> Bool { lhs.value < rhs.value }

    /// Whether this names the local machine, which a public install must not use.
    public var isLoopback: Bool {
        value == "localhost" || value.hasSuffix(".localhost") || value.hasPrefix("127.")
    }

    private static func check(label: Substring, in text: String) throws(ValueError) {
        let fix = "use letters, digits, dots and hyphens, e.g. sim.example.com"
        guard !label.isEmpty else {
            throw ValueError("\(quoted(text)) has an empty label (two dots in a row, or a leading dot)", fix: fix)
        }
        guard label.utf8.count <= 63 else {
            throw ValueError("\(quoted(text)) has a label longer than 63 characters", fix: fix)
        }
        for byte in label.utf8 where !(isLetterOrDigit(byte) || byte == UInt8(ascii: "-")) {
            let shown = String(decoding: [byte], as: UTF8.self)
            throw ValueError("\(quoted(text)) is not a host name: \(quoted(shown)) is not allowed", fix: fix)
        }
        if label.hasPrefix("-") || label.hasSuffix("-") {
            throw ValueError("\(quoted(text)) is not a host name: a label cannot start or end with '-'", fix: fix)
        }
        if label.hasPrefix("xn--") {
            try IDNA.checkACELabel(label, in: text)
        }
    }

    private static func isLetterOrDigit(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }
}
