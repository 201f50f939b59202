import YAML

/// The chart values of a Kubernetes install: the layers and their Helm-style merge.
///
/// Layers, lowest first: the built-in ingress controller preset, the built-in cloud preset, the
/// operator's `kubernetes.presets` in order, and last what `simdeploy.yaml` decides (the typed
/// overlay). The chart's own `values.yaml` sits under all of them, applied by Helm at install.
struct HelmValues {
    /// Every layer, the overlay last (named `simdeploy.yaml`).
    let layers: [HelmPreset]
    let merged: Node
    let networkPolicy: NetworkPolicyState

    static let overlayName = "simdeploy.yaml"

    init(_ install: Install, options: KubernetesOptions, inputs: RenderInputs) {
        let presets = HelmPreset.builtIn(cloud: options.cloud, ingress: options.ingress?.controller) + inputs.presets
        let underneath = ValuesMerge.merge(presets.map(\.values))
        networkPolicy = NetworkPolicyState(options: options, presets: underneath)
        let overlay = HelmValuesOverlay(
            install: install, options: options, env: inputs.env, presets: underneath
        ).node
        layers = presets + [HelmPreset(name: Self.overlayName, values: overlay)]
        merged = ChartValues.ordered(ValuesMerge.merge(underneath, overlay))
    }

    /// The topmost layer that sets `path`, and the node it sets there: where a finding about that value belongs.
    func origin(of path: [String]) -> (layer: HelmPreset, node: Node)? {
        for layer in layers.reversed() {
            if let node = layer.values.value(at: path) { return (layer, node) }
        }
        return nil
    }
}

/// Facts about the upstream chart (helm/sim 1.5.4) that simdeploy relies on.
enum ChartValues {
    static let version = "1.5.4"

    /// The top-level keys of the chart's `values.yaml`, in its order, plus the two naming overrides.
    /// The schema refuses any other top-level key.
    static let topLevelKeys = [
        "nameOverride", "fullnameOverride", "global", "app", "realtime", "redis", "migrations", "postgresql",
        "externalDatabase", "ollama", "pii", "ingress", "ingressInternal", "serviceAccount", "autoscaling",
        "podDisruptionBudget", "monitoring", "networkPolicy", "sharedStorage", "extraVolumes", "extraVolumeMounts",
        "branding", "extraEnvVars", "podAnnotations", "podLabels", "affinity", "tolerations", "cronjobs",
        "telemetry", "copilot", "externalSecrets", "certManager", "tests",
    ]

    /// Top-level keys in the chart's order, so the file reads like the chart's `values.yaml`.
    static func ordered(_ values: Node) -> Node {
        guard case .mapping(let mapping) = values else { return values }
        let rank = { (pair: Node.Mapping.Pair) in
            topLevelKeys.firstIndex(of: pair.key.scalar?.value ?? "") ?? topLevelKeys.count
        }
        let pairs = mapping.pairs.enumerated().sorted { lhs, rhs in
            (rank(lhs.element), lhs.offset) < (rank(rhs.element), rhs.offset)
        }.map(\.element)
        return .mapping(Node.Mapping(pairs, style: mapping.style, mark: mapping.mark))
    }
}
