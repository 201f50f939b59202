import DotEnv
import YAML

/// Reading `.simdeploy-lint.yml`:
///
///     target: compose            # or kubernetes
///     severity: warning          # fail on warnings too (default: error)
///     disable: [unordered-key]
///     enable: [unnecessary-quotes]
///     rules:
///       unknown-key: error       # a rule's severity
extension LintConfiguration {
    public static func load(_ text: String, fileName: String) throws(DiagnosticError) -> LintConfiguration {
        let root: Node?
        do {
            root = try Parser.parse(text, fileName: fileName)
        } catch {
            throw DiagnosticError(error.diagnostic)
        }
        var configuration = LintConfiguration()
        guard let root else { return configuration }
        var problems: [Diagnostic] = []
        func problem(_ message: String, _ node: Node, fix: String? = nil) {
            let mark = node.mark ?? Mark(line: 1, column: 1)
            problems.append(
                .error(message, at: SourceLocation(file: fileName, line: mark.line, column: mark.column), fix: fix))
        }
        guard let mapping = root.mapping else {
            problem("the lint configuration must be a mapping", root, fix: "write keys such as `disable: [rule-id]`")
            throw DiagnosticError(problems)
        }
        for pair in mapping.pairs {
            let key = pair.key.scalar?.value ?? ""
            switch key {
            case "target":
                if let value = pair.value.scalar?.value, let target = DeploymentTarget(rawValue: value) {
                    configuration.target = target
                } else {
                    problem("target: must be compose or kubernetes", pair.value)
                }
            case "severity":
                switch pair.value.scalar?.value {
                case "error": configuration.failureSeverity = .error
                case "warning": configuration.failureSeverity = .warning
                default: problem("severity: must be error or warning", pair.value)
                }
            case "enable", "disable":
                guard let items = pair.value.sequence?.items else {
                    problem("\(key): must be a list of rule ids", pair.value, fix: "write \(key): [rule-id, …]")
                    continue
                }
                for item in items {
                    guard let id = item.scalar?.value else {
                        problem("\(key): every item must be a rule id", item)
                        continue
                    }
                    if let unknown = EnvRules.unknownRuleProblem(id), id != "all" {
                        problem("\(key): \(unknown)", item)
                    }
                    if key == "enable" { configuration.enabled.insert(id) } else { configuration.disabled.insert(id) }
                }
            case "rules":
                guard let rules = pair.value.mapping else {
                    problem("rules: must map rule ids to error, warning or off", pair.value)
                    continue
                }
                for rule in rules.pairs {
                    let id = rule.key.scalar?.value ?? ""
                    if let unknown = EnvRules.unknownRuleProblem(id) {
                        problem("rules: \(unknown)", rule.key)
                        continue
                    }
                    switch rule.value.scalar?.value {
                    case "error": configuration.severities[id] = .error
                    case "warning": configuration.severities[id] = .warning
                    case "off": configuration.disabled.insert(id)
                    case "on": configuration.enabled.insert(id)
                    default: problem("rules.\(id): must be error, warning, on or off", rule.value)
                    }
                }
            default:
                let suggestion = NameSuggestion.closest(
                    to: key, in: ["target", "severity", "enable", "disable", "rules"])
                problem(
                    "\(key): unknown key" + (suggestion.map { "; did you mean '\($0)'?" } ?? ""), pair.key,
                    fix: "known keys: target, severity, enable, disable, rules")
            }
        }
        guard problems.isEmpty else { throw DiagnosticError(problems) }
        return configuration
    }
}
