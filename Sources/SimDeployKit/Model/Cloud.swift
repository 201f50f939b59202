/// The Kubernetes platform an install runs on; it picks the built-in Helm presets.
public enum Cloud: String, Hashable, Sendable, CaseIterable {
    /// Amazon EKS.
    case aws
    /// Azure AKS.
    case azure
    /// Google GKE.
    case gcp
    /// Any conformant cluster; the chart's defaults stand.
    case generic

    /// The ingress controller the platform usually runs. None of them is ingress-nginx, which the
    /// Kubernetes project retired (maintenance ended March 2026); it stays an explicit choice.
    public var defaultIngressController: IngressController {
        switch self {
        case .aws: .alb
        case .azure: .applicationGateway
        case .gcp: .gce
        case .generic: .traefik
        }
    }

    /// Where External Secrets Operator looks keys up, as the platform names them.
    public var secretStoreDescription: String {
        switch self {
        case .aws: "AWS Secrets Manager"
        case .azure: "Azure Key Vault"
        case .gcp: "Google Secret Manager"
        case .generic: "your secret store"
        }
    }

    /// Azure Key Vault and Google Secret Manager names allow no '/', so keys there are hyphenated.
    public var allowsSlashInSecretNames: Bool {
        switch self {
        case .aws, .generic: true
        case .azure, .gcp: false
        }
    }
}

/// An ingress controller with a built-in preset of annotations under `helm/presets/`.
public enum IngressController: String, Hashable, Sendable, CaseIterable {
    /// AWS Load Balancer Controller.
    case alb
    /// GKE's built-in GCE ingress.
    case gce
    /// Azure Application Gateway Ingress Controller.
    case applicationGateway = "application-gateway"
    /// Traefik Proxy, running in the cluster.
    case traefik
    /// ingress-nginx, retired by the Kubernetes project in March 2026: an explicit choice only.
    case nginx

    /// Whether TLS is served from a Kubernetes Secret (cert-manager), rather than by the cloud load balancer.
    public var servesSecretTLS: Bool {
        switch self {
        case .nginx, .traefik, .applicationGateway: true
        case .alb, .gce: false
        }
    }

    /// Whether the preset can serve plain http (a test cluster); the cloud load balancers' presets redirect to https.
    public var servesPlainHTTP: Bool {
        switch self {
        case .nginx, .traefik: true
        case .alb, .gce, .applicationGateway: false
        }
    }

    /// Where the controller's traffic to the pods comes from, which the NetworkPolicy must allow.
    public var trafficSource: IngressTrafficSource {
        switch self {
        case .traefik: .controllerPods(defaultNamespace: "traefik")
        case .nginx: .controllerPods(defaultNamespace: "ingress-nginx")
        case .alb: .addresses(of: "the VPC (the ALB sends from its own addresses in target-type ip)")
        case .applicationGateway: .addresses(of: "the Application Gateway's subnet")
        case .gce: .googleFrontEnds
        }
    }
}

/// The sender of load-balancer traffic as the pods see it.
public enum IngressTrafficSource: Hashable, Sendable {
    /// Controller pods in the cluster, in a namespace (the spec can name another).
    case controllerPods(defaultNamespace: String)
    /// A load balancer outside the cluster sending from addresses the spec must give (`sourceCidrs`).
    case addresses(of: String)
    /// Google's front ends and health checkers, from fixed ranges (container-native load balancing).
    case googleFrontEnds

    /// The ranges Google documents for its load balancers' proxies and health checks.
    public static let googleRanges = ["130.211.0.0/22", "35.191.0.0/16"]
}
