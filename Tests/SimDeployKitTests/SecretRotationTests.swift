import DotEnv
import Foundation
import TestSupport
import Testing

@testable import SimDeployKit

@Suite("secret inventory and rotation")
struct SecretRotationTests {
    func rotate(_ name: SecretName, in folder: TemporaryDirectory, acceptDataLoss: Bool = false) throws
        -> SecretRotation.Plan
    {
        let plan = try SecretRotation(random: SeededRandom(seed: 77)).plan(
            name, folder: folder.path, acceptDataLoss: acceptDataLoss)
        try Generator().apply(plan.generation, folder: folder.path, options: ApplyOptions(clock: FixedClock(0)))
        return plan
    }

    @Test("a rotatable secret gets a new value; every other byte of .env stays, and the old file is backed up")
    func rotatesOneLine() throws {
        let (folder, _) = try Scenarios.render("compose-default")
        let before = try folder.read(".env")
        let old = try #require(DotEnvParser.parse(before)["BETTER_AUTH_SECRET"]?.value)
        let plan = try rotate(.betterAuthSecret, in: folder)
        let after = try folder.read(".env")
        let new = try #require(DotEnvParser.parse(after)["BETTER_AUTH_SECRET"]?.value)
        #expect(new != old && new.count == 64)
        #expect(after == before.replacing(old, with: new))
        #expect(plan.consequence == "every user is signed out; restart app and realtime together")
        #expect(
            plan.restartCommand
                == "docker compose -f docker-compose.prod.yml up -d --force-recreate simstudio realtime")
        #expect(try folder.read(".simdeploy/backups/1970-01-01T00-00-00Z/.env") == before)
        #expect(try folder.mode(".simdeploy/backups/1970-01-01T00-00-00Z/.env") == 0o600)
        #expect(!plan.generation.diff().contains(new) && !plan.generation.diff().contains(old))
        // The manifest follows, so the next generate sees a current install, not a hand edit.
        #expect(!(try Generator().plan(folder: folder.path)).hasChanges)
    }

    @Test(
        "a data-bound secret is refused, and nothing is written",
        arguments: [SecretName.encryptionKey, .apiEncryptionKey, .postgresPassword])
    func refusesDataBound(_ name: SecretName) throws {
        let (folder, _) = try Scenarios.render("compose-default")
        let before = try folder.snapshot()
        let error = #expect(throws: DiagnosticError.self) { try rotate(name, in: folder) }
        #expect(error?.diagnostics.first?.code == "secret-data-bound")
        #expect(error?.diagnostics.first?.fix?.contains("--i-understand-data-loss") == true)
        #expect(try folder.snapshot() == before)
    }

    @Test("the explicit flag rotates a data-bound secret, with the old value kept in the backup")
    func dataLossAccepted() throws {
        let (folder, _) = try Scenarios.render("compose-default")
        let old = try #require(DotEnvParser.parse(try folder.read(".env"))["ENCRYPTION_KEY"]?.value)
        let plan = try rotate(.encryptionKey, in: folder, acceptDataLoss: true)
        #expect(plan.isDataBound)
        #expect(DotEnvParser.parse(try folder.read(".env"))["ENCRYPTION_KEY"]?.value != old)
        #expect(try folder.read(".simdeploy/backups/1970-01-01T00-00-00Z/.env").contains("ENCRYPTION_KEY=\(old)"))
    }

    @Test("a secret this install does not generate cannot be rotated")
    func notGenerated() throws {
        let (folder, _) = try Scenarios.render("compose-default")
        let error = #expect(throws: DiagnosticError.self) { try rotate(.adminAPIKey, in: folder) }
        #expect(error?.diagnostics.first?.message.contains("not generated for this install") == true)
    }

    @Test("a secret defined twice is refused rather than guessed")
    func duplicate() throws {
        let (folder, _) = try Scenarios.render("compose-default")
        try folder.write(
            ".env", try folder.read(".env") + "CRON_SECRET=\(String(repeating: "a", count: 40))\n", mode: 0o600)
        let error = #expect(throws: DiagnosticError.self) { try rotate(.cronSecret, in: folder) }
        #expect(error?.diagnostics.first?.message.contains("defined 2 times") == true)
    }

    @Test("the inventory names users and rotation class, and values only when asked")
    func inventory() throws {
        let (folder, _) = try Scenarios.render("compose-default")
        let items = try SecretInventory().list(folder: folder.path)
        #expect(items.map(\.key).contains("ENCRYPTION_KEY"))
        #expect(items.allSatisfy { $0.value == nil && $0.status == .set })
        let key = try #require(items.first { $0.key == "ENCRYPTION_KEY" })
        guard case .dataBound = key.rotation else {
            Issue.record("ENCRYPTION_KEY must be data-bound")
            return
        }
        let cron = try #require(items.first { $0.key == "CRON_SECRET" })
        #expect(cron.consumers == ["app", "cron"])
        let shown = try SecretInventory().list(folder: folder.path, includeValues: true)
        #expect(shown.allSatisfy { $0.value?.count == 64 })
    }
}
