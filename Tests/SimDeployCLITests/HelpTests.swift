import ArgumentParser
import TestSupport
import Testing

@testable import SimDeployCLI

/// Help text and completion scripts are part of the interface: snapshots catch unintended changes.
@Suite("help and completions")
struct HelpTests {
    static let commands: [(String, any ParsableCommand.Type)] = [
        ("simdeploy", SimDeploy.self), ("init", Init.self), ("generate", Generate.self), ("plan", Plan.self),
        ("upgrade", Upgrade.self), ("secrets", Secrets.self), ("secrets-list", SecretsList.self),
        ("secrets-rotate", SecretsRotate.self), ("lint", Lint.self), ("explain", Explain.self),
        ("doctor", DoctorCommand.self),
        ("verify", Verify.self), ("graph", Graph.self), ("schema", Schema.self),
    ]

    @Test("every command's help matches its snapshot and shows examples", arguments: commands.map(\.0))
    func helpSnapshot(_ name: String) throws {
        let command = try #require(Self.commands.first { $0.0 == name }?.1)
        let help = SimDeploy.helpMessage(for: command, columns: 100)
        assertGolden(help + "\n", "help/\(name).txt")
        if name != "secrets" {
            #expect(help.contains("Examples:") || help.contains("Example:"), "\(name) help has no examples")
        }
    }

    @Test("completion scripts match their snapshots", arguments: CompletionShell.allCases)
    func completionSnapshot(_ shell: CompletionShell) {
        let script = SimDeploy.completionScript(for: shell)
        assertGolden(script, "completions/simdeploy.\(shell.rawValue)")
        for name in Self.commands.map(\.0).dropFirst() where !name.hasPrefix("secrets-") {
            #expect(script.contains(name), "\(shell) completion lacks \(name)")
        }
    }
}
