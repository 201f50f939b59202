import ArgumentParser
import SimDeployKit

struct SecretsRotate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rotate",
        abstract: "Replace one generated secret in .env with a fresh OpenSSL value.",
        discussion: """
            Rotatable secrets (BETTER_AUTH_SECRET, INTERNAL_API_SECRET, CRON_SECRET, ADMIN_API_KEY) are rotated and the consequence is printed with the services to recreate together. Data-bound secrets (ENCRYPTION_KEY, API_ENCRYPTION_KEY, POSTGRES_PASSWORD of an initialised volume) are refused unless --i-understand-data-loss. The old .env is backed up under .simdeploy/backups/ first; nothing else in .env changes.

            Examples:
              simdeploy secrets rotate BETTER_AUTH_SECRET --dir /srv/sim
              simdeploy secrets rotate CRON_SECRET --dir /srv/sim --dry-run
            """)

    @OptionGroup var folder: DirectoryOption

    @Argument(help: ArgumentHelp("The secret to rotate.", valueName: "name"))
    var name: String

    @Flag(name: .customLong("i-understand-data-loss"), help: "Rotate a data-bound secret anyway.")
    var acceptDataLoss = false

    @Flag(help: "Say what would happen (diff redacted) and write nothing.")
    var dryRun = false

    func validate() throws {
        guard SecretName(rawValue: name) != nil else {
            let names = SecretName.allCases.map(\.envKey).joined(separator: ", ")
            throw ValidationError("'\(name)' is not a secret simdeploy generates; use one of: \(names)")
        }
    }

    func run() throws {
        let console = Console.live
        try Reporting.run(console) {
            guard let secret = SecretName(rawValue: name) else { throw ExitCodes.usage }
            let plan = try SecretRotation().plan(secret, folder: folder.directory, acceptDataLoss: acceptDataLoss)
            if dryRun {
                console.out("Would rotate \(secret.envKey): \(plan.consequence).")
                console.standardOutput(plan.generation.diff())
                return
            }
            let report = try Generator().apply(
                plan.generation, folder: folder.directory, options: ApplyEnvironment.options(force: false))
            let backup = report.backupFolder.map { InstallFolder.display(folder.directory, $0) + "/.env" } ?? "none"
            if plan.isDataBound {
                console.report([
                    .warning(
                        "\(secret.envKey) was rotated although data is bound to it: \(plan.consequence)",
                        fix: "the old value is in \(backup); keep that copy until you are sure nothing needs it")
                ])
            }
            console.out("Rotated \(secret.envKey) in .env (the previous file is in \(backup)).")
            console.out("Consequence: \(plan.consequence).")
            console.out("Next:")
            if folder.directory != "." { console.out("  cd \(folder.directory)") }
            console.out("  \(plan.restartCommand)")
        }
    }
}
