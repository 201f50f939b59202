/// Writing new `KEY=value` lines.
extension DotEnvLine {
    /// `KEY=<encoded value>`, without a line break, for a portable key (`[A-Za-z_][A-Za-z0-9_]*`).
    public static func render(key: String, value: String) throws(DotEnvEncodingError) -> String {
        guard isPortableKey(key) else { throw .invalidKey(key) }
        return key + "=" + (try DotEnvValue.encode(value))
    }

    /// Whether `key` is `[A-Za-z_][A-Za-z0-9_]*`, the names every shell and tool accepts.
    public static func isPortableKey(_ key: String) -> Bool {
        guard let first = key.utf8.first, !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) else {
            return false
        }
        return key.utf8.allSatisfy { byte in
            Template.isNameByte(byte)
        }
    }
}
