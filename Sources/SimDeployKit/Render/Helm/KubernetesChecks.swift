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
