import Foundation
import TestSupport
import Testing

@testable import SimDeployKit

/// What the chart would only refuse at install time, refused by simdeploy with the place to fix it.
@Suite("Kubernetes install-time checks")
struct KubernetesChecksTests {
    /// Runs `generate` and returns its diagnostics, formatted as the CLI prints them.
    static func generate(_ rendered: TemporaryDirectory) -> (errors: [Diagnostic], notes: [Diagnostic]) {
        do {
            let plan = try Generator(random: SeededRandom(seed: 3)).plan(folder: rendered.path)
            return ([], plan.notes)
        } catch {
            return (error.diagnostics.filter { $0.severity == .error }, error.diagnostics)
        }
    }

    static func folder(_ spec: String, files: [String: String] = [:]) throws -> TemporaryDirectory {
        let folder = try TemporaryDirectory("kubernetes-checks")
        try folder.write("simdeploy.yaml", spec)
        for (name, text) in files { try folder.write(name, text) }
        return folder
    }

    static let base = """
        version: 1
        url: https://sim.example.com
        target: kubernetes
        kubernetes:
          cloud: aws
          presets: [platform.yaml]

        """

    @Test("a preset that adds the class annotation beside the class name is refused at its line")
    func classAnnotationInPreset() throws {
        let folder = try Self.folder(
            Self.base, files: ["platform.yaml": "ingress:\n  annotations:\n    kubernetes.io/ingress.class: alb\n"])
        let error = try #require(Self.generate(folder).errors.first)
        #expect(error.location == SourceLocation(file: folder.path + "/platform.yaml", line: 3, column: 34))
        #expect(
            error.message.contains(
                "ingress.annotations.kubernetes.io/ingress.class: is set together with ingress.className alb"))
        #expect(error.sourceLine == "    kubernetes.io/ingress.class: alb")
    }

    @Test("networkPolicy: true behind a load balancer outside the cluster needs its addresses")
    func networkPolicyWithoutSourceCIDRs() throws {
        let spec =
            "version: 1\nurl: https://sim.example.com\ntarget: kubernetes\nkubernetes:\n  cloud: aws\n  networkPolicy: true\n"
        let error = try #require(Self.generate(try Self.folder(spec)).errors.first)
        #expect(error.message.contains("kubernetes.networkPolicy: needs the addresses of the VPC"))
        #expect(error.location?.line == 6)
        #expect(error.fix?.contains("kubernetes.ingress.sourceCidrs") == true)
    }

    @Test("a CIDR with host bits set is refused with the block it probably means")
    func cidrWithHostBits() throws {
        let spec =
            "version: 1\nurl: https://sim.example.com\ntarget: kubernetes\nkubernetes:\n  cloud: aws\n  ingress:\n    sourceCidrs: [10.0.3.7/16]\n"
        let error = try #require(Self.generate(try Self.folder(spec)).errors.first)
        #expect(error.message.contains("'10.0.3.7/16' has host bits set"))
        #expect(error.fix == "write 10.0.0.0/16")
    }

    @Test("a preset that drops the ALB idle timeout draws a warning at its line")
    func albIdleTimeoutInPreset() throws {
        let preset =
            "ingress:\n  annotations:\n    alb.ingress.kubernetes.io/load-balancer-attributes: deletion_protection.enabled=true\n"
        let folder = try Self.folder(Self.base, files: ["platform.yaml": preset])
        let notes = Self.generate(folder).notes
        let warning = try #require(notes.first { $0.message.contains("idle timeout") })
        #expect(warning.severity == .warning)
        #expect(warning.location?.line == 3)
        #expect(warning.fix == "include idle_timeout.timeout_seconds=3600")
    }

    @Test(
        "chart-computed keys set in a preset are refused: the chart would drop them",
        arguments: PodEnvironment.chartComputed.sorted())
    func chartComputedKeyInPreset(_ key: String) throws {
        let folder = try Self.folder(
            Self.base, files: ["platform.yaml": "app:\n  envDefaults:\n    \(key): http://x.example\n"])
        let error = try #require(Self.generate(folder).errors.first)
        #expect(error.message == "app.envDefaults.\(key): is computed by the chart, which drops this value")
        #expect(error.location?.line == 3)
    }

    @Test("in ESO mode an env key without a remote ref is refused at its line")
    func unmappedKeyInExternalSecretsMode() throws {
        let spec = """
            version: 1
            url: https://sim.example.com
            target: kubernetes
            kubernetes:
              cloud: gcp
              presets: [platform.yaml]
              secrets:
                mode: externalSecrets
                store: gcp-store
            """
        let folder = try Self.folder(spec, files: ["platform.yaml": "app:\n  env:\n    BRAND_THING: acme\n"])
        let error = try #require(Self.generate(folder).errors.first)
        #expect(
            error.message == "app.env.BRAND_THING: has no externalSecrets.remoteRefs.app entry; the chart refuses it")
        #expect(error.location?.line == 3)
    }

    @Test("a preset key the chart does not know, or a secret in a preset, is refused")
    func presetContents() throws {
        let preset = "ingres:\n  enabled: true\napp:\n  env:\n    ENCRYPTION_KEY: \"00\"\n"
        let folder = try Self.folder(Self.base, files: ["platform.yaml": preset])
        let errors = Self.generate(folder).errors.map { "\($0.location?.line ?? 0): \($0.message) | \($0.fix ?? "")" }
        #expect(
            errors.contains {
                $0.hasPrefix("1: ingres: not a value of the Sim chart") && $0.hasSuffix("did you mean 'ingress'?")
            })
        #expect(errors.contains { $0.hasPrefix("5: app.env.ENCRYPTION_KEY: a secret in a preset") })
    }

    @Test("a missing preset file is named")
    func missingPreset() throws {
        let folder = try Self.folder(Self.base)
        let error = try #require(Self.generate(folder).errors.first)
        #expect(
            error.message.hasSuffix(
                "platform.yaml: no such preset file (listed in kubernetes.presets of simdeploy.yaml)"))
    }

    static let withoutPreset = Self.base.replacing("  presets: [platform.yaml]\n", with: "")

    @Test("an encryption key in .env that is not 64 hex stops a Kubernetes render at its .env line")
    func encryptionKeyMustBeHex64() throws {
        let folder = try Self.folder(
            Self.withoutPreset, files: [".env": "ENCRYPTION_KEY=not-hex-but-long-enough-to-pass-the-chart-schema\n"])
        let error = try #require(Self.generate(folder).errors.first)
        #expect(error.location == SourceLocation(file: folder.path + "/.env", line: 1, column: 16))
        #expect(error.message.hasPrefix("ENCRYPTION_KEY must be exactly 64 hex characters"))
        #expect(error.sourceLine == "ENCRYPTION_KEY=********")
    }

    @Test("an external database password outside the chart's charset is refused at its .env line")
    func externalPasswordCharset() throws {
        let spec = Self.withoutPreset + "database:\n  type: external\n  host: db.example.com\n"
        let folder = try Self.folder(spec, files: [".env": "# pasted\nPOSTGRES_PASSWORD=p@ss/word+123\n"])
        let error = try #require(Self.generate(folder).errors.first)
        #expect(error.location == SourceLocation(file: folder.path + "/.env", line: 2, column: 19))
        #expect(error.message.contains("the chart refuses it (^[a-zA-Z0-9._-]+$)"))
        #expect(error.sourceLine == "POSTGRES_PASSWORD=********")
    }

    @Test("several pods with external Redis and no REDIS_URL: a warning on the first run, then an error")
    func replicasNeedRedis() throws {
        let spec =
            Self.withoutPreset.replacing("cloud: aws\n", with: "cloud: aws\n  replicas:\n    realtime: 2\n")
            + "redis:\n  type: external\n"
        let folder = try Self.folder(spec)
        let first = Self.generate(folder)
        #expect(first.errors.isEmpty)
        #expect(first.notes.contains { $0.severity == .warning && $0.message.hasPrefix("REDIS_URL is empty") })
        let plan = try Generator(random: SeededRandom(seed: 3)).plan(folder: folder.path)
        try Generator(random: SeededRandom(seed: 3)).apply(plan, folder: folder.path)
        let second = try #require(Self.generate(folder).errors.first)
        #expect(
            second.message
                == "REDIS_URL is empty, but 2 pods need Redis to share events; without it they are lost silently")
        #expect(second.location?.file == folder.path + "/.env")
    }
}

@Suite("Kubernetes volume claims")
struct VolumeClaimTests {
    @Test("changing the Postgres StorageClass of a rendered install warns that helm upgrade would fail")
    func storageClassChangeWarns() throws {
        let rendered = try RenderedKubernetes("kubernetes-aws-inline")
        let spec = try rendered.folder.read("simdeploy.yaml") + "  storageClass: io2\n"
        try rendered.folder.write("simdeploy.yaml", spec)
        let plan = try Generator(random: SeededRandom(seed: 42)).plan(folder: rendered.folder.path)
        let warning = try #require(plan.notes.first { $0.message.contains("volume claim") })
        #expect(warning.severity == .warning)
        #expect(
            warning.message
                == "helm/values-aws.yaml: postgresql.persistence.storageClass changes from gp3 to io2; Kubernetes refuses to change the volume claim of an installed Postgres StatefulSet"
        )
    }
}
