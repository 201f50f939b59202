internal import COpenSSL

/// SHA-1 through OpenSSL's EVP API, for the one place a protocol still requires it: the
/// `Sec-WebSocket-Accept` header of RFC 6455. Nothing here relies on SHA-1 for security.
enum SHA1 {
    static func digest(_ bytes: [UInt8]) -> [UInt8]? {
        var digest = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        let status = bytes.withUnsafeBytes { input in
            digest.withUnsafeMutableBytes { output in
                EVP_Digest(
                    input.baseAddress, input.count, output.baseAddress?.assumingMemoryBound(to: UInt8.self), &length,
                    EVP_sha1(), nil)
            }
        }
        guard status == 1, length == 20 else { return nil }
        return Array(digest.prefix(20))
    }
}
