/// Why a key or value cannot be written to a `.env` line that Compose reads back exactly.
public enum DotEnvEncodingError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The value holds a line feed; simdeploy writes single-line values only.
    case newline
    /// The value holds a carriage return, which would read back as part of a CRLF line break.
    case carriageReturn
    /// The value holds NUL, which no process environment can carry.
    case nul
    /// The key is not a portable variable name (`[A-Za-z_][A-Za-z0-9_]*`).
    case invalidKey(String)
    /// A comment for the line holds a line break.
    case commentLineBreak

    public var description: String {
        switch self {
        case .newline:
            "the value contains a line break; .env values written by simdeploy must fit on one line"
        case .carriageReturn:
            "the value contains a carriage return (\\r); remove it, .env values must fit on one line"
        case .nul:
            "the value contains a NUL character, which an environment variable cannot hold"
        case .invalidKey(let key):
            "\(GoQuoting.quote(key)) is not a portable variable name; use letters, digits and '_', "
                + "not starting with a digit"
        case .commentLineBreak:
            "the comment contains a line break; a comment must fit on one line"
        }
    }
}
