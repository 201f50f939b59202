import DotEnv
import Foundation
import SimDeployKit
import TestSupport
import Testing

/// Kills `simdeploy generate` with SIGKILL at every disk step of a multi-file write and proves the
/// install survives: each file wholly old or wholly new, no secret lost, the manifest never ahead
/// of the files, and the next plain run repairs everything.
///
/// The write under test replaces `.env` (a spec change and a secret generated in this run) and
/// merges a hand-edited compose file (a spec change plus the operator's edit), so it covers
/// backups, merge bases, the pending manifest, both outputs, the manifest and the tidying after.
@Suite("crash safety")
struct CrashSafetyTests {
    static let compose = "docker-compose.prod.yml"
    static let killed: Int32 = 9

    /// The install before the upgrade-like change, as files.
    func oldState() throws -> [String: FileState] {
        let (folder, _) = try Scenarios.render("compose-default")
        try folder.write(
            "simdeploy.yaml",
            try Scenarios.spec("compose-default") + "compose:\n  postgresPort: 5433\nsettings:\n  logLevel: DEBUG\n")
        try folder.write(Self.compose, try folder.read(Self.compose).replacing("memory: 8G", with: "memory: 12G"))
        let env = try folder.read(".env").split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("CRON_SECRET=") }.joined(separator: "\n")
        try folder.write(".env", env, mode: 0o600)
        return try folder.snapshot()
    }

    func materialise(_ state: [String: FileState]) throws -> TemporaryDirectory {
        let folder = try TemporaryDirectory("crash")
        for (path, file) in state {
            try folder.write(path, String(decoding: file.contents, as: UTF8.self), mode: file.mode)
        }
        return folder
    }

    /// `.env` with the secret generated in the run replaced, so runs with different randomness compare.
    func normalised(_ env: String) -> (text: String, cron: String?) {
        guard let cron = DotEnvParser.parse(env)["CRON_SECRET"]?.value else { return (env, nil) }
        return (env.replacing("CRON_SECRET=\(cron)", with: "CRON_SECRET=<generated>"), cron)
    }

    func text(_ state: [String: FileState], _ path: String) -> String? {
        state[path].map { String(decoding: $0.contents, as: UTF8.self) }
    }

    @Test(
        "SIGKILL at any disk step leaves every file old or new, no secret lost, and a repairable manifest",
        .disabled(if: CommandRunner.isExternalBinary, "SIMDEPLOY_FAULT_KILL_AT exists only in the debug build"))
    func killAtEveryStep() throws {
        let old = try oldState()
        let oldEnv = try #require(text(old, ".env"))
        let oldSecrets = DotEnvParser.parse(oldEnv).entries.filter { SecretName(rawValue: $0.key) != nil }
        let oldManifest = try #require(text(old, ".simdeploy/manifest.json"))

        let reference = try materialise(old)
        let run = try CommandRunner.run(["generate", "--dir", reference.path])
        #expect(run.exitCode == 0, "\(run)")
        let newEnv = normalised(try reference.read(".env")).text
        let newCompose = try reference.read(Self.compose)
        #expect(newCompose != text(old, Self.compose) && newCompose.contains("memory: 12G"))

        var step = 0
        var completed = false
        while !completed, step < 200 {
            step += 1
            let folder = try materialise(old)
            let crashed = try CommandRunner.run(
                ["generate", "--dir", folder.path], environment: ["SIMDEPLOY_FAULT_KILL_AT": String(step)])
            if crashed.exitCode == 0 {
                completed = true
            } else {
                #expect(crashed.exitCode == Self.killed, "step \(step): \(crashed)")
            }

            // Each file is wholly old or wholly new.
            let compose = try folder.read(Self.compose)
            #expect(compose == text(old, Self.compose) || compose == newCompose, "step \(step): compose is mixed")
            let (env, cron) = normalised(try folder.read(".env"))
            #expect(env == oldEnv || env == newEnv, "step \(step): .env is mixed")
            #expect(try folder.mode(".env") == 0o600, "step \(step)")
            // No secret is lost or changed.
            let parsed = DotEnvParser.parse(try folder.read(".env"))
            for secret in oldSecrets {
                #expect(parsed[secret.key]?.value == secret.value, "step \(step): \(secret.key) changed")
            }
            // The committed manifest is never ahead of the files.
            let manifestText = try folder.read(".simdeploy/manifest.json")
            if manifestText != oldManifest {
                #expect(compose == newCompose && env == newEnv, "step \(step): manifest ahead of the files")
            }

            // A plain run repairs whatever the kill left, and keeps a secret the killed run wrote.
            let repair = try CommandRunner.run(["generate", "--dir", folder.path])
            #expect(repair.exitCode == 0, "step \(step) repair: \(repair)")
            #expect(try folder.read(Self.compose) == newCompose, "step \(step)")
            let repaired = normalised(try folder.read(".env"))
            #expect(repaired.text == newEnv, "step \(step)")
            if let cron { #expect(repaired.cron == cron, "step \(step): the generated secret was replaced") }
            try expectConsistent(folder, step: step)
        }
        #expect(completed, "the write never completed within 200 steps")
        // Backups, base, pending manifest, two outputs, manifest, tidying: well over a dozen points.
        #expect(step > 15, "only \(step) kill points were tried")
    }

    /// Manifest matches disk, nothing left over, and the install reads as current.
    func expectConsistent(_ folder: TemporaryDirectory, step: Int) throws {
        let manifest = try Manifest.parse(try folder.read(".simdeploy/manifest.json"), fileName: "manifest.json")
        for (path, record) in manifest.files {
            let bytes = Array(try Data(contentsOf: folder.file(path)))
            #expect(record.sha256 == (try SHA256.hex(bytes)), "step \(step): manifest disagrees with \(path)")
            if let base = record.renderedSha256 {
                #expect(FileManager.default.fileExists(atPath: folder.file(".simdeploy/base/\(base)").path))
            }
        }
        let leftovers = try folder.snapshot().keys.filter {
            $0.hasSuffix(".tmp") || $0.hasSuffix(".simdeploy-proposed") || $0.hasSuffix("manifest.pending.json")
        }
        #expect(leftovers.isEmpty, "step \(step): left \(leftovers)")
        let check = try CommandRunner.run(["generate", "--check", "--dir", folder.path])
        #expect(check.exitCode == 0, "step \(step) check: \(check)")
    }
}
