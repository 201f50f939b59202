/// Where secret bytes come from. The product uses only `OpenSSLRandom`; tests pass a seeded source.
public protocol RandomSource: Sendable {
    func bytes(_ count: Int) throws(SecretError) -> [UInt8]
}

public enum SecretError: Error, Hashable, Sendable, CustomStringConvertible {
    /// OpenSSL's generator failed; the code is `ERR_get_error()`.
    case randomFailed(code: UInt, reason: String)

    public var description: String {
        switch self {
        case .randomFailed(let code, let reason):
            "OpenSSL RAND_bytes failed (error \(code): \(reason)); no secret was written"
        }
    }
}
