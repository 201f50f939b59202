/// Building files from lines.
extension DotEnvFile {
    /// A parsed line `KEY=<encoded value>[ # comment]` ending in `\n`, ready to splice into ``lines``.
    ///
    /// Its positions count from line 1; parse the joined text again if positions matter after splicing.
    public static func entryLine(key: String, value: String, comment: String? = nil) throws(DotEnvEncodingError)
        -> Line
    {
        var text = try DotEnvLine.render(key: key, value: value)
        if let comment {
            guard !comment.utf8.contains(where: { $0 == .newline || $0 == .carriageReturn }) else {
                throw .commentLineBreak
            }
            text += " # " + comment
        }
        let parsed = DotEnvParser.parse(text + "\n")
        // An encoded value always parses back to one entry line; anything else is a bug in the encoder.
        precondition(parsed.lines.count == 1 && parsed.lines[0].entry?.key == key, "entryLine produced \(text)")
        return parsed.lines[0]
    }
}
