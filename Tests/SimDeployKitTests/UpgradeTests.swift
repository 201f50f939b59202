import DotEnv
import Foundation
import TestSupport
import Testing
import YAML

@testable import SimDeployKit

@Suite("upgrade: pins, spec edits, migrations and release notes")
struct UpgradeTests {
    static let commentedSpec = """
        # Production Sim for the data team.
        version: 1
        url: https://sim.example.com   # public origin
        # Pinned after a week on staging.
        simVersion: v0.8.8   # app, realtime, migrations
        cronVersion: 'v0.8.8'
        proxy:
          type: caddy
        """ + "\n"

    func install(_ spec: String, seed: UInt64 = 42) throws -> TemporaryDirectory {
        let folder = try TemporaryDirectory("upgrade")
        try folder.write("simdeploy.yaml", spec)
        let generator = Generator(random: SeededRandom(seed: seed))
        try generator.apply(try generator.plan(folder: folder.path), folder: folder.path)
        return folder
    }

    @discardableResult
    func upgrade(_ folder: TemporaryDirectory, to tag: String, allowDowngrade: Bool = false, seed: UInt64 = 9) throws
        -> Upgrader.Plan
    {
        let upgrader = Upgrader(generator: Generator(random: SeededRandom(seed: seed)))
        let plan = try upgrader.plan(folder: folder.path, to: try ImageTag(tag), allowDowngrade: allowDowngrade)
        try upgrader.apply(plan, folder: folder.path)
        return plan
    }

    @Test("pins app, realtime and migrations, moves a cronVersion that followed, and keeps every comment")
    func pinsAndKeepsComments() throws {
        let folder = try install(Self.commentedSpec)
        let plan = try upgrade(folder, to: "v0.8.9")
        let expected = Self.commentedSpec.replacing("v0.8.8   #", with: "v0.8.9   #")
            .replacing("cronVersion: 'v0.8.8'", with: "cronVersion: 'v0.8.9'")
        #expect(try folder.read("simdeploy.yaml") == expected)
        let env = DotEnvParser.parse(try folder.read(".env"))
        #expect(env["SIM_VERSION"]?.value == "v0.8.9")
        #expect(env["SIM_CRON_VERSION"]?.value == "v0.8.9")
        #expect(plan.step == .upgrade)
        #expect(plan.specChanges.count == 2)
        #expect(try folder.read("docker-compose.prod.yml").contains("${SIM_VERSION:?"))
    }

    @Test("a cronVersion pinned on its own stays where it is")
    func independentCronStays() throws {
        let folder = try install(Self.commentedSpec.replacing("cronVersion: 'v0.8.8'", with: "cronVersion: v0.8.5"))
        let plan = try upgrade(folder, to: "v0.8.9")
        #expect(try folder.read("simdeploy.yaml").contains("cronVersion: v0.8.5\n"))
        #expect(plan.specChanges.last == "cronVersion stays v0.8.5: it is pinned on its own")
    }

    @Test("a spec that relied on the default version gets an explicit pin after its top-level keys")
    func insertsPin() throws {
        let folder = try install("version: 1\nurl: https://sim.example.com\nproxy:\n  type: none\n")
        try upgrade(folder, to: "v0.9.0")
        #expect(
            try folder.read("simdeploy.yaml")
                == "version: 1\nurl: https://sim.example.com\nsimVersion: v0.9.0\nproxy:\n  type: none\n")
    }

    @Test("secrets never change on upgrade; a secret the new version needs is added")
    func secretsKeptAndAdded() throws {
        let folder = try install(Self.commentedSpec)
        let before = DotEnvParser.parse(try folder.read(".env"))
        let withoutCron = try folder.read(".env").split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("CRON_SECRET=") }.joined(separator: "\n")
        try folder.write(".env", withoutCron, mode: 0o600)
        let plan = try upgrade(folder, to: "v0.8.9", seed: 1234)
        let after = DotEnvParser.parse(try folder.read(".env"))
        for name in SecretName.allCases where name != .cronSecret {
            #expect(after[name.envKey]?.value == before[name.envKey]?.value, "\(name.envKey) changed")
        }
        #expect(plan.generation.generatedSecrets == [.cronSecret])
        #expect(after["CRON_SECRET"]?.value.count == 64)
        #expect(plan.releaseNotes.contains { $0.secrets == [.cronSecret] })
    }

    @Test("a downgrade is refused and writes nothing; --allow-downgrade lets it through with a warning")
    func downgrade() throws {
        let folder = try install(Self.commentedSpec)
        let before = try folder.snapshot()
        let error = #expect(throws: DiagnosticError.self) { try upgrade(folder, to: "v0.8.7") }
        #expect(error?.diagnostics.first?.code == "downgrade")
        #expect(error?.diagnostics.first?.location?.line == 5)
        #expect(try folder.snapshot() == before)
        let plan = try upgrade(folder, to: "v0.8.7", allowDowngrade: true)
        #expect(plan.generation.notes.contains { $0.message.hasPrefix("downgrading: v0.8.7 is older than v0.8.8") })
        #expect(try folder.read("simdeploy.yaml").contains("simVersion: v0.8.7"))
    }

    @Test("moving to 'latest' is allowed, with a warning at the line that now says it")
    func latestWarns() throws {
        let folder = try install(Self.commentedSpec)
        let plan = try upgrade(folder, to: "latest")
        let warning = try #require(plan.generation.notes.first { $0.message.hasPrefix("simVersion: 'latest' moves") })
        #expect(warning.severity == .warning)
        #expect(warning.location?.line == 5)
    }

    @Test(
        "tags are ordered as releases, not as text",
        arguments: [
            ("v0.8.8", "v0.8.9", VersionStep.upgrade), ("v0.8.9", "v0.10.0", .upgrade),
            ("v0.9.0", "v0.9.0-rc.1", .downgrade("v0.9.0-rc.1 is older than v0.9.0")),
            ("v0.8.9", "v0.8.9", .same),
            ("v0.8.9", "v1.0.0", .downgrade("v1.0.0 is an old tag from 2025-05-08, older than every v0.8.x release")),
        ] as [(String, String, VersionStep)])
    func ordering(_ from: String, _ to: String, _ step: VersionStep) throws {
        #expect(VersionStep(from: try ImageTag(from), to: try ImageTag(to)) == step)
    }

    @Test(
        "moving to or from a tag that cannot be ordered is allowed with a reason", arguments: ["latest", "sha-1a2b3c"])
    func unordered(_ tag: String) throws {
        guard case .unordered = VersionStep(from: try ImageTag("v0.8.9"), to: try ImageTag(tag)) else {
            Issue.record("expected unordered")
            return
        }
    }

    @Test("release notes show the changes an upgrade crosses, and only those")
    func releaseNotes() throws {
        func notes(_ from: String, _ to: String) throws -> [ReleaseNote] {
            ReleaseNotes.crossed(from: try ImageTag(from), to: try ImageTag(to))
        }
        #expect(try notes("v0.8.8", "v0.8.9").flatMap(\.secrets) == [.cronSecret, .apiEncryptionKey])
        #expect(try notes("v0.8.9", "v0.8.10").isEmpty)
        #expect(try notes("v0.7.44", "v0.8.9").count == 3)
        #expect(try notes("latest", "v0.8.9").count == 2)
    }

    @Test("spec migrations: one step per version up to the current one, the first being the identity")
    func migrationChain() throws {
        #expect(SpecMigrations.all.map(\.target) == Array(1...SpecSchema.currentVersion))
        var document = try SpecDocument(Self.commentedSpec)
        #expect(try SpecMigrations.migrate(&document).isEmpty)
        #expect(document.text == Self.commentedSpec)
    }

    @Test("a v2 migration is one type: it edits in place, bumps the version and keeps the comments")
    func futureMigration() throws {
        struct RenameProxyType: SpecMigration {
            let target = 2
            let summary = "proxy.type is now proxy.kind"
            func migrate(_ document: inout SpecDocument) throws(DiagnosticError) {
                try document.renameKey(["proxy", "type"], to: "kind")
            }
        }
        var document = try SpecDocument(Self.commentedSpec)
        let applied = try SpecMigrations.migrate(&document, to: 2, steps: SpecMigrations.all + [RenameProxyType()])
        #expect(applied == ["proxy.type is now proxy.kind"])
        #expect(
            document.text
                == Self.commentedSpec.replacing("version: 1", with: "version: 2")
                .replacing("  type: caddy", with: "  kind: caddy"))
    }

    @Test("a spec newer than this simdeploy is refused")
    func specTooNew() throws {
        var document = try SpecDocument("version: 3\nurl: https://sim.example.com\n")
        let error = #expect(throws: DiagnosticError.self) { try SpecMigrations.migrate(&document) }
        #expect(error?.diagnostics.first?.code == "spec-too-new")
    }

    @Test("a replaced value keeps its quotes, and a plain one is quoted when it would read as a number")
    func scalarStyles() throws {
        var document = try SpecDocument("a: \"x\"\nb: 'y'\nc: z  # note\n")
        try document.replaceScalar(["a"], with: .string("v1"))
        try document.replaceScalar(["b"], with: .string("it's"))
        try document.replaceScalar(["c"], with: .string("1.0"))
        #expect(document.text == "a: \"v1\"\nb: 'it''s'\nc: \"1.0\"  # note\n")
    }

    @Test("a value simdeploy cannot rewrite exactly is refused with a fix")
    func refusesBlockScalars() throws {
        var document = try SpecDocument("simVersion: >-\n  v0.8.8\n")
        let error = #expect(throws: DiagnosticError.self) {
            try document.replaceScalar(["simVersion"], with: .string("v0.8.9"))
        }
        #expect(error?.diagnostics.first?.fix?.contains("by hand") == true)
    }
}
