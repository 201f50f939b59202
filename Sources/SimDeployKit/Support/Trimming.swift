extension Substring {
    /// Without leading and trailing spaces and tabs (the blanks of HTTP headers, templates and annotations).
    var trimmingSpaces: Substring {
        let isBlank: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = firstIndex(where: { !isBlank($0) }), let last = lastIndex(where: { !isBlank($0) }) else {
            return self[endIndex...]
        }
        return self[first...last]
    }
}

extension String {
    /// Without leading and trailing spaces and tabs.
    var trimmingSpaces: String { String(self[...].trimmingSpaces) }
}
