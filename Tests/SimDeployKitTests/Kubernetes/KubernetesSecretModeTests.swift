import DotEnv
import Foundation
import TestSupport
import Testing
import YAML

@testable import SimDeployKit

@Suite("Kubernetes secret modes")
struct KubernetesSecretModeTests {
    static let scenarios = Scenarios.names(target: "kubernetes")

    /// Scenarios whose values must hold no secret.
    static var secretFree: [String] { scenarios.filter { !$0.hasSuffix("-inline") } }

    /// Fills every value the operator supplies with a recognisable secret, then renders again.
    static func renderWithSuppliedValues(_ scenario: String) throws -> RenderedKubernetes {
        let first = try RenderedKubernetes(scenario)
        let lines = try first.folder.read(".env").split(separator: "\n", omittingEmptySubsequences: false).map {
            line -> String in
            guard line.hasSuffix("="), !line.hasPrefix("#") else { return String(line) }
            let key = line.dropLast()
            return "\(line)supplied-\(key.lowercased().replacing("_", with: "-"))-0123456789abcdef"
        }
        try first.folder.write(".env", lines.joined(separator: "\n"), mode: 0o600)
        let generator = Generator(random: SeededRandom(seed: 42))
        let plan = try generator.plan(folder: first.folder.path)
        try generator.apply(plan, folder: first.folder.path)
        return first
    }

    @Test("no secret value of .env appears in the values file outside inline mode", arguments: secretFree)
    func noSecretInValues(_ scenario: String) throws {
        let rendered = try Self.renderWithSuppliedValues(scenario)
        let values = rendered.valuesText
        var checked = 0
        for entry in try rendered.env.entries where PodEnvironment.isSecret(entry.key) && entry.value.count >= 8 {
            #expect(!values.contains(entry.value), "\(entry.key) leaked into \(rendered.valuesPath)")
            checked += 1
        }
        #expect(checked >= 6, "the scenario should hold secrets to check")
        let valuesFile = try #require(rendered.plan.files.first { $0.file.path == rendered.valuesPath })
        #expect(!valuesFile.file.containsSecrets)
        #expect(try rendered.folder.mode(rendered.valuesPath) == 0o644)
    }

    @Test(
        "in ESO mode no rendered file but the .env ledger holds a secret",
        arguments: scenarios.filter { $0.hasSuffix("-external-secrets") })
    func externalSecretsWritesNoSecret(_ scenario: String) throws {
        let rendered = try Self.renderWithSuppliedValues(scenario)
        let secrets = try rendered.env.entries.filter { PodEnvironment.isSecret($0.key) && $0.value.count >= 8 }
        for path in rendered.files where path != ".env" {
            let text = try rendered.folder.read(path)
            for secret in secrets {
                #expect(!text.contains(secret.value), "\(secret.key) leaked into \(path)")
            }
        }
        #expect(!rendered.files.contains(KubernetesSecretRenderer.fileName))
    }

    @Test(
        "inline values carry the secrets and are written 0600", arguments: scenarios.filter { $0.hasSuffix("-inline") })
    func inlineValuesHoldSecrets(_ scenario: String) throws {
        let rendered = try RenderedKubernetes(scenario)
        let env = try rendered.env
        let values = try rendered.values
        for key in ["BETTER_AUTH_SECRET", "ENCRYPTION_KEY", "INTERNAL_API_SECRET", "CRON_SECRET", "API_ENCRYPTION_KEY"]
        {
            #expect(values.text("app", "env", key) == env[key]?.value, "\(key)")
        }
        #expect(values.text("postgresql", "auth", "password") == env["POSTGRES_PASSWORD"]?.value)
        #expect(try rendered.folder.mode(rendered.valuesPath) == 0o600)
    }

    @Test(
        "the existingSecret manifest carries every key the pods need, 0600",
        arguments: scenarios.filter { $0.hasSuffix("-existing-secret") } + ["kubernetes-generic"])
    func existingSecretManifestIsComplete(_ scenario: String) throws {
        let rendered = try Self.renderWithSuppliedValues(scenario)
        let documents = try rendered.documents(KubernetesSecretRenderer.fileName)
        #expect(documents.count == 2)
        let app = try #require(documents.first)
        let values = try rendered.values
        #expect(app.text("kind") == "Secret")
        #expect(app.text("metadata", "name") == values.text("app", "secrets", "existingSecret", "name"))
        #expect(app.text("metadata", "namespace") == rendered.options.namespace.value)
        let data = try #require(app.value(at: ["stringData"])?.mapping)
        let env = try rendered.env
        for entry in env.entries where !PodEnvironment.notForPods.contains(entry.key) {
            #expect(data[entry.key]?.scalar?.value == entry.value, "\(entry.key) missing or different")
        }
        let url = rendered.plan.install.url.description
        for (key, value) in [("BETTER_AUTH_URL", url), ("NEXT_PUBLIC_APP_URL", url), ("NODE_ENV", "production")] {
            #expect(data[key]?.scalar?.value == value, "\(key)")
        }
        #expect(data["ALLOWED_ORIGINS"]?.scalar?.value.hasPrefix(url) == true)
        #expect(data["CRON_SECRET"]?.scalar?.value.count == 64)
        let database = try #require(documents.last)
        let passwordKey = rendered.plan.install.database.isBundled ? "POSTGRES_PASSWORD" : "EXTERNAL_DB_PASSWORD"
        #expect(database.text("stringData", passwordKey) == env["POSTGRES_PASSWORD"]?.value)
        let databaseSecret =
            rendered.plan.install.database.isBundled
            ? values.text("postgresql", "auth", "existingSecret", "name")
            : values.text("externalDatabase", "existingSecret", "name")
        #expect(database.text("metadata", "name") == databaseSecret)
        #expect(try rendered.folder.mode(KubernetesSecretRenderer.fileName) == 0o600)
    }

    @Test(
        "ESO remoteRefs map every secret and cover every non-empty env key",
        arguments: scenarios.filter { $0.hasSuffix("-external-secrets") })
    func externalSecretsCoverEveryKey(_ scenario: String) throws {
        let rendered = try RenderedKubernetes(scenario)
        let values = try rendered.values
        let mapped = Set(values.keys("externalSecrets", "remoteRefs", "app"))
        for component in ["app", "realtime"] {
            for key in values.keys(component, "env") where values.text(component, "env", key)?.isEmpty == false {
                #expect(mapped.contains(key), "\(component).env.\(key) is not mapped")
            }
        }
        for key in ["BETTER_AUTH_SECRET", "ENCRYPTION_KEY", "INTERNAL_API_SECRET", "CRON_SECRET"] {
            #expect(mapped.contains(key), "\(key) is not mapped")
        }
        for entry in try rendered.env.entries
        where PodEnvironment.isSecret(entry.key) && entry.key != "POSTGRES_PASSWORD" {
            #expect(mapped.contains(entry.key), "\(entry.key) of .env is not mapped")
        }
        let database = rendered.plan.install.database.isBundled ? "postgresql" : "externalDatabase"
        #expect(values.text("externalSecrets", "remoteRefs", database, "password")?.isEmpty == false)
        #expect(values.text("externalSecrets", "secretStoreRef", "name")?.isEmpty == false)
    }

    @Test("remote keys follow each store's naming rules")
    func remoteKeyNaming() throws {
        let aws = try RenderedKubernetes("kubernetes-aws-external-secrets").values
        #expect(aws.text("externalSecrets", "remoteRefs", "app", "BETTER_AUTH_SECRET") == "acme/better-auth-secret")
        let azure = try RenderedKubernetes("kubernetes-azure-external-secrets").values
        #expect(azure.text("externalSecrets", "remoteRefs", "app", "ENCRYPTION_KEY") == "sim-encryption-key")
        let gcp = try RenderedKubernetes("kubernetes-gcp-external-secrets").values
        #expect(gcp.text("externalSecrets", "remoteRefs", "postgresql", "password") == "prod-sim-postgres-password")
    }

    @Test("regenerating changes nothing: secrets kept, every output byte-identical", arguments: scenarios)
    func regenerationIsStable(_ scenario: String) throws {
        let rendered = try RenderedKubernetes(scenario)
        let before = try rendered.files.map { try rendered.folder.read($0) }
        let plan = try Generator(random: SeededRandom(seed: 99)).plan(folder: rendered.folder.path)
        #expect(!plan.hasChanges, "\(plan.files.filter { $0.action != .unchanged }.map(\.file.path))")
        #expect(plan.generatedSecrets.isEmpty)
        #expect(plan.files.map(\.file.contents) == before)
    }

    @Test("a key the operator adds to .env reaches the pods through the Secret, never the values")
    func operatorKeyReachesSecret() throws {
        let rendered = try RenderedKubernetes("kubernetes-generic")
        let env = try rendered.folder.read(".env") + "SLACK_CLIENT_SECRET=xoxb-operator-added-value\n"
        try rendered.folder.write(".env", env, mode: 0o600)
        let generator = Generator(random: SeededRandom(seed: 1))
        let plan = try generator.plan(folder: rendered.folder.path)
        try generator.apply(plan, folder: rendered.folder.path)
        #expect(try rendered.folder.read(KubernetesSecretRenderer.fileName).contains("xoxb-operator-added-value"))
        #expect(!rendered.valuesText.contains("xoxb-operator-added-value"))
    }
}
