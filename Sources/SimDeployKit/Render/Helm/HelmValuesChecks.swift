import YAML

/// Rules on the merged values, each reported at the layer that set the offending value.
struct HelmValuesChecks {
    let values: HelmValues
    let install: Install
    let options: KubernetesOptions

    var findings: [Diagnostic] {
        ingressClass() + albIdleTimeout() + chartComputedKeys() + externalSecretsCoverage()
    }

    private var merged: Node { values.merged }

    private func string(_ path: [String]) -> String? {
        guard let node = merged.value(at: path), !node.isNull else { return nil }
        return node.scalar?.value
    }

    private func finding(_ severity: Diagnostic.Severity, _ path: [String], _ message: String, fix: String)
        -> Diagnostic
    {
        let dotted = path.joined(separator: ".")
        guard let origin = values.origin(of: path) else {
            return Diagnostic(severity, "\(dotted): \(message)", fix: fix)
        }
        return origin.layer.diagnostic(severity, "\(dotted): \(message)", at: origin.node.mark, fix: fix)
    }

    private var ingressEnabled: Bool { merged.value(at: ["ingress", "enabled"])?.scalar?.resolved == .bool(true) }

    /// The API server rejects an Ingress with both `spec.ingressClassName` and the legacy annotation.
    private func ingressClass() -> [Diagnostic] {
        let annotation = ["ingress", "annotations", "kubernetes.io/ingress.class"]
        guard ingressEnabled, let className = string(["ingress", "className"]), !className.isEmpty,
            string(annotation) != nil
        else { return [] }
        return [
            finding(
                .error, annotation, "is set together with ingress.className \(className); the API server rejects both",
                fix: "remove the annotation (set it to null in a preset): the class name does its job")
        ]
    }

    /// ALB's 60 s idle timeout drops every quiet websocket.
    private func albIdleTimeout() -> [Diagnostic] {
        guard ingressEnabled, string(["ingress", "className"]) == "alb" else { return [] }
        let path = ["ingress", "annotations", "alb.ingress.kubernetes.io/load-balancer-attributes"]
        let attributes = string(path) ?? ""
        let timeout = attributes.split(separator: ",").compactMap { attribute -> Int? in
            let parts = attribute.split(separator: "=", maxSplits: 1)
            guard parts.count == 2, parts[0].trimmingSpaces == "idle_timeout.timeout_seconds" else { return nil }
            return Int(parts[1].trimmingSpaces)
        }.first
        guard (timeout ?? 60) < 3600 else { return [] }
        return [
            finding(
                .warning, path, "leaves the ALB idle timeout at \(timeout ?? 60) s, which drops idle websockets",
                fix: "include idle_timeout.timeout_seconds=3600")
        ]
    }

    /// The chart computes these and silently drops a value given for them.
    private func chartComputedKeys() -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for component in ["app", "realtime"] {
            for field in ["env", "envDefaults"] {
                for key in PodEnvironment.chartComputed.sorted() {
                    let path = [component, field, key]
                    guard let value = string(path), !value.isEmpty else { continue }
                    if key == "OLLAMA_URL", case .external = install.ollama { continue }
                    findings.append(
                        finding(
                            .error, path, "is computed by the chart, which drops this value",
                            fix: "remove it; the chart derives it from the release"))
                }
            }
        }
        return findings
    }

    /// In ESO mode the chart refuses any non-empty `env` key without a `remoteRefs.app` entry, and the four core secrets must be mapped.
    private func externalSecretsCoverage() -> [Diagnostic] {
        guard case .externalSecrets = options.secrets else { return [] }
        let mapped = Set(
            (merged.value(at: ["externalSecrets", "remoteRefs", "app"])?.mapping?.pairs ?? []).compactMap { pair in
                pair.value.scalar.map(\.value).flatMap { $0.isEmpty ? nil : pair.key.scalar?.value }
            })
        var findings: [Diagnostic] = []
        for component in ["app", "realtime"] {
            for pair in merged.value(at: [component, "env"])?.mapping?.pairs ?? [] {
                guard let key = pair.key.scalar?.value, let value = pair.value.scalar?.value, !value.isEmpty,
                    !pair.value.isNull, !PodEnvironment.chartComputed.contains(key), !mapped.contains(key)
                else { continue }
                findings.append(
                    finding(
                        .error, [component, "env", key],
                        "has no externalSecrets.remoteRefs.app entry; the chart refuses it",
                        fix: "move non-secret values to \(component).envDefaults, or set the secret in .env"))
            }
        }
        for key in ["BETTER_AUTH_SECRET", "ENCRYPTION_KEY", "INTERNAL_API_SECRET", "CRON_SECRET"]
        where !mapped.contains(key) {
            findings.append(
                finding(
                    .error, ["externalSecrets", "remoteRefs", "app", key], "is not mapped; the chart refuses to render",
                    fix: "map it to a key of the store"))
        }
        return findings
    }
}
