internal import COpenSSL

/// SHA-256 digests through OpenSSL's EVP API, as lower-case hex.
///
/// The manifest names every file by this digest, so a hand edit or a half-finished write shows up
/// as a different hash.
public enum SHA256 {
    public static func hex(_ text: String) throws(DiagnosticError) -> String {
        try hex(Array(text.utf8))
    }

    public static func hex(_ bytes: [UInt8]) throws(DiagnosticError) -> String {
        var digest = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        let status = bytes.withUnsafeBytes { input in
            digest.withUnsafeMutableBytes { output in
                EVP_Digest(
                    input.baseAddress, input.count, output.baseAddress?.assumingMemoryBound(to: UInt8.self), &length,
                    EVP_sha256(), nil)
            }
        }
        // EVP_Digest returns 1 on success; anything else leaves the buffer undefined.
        guard status == 1, length == 32 else {
            throw DiagnosticError(
                .error(
                    "OpenSSL could not compute a SHA-256 digest (EVP_Digest returned \(status))",
                    fix: "check the OpenSSL installation (libcrypto) on this machine"))
        }
        let digits = Array("0123456789abcdef".utf8)
        var hex = [UInt8]()
        hex.reserveCapacity(64)
        for byte in digest.prefix(32) {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: hex, as: UTF8.self)
    }
}
