import YAML

extension HelmValuesOverlay {
    /// Ollama on GPU keeps the chart's GPU request; on CPU every GPU default is nulled, since the
    /// chart applies its GPU limit, selector and toleration even with `gpu.enabled: false`.
    var ollama: Node {
        switch install.ollama {
        case .none, .external:
            return ["enabled": false]
        case .gpu:
            return ["enabled": true]
        case .cpu:
            let presetSelector = presets.value(at: ["ollama", "nodeSelector"])?.mapping?.pairs ?? []
            let gpuKeys = presetSelector.compactMap(\.key.scalar?.value).filter(Self.mentionsGPU)
            let selector = (["accelerator"] + gpuKeys.filter { $0 != "accelerator" }).map { ($0, Node.null) }
            let tolerations = (presets.value(at: ["ollama", "tolerations"])?.sequence?.items ?? []).filter {
                !Self.mentionsGPU(($0.mapping?.pairs ?? []).compactMap(\.value.scalar?.value).joined(separator: " "))
            }
            return [
                "enabled": true,
                "gpu": ["enabled": false],
                "nodeSelector": .mapping(selector),
                "tolerations": .sequence(tolerations),
                "resources": ["limits": ["nvidia.com/gpu": .null]],
            ]
        }
    }

    private static func mentionsGPU(_ text: String) -> Bool {
        let lower = text.lowercased()
        return lower.contains("gpu") || lower.contains("accelerator") || lower.contains("nvidia")
    }

    /// Hosts and paths from the URL: realtime on its own host at `/`, or on the app host at
    /// `/socket.io` (a second `/` on one host would shadow the app).
    var ingress: Node {
        guard let ingress = options.ingress else { return ["enabled": false] }
        let https = install.url.scheme == .https
        var pairs: [(String, Node)] = [("enabled", true)]
        if let name = ingress.className { pairs.append(("className", .string(name.value))) }
        var annotations: [(String, Node)] = []
        switch ingress.controller {
        case .alb:
            if let arn = ingress.certificateARN {
                annotations.append(("alb.ingress.kubernetes.io/certificate-arn", .string(arn)))
            }
        case .gce:
            if https {
                annotations.append(("networking.gke.io/managed-certificates", .string(naming.managedCertificate)))
            }
            if let ip = ingress.staticIPName {
                annotations.append(("kubernetes.io/ingress.global-static-ip-name", .string(ip.value)))
            }
        case .nginx, .traefik, .applicationGateway:
            if let issuer = ingress.clusterIssuer {
                annotations.append(("cert-manager.io/cluster-issuer", .string(issuer.value)))
            }
            // Plain http (a test cluster): redirecting to an https nobody serves would loop.
            if !https, ingress.controller == .nginx {
                annotations.append(("nginx.ingress.kubernetes.io/force-ssl-redirect", "false"))
            }
        }
        for annotation in ingress.annotations {
            annotations.removeAll { $0.0 == annotation.key }
            annotations.append((annotation.key, .string(annotation.value)))
        }
        if !annotations.isEmpty { pairs.append(("annotations", .mapping(annotations))) }

        let root: Node = ["path": "/", "pathType": "Prefix"]
        let socket: Node = ["path": "/socket.io", "pathType": "Prefix"]
        let realtimeHost = install.proxy.realtimeHost ?? install.url.host
        pairs.append(("app", ["host": .string(install.url.host.value), "paths": [root]]))
        pairs.append(
            (
                "realtime",
                [
                    "host": .string(realtimeHost.value),
                    "paths": [install.proxy.realtimeHost == nil ? socket : root],
                ]
            ))
        if ingress.controller.servesSecretTLS {
            pairs.append(("tls", ["enabled": .bool(https), "secretName": .string(naming.tlsSecret)]))
        }
        return .mapping(pairs)
    }

    /// The ServiceAccount annotation each platform's identity webhook reads (Azure also needs a pod label).
    var identity: [(String, Node)] {
        guard let identity = options.identity else { return [] }
        var pairs: [(String, Node)] = [
            ("serviceAccount", ["annotations": .mapping([(identity.annotationKey, .string(identity.text))])])
        ]
        if case .azureClientID = identity {
            pairs.append(("podLabels", ["azure.workload.identity/use": "true"]))
        }
        return pairs
    }

    /// On when the spec or a preset says so, with the ingress controller let in and egress added for
    /// what the spec names outside the cluster; off when the controller's addresses are unknown.
    var networkPolicy: Node? {
        var pairs: [(String, Node)] = []
        let enabled: Bool
        switch NetworkPolicyState(options: options, presets: presets) {
        case .off:
            enabled = false
            if options.networkPolicy != nil { pairs.append(("enabled", false)) }
        case .on(let peers):
            enabled = true
            if options.networkPolicy != nil { pairs.append(("enabled", true)) }
            if let peers { pairs.append(("ingressFrom", .sequence(peers))) }
        case .offForUnknownSender:
            enabled = false
            pairs.append(("enabled", false))
        }
        let rules = egressRules
        if enabled, !rules.isEmpty {
            // A list replaces the preset's, so keep the preset's rules first.
            let existing = presets.value(at: ["networkPolicy", "egress"])?.sequence?.items ?? []
            pairs.append(("egress", .sequence(existing + rules)))
        }
        return pairs.isEmpty ? nil : .mapping(pairs)
    }

    /// The chart allows DNS, its own services and TCP 443 out; anything else the spec names needs a rule.
    /// Destinations outside the cluster are names the policy cannot resolve, so the rules open the port only.
    private var egressRules: [Node] {
        var ports: Set<Int> = []
        if case .external(let db) = install.database { ports.insert(db.port) }
        if install.redis == .external { ports.insert(EgressPorts.redis(env["REDIS_URL"])) }
        if case .smtp(let smtp) = install.email.provider { ports.insert(smtp.port) }
        if case .external(let url) = install.ollama { ports.insert(EgressPorts.port(of: url)) }
        if let vllm = install.ai.vllm { ports.insert(EgressPorts.port(of: vllm.url)) }
        if case .s3(let s3) = install.storage, let endpoint = s3.endpoint {
            ports.insert(EgressPorts.port(of: endpoint))
        }
        ports.remove(443)
        var rules: [Node] = []
        if !ports.isEmpty {
            let list = ports.sorted().map { Node.mapping([("port", .int($0)), ("protocol", "TCP")]) }
            rules.append(["ports": .sequence(list)])
        }
        // GKE Workload Identity tokens come from the metadata server, which the chart's rules block.
        if case .gcpServiceAccount = options.identity {
            rules.append(EgressPorts.rule(cidr: "169.254.169.254/32", port: 80))
            rules.append(EgressPorts.rule(cidr: "169.254.169.252/32", port: 988))
        }
        return rules
    }
}
