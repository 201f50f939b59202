import DotEnv
import Foundation
import TestSupport
import Testing

@testable import SimDeployKit

@Suite(".env rendering and merging")
struct EnvRendererTests {
    func generate(_ folder: TemporaryDirectory, seed: UInt64 = 7) throws -> GenerationPlan {
        let generator = Generator(random: SeededRandom(seed: seed))
        let plan = try generator.plan(folder: folder.path)
        try generator.apply(plan, folder: folder.path)
        return plan
    }

    @Test("generate on a current install changes no byte")
    func generateIsIdempotent() throws {
        let (folder, _) = try Scenarios.render("compose-external")
        let before = try folder.read(".env")
        let plan = try generate(folder, seed: 99)
        #expect(!plan.hasChanges)
        #expect(try folder.read(".env") == before)
    }

    @Test("keeps a variable the operator added, with its comment and position")
    func keepsOperatorKeys() throws {
        let (folder, _) = try Scenarios.render("compose-default")
        var text = try folder.read(".env")
        text = text.replacing("LOG_LEVEL=INFO\n", with: "LOG_LEVEL=INFO\n# our tuning\nMY_FLAG='a b #c'\n")
        text += "\n# appended by ops\nSIM_CUSTOM=1\n"
        try folder.write(".env", text, mode: 0o600)
        _ = try generate(folder)
        #expect(try folder.read(".env") == text)
    }

    @Test("adds a missing key beside its neighbours and keeps existing secrets")
    func addsMissingKeysKeepsSecrets() throws {
        let (folder, _) = try Scenarios.render("compose-default")
        let original = try folder.read(".env")
        let secret = try #require(DotEnvParser.parse(original)["ENCRYPTION_KEY"]?.value)
        let withoutCron = original.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("CRON_SECRET=") && !$0.hasPrefix("LOG_LEVEL=") }.joined(separator: "\n")
        try folder.write(".env", withoutCron, mode: 0o600)
        let plan = try generate(folder, seed: 1234)
        let merged = DotEnvParser.parse(try folder.read(".env"))
        #expect(merged["ENCRYPTION_KEY"]?.value == secret)
        #expect(plan.generatedSecrets == [.cronSecret])
        let keys = merged.entries.map(\.key)
        let cron = try #require(keys.firstIndex(of: "CRON_SECRET"))
        #expect(keys[cron - 1] == "INTERNAL_API_SECRET")
        let logLevel = try #require(keys.firstIndex(of: "LOG_LEVEL"))
        #expect(keys[logLevel + 1] == "NEXT_TELEMETRY_DISABLED")
    }

    @Test("a key whose line was deleted but whose comment was kept comes back under that comment, once")
    func restoresKeyUnderKeptComment() throws {
        let (folder, _) = try Scenarios.render("compose-default")
        let original = try folder.read(".env")
        let lines = original.split(separator: "\n", omittingEmptySubsequences: false)
        let cronLine = try #require(lines.firstIndex { $0.hasPrefix("CRON_SECRET=") })
        #expect(lines[cronLine - 1].hasPrefix("# "))
        let withoutCron = lines.enumerated().filter { $0.offset != cronLine }.map(\.element).joined(separator: "\n")
        try folder.write(".env", withoutCron, mode: 0o600)
        _ = try generate(folder, seed: 77)
        let merged = try folder.read(".env").split(separator: "\n", omittingEmptySubsequences: false)
        #expect(merged.count == lines.count)
        #expect(merged.filter { $0 == lines[cronLine - 1] }.count == 1)
        #expect(merged[cronLine].hasPrefix("CRON_SECRET=") && merged[cronLine].count == "CRON_SECRET=".count + 64)
        #expect(
            merged.enumerated().filter { $0.offset != cronLine }.map(\.element)
                == lines.enumerated().filter { $0.offset != cronLine }.map(\.element))
    }

    @Test("a spec change updates the managed value in place and says so")
    func specChangeUpdatesInPlace() throws {
        let (folder, _) = try Scenarios.render("compose-default")
        let before = try folder.read(".env")
        try folder.write("simdeploy.yaml", try Scenarios.spec("compose-default") + "settings:\n  logLevel: DEBUG\n")
        let plan = try generate(folder)
        let after = try folder.read(".env")
        #expect(after == before.replacing("LOG_LEVEL=INFO", with: "LOG_LEVEL=DEBUG"))
        #expect(plan.notes.contains { $0.message.contains("LOG_LEVEL updated") })
    }

    @Test("a key the spec no longer generates is kept and reported")
    func removedKeyIsReported() throws {
        let (folder, _) = try Scenarios.render("compose-ollama-cpu")
        try folder.write("simdeploy.yaml", "version: 1\nurl: http://localhost:3000\n")
        let plan = try generate(folder)
        #expect(try folder.read(".env").contains("OLLAMA_URL=http://ollama:11434"))
        #expect(
            plan.notes.contains { $0.severity == .warning && $0.message.hasPrefix("OLLAMA_URL is no longer generated") }
        )
    }

    @Test("a managed key defined twice is refused, not guessed")
    func duplicateManagedKeyRefused() throws {
        let (folder, _) = try Scenarios.render("compose-default")
        try folder.write(".env", try folder.read(".env") + "export LOG_LEVEL=DEBUG\n", mode: 0o600)
        let error = #expect(throws: DiagnosticError.self) { try generate(folder) }
        #expect(error?.diagnostics.first?.message.hasPrefix("LOG_LEVEL is defined twice") == true)
    }

    @Test("a .env Compose cannot read is refused with its location")
    func unreadableEnvRefused() throws {
        let (folder, _) = try Scenarios.render("compose-default")
        try folder.write(".env", "A=1\nBROKEN=\"unterminated\n", mode: 0o600)
        let error = #expect(throws: DiagnosticError.self) { try generate(folder) }
        #expect(error?.diagnostics.first?.location?.line == 2)
    }

    @Test("the dry-run diff never shows a secret value")
    func diffRedactsSecrets() throws {
        let folder = try TemporaryDirectory()
        try folder.write("simdeploy.yaml", try Scenarios.spec("compose-default"))
        let plan = try Generator(random: SeededRandom()).plan(folder: folder.path)
        let diff = plan.diff()
        #expect(diff.contains("+ENCRYPTION_KEY=********"))
        let env = try #require(plan.files.first { $0.file.path == ".env" })
        for entry in DotEnvParser.parse(env.file.contents).entries where SecretName(rawValue: entry.key) != nil {
            #expect(!diff.contains(entry.value))
        }
    }

    @Test("a value with a newline is refused with the key named")
    func newlineValueRefused() throws {
        let install = try SpecLoader.load("version: 1\nurl: https://sim.example.com\n").install
        var hostile = install
        hostile.extraEnv = [ExtraEnv(key: "BRAND", value: "a\nINJECTED=1")]
        #expect(throws: DiagnosticError.self) {
            try EnvRenderer(plan: EnvPlan(hostile), secrets: [:], install: hostile).render(existing: nil)
        }
        let error = #expect(throws: DiagnosticError.self) {
            try SpecLoader.load("version: 1\nurl: https://sim.example.com\nenv:\n  BRAND: \"a\\nINJECTED=1\"\n")
        }
        #expect(error?.diagnostics.first?.location?.line == 4)
    }
}
