import Foundation
import TestSupport
import Testing

@Suite("simdeploy lint and explain, end to end")
struct LintCommandTests {
    static let secret = "Zq8Wv3Nk5Rt1Yp7Lm2Hc9Bd4Fx6Gs0Ja"

    @Test("exit 0 for a clean file, 1 for errors, and warnings fail only with --severity warning")
    func exitCodes() throws {
        let folder = try TemporaryDirectory()
        try folder.write("clean.env", "LOG_LEVEL=INFO\n")
        try folder.write("warning.env", "LOG_LEVEL=info\n")
        try folder.write("error.env", "A=1\nA=2\n")
        #expect(try CommandRunner.run(["lint", folder.file("clean.env").path]).exitCode == 0)
        #expect(try CommandRunner.run(["lint", folder.file("warning.env").path]).exitCode == 0)
        #expect(
            try CommandRunner.run(["lint", "--severity", "warning", folder.file("warning.env").path]).exitCode == 1)
        let failing = try CommandRunner.run(["lint", folder.file("error.env").path, folder.file("clean.env").path])
        #expect(failing.exitCode == 1)
        #expect(failing.stdout.contains("error.env:2:1: error: A is already set on line 1"))
        #expect(failing.stdout.hasSuffix("1 error in 1 of 2 files\n"))
    }

    @Test(
        "unreadable input and unknown rules exit 2",
        arguments: [
            ["lint", "/nonexistent/.env"], ["lint", "--disable", "duplicated-key", "/dev/null"],
            ["lint", "--format", "xml", "/dev/null"], ["lint", "--fix", "-"], ["lint", "/"],
            ["lint", "--config", "/nonexistent.yml", "/dev/null"], ["explain", "no-such-rule"],
        ])
    func usageErrors(_ arguments: [String]) throws {
        let run = try CommandRunner.run(arguments)
        #expect(run.exitCode == 2, "\(run)")
        #expect(!run.stderr.isEmpty && !run.stderr.contains("Fatal error"))
    }

    @Test("reads standard input with -")
    func standardInput() throws {
        let run = try runProcess(
            CommandRunner.binary, ["lint", "-"], stdin: Data("A=1\nA=2\n".utf8), environment: ["NO_COLOR": "1"])
        #expect(run.exitCode == 1)
        #expect(run.stdout.contains("<stdin>:2:1: error:"))
    }

    @Test("--fix repairs formatting, shows the diff, keeps the mode and a backup")
    func fixInPlace() throws {
        let folder = try TemporaryDirectory()
        let original = "export A = 1  \nB=2"
        try folder.write(".env", original, mode: 0o640)
        let run = try CommandRunner.run(["lint", "--fix", folder.file(".env").path])
        #expect(run.exitCode == 0, "\(run)")
        #expect(run.stdout.contains("-export A = 1  \n+A=1\n"))
        #expect(try folder.read(".env") == "A=1\nB=2\n")
        #expect(try folder.read(".env.bak") == original)
        #expect(try folder.mode(".env") == 0o640)
    }

    @Test("a simdeploy.yaml next to the file sets the target for required keys")
    func targetFromSpec() throws {
        let folder = try TemporaryDirectory()
        try folder.write("simdeploy.yaml", "version: 1\nurl: https://sim.example.com\n")
        try folder.write(".env", "NEXT_PUBLIC_APP_URL=https://sim.example.com\n")
        let run = try CommandRunner.run(["lint", folder.file(".env").path])
        #expect(run.exitCode == 1)
        #expect(run.stdout.contains("ENCRYPTION_KEY is missing; a compose install needs it"))
    }

    @Test("no format prints a secret value", arguments: ["text", "json", "github", "sarif"])
    func secretsStayHidden(_ format: String) throws {
        let folder = try TemporaryDirectory()
        try folder.write(
            ".env",
            "BETTER_AUTH_SECRET=\(Self.secret)\nINTERNAL_API_SECRET=\(Self.secret)  \nENCRYPTION_KEY=\(Self.secret)\n")
        let run = try CommandRunner.run(["lint", "--format", format, "--fix", folder.file(".env").path])
        #expect(run.exitCode == 1)
        #expect(!run.stdout.contains(Self.secret) && !run.stderr.contains(Self.secret), "\(run)")
    }

    @Test("machine formats go to standard output in full")
    func machineFormats() throws {
        let folder = try TemporaryDirectory()
        try folder.write(".env", "A=1\nA=2\n")
        let sarif = try CommandRunner.run(["lint", "--format", "sarif", folder.file(".env").path])
        #expect(sarif.stdout.contains("\"version\": \"2.1.0\""))
        let github = try CommandRunner.run(["lint", "--format", "github", folder.file(".env").path])
        #expect(github.stdout.hasPrefix("::error file="))
    }

    @Test("colour only on a terminal, and never with NO_COLOR")
    func colour() throws {
        let folder = try TemporaryDirectory()
        try folder.write(".env", "A=1\nA=2\n")
        let command = "\(CommandRunner.binary) lint \(folder.file(".env").path)"
        let terminal = try runProcess(
            "/usr/bin/script", ["-q", "-c", command, "/dev/null"], stdin: Data(), environment: ["PATH": "/usr/bin:/bin"]
        )
        #expect(terminal.stdout.contains("\u{1B}[1;31merror:"))
        let noColor = try runProcess(
            "/usr/bin/script", ["-q", "-c", command, "/dev/null"], stdin: Data(),
            environment: ["PATH": "/usr/bin:/bin", "NO_COLOR": "1"])
        #expect(!noColor.stdout.contains("\u{1B}["))
        #expect(!(try CommandRunner.run(["lint", folder.file(".env").path]).stdout.contains("\u{1B}[")))
    }

    @Test("explain prints a rule's page and a variable's facts")
    func explain() throws {
        let rule = try CommandRunner.run(["explain", "dollar-sign"])
        #expect(rule.exitCode == 0)
        #expect(rule.stdout.contains("PASSWORD=pa↓$$word"))
        let variable = try CommandRunner.run(["explain", "ENCRYPTION_KEY"])
        #expect(variable.stdout.contains("exactly 64 hex characters"))
        let list = try CommandRunner.run(["explain", "--list"])
        #expect(list.stdout.contains("unordered-key"))
    }
}
