internal import COpenSSL

/// Cryptographically secure bytes from OpenSSL's CSPRNG (`RAND_bytes`), with its result checked.
public struct OpenSSLRandom: RandomSource {
    public init() {}

    public func bytes(_ count: Int) throws(SecretError) -> [UInt8] {
        var buffer = [UInt8](repeating: 0, count: count)
        let status = buffer.withUnsafeMutableBytes { raw in
            RAND_bytes(raw.baseAddress?.assumingMemoryBound(to: UInt8.self), Int32(count))
        }
        // RAND_bytes returns 1 on success; 0 or -1 means the buffer must not be used.
        guard status == 1 else {
            let code = ERR_get_error()
            var text = [CChar](repeating: 0, count: 256)
            ERR_error_string_n(code, &text, text.count)
            let reason = String(decoding: text.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            throw .randomFailed(code: UInt(code), reason: reason)
        }
        return buffer
    }
}
