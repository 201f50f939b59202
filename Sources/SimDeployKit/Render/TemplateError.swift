/// Why a template cannot make a config: each problem located at the template's line and column.
public struct TemplateError: Error, Sendable {
    public struct Problem: Hashable, Sendable {
        public var line: Int
        public var column: Int
        public var message: String
        public var fix: String
        public var sourceLine: String
    }

    public var fileName: String
    public var problems: [Problem]

    /// The problems as diagnostics, with the template line and a caret.
    public var diagnostics: [Diagnostic] {
        problems.map {
            .error(
                $0.message, at: SourceLocation(file: fileName, line: $0.line, column: $0.column), fix: $0.fix,
                sourceLine: $0.sourceLine)
        }
    }
}
