import ArgumentParser
import SimDeployKit

struct Upgrade: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "upgrade",
        abstract: "Pin a new Sim version and regenerate everything it needs.",
        discussion: """
            Sets simVersion in simdeploy.yaml (app, realtime and migrations move together; cronVersion too when it was pinned to the same tag), editing only that value so your comments stay. Then it runs the spec migrations between spec versions, adds the secrets and keys the new version needs to .env, regenerates every file as `generate` does (hand edits merged, conflicts refused, backups first), and prints the upstream notes that matter for this jump plus the backup, apply and verify commands.

            Existing secrets never change. A downgrade is refused unless --allow-downgrade: migrations only run forward. `latest` is accepted with a warning.

            Examples:
              simdeploy upgrade --to v0.8.9 --dir /srv/sim --dry-run
              simdeploy upgrade --to v0.8.9 --dir /srv/sim
            """)

    @OptionGroup var folder: DirectoryOption

    @Option(name: .customLong("to"), help: ArgumentHelp("Sim image tag to move to, e.g. v0.8.9.", valueName: "tag"))
    var tag: String

    @Flag(help: "Allow moving to an older version (restore the matching database backup first).")
    var allowDowngrade = false

    @Flag(help: "Print the plan, the notes and the diff, and write nothing.")
    var dryRun = false

    @Flag(help: "Replace files whose hand edits conflict with the new output (each is backed up first).")
    var force = false

    func validate() throws {
        do {
            _ = try ImageTag(tag)
        } catch {
            throw ValidationError("--to: \(error.problem); \(error.fix ?? "")")
        }
        if dryRun, force { throw ValidationError("--dry-run writes nothing, so --force has no meaning with it") }
    }

    func run() throws {
        let console = Console.live
        try Reporting.run(console) {
            let target = try ImageTag(tag)
            let upgrader = Upgrader()
            let plan = try upgrader.plan(folder: folder.directory, to: target, allowDowngrade: allowDowngrade)
            console.report(plan.generation.notes)
            console.standardOutput(UpgradeReport.text(plan, folder: folder.directory))
            if dryRun {
                console.standardOutput("\n" + PlanReport.text(plan.generation, folder: folder.directory))
                return
            }
            try ConflictReport.refuse(
                plan.generation, folder: folder.directory, force: force, generator: Generator(), console: console)
            let report = try upgrader.apply(
                plan, folder: folder.directory, options: ApplyEnvironment.options(force: force))
            console.out()
            Reporting.summary(
                plan.generation, folder: folder.directory, verb: "Upgraded", report: report, console: console,
                nextSteps: plan.procedure)
        }
    }
}
