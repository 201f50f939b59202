import DotEnv
import Foundation
import TestSupport
import Testing

@Suite("simdeploy init for Kubernetes")
struct KubernetesInitTests {
    @Test("init --target kubernetes --cloud writes the values, the Secret manifest and the helm command")
    func initKubernetes() throws {
        let folder = try TemporaryDirectory()
        let run = try CommandRunner.run([
            "init", "--non-interactive", "--target", "kubernetes", "--cloud", "azure", "--namespace", "sim-prod",
            "--domain", "sim.example.com", "--dir", folder.path,
        ])
        #expect(run.exitCode == 0, "\(run)")
        #expect(
            run.stdout.contains(
                "helm upgrade --install sim ./sim/helm/sim -n sim-prod --create-namespace -f helm/values-azure.yaml"))
        #expect(run.stdout.contains("kubectl apply -f helm/sim-secrets.yaml"))
        #expect(try folder.mode(".env") == 0o600)
        #expect(try folder.mode("helm/sim-secrets.yaml") == 0o600)
        #expect(try folder.mode("helm/values-azure.yaml") == 0o644)
        let spec = try folder.read("simdeploy.yaml")
        #expect(spec.contains("target: kubernetes") && spec.contains("cloud: azure"))
        let values = try folder.read("helm/values-azure.yaml")
        for entry in DotEnvParser.parse(try folder.read(".env")).entries where entry.value.count == 64 {
            #expect(!values.contains(entry.value), "\(entry.key) is in the values file")
            #expect(!run.stdout.contains(entry.value), "a secret was printed")
        }
        let again = try CommandRunner.run(["generate", "--dir", folder.path])
        #expect(again.exitCode == 0, "\(again)")
        #expect(again.stdout.contains("unchanged  helm/values-azure.yaml"))
    }

    @Test(
        "Kubernetes flags that contradict each other are usage errors",
        arguments: [
            ["--target", "compose", "--cloud", "aws"],
            ["--target", "kubernetes", "--proxy", "caddy"],
            ["--target", "kubernetes", "--secret-mode", "externalSecrets"],
            ["--target", "kubernetes", "--secret-store", "store", "--secret-mode", "inline"],
            ["--target", "kubernetes", "--cloud", "digitalocean"],
        ])
    func contradictoryFlags(_ flags: [String]) throws {
        let folder = try TemporaryDirectory()
        let run = try CommandRunner.run(["init", "--non-interactive", "--dir", folder.path] + flags)
        #expect(run.exitCode == 2, "\(run)")
        #expect(!FileManager.default.fileExists(atPath: folder.file(".env").path))
    }
}
