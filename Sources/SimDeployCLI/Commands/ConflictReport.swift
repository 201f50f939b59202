import SimDeployKit

/// What `generate` and `upgrade` say when hand edits and the new output collide, before exiting 1.
enum ConflictReport {
    /// Stops before writing when the plan has conflicts and `--force` was not given: writes the
    /// proposals beside the files, prints where, and exits 1.
    static func refuse(
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
        console.standardOutput(plan.redact(regions(plan)))
        console.report(diagnostics)
        throw ExitCodes.failure
    }

    /// Each conflict region, as the proposal shows it.
    private static func regions(_ plan: GenerationPlan) -> String {
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
}
