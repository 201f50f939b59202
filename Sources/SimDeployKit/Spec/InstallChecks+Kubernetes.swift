import YAML

/// Checks of a Kubernetes install that the chart would only catch at install time, or never.
extension InstallChecks {
    func checkKubernetes(_ install: Install, _ options: KubernetesOptions) {
        if install.proxy.kind != .none {
            context.error(
                "proxy.type", "\(install.proxy.kind.rawValue) runs on a Docker host; on Kubernetes the Ingress routes",
                at: mark("proxy", "type"), fix: "set `proxy.type: none`; `kubernetes.ingress` configures routing")
        }
        if reader.isPresent("cronVersion") {
            context.warning(
                "cronVersion", "is ignored on Kubernetes: the chart's CronJobs call the app with curl",
                at: mark("cronVersion"), fix: "remove it")
        }
        for extra in install.extraEnv
        where PodEnvironment.chartComputed.contains(extra.key) && PodEnvironment.excluded(extra.key, install: install) {
            context.error(
                "env.\(extra.key)", "is computed by the chart on Kubernetes, which drops this value",
                at: mark("env", extra.key), fix: "remove it; the chart derives it from the release")
        }
        checkScaling(install, options)
        if let ingress = options.ingress {
            checkIngress(install, ingress)
            checkIngressPeers(ingress, networkPolicy: options.networkPolicy)
        }
        checkCloudCredentials(install, options)
    }

    /// Above one app pod, uploads on local disk land in one pod and vanish from the others.
    private func checkScaling(_ install: Install, _ options: KubernetesOptions) {
        guard install.storage == .local else { return }
        let fix = "set `storage.provider` (s3, azure or gcs) so every pod sees the same files, or keep one app pod"
        if options.replicas.app > 1 {
            context.error(
                "kubernetes.replicas.app",
                "\(options.replicas.app) app pods need object storage; files are stored in one pod",
                at: mark("kubernetes", "replicas", "app"), fix: fix)
        }
        if let scaling = options.autoscaling, scaling.maxReplicas > 1 {
            context.error(
                "kubernetes.autoscaling.maxReplicas",
                "scaling to \(scaling.maxReplicas) app pods needs object storage; files are stored in one pod",
                at: mark("kubernetes", "autoscaling", "maxReplicas"), fix: fix)
        }
    }

    private func checkIngress(_ install: Install, _ ingress: KubernetesOptions.Ingress) {
        for annotation in ingress.annotations where annotation.key == "kubernetes.io/ingress.class" {
            context.error(
                "kubernetes.ingress.annotations.\(annotation.key)",
                "the API server rejects an Ingress that has both this annotation and a class name",
                at: mark("kubernetes", "ingress", "annotations", annotation.key),
                fix: "remove it and set `kubernetes.ingress.className: \(annotation.value)`")
        }
        let controller = ingress.controller
        let onlyFor: [(String, Bool, [IngressController])] = [
            ("certificateArn", ingress.certificateARN != nil, [.alb]),
            ("managedCertificate", ingress.managedCertificate != nil, [.gce]),
            ("staticIpName", ingress.staticIPName != nil, [.gce]),
            ("clusterIssuer", ingress.clusterIssuer != nil, [.traefik, .nginx, .applicationGateway]),
            ("tlsSecret", ingress.tlsSecret != nil, [.traefik, .nginx, .applicationGateway]),
            ("controllerNamespace", ingress.controllerNamespace != nil, [.traefik, .nginx]),
            ("sourceCidrs", !ingress.sourceCIDRs.isEmpty, [.alb, .applicationGateway]),
        ]
        for (key, isSet, controllers) in onlyFor where isSet && !controllers.contains(controller) {
            context.error(
                "kubernetes.ingress.\(key)", "does not apply to the \(controller.rawValue) controller",
                at: mark("kubernetes", "ingress", key),
                fix: "remove it, or set `controller: \(controllers.map(\.rawValue).joined(separator: "` or `"))`")
        }
        if install.url.scheme == .http, !controller.servesPlainHTTP {
            context.error(
                "url", "the \(controller.rawValue) ingress preset serves https only", at: mark("url"),
                fix: "write https://\(install.url.host)")
        }
    }

    /// NetworkPolicy on by the spec's word needs to know where the load balancer sends from.
    private func checkIngressPeers(_ ingress: KubernetesOptions.Ingress, networkPolicy: Bool?) {
        guard networkPolicy == true, ingress.sourceCIDRs.isEmpty,
            case .addresses(let sender) = ingress.controller.trafficSource
        else { return }
        context.error(
            "kubernetes.networkPolicy",
            "needs the addresses of \(sender): without them the policy shuts the \(ingress.controller.rawValue) load balancer out",
            at: mark("kubernetes", "networkPolicy"),
            fix: "set `kubernetes.ingress.sourceCidrs` (such as [10.0.0.0/16]), or remove `networkPolicy: true`")
    }

    /// Without keys in `.env`, pods reach cloud storage only through the platform's workload identity.
    private func checkCloudCredentials(_ install: Install, _ options: KubernetesOptions) {
        guard options.identity == nil else { return }
        switch install.storage {
        case .s3(let s3) where !s3.staticCredentials && s3.endpoint == nil:
            context.warning(
                "storage.s3.staticCredentials", "is false, so pods need an IAM role to reach S3",
                at: mark("storage", "s3", "staticCredentials"),
                fix: options.cloud == .aws
                    ? "set `kubernetes.identity` to the role ARN (IRSA)" : "set it to true and paste the keys into .env"
            )
        case .gcs(let gcs) where !gcs.inlineCredentials:
            context.warning(
                "storage.gcs.inlineCredentials", "is false, so pods need a Google identity to reach GCS",
                at: mark("storage", "gcs", "inlineCredentials"),
                fix: options.cloud == .gcp
                    ? "set `kubernetes.identity` to the Google service account (Workload Identity)"
                    : "set it to true and paste the key JSON into .env")
        default:
            break
        }
    }
}
