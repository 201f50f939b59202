/// SHA-256 digests through OpenSSL's EVP API, as lower-case hex.
///
/// The manifest names every file by this digest, so a hand edit or a half-finished write shows up
/// as a different hash.
public enum SHA256 {
    public static func hex(_ text: String) throws(DiagnosticError) -> String {
        try hex(Array(text.utf8))
    }

    public static func hex(_ bytes: [UInt8]) throws(DiagnosticError) -> String {
        let digest: [UInt8]
        switch EVPDigest.sha256(bytes) {
        case .success(let bytes): digest = bytes
        case .failure(let failure):
            throw DiagnosticError(
                .error(
                    "OpenSSL could not compute a SHA-256 digest (EVP_Digest returned \(failure.status))",
                    fix: "check the OpenSSL installation (libcrypto) on this machine"))
        }
        let digits = Array("0123456789abcdef".utf8)
        var hex = [UInt8]()
        hex.reserveCapacity(64)
        for byte in digest {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: hex, as: UTF8.self)
    }
}
