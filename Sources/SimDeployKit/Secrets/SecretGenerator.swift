/// Makes new secret values: 32 random bytes as 64 lower-case hex characters.
///
/// Hex satisfies every rule at once: 64 hex for the AES keys, 32+ characters for the others, and
/// URL-safe for the Postgres password.
public struct SecretGenerator: Sendable {
    public static let byteCount = 32

    private let random: any RandomSource

    public init(random: any RandomSource) {
        self.random = random
    }

    public func generate(_ name: SecretName) throws(SecretError) -> String {
        let bytes = try random.bytes(Self.byteCount)
        let digits = Array("0123456789abcdef".utf8)
        var hex = [UInt8]()
        hex.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: hex, as: UTF8.self)
    }
}
