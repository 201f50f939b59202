/// The commands an operator runs for a Kubernetes install, shared by file headers and next steps.
struct KubernetesCommands {
    let naming: ChartNaming

    var helmUpgrade: String {
        "helm upgrade --install \(naming.release) \(naming.options.chart) -n \(naming.namespace) --create-namespace -f \(naming.valuesFile)"
    }
}

extension KubernetesCommands {
    /// What to run after `generate`, in order, for this install.
    func nextSteps(inputs: RenderInputs) -> [String] {
        let install = naming.install
        let options = naming.options
        let namespace = naming.namespace
        let values = HelmValues(install, options: options, inputs: inputs)
        var steps: [String] = []
        if options.chart == KubernetesOptions.defaultChart {
            steps.append(
                "git clone --depth 1 --branch \(install.simVersion) https://github.com/simstudioai/sim  # the chart")
        }
        let gce = options.ingress?.controller == .gce
        if case .existingSecret = options.secrets {
            steps.append("kubectl create namespace \(namespace) --dry-run=client -o yaml | kubectl apply -f -")
            steps.append("kubectl apply -f \(KubernetesSecretRenderer.fileName)")
        } else if gce {
            steps.append("kubectl create namespace \(namespace) --dry-run=client -o yaml | kubectl apply -f -")
        }
        if case .externalSecrets(let store) = options.secrets {
            steps.append(
                "# store each key of externalSecrets.remoteRefs in \(store.name) (\(options.cloud.secretStoreDescription)); the values are in .env"
            )
        }
        if gce { steps.append("kubectl apply -f \(GKEIngressRenderer.fileName)") }
        if values.networkPolicy == .offForUnknownSender, let ingress = options.ingress,
            case .addresses(let sender) = ingress.controller.trafficSource
        {
            steps.append(
                "# NetworkPolicy is off although the \(options.cloud.rawValue) preset turns it on: traffic comes from \(sender), whose addresses simdeploy does not know. Set kubernetes.ingress.sourceCidrs to turn it on."
            )
        }
        steps.append(helmUpgrade)
        if gce {
            let config = "{\"default\": \"\(naming.realtimeBackendConfig)\"}"
            steps.append(
                "kubectl -n \(namespace) annotate service \(naming.fullname)-realtime cloud.google.com/backend-config='\(config)' --overwrite"
            )
        }
        for model in install.ollama.models {
            steps.append("kubectl -n \(namespace) exec deploy/\(naming.fullname)-ollama -- ollama pull \(model)")
        }
        steps.append("kubectl -n \(namespace) rollout status deploy/\(naming.fullname)-app --timeout=10m")
        return steps
    }
}

extension KubernetesCommands {
    /// After a secret changes in `.env`: render it where the mode keeps it, and restart the pods,
    /// which read their environment only at start.
    var afterSecretChange: String {
        let restart =
            "kubectl -n \(naming.namespace) rollout restart deploy/\(naming.fullname)-app deploy/\(naming.fullname)-realtime"
        switch naming.options.secrets {
        case .inline:
            return "simdeploy generate && \(helmUpgrade)"
        case .existingSecret:
            return "simdeploy generate && kubectl apply -f \(KubernetesSecretRenderer.fileName) && \(restart)"
        case .externalSecrets(let store):
            return "store the new value in \(store.name), wait for the ExternalSecret to sync, then: \(restart)"
        }
    }

    /// Back up, keep the key apart, upgrade, watch the migrations (survey 6.4).
    func upgradeSteps(from: ImageTag) -> [String] {
        let install = naming.install
        let namespace = naming.namespace
        var steps: [String] = []
        switch install.database {
        case .bundled(let db):
            steps.append(
                "kubectl -n \(namespace) exec statefulset/\(naming.fullname)-postgresql -- pg_dump -U \(db.user) -Fc \(db.name) > pre-upgrade-\(from).dump   # before anything else: migrations only run forward"
            )
        case .external(let db):
            steps.append(
                "back up \(db.name) on \(db.host) (pg_dump or a snapshot) before anything else: migrations only run forward"
            )
        }
        steps += [
            "keep a copy of ENCRYPTION_KEY from .env apart from the database backup: a restored database is unreadable without it"
        ]
        if case .existingSecret = naming.options.secrets {
            steps.append("kubectl apply -f \(KubernetesSecretRenderer.fileName)")
        }
        steps += [
            helmUpgrade + "   # the migrations init container runs before the new app starts",
            "kubectl -n \(namespace) rollout status deploy/\(naming.fullname)-app --timeout=10m   # if it stalls: kubectl -n \(namespace) logs deploy/\(naming.fullname)-app -c migrations",
        ]
        return steps
    }
}
