import YAML

/// An operator's preset holds chart values and nothing secret.
enum PresetChecks {
    static func check(_ preset: HelmPreset) -> [Diagnostic] {
        guard case .mapping(let root) = preset.values else { return [] }
        var findings: [Diagnostic] = []
        for pair in root.pairs {
            guard let key = pair.key.scalar?.value else { continue }
            if !ChartValues.topLevelKeys.contains(key) {
                let suggestion = NameSuggestion.closest(to: key, in: ChartValues.topLevelKeys)
                findings.append(
                    preset.diagnostic(
                        .error, "\(key): not a value of the Sim chart; its schema refuses unknown top-level keys",
                        at: pair.key.mark, fix: suggestion.map { "did you mean '\($0)'?" } ?? "remove it"))
            }
        }
        for component in ["app", "realtime"] {
            for field in ["env", "envDefaults"] {
                for pair in preset.values.value(at: [component, field])?.mapping?.pairs ?? [] {
                    guard let key = pair.key.scalar?.value, PodEnvironment.isSecret(key),
                        !PodEnvironment.chartComputed.contains(key),
                        EnvCatalogue.entry(key) != nil, pair.value.scalar?.value.isEmpty == false
                    else { continue }
                    findings.append(
                        preset.diagnostic(
                            .error, "\(component).\(field).\(key): a secret in a preset", at: pair.value.mark,
                            fix:
                                "remove it here and set it in .env, where simdeploy keeps it and puts it where the secret mode says"
                        ))
                }
            }
        }
        return findings
    }
}
