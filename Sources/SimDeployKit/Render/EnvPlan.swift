/// The `.env` an install needs, as ordered sections of keys and where each value comes from.
///
/// Pure data from the `Install`; `EnvRenderer` turns it into text and merges it with a file on disk.
public struct EnvPlan: Sendable {
    public enum Value: Hashable, Sendable {
        /// Decided by the spec; regeneration rewrites it when the spec changes.
        case fixed(String)
        /// Generated once with OpenSSL, then kept forever.
        case secret(SecretName)
        /// Pasted by the operator (API keys, OAuth secrets); written empty, then kept.
        case supplied
    }

    public struct Entry: Hashable, Sendable {
        public var key: String
        public var value: Value
        public var comment: String?

        public init(_ key: String, _ value: Value, _ comment: String? = nil) {
            self.key = key
            self.value = value
            self.comment = comment
        }
    }

    public struct Section: Hashable, Sendable {
        public var title: String
        public var entries: [Entry]
    }

    public var sections: [Section]

    public var entries: [Entry] { sections.flatMap(\.entries) }

    /// Secrets this install generates.
    public var secrets: [SecretName] {
        entries.compactMap { if case .secret(let name) = $0.value { return name } else { return nil } }
    }

    /// Whether simdeploy ever writes `key` from a spec field (so the operator should not set it in `env:`).
    public static func isManaged(_ key: String) -> Bool {
        SecretName(rawValue: key) != nil || EnvCatalogue.entry(key)?.specField != nil
    }
}
