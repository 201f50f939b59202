import ArgumentParser
import SimDeployKit

struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Re-render every file of an install from simdeploy.yaml and its .env.",
        discussion: """
            Keeps every secret already in .env and every key you added there (with its comments and position), adds secrets that are missing, and rewrites only files whose content changes: running it twice changes nothing the second time.

            Examples:
              simdeploy generate --dir /srv/sim --dry-run   # the diff, secrets redacted
              simdeploy generate --dir /srv/sim
            """)

    @OptionGroup var folder: DirectoryOption

    @Flag(help: "Print a unified diff of what would change (secrets redacted) and write nothing.")
    var dryRun = false

    func run() throws {
        let console = Console.live
        try Reporting.run(console) {
            let generator = Generator()
            let plan = try generator.plan(folder: folder.directory)
            console.report(plan.notes)
            if dryRun {
                let diff = plan.diff()
                console.standardOutput(diff.isEmpty ? "No changes.\n" : diff)
                return
            }
            try generator.apply(plan, folder: folder.directory)
            Reporting.summary(plan, folder: folder.directory, verb: "Updated", console: console)
        }
    }
}
