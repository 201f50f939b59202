/// A Docker image tag such as `v0.8.9` (the grammar Docker accepts for tags).
public struct ImageTag: Hashable, Sendable, CustomStringConvertible {
    public let value: String

    public init(_ text: String) throws(ValueError) {
        let fix = "use a release tag such as v0.8.9 (letters, digits, '.', '_', '-'; at most 128 characters)"
        guard let first = text.utf8.first, text.utf8.count <= 128 else {
            throw ValueError("\(quoted(text)) is not an image tag", fix: fix)
        }
        guard isTagStart(first), text.utf8.allSatisfy(isTagByte) else {
            throw ValueError("\(quoted(text)) is not an image tag", fix: fix)
        }
        value = text
    }

    public var description: String { value }

    /// `latest` moves under a running install; a restart can pull new migrations.
    public var isFloating: Bool { value == "latest" }
}

private func isTagStart(_ byte: UInt8) -> Bool {
    isAlphanumeric(byte) || byte == UInt8(ascii: "_")
}

private func isTagByte(_ byte: UInt8) -> Bool {
    isTagStart(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-")
}

func isAlphanumeric(_ byte: UInt8) -> Bool {
    (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
}

/// The install's name: the Compose project name (which prefixes its volumes) and the Helm release.
public struct InstallName: Hashable, Sendable, CustomStringConvertible {
    public let value: String

    public init(_ text: String) throws(ValueError) {
        let fix = "use lower-case letters, digits and '-', starting with a letter (at most 40 characters)"
        let bytes = Array(text.utf8)
        guard let first = bytes.first, first >= 0x61, first <= 0x7A, bytes.count <= 40,
            bytes.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == UInt8(ascii: "-") }),
            bytes.last != UInt8(ascii: "-")
        else {
            throw ValueError("\(quoted(text)) is not a valid install name", fix: fix)
        }
        value = text
    }

    public var description: String { value }
}

/// An e-mail address in the plain `local@domain` form (no display name).
///
/// The domain is kept as `Hostname` stores it, so an internationalised one is in its `xn--` form.
public struct EmailAddress: Hashable, Sendable, CustomStringConvertible {
    public let value: String

    public init(_ text: String) throws(ValueError) {
        let fix = "write an address such as admin@example.com"
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty,
            parts[0].utf8.allSatisfy({ isAlphanumeric($0) || "._%+-".utf8.contains($0) })
        else {
            throw ValueError("\(quoted(text)) is not an e-mail address", fix: fix)
        }
        let domain: Hostname
        do {
            domain = try Hostname(String(parts[1]))
        } catch {
            throw ValueError("\(quoted(text)) is not an e-mail address: \(error.problem)", fix: fix)
        }
        value = "\(parts[0].lowercased())@\(domain.value)"
    }

    public var description: String { value }
}

/// An IPv4 address, used where services are published on the host.
public struct IPv4Address: Hashable, Sendable, CustomStringConvertible {
    public let octets: [UInt8]

    public init(_ text: String) throws(ValueError) {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        let numbers = parts.compactMap { part -> UInt8? in
            guard !part.isEmpty, part.count <= 3, part.allSatisfy(\.isASCII), part.allSatisfy(\.isNumber) else {
                return nil
            }
            if part.count > 1 && part.hasPrefix("0") { return nil }
            return UInt8(part)
        }
        guard parts.count == 4, numbers.count == 4 else {
            throw ValueError("\(quoted(text)) is not an IPv4 address", fix: "write an address such as 127.0.0.1")
        }
        octets = numbers
    }

    public var description: String { octets.map(String.init).joined(separator: ".") }

    private init(octets: [UInt8]) {
        self.octets = octets
    }

    public static let loopback = IPv4Address(octets: [127, 0, 0, 1])
    public static let any = IPv4Address(octets: [0, 0, 0, 0])
}

/// An IP address or CIDR block, as `AUTH_TRUSTED_PROXIES` takes them.
public struct NetworkRange: Hashable, Sendable, CustomStringConvertible {
    public let value: String

    public init(_ text: String) throws(ValueError) {
        let fix = "write an IP address or CIDR block such as 10.0.0.0/8 or 203.0.113.7"
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count <= 2 else { throw ValueError("\(quoted(text)) is not an IP address or CIDR block", fix: fix) }
        let address = String(parts[0])
        var maxPrefix = 32
        if address.contains(":") {
            guard address.allSatisfy({ $0.isHexDigit || $0 == ":" }), address.count >= 2 else {
                throw ValueError("\(quoted(text)) is not an IP address or CIDR block", fix: fix)
            }
            maxPrefix = 128
        } else {
            do {
                _ = try IPv4Address(address)
            } catch {
                throw ValueError("\(quoted(text)) is not an IP address or CIDR block", fix: fix)
            }
        }
        if parts.count == 2 {
            guard let prefix = Int(parts[1]), (0...maxPrefix).contains(prefix) else {
                throw ValueError("\(quoted(text)) has an invalid prefix length", fix: fix)
            }
        }
        value = text.lowercased()
    }

    public var description: String { value }
}
