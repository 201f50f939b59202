/// Unix permission bits, written in the manifest as an octal string (`"0600"`) a person can read.
public struct FileMode: Hashable, Sendable, Codable, CustomStringConvertible {
    public var bits: UInt16

    public init(_ bits: UInt16) {
        self.bits = bits
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard text.count == 4, text.first == "0", let bits = UInt16(text, radix: 8), bits <= 0o777 else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "'\(text)' is not a mode such as \"0600\""))
        }
        self.bits = bits
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    public var description: String {
        let octal = String(bits, radix: 8)
        return String(repeating: "0", count: max(0, 4 - octal.count)) + octal
    }
}
