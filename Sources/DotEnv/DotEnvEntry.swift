/// One `KEY=value` statement as Docker Compose reads it, with where each part sits in the file.
///
/// `value` is the text Compose hands to interpolation: quotes removed, a single-quoted value's `\'`
/// unescaped, a double-quoted value's escapes expanded — except that `\$` becomes `$$`, which is how
/// compose-go keeps it literal through interpolation. For single-quoted values `value` is final; for the
/// others, pass the entry to ``Interpolation/interpolated(_:lookup:)`` to get what the container sees.
public struct DotEnvEntry: Hashable, Sendable {
    /// How the value was written.
    public enum Quote: Hashable, Sendable {
        /// Unquoted: runs to the end of the line, a space followed by `#` starts a comment.
        case none
        /// `'…'`: literal, may span lines, only `\'` is unescaped.
        case single
        /// `"…"`: may span lines, backslash escapes, then interpolation.
        case double
    }

    /// What ended the key.
    public enum Separator: Hashable, Sendable {
        /// `KEY=value`
        case equals
        /// `KEY: value`, the YAML-style form compose-go also accepts.
        case colon
        /// Nothing: a bare `KEY` line, or the last line of a file without a final newline (see ``isBare``).
        case none
    }

    /// The key as Compose stores it, blanks before the separator trimmed; empty for `=value`.
    public var key: String
    /// The value before interpolation (see the type's documentation).
    public var value: String
    public var quote: Quote
    /// Whether the statement started with `export `.
    public var exported: Bool
    public var separator: Separator
    /// The text after the `#` of a comment that follows the value on its last line, without the line break.
    public var inlineComment: String?
    /// A `KEY` line without `=`: Compose takes the value from its own environment, or drops the key.
    ///
    /// Not set for a bare word on a last line that has no newline: compose-go then reads the word as the
    /// *value* of an empty key (`"": "WORD"`), and so does this parser (`key` empty, `separator` `.none`).
    public var isBare: Bool
    /// Where the key starts (after `export `).
    public var keyPosition: SourcePosition
    /// Where the value starts, at its opening quote if it has one; just after the separator when it is empty.
    public var valuePosition: SourcePosition
    /// The physical lines the statement spans, from the key to the end of the value.
    public var lineRange: ClosedRange<Int>
    /// The value exactly as written, quotes included; for an unquoted value, without trailing blanks and comment.
    public var rawValueText: String
}
