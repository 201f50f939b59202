internal import COpenSSL

/// One `EVP_Digest` call, shared by ``SHA256`` (the manifest) and the WebSocket accept key.
enum EVPDigest {
    /// `EVP_Digest` did not return 1, or gave a digest of an unexpected length.
    struct Failure: Error {
        var status: Int32
    }

    static func sha256(_ bytes: [UInt8]) -> Result<[UInt8], Failure> {
        digest(bytes, EVP_sha256(), length: 32)
    }

    /// For the one place a protocol still requires SHA-1: the `Sec-WebSocket-Accept` header of RFC 6455.
    /// Nothing here relies on SHA-1 for security.
    static func sha1(_ bytes: [UInt8]) -> Result<[UInt8], Failure> {
        digest(bytes, EVP_sha1(), length: 20)
    }

    private static func digest(_ bytes: [UInt8], _ type: OpaquePointer?, length expected: Int)
        -> Result<[UInt8], Failure>
    {
        var digest = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        let status = bytes.withUnsafeBytes { input in
            digest.withUnsafeMutableBytes { output in
                EVP_Digest(
                    input.baseAddress, input.count, output.baseAddress?.assumingMemoryBound(to: UInt8.self), &length,
                    type, nil)
            }
        }
        // EVP_Digest returns 1 on success; anything else leaves the buffer undefined.
        guard status == 1, Int(length) == expected else { return .failure(Failure(status: status)) }
        return .success(Array(digest.prefix(expected)))
    }
}
