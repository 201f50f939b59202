import ArgumentParser
import SimDeployKit

/// How commands turn Kit results and failures into terminal output and exit codes.
enum Reporting {
    /// Stops before writing when the plan has conflicts and `--force` was not given: writes the
    /// proposals beside the files, prints where, and exits 1.
    static func refuseConflicts(
        _ plan: GenerationPlan, folder: String, force: Bool, generator: Generator, console: Console
    ) throws {
        guard !force, !plan.conflicts.isEmpty else { return }
        let proposals = try generator.writeProposals(plan, folder: folder)
        var diagnostics: [Diagnostic] = []
        for (planned, proposal) in zip(plan.conflicts, proposals) {
            let proposalPath = InstallFolder.display(folder, proposal)
            let fix =
                "compare it with \(proposalPath) (conflicts marked <<<<<<< ours / >>>>>>> simdeploy), edit the file, and run again; or run again with --force to back it up and replace it"
            let message: String
            switch planned.conflict {
            case .overlappingEdits(let conflicts)?:
                message =
                    "your edit and the new output change the same lines (\(conflicts.count) place(s)); nothing was written"
            default:
                message =
                    "it differs from simdeploy's output and simdeploy has no record of writing it (written before simdeploy kept a manifest, or by hand); nothing was written"
            }
            diagnostics.append(
                .error(
                    message,
                    at: SourceLocation(file: InstallFolder.display(folder, planned.file.path), line: 1, column: 1),
                    code: "merge-conflict", fix: fix))
        }
        console.standardOutput(plan.redact(conflictText(plan)))
        console.report(diagnostics)
        throw ExitCodes.failure
    }

    /// Each conflict region, as the proposal shows it.
    private static func conflictText(_ plan: GenerationPlan) -> String {
        var out = ""
        for planned in plan.conflicts {
            guard case .overlappingEdits(let conflicts)? = planned.conflict else { continue }
            for conflict in conflicts {
                out += "\(planned.file.path)\(InstallState.proposedSuffix):\(conflict.line):\n"
                out += ThreeWayMerge.oursMarker + "\n" + conflict.ours.map { chomp($0) + "\n" }.joined()
                out += ThreeWayMerge.separatorMarker + "\n" + conflict.theirs.map { chomp($0) + "\n" }.joined()
                out += ThreeWayMerge.theirsMarker + "\n"
            }
        }
        return out
    }

    private static func chomp(_ line: String) -> String {
        line.hasSuffix("\n") ? String(line.dropLast()) : line
    }

    /// Runs `body`; a `DiagnosticError` is printed and becomes exit code 1.
    static func run(_ console: Console, _ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as DiagnosticError {
            console.report(error.diagnostics)
            throw ExitCodes.failure
        }
    }

    static func summary(
        _ plan: GenerationPlan, folder: String, verb: String, report: ApplyReport = ApplyReport(), console: Console,
        nextSteps: [String]? = nil
    ) {
        let changed = plan.files.contains { $0.action != .unchanged }
        console.out(
            "\(changed ? verb : "Checked") \(folder) (\(plan.install.target.name) install for \(plan.install.url)):")
        for planned in plan.files {
            console.out(PlanReport.fileLine(planned, plan: plan, written: true))
        }
        if let backup = report.backupFolder {
            console.out("Replaced files were backed up to \(InstallFolder.display(folder, backup))/.")
        }
        console.out("Next:")
        if folder != "." { console.out("  cd \(folder)") }
        for step in nextSteps ?? plan.nextSteps { console.out("  \(step)") }
    }
}

extension String {
    func padding(to width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }
}
