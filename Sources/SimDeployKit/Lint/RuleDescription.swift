import DotEnv

/// Everything a lint rule says about itself: its id, why it exists and examples that are also its tests.
///
/// One description feeds the rule's tests (`RuleExampleTests`), `simdeploy explain <id>`, `Docs/Rules.md`
/// and the `rules` of a SARIF log, so they cannot drift apart.
public struct RuleDescription: Sendable {
    /// Which family a rule belongs to; `Docs/Rules.md` groups rules by it.
    public enum Kind: String, Sendable, CaseIterable {
        /// Lines Docker Compose refuses.
        case syntax
        /// Style and hygiene, the checks other dotenv linters have.
        case hygiene
        /// Values that Compose, `docker run --env-file`, python-dotenv or a shell read differently.
        case dialect
        /// What Sim itself needs, from its configuration catalogue.
        case sim

        public var title: String {
            switch self {
            case .syntax: "Syntax"
            case .hygiene: "Hygiene"
            case .dialect: "Dialect hazards"
            case .sim: "Sim configuration"
            }
        }
    }

    /// Stable lower kebab-case id, used on the command line, in disable comments and in reports.
    public let identifier: String
    public let name: String
    public let kind: Kind
    /// One sentence: what the rule finds.
    public let summary: String
    /// Why it matters, in a few sentences.
    public let rationale: String
    public let severity: Diagnostic.Severity
    /// Rules that are off unless enabled (`--enable`, or `enable:` in the config file).
    public let isOptIn: Bool
    /// Whether `--fix` can repair the finding (formatting only: never what Compose reads).
    public let isFixable: Bool
    /// Texts where the rule finds something, exactly at each `↓`.
    public let triggeringExamples: [Example]
    /// Texts where the rule finds nothing.
    public let nonTriggeringExamples: [Example]

    public init(
        identifier: String, name: String, kind: Kind, summary: String, rationale: String,
        severity: Diagnostic.Severity, isOptIn: Bool = false, isFixable: Bool = false,
        triggeringExamples: [Example], nonTriggeringExamples: [Example]
    ) {
        self.identifier = identifier
        self.name = name
        self.kind = kind
        self.summary = summary
        self.rationale = rationale
        self.severity = severity
        self.isOptIn = isOptIn
        self.isFixable = isFixable
        self.triggeringExamples = triggeringExamples
        self.nonTriggeringExamples = nonTriggeringExamples
    }
}
