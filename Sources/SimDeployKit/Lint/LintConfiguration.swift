import DotEnv

/// Which rules run, how severe their findings are, and which severity fails the run.
///
/// Built from the config file (``LintConfiguration/load(_:fileName:)``) and then the command line
/// (``merging(_:)``); `all` stands for every rule in `enable` and `disable`.
public struct LintConfiguration: Hashable, Sendable {
    /// The name `simdeploy lint` looks for in the current folder.
    public static let fileName = ".simdeploy-lint.yml"

    public var target: DeploymentTarget?
    /// Rules turned on, opt-in ones included.
    public var enabled: Set<String>
    /// Rules turned off; wins over ``enabled`` when both name a rule.
    public var disabled: Set<String>
    /// Per-rule severities that replace the default.
    public var severities: [String: Diagnostic.Severity]
    /// The least severe finding that makes the run fail (exit 1).
    public var failureSeverity: Diagnostic.Severity

    public init(
        target: DeploymentTarget? = nil, enabled: Set<String> = [], disabled: Set<String> = [],
        severities: [String: Diagnostic.Severity] = [:], failureSeverity: Diagnostic.Severity = .error
    ) {
        self.target = target
        self.enabled = enabled
        self.disabled = disabled
        self.severities = severities
        self.failureSeverity = failureSeverity
    }

    public func isEnabled(_ rule: RuleDescription) -> Bool {
        if disabled.contains(rule.identifier) || disabled.contains("all") && !enabled.contains(rule.identifier) {
            return false
        }
        return !rule.isOptIn || enabled.contains(rule.identifier) || enabled.contains("all")
    }

    public func severity(of rule: RuleDescription) -> Diagnostic.Severity {
        severities[rule.identifier] ?? rule.severity
    }

    /// This configuration with `overrides` (the command line) applied on top.
    public func merging(_ overrides: LintConfiguration) -> LintConfiguration {
        var result = self
        result.target = overrides.target ?? target
        result.enabled.formUnion(overrides.enabled)
        result.disabled.subtract(overrides.enabled)
        result.disabled.formUnion(overrides.disabled)
        result.enabled.subtract(overrides.disabled)
        result.severities.merge(overrides.severities) { _, new in new }
        result.failureSeverity = overrides.failureSeverity == .error ? failureSeverity : overrides.failureSeverity
        return result
    }

    /// A problem for every rule id that names no rule, with the closest id when one is near.
    public func unknownRuleProblems() -> [String] {
        let names = Set(enabled).union(disabled).union(severities.keys).subtracting(["all"])
        return names.sorted().compactMap(EnvRules.unknownRuleProblem)
    }
}
