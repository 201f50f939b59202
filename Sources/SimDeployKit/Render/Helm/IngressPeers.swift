import YAML

/// The NetworkPolicy peers that let the ingress controller reach app and realtime: the chart's
/// `networkPolicy.ingressFrom`.
///
/// The chart's default is one empty peer, which the API server rejects ("must specify a peer"), so
/// simdeploy always names the real sender: the controller's namespace for one that runs in the
/// cluster, the load balancer's addresses for one outside it, Google's ranges on GKE.
enum IngressPeers {
    /// The peers for `ingress`, or `nil` when the spec does not say where the load balancer sends
    /// from (then the NetworkPolicy stays off rather than shut the load balancer out).
    static func peers(_ ingress: KubernetesOptions.Ingress) -> [Node]? {
        switch ingress.controller.trafficSource {
        case .controllerPods(let defaultNamespace):
            let namespace = ingress.controllerNamespace?.value ?? defaultNamespace
            // Every namespace carries this label (Kubernetes 1.22+), so no one has to add it.
            return [["namespaceSelector": ["matchLabels": ["kubernetes.io/metadata.name": .string(namespace)]]]]
        case .addresses:
            guard !ingress.sourceCIDRs.isEmpty else { return nil }
            return ingress.sourceCIDRs.map(ipBlock)
        case .googleFrontEnds:
            return IngressTrafficSource.googleRanges.map(ipBlock)
        }
    }

    private static func ipBlock(_ cidr: CIDRBlock) -> Node { ipBlock(cidr.value) }

    private static func ipBlock(_ cidr: String) -> Node { ["ipBlock": ["cidr": .string(cidr)]] }
}
