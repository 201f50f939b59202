/// A problem found while reading or writing YAML, located like a compiler diagnostic.
///
/// `description` renders it the way compilers do, so the CLI can print it as is:
///
///     simdeploy.yaml:3:7: error: did not find expected key (while parsing a block mapping started at 2:1)
///       url: [broken
///           ^
public struct YAMLError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong, for callers that react differently to each problem.
    public enum Kind: Sendable, Hashable {
        /// libyaml could not read the text (scanner, parser or reader error), or an alias names no anchor.
        case syntax
        /// A mapping holds the same scalar key twice.
        case duplicateKey
        /// A second document where only one is allowed.
        case multipleDocuments
        /// Expanding aliases would build more nodes than the parser allows (a "billion laughs" document).
        case aliasLimit
        /// Collections nest deeper than the parser allows.
        case nestingLimit
        /// libyaml refused to write a node tree, or the tree cannot be written faithfully.
        case emitter
    }

    public var kind: Kind
    /// What is wrong, in libyaml's words or ours: "did not find expected key".
    public var problem: String
    /// Where the problem is, 1-based.
    ///
    /// A problem at the end of the input (an unclosed bracket or quote) sits just past the last line's text.
    /// Emitter errors have no source; their mark is `0:0`.
    public var mark: Mark
    public var fileName: String
    /// The whole source line holding `mark`, without its line break; `nil` when there is none to show.
    public var sourceLine: String?
    /// What the reader was doing, in libyaml's words: "while parsing a block mapping".
    public var context: String?
    /// Where that construct started.
    public var contextMark: Mark?

    public init(
        kind: Kind,
        problem: String,
        mark: Mark,
        fileName: String,
        sourceLine: String? = nil,
        context: String? = nil,
        contextMark: Mark? = nil
    ) {
        self.kind = kind
        self.problem = problem
        self.mark = mark
        self.fileName = fileName
        self.sourceLine = sourceLine
        self.context = context
        self.contextMark = contextMark
    }

    public var description: String {
        var text = location + "error: " + problem
        if let context {
            text += " (" + context + (contextMark.map { " started at \($0)" } ?? "") + ")"
        }
        if let sourceLine {
            text += "\n  " + Self.printable(sourceLine) + "\n  " + caretIndent(under: sourceLine) + "^"
        }
        return text
    }
}

private extension YAMLError {
    /// `file:line:column: `, shortened when the error has no position or no file.
    var location: String {
        if mark.line > 0 { return "\(fileName):\(mark.line):\(mark.column): " }
        return fileName.isEmpty ? "" : "\(fileName): "
    }

    /// The line with control characters other than tab shown as U+FFFD.
    ///
    /// Quoting a line then cannot send escape sequences to the terminal. Each replacement stays one
    /// character wide, so the caret still lines up.
    static func printable(_ line: String) -> String {
        let scalars = line.unicodeScalars.map { scalar -> Unicode.Scalar in
            let isControl = scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
            return isControl && scalar != "\t" ? "\u{FFFD}" : scalar
        }
        return String(String.UnicodeScalarView(scalars))
    }

    /// The whitespace that puts a caret under `mark.column`.
    ///
    /// Tabs are copied from the source line, so the caret lines up however wide the terminal draws a tab.
    func caretIndent(under line: String) -> String {
        let width = max(mark.column - 1, 0)
        var indent = String(line.unicodeScalars.prefix(width).map { $0 == "\t" ? "\t" : " " })
        indent += String(repeating: " ", count: max(width - indent.unicodeScalars.count, 0))
        return indent
    }
}
