/// One finding: a spec error, a YAML error, a refused secret or a lint result.
///
/// Every producer speaks this type so every reporter can print all of them.
public struct Diagnostic: Hashable, Sendable {
    public enum Severity: String, Hashable, Sendable, Comparable, CaseIterable {
        case note, warning, error

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs.rank < rhs.rank
        }

        private var rank: Int {
            switch self {
            case .note: 0
            case .warning: 1
            case .error: 2
            }
        }
    }

    public var severity: Severity
    public var location: SourceLocation?
    /// A stable identifier (a lint rule id or an error code); empty for plain errors.
    public var code: String
    /// What is wrong.
    public var message: String
    /// What to do about it.
    public var fix: String?
    /// The source line the location points into, already redacted if it held a secret.
    public var sourceLine: String?

    public init(
        _ severity: Severity,
        _ message: String,
        at location: SourceLocation? = nil,
        code: String = "",
        fix: String? = nil,
        sourceLine: String? = nil
    ) {
        self.severity = severity
        self.message = message
        self.location = location
        self.code = code
        self.fix = fix
        self.sourceLine = sourceLine
    }

    public static func error(
        _ message: String, at location: SourceLocation? = nil, code: String = "", fix: String? = nil,
        sourceLine: String? = nil
    ) -> Diagnostic {
        Diagnostic(.error, message, at: location, code: code, fix: fix, sourceLine: sourceLine)
    }

    public static func warning(
        _ message: String, at location: SourceLocation? = nil, code: String = "", fix: String? = nil,
        sourceLine: String? = nil
    ) -> Diagnostic {
        Diagnostic(.warning, message, at: location, code: code, fix: fix, sourceLine: sourceLine)
    }

    public static func note(_ message: String, at location: SourceLocation? = nil, fix: String? = nil) -> Diagnostic {
        Diagnostic(.note, message, at: location, fix: fix)
    }
}

/// The work failed for the reasons listed; the CLI prints them and exits 1.
public struct DiagnosticError: Error, Sendable {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    public init(_ diagnostic: Diagnostic) {
        self.diagnostics = [diagnostic]
    }
}
