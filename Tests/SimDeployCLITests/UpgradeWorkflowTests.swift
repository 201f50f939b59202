import DotEnv
import Foundation
import TestSupport
import Testing

/// The upgrade workflow as an operator runs it: plan, check, generate over hand edits, upgrade, secrets.
@Suite("upgrade workflow end to end")
struct UpgradeWorkflowTests {
    static let compose = "docker-compose.prod.yml"

    func initialised(version: String = "v0.8.8") throws -> TemporaryDirectory {
        let folder = try TemporaryDirectory()
        let run = try CommandRunner.run([
            "init", "--non-interactive", "--domain", "sim.example.com", "--version", version, "--dir", folder.path,
        ])
        #expect(run.exitCode == 0, "\(run)")
        return folder
    }

    func appendToSpec(_ folder: TemporaryDirectory, _ text: String) throws {
        try folder.write("simdeploy.yaml", try folder.read("simdeploy.yaml") + text)
    }

    @Test("generate --check exits 0 when every file is current and 1 when one would change")
    func checkExitCodes() throws {
        let folder = try initialised()
        let current = try CommandRunner.run(["generate", "--check", "--dir", folder.path])
        #expect(current.exitCode == 0, "\(current)")
        #expect(current.stdout.contains("Everything is current."))
        try appendToSpec(folder, "settings:\n  logLevel: DEBUG\n")
        let before = try folder.snapshot()
        let drifted = try CommandRunner.run(["generate", "--check", "--dir", folder.path])
        #expect(drifted.exitCode == 1, "\(drifted)")
        #expect(drifted.stdout.contains("  update     .env"))
        #expect(!drifted.stdout.contains("@@"))
        #expect(try folder.snapshot() == before)
        let usage = try CommandRunner.run(["generate", "--check", "--force", "--dir", folder.path])
        #expect(usage.exitCode == 2)
    }

    @Test("plan shows each file's action and a redacted diff, and writes nothing")
    func planCommand() throws {
        let folder = try initialised()
        let secret = try #require(DotEnvParser.parse(try folder.read(".env"))["ENCRYPTION_KEY"]?.value)
        try folder.write(Self.compose, try folder.read(Self.compose).replacing("memory: 8G", with: "memory: 12G"))
        try appendToSpec(folder, "compose:\n  postgresPort: 5433\n")
        let before = try folder.snapshot()
        let run = try CommandRunner.run(["plan", "--dir", folder.path])
        #expect(run.exitCode == 0, "\(run)")
        #expect(run.stdout.contains("  merge      docker-compose.prod.yml  (edited by hand; your edits are kept)"))
        #expect(run.stdout.contains("+    - 127.0.0.1:5433:5432"))
        #expect(!run.stdout.contains(secret))
        #expect(try folder.snapshot() == before)
    }

    @Test("a conflicting hand edit is refused with exit 1 and nothing written; --force backs it up and replaces it")
    func conflictRefusedThenForced() throws {
        let folder = try initialised()
        try appendToSpec(folder, "compose:\n  postgresPort: 5433\n")
        #expect(try CommandRunner.run(["generate", "--dir", folder.path]).exitCode == 0)
        let edited = try folder.read(Self.compose).replacing("127.0.0.1:5433:5432", with: "127.0.0.1:6000:5432")
        try folder.write(Self.compose, edited)
        try folder.write(
            "simdeploy.yaml",
            try folder.read("simdeploy.yaml").replacing("postgresPort: 5433", with: "postgresPort: 5434")
                + "settings:\n  logLevel: WARN\n")
        let before = try folder.snapshot()

        let refused = try CommandRunner.run(["generate", "--dir", folder.path])
        #expect(refused.exitCode == 1, "\(refused)")
        #expect(refused.stderr.contains("nothing was written [merge-conflict]"))
        #expect(refused.stdout.contains("<<<<<<< ours\n    - 127.0.0.1:6000:5432\n=======\n"))
        var after = try folder.snapshot()
        let removed = after.removeValue(forKey: "\(Self.compose).simdeploy-proposed")
        let proposal = try #require(removed)
        #expect(after == before)
        #expect(String(decoding: proposal.contents, as: UTF8.self).contains(">>>>>>> simdeploy\n"))

        let forced = try CommandRunner.run(["generate", "--force", "--dir", folder.path])
        #expect(forced.exitCode == 0, "\(forced)")
        #expect(forced.stdout.contains("  replace    docker-compose.prod.yml"))
        // The summary names the set this run wrote (the earlier generate wrote one too).
        let prefix = "Replaced files were backed up to \(folder.path)/"
        let line = try #require(forced.stdout.split(separator: "\n").first { $0.hasPrefix(prefix) })
        let set = line.dropFirst(prefix.count).dropLast(2)
        #expect(set.hasPrefix(".simdeploy/backups/"))
        #expect(try folder.read("\(set)/\(Self.compose)") == edited)
        #expect(try folder.read(Self.compose).contains("127.0.0.1:5434:5432"))
        #expect(!FileManager.default.fileExists(atPath: folder.file("\(Self.compose).simdeploy-proposed").path))
    }

    @Test("operator keys and secrets survive generate and upgrade; upgrade prints the notes and the backup command")
    func upgradeKeepsOperatorWork() throws {
        let folder = try initialised()
        let original = try folder.read(".env")
        let operatorLines =
            "\n# ops: our SMTP relay\nMY_RELAY='smtp.internal # not a comment'\nOPENAI_API_KEY_1=sk-ours\n"
        try folder.write(".env", original + operatorLines, mode: 0o600)
        let secrets = DotEnvParser.parse(original).entries.filter { $0.value.count == 64 }

        let run = try CommandRunner.run(["upgrade", "--to", "v0.8.9", "--dir", folder.path])
        #expect(run.exitCode == 0, "\(run)")
        #expect(run.stdout.contains("Upgrade of \(folder.path): v0.8.8 -> v0.8.9"))
        #expect(run.stdout.contains("pg_dump -U postgres simstudio > pre-upgrade-v0.8.8.sql"))
        #expect(run.stdout.contains("CRON_SECRET: already in .env, kept"))
        let env = try folder.read(".env")
        #expect(env.hasSuffix(operatorLines))
        let parsed = DotEnvParser.parse(env)
        for secret in secrets {
            #expect(parsed[secret.key]?.value == secret.value, "\(secret.key) changed")
        }
        #expect(parsed["SIM_VERSION"]?.value == "v0.8.9")
        #expect(try folder.read("simdeploy.yaml").contains("simVersion: v0.8.9\n"))
        #expect(try CommandRunner.run(["generate", "--check", "--dir", folder.path]).exitCode == 0)

        let downgrade = try CommandRunner.run(["upgrade", "--to", "v0.8.1", "--dir", folder.path])
        #expect(downgrade.exitCode == 1)
        #expect(downgrade.stderr.contains("--allow-downgrade"))
        #expect(try CommandRunner.run(["upgrade", "--to", "not a tag", "--dir", folder.path]).exitCode == 2)
    }

    @Test("secrets list shows no value without --show; rotate refuses a data-bound secret with exit 1")
    func secretsCommands() throws {
        let folder = try initialised()
        let env = DotEnvParser.parse(try folder.read(".env"))
        let list = try CommandRunner.run(["secrets", "list", "--dir", folder.path])
        #expect(list.exitCode == 0, "\(list)")
        #expect(list.stdout.contains("ENCRYPTION_KEY       data-bound  app            set"))
        for entry in env.entries where entry.value.count == 64 {
            #expect(!list.stdout.contains(entry.value))
        }
        let shown = try CommandRunner.run(["secrets", "list", "--show", "--dir", folder.path])
        #expect(shown.stdout.contains(try #require(env["ENCRYPTION_KEY"]?.value)))

        let before = try folder.snapshot()
        let refused = try CommandRunner.run(["secrets", "rotate", "ENCRYPTION_KEY", "--dir", folder.path])
        #expect(refused.exitCode == 1)
        #expect(refused.stderr.contains("ENCRYPTION_KEY is data-bound and was not rotated"))
        #expect(try folder.snapshot() == before)

        let rotated = try CommandRunner.run(["secrets", "rotate", "CRON_SECRET", "--dir", folder.path])
        #expect(rotated.exitCode == 0, "\(rotated)")
        #expect(rotated.stdout.contains("up -d --force-recreate simstudio cron"))
        #expect(DotEnvParser.parse(try folder.read(".env"))["CRON_SECRET"]?.value != env["CRON_SECRET"]?.value)
        #expect(try CommandRunner.run(["secrets", "rotate", "NOPE", "--dir", folder.path]).exitCode == 2)
    }
}
