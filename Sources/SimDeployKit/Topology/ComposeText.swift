/// The `${NAME}`, `${NAME:-default}` and `${NAME:?message}` references in a compose value.
enum ComposeText {
    /// Every variable name referenced in `text`, in order. `$$` is a literal dollar, not a reference.
    static func references(_ text: String) -> [String] {
        var names: [String] = []
        var rest = Substring(text)
        while let dollar = rest.firstIndex(of: "$") {
            let after = rest[rest.index(after: dollar)...]
            if after.hasPrefix("$") {
                rest = after.dropFirst()
                continue
            }
            guard after.hasPrefix("{") else {
                rest = after
                continue
            }
            let name = after.dropFirst().prefix { $0.isLetter || $0.isNumber || $0 == "_" }
            if !name.isEmpty { names.append(String(name)) }
            rest = after.dropFirst()
        }
        return names
    }

    /// `text` with each `${NAME...}` whose name has a value replaced by it; the others stay as `${NAME}`.
    static func substitute(_ text: String, _ values: [String: String]) -> String {
        var out = ""
        var rest = Substring(text)
        while let start = rest.firstRange(of: "${") {
            out += rest[..<start.lowerBound]
            guard let end = rest[start.upperBound...].firstIndex(of: "}") else {
                out += rest[start.lowerBound...]
                return out
            }
            let name = rest[start.upperBound..<end].prefix { $0.isLetter || $0.isNumber || $0 == "_" }
            out += values[String(name)] ?? "${\(name)}"
            rest = rest[rest.index(after: end)...]
        }
        return out + rest
    }
}
