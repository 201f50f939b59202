import YAML

extension SpecWriter {
    /// The `kubernetes:` section: cloud, namespace and secret mode always, the rest when not default.
    static func kubernetes(_ options: KubernetesOptions) -> [(String, Node)] {
        let defaults = KubernetesOptions()
        var pairs: [(String, Node)] = [
            ("cloud", .string(options.cloud.rawValue)),
            ("namespace", .string(options.namespace.value)),
        ]
        if options.chart != defaults.chart { pairs.append(("chart", .string(options.chart))) }
        if !options.presets.isEmpty { pairs.append(("presets", .sequence(options.presets.map { .string($0) }))) }
        pairs.append(("secrets", .mapping(secrets(options.secrets))))
        if options.replicas != defaults.replicas {
            pairs.append(
                (
                    "replicas",
                    .mapping([("app", .int(options.replicas.app)), ("realtime", .int(options.replicas.realtime))])
                ))
        }
        if let scaling = options.autoscaling {
            pairs.append(
                (
                    "autoscaling",
                    .mapping([
                        ("minReplicas", .int(scaling.minReplicas)), ("maxReplicas", .int(scaling.maxReplicas)),
                        ("targetCPU", .int(scaling.targetCPU)), ("realtime", .bool(scaling.realtime)),
                    ])
                ))
        }
        pairs.append(("ingress", .mapping(ingress(options.ingress))))
        if let identity = options.identity { pairs.append(("identity", .string(identity.text))) }
        if let storageClass = options.storageClass { pairs.append(("storageClass", .string(storageClass.value))) }
        if let budget = options.disruptionBudget { pairs.append(("disruptionBudget", .bool(budget))) }
        if let policy = options.networkPolicy { pairs.append(("networkPolicy", .bool(policy))) }
        return pairs
    }

    private static func secrets(_ secrets: KubernetesSecrets) -> [(String, Node)] {
        var pairs: [(String, Node)] = [("mode", .string(secrets.modeName))]
        switch secrets {
        case .inline, .existingSecret(name: nil): break
        case .existingSecret(let name?): pairs.append(("name", .string(name.value)))
        case .externalSecrets(let store):
            pairs.append(("store", .string(store.name.value)))
            pairs.append(("storeKind", .string(store.kind.rawValue)))
            if let prefix = store.keyPrefix { pairs.append(("keyPrefix", .string(prefix))) }
        }
        return pairs
    }

    private static func ingress(_ ingress: KubernetesOptions.Ingress?) -> [(String, Node)] {
        guard let ingress else { return [("enabled", .bool(false))] }
        // Always written, so a spec keeps its controller when a cloud's default changes.
        var pairs: [(String, Node)] = [("controller", .string(ingress.controller.rawValue))]
        if let name = ingress.className { pairs.append(("className", .string(name.value))) }
        if !ingress.annotations.isEmpty {
            pairs.append(("annotations", .mapping(ingress.annotations.map { ($0.key, .string($0.value)) })))
        }
        let names: [(String, KubernetesName?)] = [
            ("clusterIssuer", ingress.clusterIssuer), ("tlsSecret", ingress.tlsSecret),
            ("managedCertificate", ingress.managedCertificate), ("staticIpName", ingress.staticIPName),
        ]
        for (key, name) in names {
            if let name { pairs.append((key, .string(name.value))) }
        }
        if let arn = ingress.certificateARN { pairs.append(("certificateArn", .string(arn))) }
        if let namespace = ingress.controllerNamespace {
            pairs.append(("controllerNamespace", .string(namespace.value)))
        }
        if !ingress.sourceCIDRs.isEmpty {
            pairs.append(("sourceCidrs", .sequence(ingress.sourceCIDRs.map { .string($0.value) })))
        }
        return pairs
    }
}
