import DotEnv
import Foundation
import SimDeployKit
import TestSupport
import Testing

@Suite("lint --fix")
struct LintFixTests {
    static let messy = Validators.packageRoot.appendingPathComponent("Tests/SimDeployKitTests/Fixtures/env/messy.env")

    static func fixMessy() throws -> (original: String, fixed: Linter.FixResult) {
        let original = try String(contentsOf: messy, encoding: .utf8)
        let linter = Linter(configuration: LintConfiguration(enabled: ["unnecessary-quotes"]))
        let result = linter.lint(original, path: "messy.env")
        return (original, try #require(try linter.fix(result)))
    }

    @Test("repairs every formatting finding, and the result and its diff match the golden files")
    func fixesMessyFile() throws {
        let (_, fixed) = try Self.fixMessy()
        #expect(fixed.remaining.diagnostics.isEmpty, "\(fixed.remaining.diagnostics.map(\.message))")
        assertGolden(fixed.text, "fix/messy.env")
        assertGolden(fixed.diff, "fix/messy.diff")
    }

    @Test("Docker Compose reads the same values before and after the fix")
    func composeReadsTheSame() throws {
        let (original, fixed) = try Self.fixMessy()
        guard let before = try composeValues(original), let after = try composeValues(fixed.text) else { return }
        #expect(!before.isEmpty)
        #expect(before == after)
    }

    @Test("an edit that would change what Compose reads is refused")
    func refusesValueChanges() throws {
        let file = DotEnvParser.parse("A=1\nB=2\n")
        #expect(throws: Fixer.Refusal.self) { try Fixer.apply([.removeLine(lineIndex: 0)], to: file) }
    }

    @Test("a value built from variables is never requoted")
    func keepsReferences() throws {
        let linter = Linter()
        let result = linter.lint("HOST=db\nURL=pg://$$x${HOST} a\n", path: ".env")
        let fixed = try linter.fix(result)
        #expect(fixed?.text.contains("URL=pg://$$x${HOST} a") ?? true)
    }

    /// What `docker compose` reads from `text` (validate-env.sh --print-json); `nil` when the validator is absent.
    private func composeValues(_ text: String) throws -> [String: String]? {
        if let reason = Validators.skipReason {
            if Validators.isCI { Issue.record(Comment(rawValue: reason)) } else { print("skipped: \(reason)") }
            return nil
        }
        let folder = try TemporaryDirectory("lint-fix")
        let file = try folder.write("test.env", text)
        let result = try Validators.run("env", ["--print-json", file.path])
        guard result.verdict != .notInstalled else {
            if Validators.isCI { Issue.record("validate-env.sh could not run: \(result.stderr)") }
            return nil
        }
        #expect(result.verdict == .valid, "\(result)")
        return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: String]
    }
}

@Suite("lint configuration and disable comments")
struct LintConfigurationTests {
    @Test("the config file sets target, failing severity, rules and severities")
    func loadsConfiguration() throws {
        let text = """
            target: kubernetes
            severity: warning
            disable: [export-prefix]
            enable: [unordered-key]
            rules:
              unknown-key: error
              lowercase-key: off
            """
        let configuration = try LintConfiguration.load(text, fileName: ".simdeploy-lint.yml")
        #expect(configuration.target == .kubernetes)
        #expect(configuration.failureSeverity == .warning)
        #expect(configuration.disabled == ["export-prefix", "lowercase-key"])
        #expect(configuration.enabled == ["unordered-key"])
        #expect(configuration.severities == ["unknown-key": .error])
    }

    @Test("a misspelt rule or key in the config file is a located error with a suggestion")
    func rejectsUnknownNames() throws {
        let text = "disable: [duplicated-key]\nseverty: warning\n"
        let error = try #require(throws: DiagnosticError.self) {
            try LintConfiguration.load(text, fileName: "lint.yml")
        }
        let messages = error.diagnostics.map(DiagnosticFormatter.text).joined(separator: "\n")
        #expect(
            messages.contains(
                "lint.yml:1:11: error: disable: 'duplicated-key' is not a rule; did you mean 'duplicate-key'?"))
        #expect(messages.contains("lint.yml:2:1: error: severty: unknown key; did you mean 'severity'?"))
    }

    @Test("command-line flags win over the config file")
    func commandLineWins() {
        let file = LintConfiguration(target: .compose, enabled: ["unordered-key"], disabled: ["export-prefix"])
        let flags = LintConfiguration(target: .kubernetes, enabled: ["export-prefix"], disabled: ["unordered-key"])
        let merged = file.merging(flags)
        #expect(merged.target == .kubernetes)
        #expect(merged.enabled == ["export-prefix"])
        #expect(merged.disabled == ["unordered-key"])
    }

    @Test("disable comments silence the next line or the file, for the rules they name")
    func disableComments() {
        let text = """
            # simdeploy-disable-next-line lowercase-key -- kept for an old service
            lower=1
            other=2
            # simdeploy-disable-next-line
            # simdeploy-disable-next-line export-prefix
            export a=1
            # simdeploy-disable-file trailing-whitespace
            B=1\u{20}

            """
        let result = Linter().lint(text, path: ".env")
        let found = result.diagnostics.map { "\($0.location?.line ?? 0):\($0.code)" }
        #expect(found == ["3:lowercase-key"])
    }

    @Test("syntax errors cannot be silenced, since Compose refuses the file anyway")
    func syntaxStays() {
        let result = Linter().lint("# simdeploy-disable-next-line\nA=\"open\n", path: ".env")
        #expect(result.diagnostics.map(\.code) == ["unterminated-quote"])
    }

    @Test("files simdeploy generates lint clean")
    func generatedFilesAreClean() throws {
        for name in Scenarios.names {
            let (_, plan) = try Scenarios.render(name)
            for planned in plan.files where planned.file.path.hasSuffix(".env") {
                // The test scenarios may run on localhost on purpose.
                let configuration = LintConfiguration(
                    target: .compose, enabled: ["all"], disabled: ["unordered-key", "localhost-public-url"])
                let result = Linter(configuration: configuration).lint(planned.file.contents, path: ".env")
                #expect(result.diagnostics.isEmpty, "\(name): \(result.diagnostics.map(DiagnosticFormatter.text))")
            }
        }
    }
}
