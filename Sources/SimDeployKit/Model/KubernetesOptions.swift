/// Settings that only make sense for a Kubernetes install with the upstream Helm chart.
///
/// The release is the install's `name`. Per-cloud defaults (storage classes, resources, ingress
/// annotations, disruption budget, anti-affinity) are not here: they are data in
/// `helm/presets/`, layered under what these typed settings decide.
public struct KubernetesOptions: Hashable, Sendable {
    public var cloud: Cloud
    public var namespace: KubernetesName
    /// The chart `helm` installs: a path to `helm/sim` in a Sim checkout, or a chart reference.
    public var chart: String
    /// The operator's own preset files (relative to the install folder), layered over the built-in ones in order.
    public var presets: [String]
    public var secrets: KubernetesSecrets
    public var replicas: Replicas
    public var autoscaling: Autoscaling?
    /// `nil` when the cluster routes to Sim some other way (no Ingress is rendered).
    public var ingress: Ingress?
    public var identity: WorkloadIdentity?
    /// Overrides the preset's StorageClass for every volume (Postgres, Ollama).
    public var storageClass: KubernetesName?
    /// `nil` leaves the preset (or the chart's "on above one replica") in charge.
    public var disruptionBudget: Bool?
    public var networkPolicy: Bool?

    public static let defaultChart = "./sim/helm/sim"

    public init(
        cloud: Cloud = .generic, namespace: KubernetesName = KubernetesOptions.defaultNamespace,
        chart: String = KubernetesOptions.defaultChart, presets: [String] = [],
        secrets: KubernetesSecrets = .existingSecret(name: nil), replicas: Replicas = Replicas(),
        autoscaling: Autoscaling? = nil, ingress: Ingress? = nil, identity: WorkloadIdentity? = nil,
        storageClass: KubernetesName? = nil, disruptionBudget: Bool? = nil, networkPolicy: Bool? = nil
    ) {
        self.cloud = cloud
        self.namespace = namespace
        self.chart = chart
        self.presets = presets
        self.secrets = secrets
        self.replicas = replicas
        self.autoscaling = autoscaling
        self.ingress = ingress
        self.identity = identity
        self.storageClass = storageClass
        self.disruptionBudget = disruptionBudget
        self.networkPolicy = networkPolicy
    }

    // `sim` is a valid name; the initializer cannot fail on it.
    public static let defaultNamespace: KubernetesName = {
        guard let name = try? KubernetesName("sim") else { preconditionFailure("'sim' is a Kubernetes name") }
        return name
    }()

    public struct Replicas: Hashable, Sendable {
        public var app: Int
        public var realtime: Int

        public init(app: Int = 1, realtime: Int = 1) {
            self.app = app
            self.realtime = realtime
        }
    }

    /// A HorizontalPodAutoscaler for the app (and realtime, unless `realtime` is false).
    public struct Autoscaling: Hashable, Sendable {
        public var minReplicas: Int
        public var maxReplicas: Int
        public var targetCPU: Int
        public var realtime: Bool

        public init(minReplicas: Int = 2, maxReplicas: Int = 10, targetCPU: Int = 80, realtime: Bool = true) {
            self.minReplicas = minReplicas
            self.maxReplicas = maxReplicas
            self.targetCPU = targetCPU
            self.realtime = realtime
        }
    }

    /// The Ingress the chart renders: app host, realtime host or `/socket.io` path, TLS.
    public struct Ingress: Hashable, Sendable {
        public var controller: IngressController
        /// Overrides the controller preset's IngressClass name.
        public var className: KubernetesName?
        /// Extra annotations, over the presets' (the spec wins on the same key).
        public var annotations: [Annotation]
        /// cert-manager ClusterIssuer that issues the TLS Secret (nginx, Application Gateway).
        public var clusterIssuer: KubernetesName?
        /// The TLS Secret the controller serves (nginx, Application Gateway); `nil` derives one from the release.
        public var tlsSecret: KubernetesName?
        /// ACM certificate pinned on the ALB; `nil` lets the controller discover one from the hosts.
        public var certificateARN: String?
        /// GKE ManagedCertificate the GCE load balancer serves.
        public var managedCertificate: KubernetesName?
        /// Reserved global static IP of the GCE load balancer.
        public var staticIPName: KubernetesName?
        /// Namespace of an in-cluster controller's pods (traefik, nginx); `nil` takes the usual one.
        public var controllerNamespace: KubernetesName?
        /// Addresses a load balancer outside the cluster sends from (alb: the VPC; application-gateway: its subnet).
        public var sourceCIDRs: [CIDRBlock]

        public init(
            controller: IngressController, className: KubernetesName? = nil, annotations: [Annotation] = [],
            clusterIssuer: KubernetesName? = nil, tlsSecret: KubernetesName? = nil, certificateARN: String? = nil,
            managedCertificate: KubernetesName? = nil, staticIPName: KubernetesName? = nil,
            controllerNamespace: KubernetesName? = nil, sourceCIDRs: [CIDRBlock] = []
        ) {
            self.controller = controller
            self.className = className
            self.annotations = annotations
            self.clusterIssuer = clusterIssuer
            self.tlsSecret = tlsSecret
            self.certificateARN = certificateARN
            self.managedCertificate = managedCertificate
            self.staticIPName = staticIPName
            self.controllerNamespace = controllerNamespace
            self.sourceCIDRs = sourceCIDRs
        }
    }

    public struct Annotation: Hashable, Sendable {
        public var key: String
        public var value: String

        public init(key: String, value: String) {
            self.key = key
            self.value = value
        }
    }
}

/// Where the pods' secrets come from. The values file holds secrets only in `inline` mode.
public enum KubernetesSecrets: Hashable, Sendable {
    /// In the values file (written 0600); the chart renders its own Secret.
    case inline
    /// In a Secret simdeploy writes as a manifest (0600) for `kubectl apply`; `nil` names it after the release.
    case existingSecret(name: KubernetesName?)
    /// Synced by External Secrets Operator from a store; simdeploy writes only the key names.
    case externalSecrets(ExternalSecretStore)

    public var modeName: String {
        switch self {
        case .inline: "inline"
        case .existingSecret: "existingSecret"
        case .externalSecrets: "externalSecrets"
        }
    }
}

/// The (Cluster)SecretStore External Secrets Operator reads, and how keys are named in it.
public struct ExternalSecretStore: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        case clusterSecretStore = "ClusterSecretStore"
        case secretStore = "SecretStore"
    }

    public var name: KubernetesName
    public var kind: Kind
    /// Prepended to each key's kebab-case name (`sim/` gives `sim/better-auth-secret`); `nil` uses the cloud's default.
    public var keyPrefix: String?

    public init(name: KubernetesName, kind: Kind = .clusterSecretStore, keyPrefix: String? = nil) {
        self.name = name
        self.kind = kind
        self.keyPrefix = keyPrefix
    }
}
