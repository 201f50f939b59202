/// A config language whose templates only take values its escaper let through.
public protocol ConfigEscaping {
    /// How messages name the format (`Caddyfile`, `nginx`).
    static var formatName: String { get }
}

/// Text that passed `Format`'s escaper: the only text a `Template<Format>` accepts.
///
/// The initializer is internal and called only by the escapers, so a Caddy-checked value cannot
/// reach an nginx template, and an unchecked string cannot reach either.
public struct Escaped<Format: ConfigEscaping>: Hashable, Sendable {
    public let text: String

    init(checked text: String) {
        self.text = text
    }

    /// Checked values joined by a separator the code chose (a space between server names, say).
    static func joined(_ parts: [Escaped], separator: StaticString) -> Escaped {
        Escaped(checked: parts.map(\.text).joined(separator: "\(separator)"))
    }
}

/// The shared rule of the two escapers: a non-empty run of letters, digits and a format's extras.
enum TokenCheck {
    static func check(_ value: String, format: String, extraAllowed: String) throws(ValueError) {
        let fix = "simdeploy writes only plain host names, addresses, paths and sizes into proxy configs"
        guard let first = value.utf8.first else {
            throw ValueError("an empty value cannot go into the \(format)", fix: fix)
        }
        if first == UInt8(ascii: "-") {
            throw ValueError("\(quoted(value)) cannot go into the \(format): it starts with '-'", fix: fix)
        }
        for byte in value.utf8 where !(isAlphanumeric(byte) || extraAllowed.utf8.contains(byte)) {
            let shown = byte < 0x80 ? quoted(String(decoding: [byte], as: UTF8.self)) : "a non-ASCII character"
            throw ValueError("\(quoted(value)) cannot go into the \(format): \(shown) is not allowed", fix: fix)
        }
    }
}
