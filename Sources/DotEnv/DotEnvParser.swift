/// Reads `.env` text the way Docker Compose v2.40.3 (compose-go v2.9.1 `dotenv/parser.go`) does.
///
/// Parsing never fails: what Compose would reject becomes a ``ParseIssue`` on an `.invalid` line, and the
/// parser carries on at the next physical line so that one run reports every problem. Compose itself
/// stops at the first one, so a file with any issue is a file Compose refuses.
///
/// The parser walks UTF-8 bytes, not `Character`s: `simdeploy lint` starts on this path.
public enum DotEnvParser {
    /// Parses `text`.
    public static func parse(_ text: String) -> DotEnvFile {
        var text = text
        return text.withUTF8 { bytes in
            var parser = LineParser(bytes: bytes, checksUTF8: false)
            return parser.parseFile()
        }
    }

    /// Parses raw file contents, which may not be UTF-8.
    ///
    /// A line holding bytes that are not UTF-8 becomes an `.invalid` line located at the first such byte
    /// (Compose would pass them through in a value, but a container environment then gets text nobody can
    /// read back). For such input, `raw` holds U+FFFD in place of the bad bytes, so only valid UTF-8
    /// round-trips byte for byte.
    public static func parse(bytes: [UInt8]) -> DotEnvFile {
        bytes.withUnsafeBufferPointer { buffer in
            let isUTF8 = UTF8Bytes.firstInvalidOffset(in: buffer, 0..<buffer.count) == nil
            var parser = LineParser(bytes: buffer, checksUTF8: !isUTF8)
            return parser.parseFile()
        }
    }
}
