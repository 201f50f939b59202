/// Checks for plain text fields, each returning the text unchanged when it is acceptable.
enum OllamaModel {
    /// `name[:tag]` with an optional `namespace/` prefix, as `ollama pull` takes them.
    static func validate(_ text: String) throws(ValueError) -> String {
        let allowed = text.utf8.allSatisfy { isAlphanumeric($0) || "._-:/".utf8.contains($0) }
        guard !text.isEmpty, allowed, let first = text.utf8.first, isAlphanumeric(first) else {
            throw ValueError(
                "\(quoted(text)) is not an Ollama model name", fix: "write it as ollama pull takes it, e.g. gemma3:4b")
        }
        return text
    }
}

enum PostgresIdentifier {
    /// Letters, digits and `_`, starting with a letter or `_`: safe unquoted in SQL and in a URL.
    static func validate(_ text: String) throws(ValueError) -> String {
        let bytes = Array(text.utf8)
        guard let first = bytes.first, bytes.count <= 63, !(first >= 0x30 && first <= 0x39),
            bytes.allSatisfy({ isAlphanumeric($0) || $0 == UInt8(ascii: "_") })
        else {
            throw ValueError(
                "\(quoted(text)) is not a plain Postgres name",
                fix: "use letters, digits and '_' (at most 63), not starting with a digit")
        }
        return text
    }
}

enum EnvKeyName {
    /// A portable variable name: `[A-Za-z_][A-Za-z0-9_]*`.
    static func validate(_ text: String) throws(ValueError) -> String {
        let bytes = Array(text.utf8)
        guard let first = bytes.first, !(first >= 0x30 && first <= 0x39),
            bytes.allSatisfy({ isAlphanumeric($0) || $0 == UInt8(ascii: "_") })
        else {
            throw ValueError(
                "\(quoted(text)) is not a variable name", fix: "use letters, digits and '_', not starting with a digit")
        }
        return text
    }
}

enum SingleLineValue {
    /// Text without line breaks or NUL, which no `.env` line can carry.
    static func validate(_ text: String) throws(ValueError) -> String {
        if text.unicodeScalars.contains(where: { $0 == "\n" || $0 == "\r" || $0 == "\0" }) {
            throw ValueError("\(quoted(text)) spans several lines", fix: "write it on one line (for JSON, use jq -c)")
        }
        return text
    }
}

enum PlainName {
    /// A bucket, container, region, project or time-zone name: no spaces, quotes or control characters.
    static func validate(_ text: String) throws(ValueError) -> String {
        guard !text.isEmpty, text.utf8.allSatisfy({ isAlphanumeric($0) || "._-/+".utf8.contains($0) }) else {
            throw ValueError(
                "\(quoted(text)) is not a plain name", fix: "use letters, digits, '.', '_', '-', '/' and '+'")
        }
        return text
    }
}
