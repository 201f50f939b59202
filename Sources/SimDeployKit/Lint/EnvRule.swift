import DotEnv

/// A lint rule: a small type whose ``description`` documents and tests it.
///
/// `check` reads the parsed file and returns located findings; the ``Linter`` adds the rule id, the
/// configured severity and the redacted source line, and drops findings silenced by a disable comment.
public protocol EnvRule: Sendable {
    static var description: RuleDescription { get }
    init()
    func check(_ input: LintInput) -> [Finding]
}

/// One problem a rule found.
public struct Finding: Hashable, Sendable {
    /// Where it is; inside the file.
    public var position: SourcePosition
    /// What is wrong. Never a secret value.
    public var message: String
    /// What to do about it.
    public var hint: String?
    /// The formatting-only repair `--fix` applies, when there is one.
    public var edit: FixEdit?
    /// Whether reports show the source line; not for findings about the whole file (a missing key).
    public var showsSourceLine: Bool

    public init(
        _ message: String, at position: SourcePosition, hint: String? = nil, edit: FixEdit? = nil,
        showsSourceLine: Bool = true
    ) {
        self.message = message
        self.position = position
        self.hint = hint
        self.edit = edit
        self.showsSourceLine = showsSourceLine
    }
}
