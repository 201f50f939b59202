import Foundation
import TestSupport
import Testing
import YAML

@testable import SimDeployKit

@Suite("Helm values")
struct HelmValuesTests {
    static func spec(_ kubernetes: String, extra: String = "") -> String {
        """
        version: 1
        url: https://sim.example.com
        target: kubernetes
        kubernetes:
        \(kubernetes.split(separator: "\n").map { "  \($0)" }.joined(separator: "\n"))
        \(extra)
        """
    }

    @Test("Ollama on CPU nulls every GPU default of the chart and the presets", arguments: Cloud.allCases)
    func cpuOllamaNullsGPUDefaults(_ cloud: Cloud) throws {
        let values = try RenderedKubernetes(spec: Self.spec("cloud: \(cloud)", extra: "ollama:\n  mode: cpu")).values
        #expect(values.text("ollama", "enabled") == "true")
        #expect(values.value(at: ["ollama", "resources", "limits", "nvidia.com/gpu"])?.isNull == true)
        #expect(values.value(at: ["ollama", "nodeSelector", "accelerator"])?.isNull == true)
        #expect(values.text("ollama", "gpu", "enabled") == "false")
        #expect(values.value(at: ["ollama", "tolerations"])?.sequence?.items.isEmpty == true)
    }

    @Test("Ollama on GPU keeps the GPU request and takes the cloud's toleration")
    func gpuOllamaKeepsGPU() throws {
        let values = try RenderedKubernetes(spec: Self.spec("cloud: gcp", extra: "ollama:\n  mode: gpu")).values
        #expect(values.text("ollama", "enabled") == "true")
        #expect(values.value(at: ["ollama", "resources", "limits", "nvidia.com/gpu"]) == nil)
        let toleration = values.value(at: ["ollama", "tolerations"])?.sequence?.items.first
        #expect(toleration?.text("value") == "present")
    }

    @Test("one host routes /socket.io to realtime; a realtime host gets /")
    func realtimeRouting() throws {
        let single = try RenderedKubernetes(spec: Self.spec("cloud: aws")).values
        #expect(single.text("ingress", "realtime", "host") == "sim.example.com")
        #expect(
            single.value(at: ["ingress", "realtime", "paths"])?.sequence?.items.first?.text("path") == "/socket.io")
        #expect(single.text("app", "env", "NEXT_PUBLIC_SOCKET_URL") == nil)
        let split = try RenderedKubernetes(
            spec: Self.spec("cloud: aws", extra: "proxy:\n  realtimeHost: ws.sim.example.com")
        ).values
        #expect(split.text("ingress", "realtime", "host") == "ws.sim.example.com")
        #expect(split.value(at: ["ingress", "realtime", "paths"])?.sequence?.items.first?.text("path") == "/")
        #expect(split.text("app", "env", "NEXT_PUBLIC_SOCKET_URL") == "https://ws.sim.example.com")
    }

    static let controllers: [(Cloud, IngressController)] = Cloud.allCases.flatMap { cloud in
        IngressController.allCases.map { (cloud, $0) }
    }

    @Test("every cloud and controller renders exactly one of class name and class annotation", arguments: controllers)
    func oneIngressClass(_ cloud: Cloud, _ controller: IngressController) throws {
        let values = try RenderedKubernetes(
            spec: Self.spec("cloud: \(cloud)\ningress:\n  controller: \(controller.rawValue)")
        ).values
        let className = try #require(values.text("ingress", "className"))
        #expect(!className.isEmpty)
        #expect(values.value(at: ["ingress", "annotations", "kubernetes.io/ingress.class"]) == nil)
        // The chart's nginx default must not reach another controller.
        if controller != .nginx {
            #expect(
                values.value(at: ["ingress", "annotations", "nginx.ingress.kubernetes.io/force-ssl-redirect"])?.isNull
                    == true)
        }
    }

    @Test("the ALB keeps websockets open for an hour")
    func albIdleTimeout() throws {
        let values = try RenderedKubernetes(spec: Self.spec("cloud: aws")).values
        #expect(
            values.text("ingress", "annotations", "alb.ingress.kubernetes.io/load-balancer-attributes")
                == "idle_timeout.timeout_seconds=3600")
        #expect(values.text("ingress", "tls", "enabled") == "false")
    }

    @Test("identity annotates the ServiceAccount the way each platform's webhook reads it")
    func workloadIdentity() throws {
        let aws = try RenderedKubernetes(spec: Self.spec("cloud: aws\nidentity: arn:aws:iam::123456789012:role/sim"))
            .values
        #expect(
            aws.text("serviceAccount", "annotations", "eks.amazonaws.com/role-arn")
                == "arn:aws:iam::123456789012:role/sim")
        let azure = try RenderedKubernetes(
            spec: Self.spec("cloud: azure\nidentity: 11111111-2222-3333-4444-555555555555")
        ).values
        #expect(azure.text("serviceAccount", "annotations", "azure.workload.identity/client-id") != nil)
        #expect(azure.text("podLabels", "azure.workload.identity/use") == "true")
        let gcp = try RenderedKubernetes(spec: Self.spec("cloud: gcp\nidentity: sim@p.iam.gserviceaccount.com")).values
        #expect(
            gcp.text("serviceAccount", "annotations", "iam.gke.io/gcp-service-account")
                == "sim@p.iam.gserviceaccount.com")
        // With network policy on (the GKE preset), Workload Identity needs the metadata server.
        let cidrs = (gcp.value(at: ["networkPolicy", "egress"])?.sequence?.items ?? []).compactMap {
            $0.value(at: ["to"])?.sequence?.items.first?.text("ipBlock", "cidr")
        }
        #expect(cidrs == ["169.254.169.254/32", "169.254.169.252/32"])
    }

    @Test("network policy opens the ports of the services the spec names outside the cluster")
    func egressForExternalServices() throws {
        let values = try RenderedKubernetes(
            spec: Self.spec(
                "cloud: aws\nnetworkPolicy: true\ningress:\n  sourceCidrs: [10.0.0.0/16]",
                extra: """
                    database:
                      type: external
                      host: db.example.com
                      port: 6432
                    email:
                      provider: smtp
                      smtp:
                        host: smtp.example.com
                        port: 587
                    """)
        ).values
        let ports =
            (values.value(at: ["networkPolicy", "egress"])?.sequence?.items.first?.value(at: ["ports"])?
            .sequence?.items ?? []).compactMap { $0.text("port") }
        #expect(ports == ["587", "6432"])
        #expect(values.text("postgresql", "enabled") == "false")
        #expect(values.text("externalDatabase", "port") == "6432")
    }

    @Test("storageClass overrides the preset's class of every volume")
    func storageClassOverride() throws {
        let values = try RenderedKubernetes(spec: Self.spec("cloud: aws\nstorageClass: io2")).values
        #expect(values.text("global", "storageClass") == "io2")
        #expect(values.text("postgresql", "persistence", "storageClass") == "io2")
        #expect(values.text("ollama", "persistence", "storageClass") == "io2")
        #expect(values.text("postgresql", "persistence", "size") == "50Gi")
    }

    @Test("app, realtime and migrations run the pinned tag")
    func imagesArePinned() throws {
        let values = try RenderedKubernetes(spec: Self.spec("cloud: generic") + "\nsimVersion: v0.8.7").values
        for component in ["app", "realtime", "migrations"] {
            #expect(values.text(component, "image", "tag") == "v0.8.7")
        }
    }

    @Test("an operator preset merges maps, replaces lists and keeps nulls; the spec still wins")
    func operatorPresetLayering() throws {
        let preset = """
            app:
              replicaCount: 5
              resources:
                limits:
                  memory: 6Gi
              nodeSelector:
                pool: sim
            ollama:
              tolerations:
                - key: dedicated
                  operator: Exists
            ingress:
              annotations:
                alb.ingress.kubernetes.io/scheme: internal
                alb.ingress.kubernetes.io/target-type: null
            """
        let rendered = try RenderedKubernetes(
            spec: Self.spec("cloud: aws\npresets: [platform.yaml]"), files: ["platform.yaml": preset])
        let values = try rendered.values
        #expect(values.text("app", "replicaCount") == "1", "the spec's replicas win over a preset")
        #expect(values.text("app", "resources", "limits", "memory") == "6Gi")
        #expect(values.text("app", "resources", "limits", "cpu") == "2000m", "the cloud preset's keys stay")
        #expect(values.text("app", "nodeSelector", "pool") == "sim")
        #expect(values.value(at: ["ollama", "tolerations"])?.sequence?.items.count == 1)
        #expect(values.text("ingress", "annotations", "alb.ingress.kubernetes.io/scheme") == "internal")
        #expect(values.value(at: ["ingress", "annotations", "alb.ingress.kubernetes.io/target-type"])?.isNull == true)
        #expect(rendered.valuesText.contains("< platform.yaml < simdeploy.yaml"))
    }

    @Test(
        "NetworkPolicy lets in exactly the controller's sender, never an empty peer",
        arguments: [
            ("cloud: generic\nnetworkPolicy: true", "namespace traefik"),
            ("cloud: generic\nnetworkPolicy: true\ningress:\n  controller: nginx", "namespace ingress-nginx"),
            ("cloud: generic\nnetworkPolicy: true\ningress:\n  controllerNamespace: edge", "namespace edge"),
            ("cloud: gcp", "130.211.0.0/22 35.191.0.0/16"),
            ("cloud: aws\ningress:\n  sourceCidrs: [10.0.0.0/16]", "10.0.0.0/16"),
            (
                "cloud: azure\nnetworkPolicy: true\ningress:\n  sourceCidrs: [10.1.0.0/24, 10.2.0.0/24]",
                "10.1.0.0/24 10.2.0.0/24"
            ),
        ])
    func ingressPeers(_ kubernetes: String, _ expected: String) throws {
        let values = try RenderedKubernetes(spec: Self.spec(kubernetes)).values
        #expect(values.text("networkPolicy", "enabled") == "true")
        let peers = try #require(values.value(at: ["networkPolicy", "ingressFrom"])?.sequence?.items)
        let described = peers.map { peer in
            peer.text("ipBlock", "cidr")
                ?? peer.text("namespaceSelector", "matchLabels", "kubernetes.io/metadata.name").map {
                    "namespace \($0)"
                }
                ?? "empty"
        }
        #expect(described.joined(separator: " ") == expected)
    }

    @Test("the aws preset's NetworkPolicy stays off without the VPC CIDR, and the next steps say why")
    func albWithoutVPCCIDR() throws {
        let rendered = try RenderedKubernetes(spec: Self.spec("cloud: aws"))
        #expect(try rendered.values.text("networkPolicy", "enabled") == "false")
        #expect(try rendered.values.value(at: ["networkPolicy", "ingressFrom"]) == nil)
        let why = try #require(rendered.plan.nextSteps.first { $0.hasPrefix("# NetworkPolicy is off") })
        #expect(why.contains("the VPC"))
        #expect(why.contains("kubernetes.ingress.sourceCidrs"))
    }

    @Test("next steps name the exact helm command for what was written")
    func nextSteps() throws {
        let rendered = try RenderedKubernetes("kubernetes-aws-existing-secret")
        let steps = rendered.plan.nextSteps
        #expect(steps.contains("kubectl apply -f helm/sim-secrets.yaml"))
        #expect(
            steps.contains(
                "helm upgrade --install sim ./sim/helm/sim -n sim-prod --create-namespace -f helm/values-aws.yaml"))
        let apply = try #require(steps.firstIndex { $0.hasPrefix("kubectl apply") })
        let helm = try #require(steps.firstIndex { $0.hasPrefix("helm") })
        #expect(apply < helm)
        let gcp = try RenderedKubernetes("kubernetes-gcp-external-secrets").plan.nextSteps
        #expect(gcp.contains("kubectl apply -f helm/gke-ingress.yaml"))
        #expect(gcp.contains { $0.contains("cloud.google.com/backend-config") })
        #expect(gcp.contains("kubectl -n sim exec deploy/sim-ollama -- ollama pull nomic-embed-text"))
        #expect(!gcp.contains { $0.contains("sim-secrets.yaml") })
    }
}
