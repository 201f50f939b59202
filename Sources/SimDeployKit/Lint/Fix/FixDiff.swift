import DotEnv

/// The changes of a fix as a unified diff without context (`diff -U0`), secret values masked.
public enum FixDiff {
    public static func unified(old file: DotEnvFile, _ outcome: Fixer.Outcome, path: String) -> String {
        guard !outcome.changes.isEmpty else { return "" }
        let (old, new) = path.hasPrefix("/") ? (path, path) : ("a/" + path, "b/" + path)
        var out = "--- \(old)\n+++ \(new)\n"
        var shift = 0
        let lastIndex = file.lines.count - 1
        for change in outcome.changes {
            let line = file.lines[change.lineIndex]
            let old = Redactor.redacted(line, lineIndex: change.lineIndex, hasByteOrderMark: file.hasByteOrderMark)
            let oldLines = visibleLines(old)
            let newText = change.replacement.map { $0 + "\n" }.joined()
            let newLines = visibleLines(redactedText(newText, keepByteOrderMark: change.lineIndex == 0))
            let oldStart = line.lineRange.lowerBound
            let newStart = oldStart + shift
            out += "@@ -\(range(oldStart, oldLines.count)) +\(range(newStart, newLines.count)) @@\n"
            for text in oldLines { out += "-" + text + "\n" }
            if change.lineIndex == lastIndex && outcome.addedFinalNewline && line.raw.unicodeScalars.last != "\n" {
                out += "\\ No newline at end of file\n"
            }
            for text in newLines { out += "+" + text + "\n" }
            shift += newLines.count - oldLines.count
        }
        return out
    }

    /// `start,count` as diff writes it; an empty side names the line before it.
    private static func range(_ start: Int, _ count: Int) -> String {
        count == 0 ? "\(start - 1),0" : count == 1 ? "\(start)" : "\(start),\(count)"
    }

    private static func redactedText(_ text: String, keepByteOrderMark: Bool) -> String {
        let parsed = DotEnvParser.parse(text)
        return parsed.lines.enumerated().map { index, line in
            Redactor.redacted(line, lineIndex: index, hasByteOrderMark: parsed.hasByteOrderMark)
        }.joined()
    }

    /// Physical lines without their `\n`; a carriage return shows as `␍` so a CRLF fix is visible.
    private static func visibleLines(_ text: String) -> [String] {
        var lines = text.physicalLines.map { part in
            part.endsWithCarriageReturn ? String(part.unicodeScalars.dropLast()) + "␍" : part
        }
        if lines.last == "" { lines.removeLast() }
        return lines
    }
}
