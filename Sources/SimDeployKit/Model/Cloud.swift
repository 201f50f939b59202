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

    /// The ingress controller the platform usually runs.
    public var defaultIngressController: IngressController {
        switch self {
        case .aws: .alb
        case .azure, .generic: .nginx
        case .gcp: .gce
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
    /// ingress-nginx.
    case nginx
    /// GKE's built-in GCE ingress.
    case gce
    /// Azure Application Gateway Ingress Controller.
    case applicationGateway = "application-gateway"

    /// Whether TLS is served from a Kubernetes Secret (cert-manager), rather than by the cloud load balancer.
    public var servesSecretTLS: Bool {
        switch self {
        case .nginx, .applicationGateway: true
        case .alb, .gce: false
        }
    }
}
