import DotEnv

/// A statement line cut into the pieces `--fix` may rewrite: everything around the key and value.
///
/// Only single-statement lines whose key and value start on their first physical line are cut; for any
/// other line ``init(line:lineIndex:hasByteOrderMark:)`` fails and the fixer leaves the line alone.
struct LineAnatomy {
    var byteOrderMark: String
    var indentation: String
    /// `export` and the blanks after it, or empty.
    var exportWord: String
    var key: String
    /// From the end of the key to the start of the value: `=`, ` = `, `: `; empty for a bare key.
    var separator: String
    /// The value as written, quotes included.
    var value: String
    /// Blanks between the value and a comment.
    var gap: String
    /// `#` and the comment text, or empty.
    var comment: String
    /// Blanks before the line break.
    var trailing: String
    /// `\n`, `\r\n` or empty on a last line.
    var ending: String

    init?(line: DotEnvLine, lineIndex: Int, hasByteOrderMark: Bool) {
        guard case .entry(let entry) = line.kind, line.trailingEntries.isEmpty,
            entry.keyPosition.line == line.lineRange.lowerBound,
            entry.valuePosition.line == entry.keyPosition.line
        else { return nil }
        let scalars = Array(line.raw.unicodeScalars)
        let bom = lineIndex == 0 && hasByteOrderMark ? 1 : 0
        let keyStart = bom + entry.keyPosition.column - 1
        let keyEnd = keyStart + entry.key.unicodeScalars.count
        guard keyStart >= bom, keyEnd <= scalars.count else { return nil }
        let prefix = String(String.UnicodeScalarView(scalars[bom..<keyStart]))
        if entry.exported {
            guard let export = prefix.firstRange(of: "export") else { return nil }
            indentation = String(prefix[..<export.lowerBound])
            exportWord = String(prefix[export.lowerBound...])
        } else {
            indentation = prefix
            exportWord = ""
        }
        byteOrderMark = bom == 1 ? "\u{FEFF}" : ""
        key = String(String.UnicodeScalarView(scalars[keyStart..<keyEnd]))
        guard key == entry.key else { return nil }
        var valueEnd = keyEnd
        if entry.isBare || entry.separator == .none {
            separator = ""
            value = ""
        } else {
            let valueStart = bom + entry.valuePosition.column - 1
            valueEnd = valueStart + entry.rawValueText.unicodeScalars.count
            guard valueStart >= keyEnd, valueEnd <= scalars.count else { return nil }
            separator = String(String.UnicodeScalarView(scalars[keyEnd..<valueStart]))
            value = String(String.UnicodeScalarView(scalars[valueStart..<valueEnd]))
            guard value == entry.rawValueText else { return nil }
        }
        var rest = Array(scalars[valueEnd...])
        if rest.last == "\n" {
            rest.removeLast()
            if rest.last == "\r" {
                rest.removeLast()
                ending = "\r\n"
            } else {
                ending = "\n"
            }
        } else {
            ending = ""
        }
        var trailingStart = rest.count
        while trailingStart > 0 && LineAnatomy.isBlank(rest[trailingStart - 1]) {
            trailingStart -= 1
        }
        trailing = String(String.UnicodeScalarView(rest[trailingStart...]))
        let body = rest[..<trailingStart]
        if let hash = body.firstIndex(of: "#") {
            guard body[..<hash].allSatisfy(LineAnatomy.isBlank) else { return nil }
            gap = String(String.UnicodeScalarView(body[..<hash]))
            comment = String(String.UnicodeScalarView(body[hash...]))
        } else {
            guard body.allSatisfy(LineAnatomy.isBlank) else { return nil }
            gap = String(String.UnicodeScalarView(body))
            comment = ""
        }
    }

    /// The line written back with `normalization` applied; `newValue` replaces the value for `.requoteValue`.
    func rendered(_ normalization: LineNormalization, newValue: String?) -> String {
        let ending = normalization.contains(.unixLineEnding) && self.ending == "\r\n" ? "\n" : self.ending
        var head = byteOrderMark
        if !normalization.contains(.removeIndentation) { head += indentation }
        var commentLine = ""
        var comment = self.comment
        var gap = self.gap
        if normalization.contains(.moveCommentAbove) && !comment.isEmpty {
            commentLine = head + comment + (ending.isEmpty ? "\n" : ending)
            head = normalization.contains(.removeIndentation) ? "" : indentation
            comment = ""
            gap = ""
        }
        var line = head
        if !normalization.contains(.removeExport) { line += exportWord }
        line += key
        line += normalization.contains(.tightSeparator) && !separator.isEmpty ? "=" : separator
        line += normalization.contains(.requoteValue) ? (newValue ?? value) : value
        if !normalization.contains(.trimTrailingWhitespace) {
            line += gap + comment + trailing
        } else if !comment.isEmpty {
            // Blanks before a comment stay; with no comment after them they are trailing white space too.
            line += gap + comment
        }
        return commentLine + line + ending
    }

    static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\u{0B}" || scalar == "\u{0C}" || scalar == "\r"
    }
}
