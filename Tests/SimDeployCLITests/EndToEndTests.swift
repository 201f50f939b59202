import DotEnv
import Foundation
import TestSupport
import Testing

@Suite("simdeploy end to end")
struct EndToEndTests {
    @Test("init then generate gives identical files and a private .env")
    func initThenGenerate() throws {
        let folder = try TemporaryDirectory()
        let initRun = try CommandRunner.run([
            "init", "--non-interactive", "--domain", "sim.example.com", "--dir", folder.path,
        ])
        #expect(initRun.exitCode == 0, "\(initRun)")
        #expect(initRun.stdout.contains("docker compose -f docker-compose.prod.yml up -d"))
        #expect(try folder.mode(".env") == 0o600)
        let env = try folder.read(".env")
        let compose = try folder.read("docker-compose.prod.yml")
        for entry in DotEnvParser.parse(env).entries where entry.value.count == 64 {
            #expect(
                !initRun.stdout.contains(entry.value) && !initRun.stderr.contains(entry.value), "a secret was printed")
        }
        let generateRun = try CommandRunner.run(["generate", "--dir", folder.path])
        #expect(generateRun.exitCode == 0, "\(generateRun)")
        #expect(generateRun.stdout.contains("unchanged  .env"))
        #expect(try folder.read(".env") == env)
        #expect(try folder.read("docker-compose.prod.yml") == compose)
    }

    @Test("init refuses an existing install without --force, and --force keeps the secrets")
    func initRefusesThenForceKeepsSecrets() throws {
        let folder = try TemporaryDirectory()
        _ = try CommandRunner.run(["init", "--non-interactive", "--dir", folder.path])
        let secrets = DotEnvParser.parse(try folder.read(".env"))["ENCRYPTION_KEY"]?.value
        let refused = try CommandRunner.run(["init", "--non-interactive", "--dir", folder.path])
        #expect(refused.exitCode == 1)
        #expect(refused.stderr.contains("already holds an install"))
        let forced = try CommandRunner.run([
            "init", "--non-interactive", "--force", "--domain", "new.example.com", "--dir", folder.path,
        ])
        #expect(forced.exitCode == 0, "\(forced)")
        let env = DotEnvParser.parse(try folder.read(".env"))
        #expect(env["ENCRYPTION_KEY"]?.value == secrets)
        #expect(env["NEXT_PUBLIC_APP_URL"]?.value == "https://new.example.com")
    }

    @Test("a malformed spec gives a located error and exit 1")
    func malformedSpec() throws {
        let folder = try TemporaryDirectory()
        try folder.write("simdeploy.yaml", "version: 1\nurl: https://sim.example.com\nproxy:\n  type: trafik\n")
        let run = try CommandRunner.run(["generate", "--dir", folder.path])
        #expect(run.exitCode == 1)
        #expect(run.stderr.contains("simdeploy.yaml:4:9: error: proxy.type: 'trafik' is not one of none, caddy, nginx"))
        #expect(run.stderr.contains("did you mean 'traefik'?") == false)
        #expect(!FileManager.default.fileExists(atPath: folder.file(".env").path))
    }

    @Test(
        "usage mistakes exit 2 without a stack trace",
        arguments: [
            ["init", "--proxy", "traefik"],
            ["init", "--domain", "a.example.com", "--url", "https://b.example.com"],
            ["init", "--domain", "a.example.com;include /etc/passwd", "--non-interactive"],
            ["generate", "--bogus"],
            ["frobnicate"],
            ["init", "--dir"],
        ])
    func usageErrors(_ arguments: [String]) throws {
        let run = try CommandRunner.run(arguments)
        #expect(run.exitCode == 2, "\(run)")
        #expect(!run.stderr.contains("Fatal error") && !run.stderr.contains("Stack"))
    }

    @Test("--dry-run shows a redacted diff and writes nothing")
    func dryRun() throws {
        let folder = try TemporaryDirectory()
        try folder.write("simdeploy.yaml", "version: 1\nurl: https://sim.example.com\n")
        let run = try CommandRunner.run(["generate", "--dry-run", "--dir", folder.path])
        #expect(run.exitCode == 0)
        #expect(run.stdout.contains("+ENCRYPTION_KEY=********"))
        #expect(run.stdout.contains("+++ b/docker-compose.prod.yml"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["simdeploy.yaml"])
    }

    @Test("file modes are exact whatever the umask")
    func modesIgnoreUmask() throws {
        let folder = try TemporaryDirectory()
        let command = "umask 077 && exec \(CommandRunner.binary) init --non-interactive --dir \(folder.path)"
        let run = try runProcess("/bin/sh", ["-c", command], stdin: Data())
        #expect(run.exitCode == 0, "\(run)")
        #expect(try folder.mode("docker-compose.prod.yml") == 0o644)
        #expect(try folder.mode("simdeploy.yaml") == 0o644)
        #expect(try folder.mode(".env") == 0o600)
    }

    @Test("on a terminal init asks for what the flags did not give")
    func interactivePrompts() throws {
        let folder = try TemporaryDirectory()
        // `script` gives the command a pseudo-terminal; the answers arrive one per prompt.
        let command = "\(CommandRunner.binary) init --dir \(folder.path)"
        let answers = "sim.example.org\nnginx\ncpu\nv0.8.8\n"
        let run = try runProcess(
            "/usr/bin/script", ["-q", "-e", "-c", command, "/dev/null"], stdin: Data(answers.utf8))
        #expect(run.exitCode == 0, "\(run)")
        #expect(run.stdout.contains("Public URL [http://localhost:3000]:"))
        let spec = try folder.read("simdeploy.yaml")
        #expect(spec.contains("url: https://sim.example.org"))
        #expect(spec.contains("type: nginx"))
        #expect(spec.contains("mode: cpu"))
        #expect(spec.contains("simVersion: v0.8.8"))
    }

    @Test("doctor checks a fresh install clean without the host, and fails on a broken one")
    func doctorOnInstall() throws {
        let folder = try TemporaryDirectory()
        _ = try CommandRunner.run(["init", "--non-interactive", "--domain", "sim.example.com", "--dir", folder.path])
        let clean = try CommandRunner.run(["doctor", "--no-host", "--dir", folder.path, "--format", "json"])
        #expect(clean.exitCode == 0, "\(clean)")
        let report = try JSONSerialization.jsonObject(with: Data(clean.stdout.utf8)) as? [String: Any]
        #expect(report?["ok"] as? Bool == true)
        try folder.write(".env", try folder.read(".env"), mode: 0o644)
        let broken = try CommandRunner.run(["doctor", "--no-host", "--dir", folder.path])
        #expect(broken.exitCode == 1)
        #expect(broken.stdout.contains("FAIL  .env permissions"))
    }

    @Test("help and version exit 0")
    func helpAndVersion() throws {
        #expect(try CommandRunner.run(["--help"]).exitCode == 0)
        #expect(try CommandRunner.run(["init", "--help"]).stdout.contains("Examples:"))
        #expect(try CommandRunner.run(["--version"]).stdout.hasPrefix("0."))
    }
}
