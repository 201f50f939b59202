import DotEnv
import Foundation
import TestSupport
import Testing

@testable import SimDeployKit

/// Hand edits, spec changes and the manifest, through `Generator` on a real folder.
@Suite("drift detection and merging")
struct DriftTests {
    static let compose = "docker-compose.prod.yml"
    static let postgresPort = "compose:\n  postgresPort: 5433\n"

    @discardableResult
    func generate(_ folder: TemporaryDirectory, seed: UInt64 = 7, options: ApplyOptions = ApplyOptions()) throws
        -> GenerationPlan
    {
        let generator = Generator(random: SeededRandom(seed: seed))
        let plan = try generator.plan(folder: folder.path)
        try generator.apply(plan, folder: folder.path, options: options)
        return plan
    }

    func plan(_ folder: TemporaryDirectory) throws -> GenerationPlan {
        try Generator(random: SeededRandom(seed: 7)).plan(folder: folder.path)
    }

    func planned(_ plan: GenerationPlan, _ path: String) throws -> GenerationPlan.PlannedFile {
        try #require(plan.files.first { $0.file.path == path })
    }

    /// The compose file simdeploy renders for `spec` on its own, with no edits.
    func render(spec: String) throws -> String {
        let folder = try TemporaryDirectory()
        try folder.write("simdeploy.yaml", spec)
        try generate(folder)
        return try folder.read(Self.compose)
    }

    @Test("keeps a hand edit and takes a spec change in the same file")
    func handEditMergesWithSpecChange() throws {
        let (folder, _) = try Scenarios.render("compose-default")
        let edited = try folder.read(Self.compose).replacing("memory: 8G", with: "memory: 12G")
        try folder.write(Self.compose, edited)
        let spec = try Scenarios.spec("compose-default") + Self.postgresPort
        try folder.write("simdeploy.yaml", spec)

        let plan = try generate(folder)
        #expect(try planned(plan, Self.compose).action == .merge)
        #expect(try planned(plan, Self.compose).drift == .edited)
        let expected = try render(spec: spec).replacing("memory: 8G", with: "memory: 12G")
        #expect(try folder.read(Self.compose) == expected)
        #expect(expected.contains("127.0.0.1:5433:5432"))

        // The edit is carried on: the next run changes nothing, and later spec changes merge again.
        #expect(!(try self.plan(folder)).hasChanges)
        try folder.write("simdeploy.yaml", spec + "settings:\n  logLevel: DEBUG\n")
        try generate(folder)
        #expect(try folder.read(Self.compose).contains("memory: 12G"))
    }

    @Test("refuses a conflicting edit and writes nothing at all, not even the files that merge")
    func conflictWritesNothing() throws {
        let (folder, _) = try Scenarios.render("compose-default")
        try folder.write("simdeploy.yaml", try Scenarios.spec("compose-default") + Self.postgresPort)
        try generate(folder)
        try folder.write(
            Self.compose, try folder.read(Self.compose).replacing("127.0.0.1:5433:5432", with: "127.0.0.1:6000:5432"))
        let spec =
            try Scenarios.spec("compose-default") + "compose:\n  postgresPort: 5434\nsettings:\n  logLevel: WARN\n"
        try folder.write("simdeploy.yaml", spec)
        let before = try folder.snapshot()

        let plan = try self.plan(folder)
        #expect(try planned(plan, Self.compose).action == .conflict)
        #expect(try planned(plan, ".env").action == .update)
        let proposal = try #require(try planned(plan, Self.compose).proposal)
        #expect(
            proposal.contains(
                "<<<<<<< ours\n    - 127.0.0.1:6000:5432\n=======\n    - 127.0.0.1:5434:5432\n>>>>>>> simdeploy\n"))
        let error = #expect(throws: DiagnosticError.self) {
            try Generator(random: SeededRandom(seed: 7)).apply(plan, folder: folder.path)
        }
        #expect(error?.diagnostics.first?.code == "merge-conflict")
        #expect(try folder.snapshot() == before)
    }

    @Test("--force backs up the edited file with its bytes and mode, then writes the new render")
    func forceBacksUpThenReplaces() throws {
        let (folder, _) = try Scenarios.render("compose-default")
        try folder.write("simdeploy.yaml", try Scenarios.spec("compose-default") + Self.postgresPort)
        try generate(folder)
        let edited = try folder.read(Self.compose).replacing("127.0.0.1:5433:5432", with: "127.0.0.1:6000:5432")
        try folder.write(Self.compose, edited, mode: 0o640)
        let spec = try Scenarios.spec("compose-default") + "compose:\n  postgresPort: 5434\n"
        try folder.write("simdeploy.yaml", spec)

        let plan = try Generator(random: SeededRandom(seed: 7)).plan(folder: folder.path)
        let report = try Generator(random: SeededRandom(seed: 7)).apply(
            plan, folder: folder.path, options: ApplyOptions(force: true, clock: FixedClock(1_700_000_000)))
        #expect(report.backupFolder == ".simdeploy/backups/2023-11-14T22-13-20Z")
        #expect(report.backedUp == [Self.compose])
        #expect(try folder.read(".simdeploy/backups/2023-11-14T22-13-20Z/\(Self.compose)") == edited)
        #expect(try folder.mode(".simdeploy/backups/2023-11-14T22-13-20Z/\(Self.compose)") == 0o640)
        #expect(try folder.read(Self.compose) == (try render(spec: spec)))
        #expect(try folder.mode(Self.compose) == 0o644)
    }

    @Test("a file from before the manifest is adopted when it matches, and a conflict when it differs")
    func filesWithoutRecord() throws {
        let (folder, _) = try Scenarios.render("compose-default")
        try FileManager.default.removeItem(at: folder.file(".simdeploy"))
        let adopted = try self.plan(folder)
        #expect(try planned(adopted, Self.compose).action == .unchanged)
        #expect(try planned(adopted, Self.compose).drift == .unrecorded)
        try generate(folder)
        #expect(try folder.files(under: ".simdeploy/manifest.json") == [".simdeploy/manifest.json"])

        try FileManager.default.removeItem(at: folder.file(".simdeploy"))
        let edited = try folder.read(Self.compose) + "# local tweak\n"
        try folder.write(Self.compose, edited)
        let plan = try self.plan(folder)
        let compose = try planned(plan, Self.compose)
        #expect(compose.action == .conflict)
        #expect(compose.conflict == .noRecord)
        #expect(compose.proposal == (try render(spec: try Scenarios.spec("compose-default"))))
    }

    @Test("every write records each file's SHA-256 and mode; state is private to the owner")
    func manifestRecordsEveryFile() throws {
        let (folder, _) = try Scenarios.render("compose-default")
        let manifest = try Manifest.parse(try folder.read(".simdeploy/manifest.json"), fileName: "manifest.json")
        #expect(manifest.simdeployVersion == ToolVersion.current)
        #expect(manifest.specVersion == 1)
        #expect(manifest.files.keys.sorted() == [".env", "Caddyfile", Self.compose])
        for (path, record) in manifest.files {
            #expect(record.sha256 == (try SHA256.hex(Array(try folder.read(path).utf8))))
            #expect(record.mode.bits == UInt16(try folder.mode(path)))
        }
        let compose = try #require(manifest.files[Self.compose])
        #expect(compose.renderedSha256 == compose.sha256)
        #expect(try folder.read(".simdeploy/base/\(compose.sha256)") == (try folder.read(Self.compose)))
        #expect(manifest.files[".env"]?.keys?.contains("ENCRYPTION_KEY") == true)
        #expect(try folder.mode(".simdeploy") == 0o700)
        #expect(try folder.mode(".simdeploy/base") == 0o700)
        #expect(try folder.mode(".simdeploy/manifest.json") == 0o600)
        #expect(try folder.mode(".simdeploy/base/\(compose.sha256)") == 0o600)
    }

    @Test("a current install is left byte for byte, manifest and state included")
    func currentInstallUntouched() throws {
        let (folder, _) = try Scenarios.render("compose-external")
        let before = try folder.snapshot()
        let plan = try generate(folder, seed: 99)
        #expect(!plan.hasChanges)
        #expect(try folder.snapshot() == before)
    }

    @Test("secrets never change on generate, whatever else changes")
    func secretsSurviveGenerate() throws {
        let (folder, _) = try Scenarios.render("compose-default")
        let secrets = secretValues(try folder.read(".env"))
        #expect(secrets.count == 6)
        try folder.write(Self.compose, try folder.read(Self.compose).replacing("memory: 8G", with: "memory: 9G"))
        try folder.write(
            "simdeploy.yaml",
            try Scenarios.spec("compose-default") + "ollama:\n  mode: cpu\nsettings:\n  logLevel: DEBUG\n")
        for seed in [1, 2, 3] as [UInt64] {
            try generate(folder, seed: seed)
            #expect(secretValues(try folder.read(".env")) == secrets)
        }
    }

    @Test("a secret file's backup is 0600 even when the file was not, and only the newest sets are kept")
    func backupModesAndRetention() throws {
        let (folder, _) = try Scenarios.render("compose-default")
        try folder.write(".env", try folder.read(".env"), mode: 0o644)
        for (index, level) in ["DEBUG", "WARN", "ERROR", "INFO"].enumerated() {
            try folder.write(
                "simdeploy.yaml", try Scenarios.spec("compose-default") + "settings:\n  logLevel: \(level)\n")
            let options = ApplyOptions(clock: FixedClock(1_700_000_000 + Int64(index) * 60), keepBackups: 2)
            try generate(folder, options: options)
            if index == 0 {
                #expect(try folder.mode(".simdeploy/backups/2023-11-14T22-13-20Z/.env") == 0o600)
                #expect(try folder.read(".simdeploy/backups/2023-11-14T22-13-20Z/.env").contains("LOG_LEVEL=INFO"))
            }
        }
        let sets = try FileManager.default.contentsOfDirectory(atPath: folder.file(".simdeploy/backups").path).sorted()
        #expect(sets == ["2023-11-14T22-15-20Z", "2023-11-14T22-16-20Z"])
        #expect(try folder.mode(".simdeploy/backups") == 0o700)
        #expect(try folder.read(".simdeploy/backups/2023-11-14T22-16-20Z/.env").contains("LOG_LEVEL=ERROR"))
    }

    @Test("a damaged manifest stops generate with a fix; it is never skipped")
    func damagedManifest() throws {
        let (folder, _) = try Scenarios.render("compose-default")
        try folder.write(".simdeploy/manifest.json", "{\"format\": 1, \"files\": ")
        let error = #expect(throws: DiagnosticError.self) { try self.plan(folder) }
        #expect(error?.diagnostics.first?.code == "manifest-damaged")
        #expect(error?.diagnostics.first?.fix?.contains("delete it") == true)
    }

    @Test("a key the last render wrote is reported when the spec stops generating it, and kept")
    func removedExtraKeyReported() throws {
        let folder = try TemporaryDirectory()
        let spec = try Scenarios.spec("compose-default")
        try folder.write("simdeploy.yaml", spec + "env:\n  BRAND_NAME: Acme\n")
        try generate(folder)
        try folder.write("simdeploy.yaml", spec)
        let plan = try generate(folder)
        #expect(try folder.read(".env").contains("BRAND_NAME=Acme"))
        #expect(
            plan.notes.contains { $0.severity == .warning && $0.message.hasPrefix("BRAND_NAME is no longer generated") }
        )
    }

    @Test("an output simdeploy no longer renders is kept, reported and no longer tracked")
    func droppedOutputReported() throws {
        let (folder, _) = try Scenarios.render("compose-default")
        var manifest = try Manifest.parse(try folder.read(".simdeploy/manifest.json"), fileName: "manifest.json")
        manifest.files["nginx/sim.conf"] = .init(sha256: String(repeating: "0", count: 64), mode: FileMode(0o644))
        try folder.write(".simdeploy/manifest.json", manifest.json())
        try folder.write("nginx/sim.conf", "server {\n}\n")
        let plan = try generate(folder)
        #expect(plan.notes.contains { $0.message.hasPrefix("nginx/sim.conf is no longer generated") })
        #expect(try folder.read("nginx/sim.conf") == "server {\n}\n")
        let after = try Manifest.parse(try folder.read(".simdeploy/manifest.json"), fileName: "manifest.json")
        #expect(after.files["nginx/sim.conf"] == nil)
    }

    @Test("a proposal is written beside the file, and removed once the conflict is resolved")
    func proposalLifecycle() throws {
        let (folder, _) = try Scenarios.render("compose-default")
        try FileManager.default.removeItem(at: folder.file(".simdeploy"))
        try folder.write(Self.compose, try folder.read(Self.compose) + "# mine\n")
        let generator = Generator(random: SeededRandom(seed: 7))
        let conflicted = try generator.plan(folder: folder.path)
        #expect(try generator.writeProposals(conflicted, folder: folder.path) == ["\(Self.compose).simdeploy-proposed"])
        let proposal = try folder.read("\(Self.compose).simdeploy-proposed")
        try folder.write(Self.compose, proposal)
        try generate(folder)
        #expect(!FileManager.default.fileExists(atPath: folder.file("\(Self.compose).simdeploy-proposed").path))
    }

    func secretValues(_ env: String) -> [String: String] {
        var values: [String: String] = [:]
        for entry in DotEnvParser.parse(env).entries where SecretName(rawValue: entry.key) != nil {
            values[entry.key] = entry.value
        }
        return values
    }
}
