import DotEnv

/// A formatting-only repair a finding offers to `--fix`.
///
/// Each edit changes how a line is written, never what Docker Compose reads from it; the ``Fixer``
/// re-reads its own output and refuses to write when a value would change.
public enum FixEdit: Hashable, Sendable {
    /// Rewrite the line at `lineIndex` of `file.lines` with these normalizations.
    case normalize(lineIndex: Int, LineNormalization)
    /// Remove the line at `lineIndex` (a surplus blank line).
    case removeLine(lineIndex: Int)
    /// End the file with a line break.
    case addFinalNewline
}

/// What to tidy on one line.
public struct LineNormalization: OptionSet, Hashable, Sendable {
    public let rawValue: Int

    public init(rawValue: Int) {
        self.rawValue = rawValue
    }

    /// Blanks before the key or the `#` of a comment.
    public static let removeIndentation = LineNormalization(rawValue: 1 << 0)
    /// `export ` before the key.
    public static let removeExport = LineNormalization(rawValue: 1 << 1)
    /// ` = `, `: ` or `:` between key and value become `=`.
    public static let tightSeparator = LineNormalization(rawValue: 1 << 2)
    /// Blanks at the end of the line.
    public static let trimTrailingWhitespace = LineNormalization(rawValue: 1 << 3)
    /// `\r\n` at the end of the line becomes `\n`.
    public static let unixLineEnding = LineNormalization(rawValue: 1 << 4)
    /// Write the value the way ``DotEnvValue/encode(_:)`` does: plain when it can be, else quoted.
    public static let requoteValue = LineNormalization(rawValue: 1 << 5)
    /// A ` # comment` after the value moves to its own line above.
    public static let moveCommentAbove = LineNormalization(rawValue: 1 << 6)
}
