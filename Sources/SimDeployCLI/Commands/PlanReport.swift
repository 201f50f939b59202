import SimDeployKit

/// The text of a plan: one line per file with what would happen and why, then the redacted diff.
///
/// `plan`, `generate --dry-run`, `generate --check` and `upgrade --dry-run` all print it, so an
/// operator reads one format everywhere.
enum PlanReport {
    static func text(_ plan: GenerationPlan, folder: String, diff: Bool = true) -> String {
        var lines = ["Plan for \(folder) (\(plan.install.target.name) install for \(plan.install.url)):"]
        for planned in plan.files {
            lines.append(fileLine(planned, plan: plan))
        }
        lines.append(tally(plan))
        var text = lines.joined(separator: "\n") + "\n"
        if diff {
            let body = plan.diff()
            if !body.isEmpty { text += "\n" + body }
        }
        return text
    }

    /// `  merge      docker-compose.prod.yml  (edited by hand; your edits are kept)`
    ///
    /// After a forced write, a conflict reads `replace`: the file now holds simdeploy's output.
    static func fileLine(_ planned: GenerationPlan.PlannedFile, plan: GenerationPlan, written: Bool = false) -> String {
        let forced = written && planned.action == .conflict
        var line = "  \((forced ? "replace" : planned.action.rawValue).padding(to: 11))\(planned.file.path)"
        var details = self.details(planned, plan: plan)
        if forced {
            details = ["edited by hand; replaced by --force, your version is in the backup"]
        }
        if !details.isEmpty { line += "  (\(details.joined(separator: "; ")))" }
        return line
    }

    private static func details(_ planned: GenerationPlan.PlannedFile, plan: GenerationPlan) -> [String] {
        var details: [String] = []
        if planned.file.containsSecrets {
            details.append("mode 0600")
            // The ledger is where secrets are generated; other secret files only copy them.
            if !plan.generatedSecrets.isEmpty, planned.file.path == EnvRenderer.fileName {
                details.append(
                    "\(plan.generatedSecrets.count) secret(s) generated with OpenSSL: "
                        + plan.generatedSecrets.map(\.envKey).joined(separator: ", "))
            }
        }
        switch (planned.action, planned.conflict) {
        case (.merge, _):
            details.append("edited by hand; your edits are kept")
        case (.conflict, .overlappingEdits(let conflicts)?):
            let lines = conflicts.map { String($0.line) }.joined(separator: ", ")
            details.append(
                "edited by hand; your edit and the new output change the same lines (proposal line \(lines))")
        case (.conflict, _):
            details.append("differs from simdeploy's output, and simdeploy has no record of writing it")
        case (.permissions, _):
            details.append("mode \(octal(planned.currentMode)) -> \(octal(planned.file.mode))")
        case (.unchanged, _) where planned.drift == .edited && planned.tracking == .lines:
            details.append("your edits are kept")
        default:
            break
        }
        return details
    }

    private static func tally(_ plan: GenerationPlan) -> String {
        let changing = plan.files.filter { $0.action != .unchanged && $0.action != .conflict }.count
        let conflicts = plan.conflicts.count
        if changing == 0, conflicts == 0 { return "Everything is current." }
        var parts = ["\(changing) to change"]
        if conflicts > 0 { parts.append("\(conflicts) in conflict") }
        parts.append("\(plan.files.count - changing - conflicts) unchanged")
        return parts.joined(separator: ", ") + "."
    }

    private static func octal(_ mode: UInt16?) -> String {
        guard let mode else { return "none" }
        let text = String(mode, radix: 8)
        return String(repeating: "0", count: max(0, 4 - text.count)) + text
    }
}
