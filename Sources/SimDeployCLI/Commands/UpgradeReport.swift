import SimDeployKit

/// What an upgrade changes and what upstream says about it, before the file list.
enum UpgradeReport {
    static func text(_ plan: Upgrader.Plan, folder: String) -> String {
        var lines: [String] = []
        switch plan.step {
        case .same: lines.append("\(folder) already runs \(plan.to); regenerating for it.")
        default: lines.append("Upgrade of \(folder): \(plan.from) -> \(plan.to)")
        }
        lines += plan.specChanges.map { "  \(SpecLoader.fileName): \($0)" }
        lines += plan.migrations.map { "  spec migration: \($0)" }
        if !plan.releaseNotes.isEmpty {
            lines.append("Upstream changes on the way:")
            for note in plan.releaseNotes {
                lines.append("  - (\(note.label)) \(note.summary)")
                for secret in note.secrets {
                    let added = plan.generation.generatedSecrets.contains(secret)
                    lines.append(
                        "      \(secret.envKey): \(added ? "added to .env (generated with OpenSSL)" : "already in .env, kept")"
                    )
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
