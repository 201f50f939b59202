import YAML

/// Whether the chart's NetworkPolicies are on, and who the ingress rule lets in.
enum NetworkPolicyState: Equatable {
    case off
    /// On; `peers` replace the chart's empty default, `nil` when a preset names its own.
    case on(peers: [Node]?)
    /// A preset turns it on, but the spec does not say where the load balancer sends from, so it
    /// stays off (the next steps say why); an explicit `networkPolicy: true` is a spec error instead.
    case offForUnknownSender

    init(options: KubernetesOptions, presets: Node) {
        let presetEnabled = presets.value(at: ["networkPolicy", "enabled"])?.scalar?.resolved == .bool(true)
        guard options.networkPolicy ?? presetEnabled else {
            self = .off
            return
        }
        // Without an Ingress the chart renders no ingress-controller rule, and a preset's own peers stand.
        guard let ingress = options.ingress, presets.value(at: ["networkPolicy", "ingressFrom"]) == nil else {
            self = .on(peers: nil)
            return
        }
        if let peers = IngressPeers.peers(ingress) {
            self = .on(peers: peers)
        } else {
            self = .offForUnknownSender
        }
    }
}
