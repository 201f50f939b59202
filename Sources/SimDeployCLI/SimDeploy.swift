import ArgumentParser
import SimDeployKit

#if canImport(Glibc)
    import Glibc
#endif

/// The root command.
public struct SimDeploy: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "simdeploy",
        abstract: "Generate and keep correct every file of a self-hosted Sim Studio install.",
        discussion: """
            One typed description (simdeploy.yaml) becomes .env with fresh OpenSSL secrets, the Docker Compose file or Helm values for EKS, AKS and GKE, and the Caddy or nginx config. Regenerating keeps every secret and every key you added, and merges your hand edits.

            Examples:
              simdeploy init --domain sim.example.com --dir /srv/sim
              simdeploy plan --dir /srv/sim
              simdeploy lint --format github /srv/sim/.env

            Exit codes: 0 success, 1 the work failed (invalid spec, refused write, merge conflict) or, with generate --check, something would change; 2 usage error.
            """,
        version: ToolVersion.current,
        subcommands: [
            Init.self, Generate.self, Plan.self, Upgrade.self, Secrets.self, Lint.self, Explain.self,
            DoctorCommand.self, Verify.self, Graph.self, Schema.self,
        ]
    )

    public init() {}

    /// Parses the command line, runs the command and exits with simdeploy's documented codes.
    public static func runMain(_ arguments: [String]? = nil) -> Never {
        var command: any ParsableCommand
        do {
            command = try parseLint(arguments ?? Array(CommandLine.arguments.dropFirst())) ?? parseAsRoot(arguments)
        } catch {
            exitAfterParsing(error)
        }
        do {
            try command.run()
            Glibc.exit(0)
        } catch let error as ValidationError {
            // A flag value that only fails once the command runs (a bad --version tag, say).
            let name = type(of: command)._commandName
            writeAll(2, "Error: \(error.message)\nSee 'simdeploy \(name) --help' for usage.\n")
            Glibc.exit(ExitCodes.usage.rawValue)
        } catch {
            exitAfterParsing(error)
        }
    }

    /// `simdeploy lint …` parsed by `Lint` alone, without the rest of the command tree.
    ///
    /// CI runs lint on every push, and reflecting over every command costs more than linting a small
    /// file. Anything but a clean parse (help, --version, completions, a usage error) returns `nil` and
    /// goes through the whole tree, so every message stays the tree's.
    private static func parseLint(_ arguments: [String]) -> Lint? {
        guard arguments.first == Lint.configuration.commandName else { return nil }
        return (try? Lint.parseAsRoot(Array(arguments.dropFirst()))) as? Lint
    }

    /// argument-parser's own codes, except usage errors: they exit 64 there, 2 here.
    private static func exitAfterParsing(_ error: any Error) -> Never {
        let code = exitCode(for: error)
        if error is ExitCode {
            Glibc.exit(code.rawValue)
        }
        let message = fullMessage(for: error)
        if code == .success {
            writeAll(1, message + "\n")
            Glibc.exit(0)
        }
        if !message.isEmpty { writeAll(2, message + "\n") }
        Glibc.exit(code == .validationFailure ? ExitCodes.usage.rawValue : code.rawValue)
    }
}
