/// One logical line of a `.env` file: usually one physical line, several when a quoted value spans lines.
///
/// `raw` holds the exact text including the line break (`\n` or `\r\n`; none on a last line without one),
/// so joining every line's `raw` gives the file back byte for byte. The first line's `raw` also holds a
/// UTF-8 byte-order mark if the file starts with one (see ``DotEnvFile/hasByteOrderMark``).
public struct DotEnvLine: Hashable, Sendable {
    /// What the line holds.
    public enum Kind: Hashable, Sendable {
        /// Nothing but white space.
        case blank
        /// A `#` comment: the text after `#`, without the line break.
        case comment(String)
        /// A statement. If more statements follow a closing quote on the same line, see ``trailingEntries``.
        case entry(DotEnvEntry)
        /// A line Compose would reject; the issue says where and why.
        case invalid(ParseIssue)
    }

    public var raw: String
    public var kind: Kind
    /// The physical lines covered, 1-based.
    public var lineRange: ClosedRange<Int>
    /// Statements Compose reads after a closing quote on the same physical line.
    ///
    /// `A="x" B=2` defines `B`, and `A="x" junk` reads `junk` as a bare key. Almost always a mistake,
    /// hence kept apart for linters.
    public var trailingEntries: [DotEnvEntry] = []

    /// How many physical lines this logical line covers.
    public var physicalLineCount: Int { lineRange.count }

    /// The entry of an `.entry` line.
    public var entry: DotEnvEntry? {
        if case .entry(let entry) = kind { return entry }
        return nil
    }

    /// The issue of an `.invalid` line.
    public var issue: ParseIssue? {
        if case .invalid(let issue) = kind { return issue }
        return nil
    }
}
