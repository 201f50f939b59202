/// Decides which values are secret, so no output ever shows them.
///
/// The catalogue knows Sim's secrets; for other keys the name decides (`*_SECRET`, `*PASSWORD*`,
/// `*_KEY`, `*TOKEN*` …), and a URL with credentials is secret whatever its key. Asked for every key of
/// a file, so it compares bytes instead of calling `String` searches.
enum SecretPolicy {
    static func isSecret(key: String, value: String = "") -> Bool {
        if let variable = CatalogueIndex.variable(key) {
            return variable.isSecret || hasCredentials(value)
        }
        return nameLooksSecret(key) || hasCredentials(value)
    }

    private static let secretWords: [[UInt8]] = [
        "SECRET", "PASSWORD", "PASSWD", "PASS", "TOKEN", "_KEY", "KEY_", "CREDENTIAL", "PRIVATE", "AUTH", "DSN",
        "CONNECTION_STRING", "COOKIE", "SALT", "SIGNATURE", "CERT",
    ].map { Array($0.utf8) }

    /// For each byte, one bit per secret word that starts with it: most positions of a name start none.
    private static let wordsStartingWith: [UInt32] = {
        var table = [UInt32](repeating: 0, count: 256)
        for (index, word) in secretWords.enumerated() { table[Int(word[0])] |= 1 << index }
        return table
    }()

    /// Whether the name, in any case, contains a secret word or ends in `KEY`.
    static func nameLooksSecret(_ key: String) -> Bool {
        if let answer = key.utf8.withContiguousStorageIfAvailable(nameLooksSecret) { return answer }
        return Array(key.utf8).withUnsafeBufferPointer(nameLooksSecret)
    }

    private static func nameLooksSecret(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        @inline(__always) func upper(_ byte: UInt8) -> UInt8 {
            byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") ? byte - 32 : byte
        }
        let count = bytes.count
        if count >= 3 && upper(bytes[count - 3]) == UInt8(ascii: "K") && upper(bytes[count - 2]) == UInt8(ascii: "E")
            && upper(bytes[count - 1]) == UInt8(ascii: "Y")
        {
            return true
        }
        let starts = wordsStartingWith
        let words = secretWords
        for start in 0..<count {
            var candidates = starts[Int(upper(bytes[start]))]
            while candidates != 0 {
                let word = words[candidates.trailingZeroBitCount]
                candidates &= candidates - 1
                guard start + word.count <= count else { continue }
                var matches = true
                for offset in 1..<word.count where upper(bytes[start + offset]) != word[offset] {
                    matches = false
                    break
                }
                if matches { return true }
            }
        }
        return false
    }

    /// `scheme://user:password@host`.
    static func hasCredentials(_ value: String) -> Bool {
        if let answer = value.utf8.withContiguousStorageIfAvailable(hasCredentials) { return answer }
        return Array(value.utf8).withUnsafeBufferPointer(hasCredentials)
    }

    private static func hasCredentials(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.contains(UInt8(ascii: "@")) else { return false }
        var state = 0  // 0: before "://", 1: saw ':', 2: saw ":/", 3: in the authority
        for byte in bytes {
            switch (state, byte) {
            case (3, UInt8(ascii: "/")): return false
            case (3, UInt8(ascii: "@")): return true
            case (3, _): continue
            case (_, UInt8(ascii: ":")): state = 1
            case (1, UInt8(ascii: "/")): state = 2
            case (2, UInt8(ascii: "/")): state = 3
            default: state = 0
            }
        }
        return false
    }
}
