import YAML

/// What the chart would only refuse at install time (or never), checked on the values simdeploy
/// renders and on `.env`, each finding located where the fix goes: a preset line or a `.env` line.
///
/// Spec-level rules (replicas without object storage, controller options) are in `InstallChecks`,
/// which knows where keys sit in `simdeploy.yaml`.
enum KubernetesChecks {
    static func findings(_ install: Install, inputs: RenderInputs, envFileName: String, newKeys: Set<String> = [])
        -> [Diagnostic]
    {
        guard let options = install.target.kubernetes else { return [] }
        var findings: [Diagnostic] = []
        for preset in inputs.presets { findings += PresetChecks.check(preset) }
        let values = HelmValues(install, options: options, inputs: inputs)
        findings += HelmValuesChecks(values: values, install: install, options: options).findings
        findings +=
            EnvChecks(
                install: install, options: options, env: inputs.env, fileName: envFileName, newKeys: newKeys
            ).findings
        return findings
    }
}

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
