/// Whether a plain scalar reads back as the same string in every YAML reader simdeploy's files meet.
///
/// Those readers are Helm (go-yaml v2, YAML 1.1), Docker Compose (go-yaml v3, YAML 1.2) and the people and
/// scripts that use PyYAML (YAML 1.1). A string is written plain only when all of them keep it a string.
enum PlainReading {
    static func isStringEverywhere(_ text: String) -> Bool {
        guard case .string = CoreSchema.resolve(text) else { return false }
        return YAML11Schema.readsAsString(text) && !GoYAMLNumbers.isNumber(text) && !looksLikeTimestamp(text)
    }

    /// `[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}`, alone or followed by `T`, `t`, a space or a tab and anything.
    ///
    /// A superset of PyYAML's timestamps (which want two-digit months for a bare date) and go-yaml's
    /// (which take one digit), so `2001-12-14` and `2001-1-2t10:00:00` both keep their quotes.
    static func looksLikeTimestamp(_ text: String) -> Bool {
        var cursor = ByteCursor(text)
        guard cursor.takeAll(where: ASCII.isDigit) == 4, cursor.take("-"),
            (1...2).contains(cursor.takeAll(where: ASCII.isDigit)), cursor.take("-"),
            (1...2).contains(cursor.takeAll(where: ASCII.isDigit))
        else { return false }
        return cursor.isAtEnd || cursor.take(oneOf: "Tt \t")
    }
}
