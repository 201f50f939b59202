import Foundation
import TestSupport
import Testing

@testable import SimDeployKit

/// Every rendered file goes through the program that will read it: Docker Compose, yamllint.
@Suite("real validators", .enabled(if: Validators.arePresent, "validators not found; set SIMDEPLOY_SHARED"))
struct ValidatorIntegrationTests {
    /// Fills the values an operator pastes (API keys, external passwords), as they would before `up`.
    static func fillSupplied(_ folder: TemporaryDirectory) throws {
        let lines = try folder.read(".env").split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasSuffix("=") && !line.hasPrefix("#") ? "\(line)operator-supplied-value" : String(line)
        }
        try folder.write(".env", lines.joined(separator: "\n"), mode: 0o600)
    }

    static func expectValid(_ result: Validators.Result, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        if result.verdict == .notInstalled, !Validators.isCI {
            withKnownIssue("validator not installed; run ../shared/validators/install.sh") { Issue.record("\(result)") }
            return
        }
        #expect(result.verdict == .valid, "\(result)", sourceLocation: sourceLocation)
    }

    @Test(
        "docker compose accepts every scenario's compose file and .env (strict)",
        arguments: Scenarios.names(target: "compose"))
    func composeAccepts(_ name: String) throws {
        let (folder, _) = try Scenarios.render(name)
        try Self.fillSupplied(folder)
        let compose = folder.file("docker-compose.prod.yml").path
        let env = folder.file(".env").path
        Self.expectValid(try Validators.run("compose", ["--strict", "--env-file", env, compose]))
        Self.expectValid(try Validators.run("env", ["--strict", "--compose", compose, env]))
        Self.expectValid(try Validators.run("yaml", ["--strict", compose, folder.file("simdeploy.yaml").path]))
    }

    @Test("a written spec passes yamllint", arguments: Scenarios.names)
    func writtenSpecIsClean(_ name: String) throws {
        let folder = try TemporaryDirectory()
        let install = try SpecLoader.load(try Scenarios.spec(name)).install
        try folder.write("simdeploy.yaml", try SpecWriter.yaml(install))
        Self.expectValid(try Validators.run("yaml", ["--strict", folder.file("simdeploy.yaml").path]))
    }

    static let hostileValues = [
        "p@ss word", "a#b", "a #b", "#lead", "$HOME", "${X}", "pa$$word", "$", "'", "\"", "it's \"quoted\"",
        "back\\slash", "trail\\", "\\n", " lead", "trail ", "tab\there", "{json: \"x\"}", ";rm -rf /",
        "Sim <noreply@example.com>",
        "héllo ✓ 日本 🚀", "=", "a=b", "`cmd`", "$(openssl rand -hex 32)", "",
    ]

    @Test("Docker Compose reads back every hostile value simdeploy writes to .env")
    func hostileValuesRoundTrip() throws {
        var install = try SpecLoader.load("version: 1\nurl: https://sim.example.com\n").install
        install.extraEnv = Self.hostileValues.enumerated().map {
            ExtraEnv(key: "HOSTILE_\($0.offset)", value: $0.element)
        }
        let folder = try TemporaryDirectory()
        let env = try EnvRenderer(plan: EnvPlan(install), secrets: [:], install: install).render(existing: nil)
        try folder.write(".env", env.file.contents)
        let result = try Validators.run("env", ["--print-json", folder.file(".env").path])
        guard result.verdict == .valid else {
            Self.expectValid(result)
            return
        }
        let parsed = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: String]
        for (index, value) in Self.hostileValues.enumerated() {
            #expect(parsed?["HOSTILE_\(index)"] == value, "HOSTILE_\(index) = \(value.debugDescription)")
        }
    }
}

@Suite("validator presence")
struct ValidatorPresenceTests {
    @Test("in CI the shared validators are present, so no validator test is silently skipped")
    func presentInCI() {
        if Validators.isCI {
            #expect(Validators.arePresent, "CI=true but \(Validators.scriptsDirectory.path) is missing")
        } else if let reason = Validators.skipReason {
            print("note: validator tests skipped: \(reason)")
        }
    }
}
