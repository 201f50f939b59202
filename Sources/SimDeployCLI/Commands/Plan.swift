import ArgumentParser
import SimDeployKit

struct Plan: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Show what generate would do to each file, with a diff, and write nothing.",
        discussion: """
            Each file is listed as create, update, merge (edited by hand; the edit merges cleanly), permissions, unchanged or conflict, followed by a unified diff. Secret values are shown as ********. A conflict shows the proposed file with <<<<<<< ours / >>>>>>> simdeploy markers.

            The same as `simdeploy generate --dry-run`. Exits 0 whatever the plan holds; use `generate --check` to fail on changes.

            Examples:
              simdeploy plan --dir /srv/sim
            """)

    @OptionGroup var folder: DirectoryOption

    func run() throws {
        let console = Console.live
        try Reporting.run(console) {
            let plan = try Generator().plan(folder: folder.directory)
            console.report(plan.notes)
            console.standardOutput(PlanReport.text(plan, folder: folder.directory))
        }
    }
}
