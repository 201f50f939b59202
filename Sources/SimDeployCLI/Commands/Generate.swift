import ArgumentParser
import SimDeployKit

struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Re-render every file of an install from simdeploy.yaml and its .env.",
        discussion: """
            Keeps every secret already in .env and every key you added there (with its comments and position), adds secrets that are missing, and rewrites only files whose content changes: running it twice changes nothing the second time.

            A file you edited by hand since the last run is merged three ways with the new output (base: the last render, kept in .simdeploy/base/). A clean merge keeps your edit; a conflict writes nothing at all, leaves <file>.simdeploy-proposed with <<<<<<< ours / >>>>>>> simdeploy markers and exits 1, unless --force (which backs the file up first). Every replaced file is backed up under .simdeploy/backups/<time>/.

            --check exits 0 when every file is current and 1 when something would change (or the check failed), for CI.

            Examples:
              simdeploy generate --dir /srv/sim --dry-run   # the plan and diff, secrets redacted
              simdeploy generate --dir /srv/sim
              simdeploy generate --dir /srv/sim --check     # in CI: fail on drift
            """)

    @OptionGroup var folder: DirectoryOption

    @Flag(help: "Print the plan and a unified diff (secrets redacted) and write nothing.")
    var dryRun = false

    @Flag(help: "Write nothing; exit 0 when every file is current, 1 when something would change.")
    var check = false

    @Flag(help: "Replace files whose hand edits conflict with the new output (each is backed up first).")
    var force = false

    func validate() throws {
        if check, force { throw ValidationError("--check writes nothing, so --force has no meaning with it") }
        if dryRun, force { throw ValidationError("--dry-run writes nothing, so --force has no meaning with it") }
    }

    func run() throws {
        let console = Console.live
        try Reporting.run(console) {
            let generator = Generator()
            let plan = try generator.plan(folder: folder.directory)
            console.report(plan.notes)
            if dryRun || check {
                console.standardOutput(PlanReport.text(plan, folder: folder.directory, diff: dryRun))
                if check, plan.hasChanges { throw ExitCodes.failure }
                return
            }
            try ConflictReport.refuse(
                plan, folder: folder.directory, force: force, generator: generator, console: console)
            let report = try generator.apply(
                plan, folder: folder.directory, options: ApplyEnvironment.options(force: force))
            Reporting.summary(plan, folder: folder.directory, verb: "Updated", report: report, console: console)
        }
    }
}
