/// Something Docker Compose would refuse (or, for bad UTF-8, that this parser will not guess about).
///
/// Messages follow compose-go's wording where it has one, so a user who searches for Compose's error finds
/// ours; unlike Compose, the line and column always point at the offending character.
public struct ParseIssue: Error, Hashable, Sendable, CustomStringConvertible {
    /// A stable identifier for reporters and tests.
    public enum Code: String, Hashable, Sendable {
        case unterminatedQuote = "unterminated-quote"
        case invalidKeyCharacter = "invalid-key-character"
        case spaceInKey = "space-in-key"
        /// `export ` with nothing after it at the very end of the file (compose-go: "zero length string").
        case emptyStatement = "empty-statement"
        /// A `$` expression Compose cannot read, such as `${1}` or `${A:x}`.
        case invalidTemplate = "invalid-template"
        /// Bytes that are not UTF-8.
        case invalidUTF8 = "invalid-utf8"
    }

    public var code: Code
    /// What is wrong, in Compose's words where it has some.
    public var message: String
    public var line: Int
    public var column: Int
    /// What to do about it.
    public var fix: String?

    public init(code: Code, message: String, position: SourcePosition, fix: String? = nil) {
        self.code = code
        self.message = message
        self.line = position.line
        self.column = position.column
        self.fix = fix
    }

    public var position: SourcePosition { SourcePosition(line: line, column: column) }

    /// `line:column: message; fix`.
    public var description: String {
        "\(line):\(column): \(message)" + (fix.map { "; \($0)" } ?? "")
    }
}
