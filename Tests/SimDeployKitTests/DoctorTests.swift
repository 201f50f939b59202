import Foundation
import TestSupport
import Testing

@testable import SimDeployKit

/// A host described in the test: resources, the programs it has and their answers, busy ports.
struct FakeHost: HostProbe {
    var processorCount = 8
    var memoryBytes: UInt64? = 32 << 30
    var freeDisk: UInt64? = 120 << 30
    var programs: [String: (status: Int32, output: String)] = [
        "docker version --format {{.Client.Version}}": (0, "28.2.2\n"),
        "docker version --format {{.Server.Version}}": (0, "28.2.2\n"),
        "docker compose version --short": (0, "2.40.3\n"),
        "docker info --format {{json .Runtimes}}": (0, "{\"nvidia\":{},\"runc\":{}}\n"),
    ]
    var busyPorts: Set<Int> = []

    func freeDiskBytes(_ path: String) -> UInt64? { freeDisk }
    func run(_ arguments: [String]) -> (status: Int32, output: String)? { programs[arguments.joined(separator: " ")] }
    func isListening(port: Int) -> Bool { busyPorts.contains(port) }
}

@Suite("doctor")
struct DoctorTests {
    func checklist(
        _ scenario: String, host: FakeHost = FakeHost(), edit: (TemporaryDirectory) throws -> Void = { _ in }
    )
        throws -> [ChecklistItem]
    {
        let (folder, _) = try Scenarios.render(scenario)
        try edit(folder)
        return Doctor(probe: host).run(Doctor.Options(folder: folder.path))
    }

    func status(_ items: [ChecklistItem], _ id: String) -> CheckStatus? {
        items.first { $0.id == id }?.status
    }

    @Test("a healthy host and a current install pass every check")
    func healthy() throws {
        let items = try checklist("compose-ollama-gpu")
        #expect(!items.hasFailure, "\(items.filter { $0.status != .pass })")
        #expect(
            items.map(\.id) == [
                "spec", "outputs", "env-lint", "env-mode", "cpu", "memory", "disk", "docker", "compose", "nvidia",
                "port-80", "port-443", "port-3000", "port-3002", "port-5433",
            ])
    }

    @Test("a small, Docker-less host fails with a fix for each problem")
    func weakHost() throws {
        var host = FakeHost(processorCount: 1, memoryBytes: 8 << 30, freeDisk: 10 << 30)
        host.programs = [
            "docker version --format {{.Client.Version}}": (0, "19.03.1\n"),
            "docker version --format {{.Server.Version}}": (0, "19.03.1\n"),
            "docker compose version --short": (0, "v2.20.0\n"),
            "nvidia-smi -L": (0, "GPU 0: Tesla T4\n"),
        ]
        host.busyPorts = [3000]
        let items = try checklist("compose-ollama-gpu", host: host)
        for id in ["cpu", "memory", "disk", "docker", "compose", "nvidia"] {
            #expect(status(items, id) == .fail, "\(id)")
            #expect(items.first { $0.id == id }?.fix != nil)
        }
        #expect(status(items, "port-3000") == .warn)
        #expect(items.first { $0.id == "nvidia" }?.fix?.contains("nvidia-ctk") == true)
    }

    @Test("an engine that does not answer is a failure naming the client version")
    func engineDown() throws {
        var host = FakeHost()
        host.programs["docker version --format {{.Server.Version}}"] = (1, "")
        let items = try checklist("compose-default", host: host)
        let docker = try #require(items.first { $0.id == "docker" })
        #expect(docker.status == .fail)
        #expect(docker.message == "the engine does not answer (client 28.2.2)")
    }

    @Test("a broken spec fails with its location and stops the install checks")
    func brokenSpec() throws {
        let items = try checklist("compose-default") { try $0.write("simdeploy.yaml", "version: 1\nurl: ftp://x\n") }
        let spec = try #require(items.first)
        #expect(spec.status == .fail)
        #expect(spec.message.contains("simdeploy.yaml:2:6: url:"))
        #expect(!items.contains { $0.id == "outputs" })
    }

    @Test("a world-readable .env, stale outputs and a lint error are reported")
    func installProblems() throws {
        let items = try checklist("compose-default") { folder in
            try folder.write(".env", try folder.read(".env") + "MY_FLAG=1\nMY_FLAG=2\n", mode: 0o644)
            try folder.write(
                "simdeploy.yaml", try Scenarios.spec("compose-default") + "settings:\n  timezone: Europe/Paris\n")
        }
        #expect(status(items, "env-mode") == .fail)
        #expect(status(items, "outputs") == .warn)
        #expect(status(items, "env-lint") == .fail)
    }

    @Test("a Kubernetes install checks kubectl and helm instead of Docker")
    func kubernetesHost() throws {
        var host = FakeHost()
        host.programs["kubectl version --client"] = (0, "Client Version: v1.30.2\nKustomize Version: v5.0.4\n")
        host.programs["helm version --short"] = (0, "v3.7.1+g1d11fcb\n")
        let items = try checklist("kubernetes-aws-existing-secret", host: host)
        #expect(status(items, "kubectl") == .pass)
        #expect(status(items, "helm") == .fail)
        #expect(!items.contains { $0.id == "docker" || $0.id == "cpu" })
    }

    @Test(
        "versions compare numerically",
        arguments: [
            ("v2.9.0", "2.24", true), ("2.24.0", "2.24", false), ("Docker Compose version v2.40.3", "2.24", false),
            ("20.10.24", "20.10", false), ("19.03", "20.10", true),
        ])
    func versionOrder(_ text: String, _ minimum: String, _ below: Bool) throws {
        let version = try #require(DottedVersion(scanning: text))
        let bound = try #require(DottedVersion(scanning: minimum))
        #expect((version < bound) == below)
    }

    @Test("the live host answers without crashing, whatever is installed")
    func liveHost() {
        let host = LiveHost(commandTimeoutSeconds: 5)
        #expect(host.processorCount >= 1)
        #expect((host.memoryBytes ?? 0) > 0)
        #expect(host.run(["/bin/echo", "hello"])?.output == "hello\n")
        #expect(host.run(["simdeploy-no-such-program"]) == nil)
        #expect(host.run(["/bin/sh", "-c", "exit 3"])?.status == 3)
    }
}
