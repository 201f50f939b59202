/// The `kubernetes:` section: what differs from one cluster to the next. Per-cloud defaults are
/// not fields here; they are data in `helm/presets/`.
extension SpecSchema {
    static let kubernetes: [SpecField] = [
        SpecField(
            "cloud", .choice(Cloud.allCases.map(\.rawValue)),
            "Platform: picks the built-in preset `helm/presets/<cloud>.yaml` (storage classes, resources, ingress, disruption budget, anti-affinity) and the values file name `helm/values-<cloud>.yaml`.",
            default: .string("generic")),
        SpecField(
            "namespace", .string(format: "kubernetes-name"), "Namespace of the release.", default: .string("sim")),
        SpecField(
            "chart", .string(),
            "The chart `helm` installs: `helm/sim` of a Sim checkout at `simVersion`, or a chart reference.",
            default: .string(KubernetesOptions.defaultChart)),
        SpecField(
            "presets", .list(.string(format: "path")),
            "Your own preset files (chart values), relative to this file, layered over the built-in presets in order: maps merge, lists replace, `null` deletes a default.",
            default: .strings([])),
        SpecField("secrets", .object(kubernetesSecrets), "Where the pods' secrets come from."),
        SpecField("replicas", .object(replicas), "Pod counts (ignored by the autoscaler when it is on)."),
        SpecField(
            "autoscaling", .object(autoscaling),
            "A HorizontalPodAutoscaler for app and realtime; present means on. Needs metrics-server."),
        SpecField("ingress", .object(ingress), "The Ingress in front of app and realtime."),
        SpecField(
            "identity", .string(format: "workload-identity"),
            "Cloud identity of the pods' ServiceAccount: an IAM role ARN (aws, IRSA), a managed identity client id (azure) or a Google service account (gcp).",
            example: "arn:aws:iam::123456789012:role/sim"),
        SpecField(
            "storageClass", .string(format: "kubernetes-name"),
            "StorageClass of every volume, over the preset's. Decide before the first install: the Postgres volume claim cannot change later.",
            default: .derived("the preset's")),
        SpecField(
            "disruptionBudget", .boolean, "PodDisruptionBudgets for app and realtime.",
            default: .derived("the preset's; else on above one replica")),
        SpecField(
            "networkPolicy", .boolean,
            "Default-deny NetworkPolicies; simdeploy lets the ingress controller in (`ingress.controllerNamespace`, `ingress.sourceCidrs`, Google's ranges on gce) and adds egress for the services the spec names.",
            default: .derived(
                "the preset's (on for aws and gcp), off with alb or application-gateway until `ingress.sourceCidrs` is set"
            )),
    ]

    static let kubernetesSecrets: [SpecField] = [
        SpecField(
            "mode", .choice(["inline", "existingSecret", "externalSecrets"]),
            "`existingSecret`: simdeploy writes `helm/sim-secrets.yaml` (0600) to `kubectl apply`; the values hold no secret. `inline`: the values file holds them (0600). `externalSecrets`: External Secrets Operator syncs them from a store; nothing secret is rendered.",
            default: .string("existingSecret")),
        SpecField(
            "name", .string(format: "kubernetes-name"), "Name of the app Secret in `existingSecret` mode.",
            default: .derived(
                "`<fullname>-env`; `<fullname>` is the release (`name`), plus `-sim` unless it contains `sim`, as the chart names things"
            )),
        SpecField(
            "store", .string(format: "kubernetes-name"), "The (Cluster)SecretStore External Secrets Operator reads.",
            requiredWhen: "`mode: externalSecrets`", example: "aws-secrets-manager"),
        SpecField(
            "storeKind", .choice(ExternalSecretStore.Kind.allCases.map(\.rawValue)), "Kind of the store.",
            default: .string("ClusterSecretStore")),
        SpecField(
            "keyPrefix", .string(format: "secret-key-prefix"),
            "Prefix of every remote key; the key itself is the variable in kebab case (`BETTER_AUTH_SECRET` -> `sim/better-auth-secret`).",
            default: .derived("`<release>/` on aws and generic, `<release>-` on azure and gcp (no '/' allowed there)")),
    ]

    static let replicas: [SpecField] = [
        SpecField(
            "app", .integer(min: 1, max: 100), "App pods. Above 1 needs object storage (`storage.provider`).",
            default: .integer(1)),
        SpecField("realtime", .integer(min: 1, max: 100), "Realtime (Socket.IO) pods.", default: .integer(1)),
    ]

    static let autoscaling: [SpecField] = [
        SpecField("minReplicas", .integer(min: 1, max: 100), "Fewest pods.", default: .integer(2)),
        SpecField("maxReplicas", .integer(min: 1, max: 100), "Most pods.", default: .integer(10)),
        SpecField("targetCPU", .integer(min: 1, max: 100), "Target CPU utilisation, percent.", default: .integer(80)),
        SpecField("realtime", .boolean, "Scale realtime with the same settings.", default: .boolean(true)),
    ]

    static let ingress: [SpecField] = [
        SpecField(
            "enabled", .boolean, "Render an Ingress. Off when something else routes to the Services.",
            default: .boolean(true)),
        SpecField(
            "controller", .choice(IngressController.allCases.map(\.rawValue)),
            "Ingress controller; picks `helm/presets/ingress-<controller>.yaml` (class, timeouts for websockets and streams, uploads, TLS). `nginx` (ingress-nginx) is retired upstream and never a default.",
            default: .derived("`alb` on aws, `gce` on gcp, `application-gateway` on azure, `traefik` on generic")),
        SpecField(
            "className", .string(format: "kubernetes-name"), "IngressClass name, over the controller preset's.",
            default: .derived("the controller preset's")),
        SpecField(
            "annotations", .annotationMap, "Extra Ingress annotations, over the presets'.",
            example: "{ alb.ingress.kubernetes.io/group.name: sim }"),
        SpecField(
            "clusterIssuer", .string(format: "kubernetes-name"),
            "cert-manager ClusterIssuer that issues the TLS Secret (traefik, nginx, application-gateway); unset, you create the Secret (the next steps say how).",
            example: "letsencrypt-prod"),
        SpecField(
            "tlsSecret", .string(format: "kubernetes-name"),
            "TLS Secret the controller serves (traefik, nginx, application-gateway).",
            default: .derived("`<fullname>-tls`")),
        SpecField(
            "certificateArn", .string(format: "acm-arn"),
            "ACM certificate of the ALB (alb); unset, the controller discovers one from the hosts.",
            example: "arn:aws:acm:eu-west-1:123456789012:certificate/abc"),
        SpecField(
            "managedCertificate", .string(format: "kubernetes-name"),
            "GKE ManagedCertificate the load balancer serves (gce); simdeploy writes it to `helm/gke-ingress.yaml`.",
            default: .derived("`<fullname>-certificate`")),
        SpecField(
            "staticIpName", .string(format: "kubernetes-name"), "Reserved global static IP of the load balancer (gce).",
            example: "sim-ip"),
        SpecField(
            "controllerNamespace", .string(format: "kubernetes-name"),
            "Namespace of the controller's pods (traefik, nginx): the NetworkPolicy lets traffic in from there.",
            default: .derived("`traefik` for traefik, `ingress-nginx` for nginx")),
        SpecField(
            "sourceCidrs", .list(.string(format: "cidr")),
            "Addresses the load balancer sends from (alb: the VPC CIDR; application-gateway: the gateway's subnet): the NetworkPolicy lets traffic in from there. Unset, NetworkPolicy stays off for these controllers.",
            example: "[10.0.0.0/16]"),
    ]
}
