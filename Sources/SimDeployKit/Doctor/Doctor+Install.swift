extension Doctor {
    /// Spec, outputs, `.env` and file modes; returns the install when the spec loads.
    func installChecks(folder: String, into items: inout [ChecklistItem]) -> Install? {
        let install: Install
        do {
            let loaded = try SpecFile.load(folder: folder, reader: reader)
            install = loaded.install
            let warnings = loaded.warnings.count
            items.append(
                ChecklistItem(
                    id: "spec", title: "simdeploy.yaml", status: warnings == 0 ? .pass : .warn,
                    message: warnings == 0 ? "valid" : "valid, \(warnings) warning(s)",
                    fix: warnings == 0 ? nil : "run `simdeploy plan` to read them"))
        } catch {
            let first = error.diagnostics.first { $0.severity == .error } ?? error.diagnostics.first
            items.append(
                ChecklistItem(
                    id: "spec", title: "simdeploy.yaml", status: .fail,
                    message: first.map { ($0.location.map { "\($0): " } ?? "") + $0.message } ?? "cannot be loaded",
                    fix: first?.fix ?? "run `simdeploy generate` to see every problem"))
            return nil
        }
        items.append(outputsCheck(install, folder: folder))
        items.append(envLintCheck(install, folder: folder))
        items += modeChecks(folder: folder)
        return install
    }

    private func outputsCheck(_ install: Install, folder: String) -> ChecklistItem {
        let title = "Generated files"
        do {
            // Planning may generate a missing secret in memory; nothing is written.
            let plan = try Generator(reader: reader).plan(install: install, folder: folder)
            let conflicts = plan.files.filter { $0.action == .conflict }.map(\.file.path)
            let changes = plan.files.filter { $0.action != .unchanged && $0.action != .conflict }.map(\.file.path)
            if !conflicts.isEmpty {
                return ChecklistItem(
                    id: "outputs", title: title, status: .fail,
                    message: "hand edits conflict with the spec in \(conflicts.joined(separator: ", "))",
                    fix: "run `simdeploy plan`, then resolve or `simdeploy generate --force`")
            }
            if !changes.isEmpty {
                return ChecklistItem(
                    id: "outputs", title: title, status: .warn,
                    message: "would change: \(changes.joined(separator: ", "))",
                    fix: "run `simdeploy plan` to see the diff, then `simdeploy generate`")
            }
            return ChecklistItem(id: "outputs", title: title, status: .pass, message: "current with simdeploy.yaml")
        } catch {
            let first = error.diagnostics.first
            return ChecklistItem(
                id: "outputs", title: title, status: .fail, message: first?.message ?? "cannot be planned",
                fix: first?.fix)
        }
    }

    private func envLintCheck(_ install: Install, folder: String) -> ChecklistItem {
        let path = InstallFolder.path(folder, EnvRenderer.fileName)
        let title = ".env lint"
        guard let bytes = try? reader.readBytes(path) else {
            return ChecklistItem(
                id: "env-lint", title: title, status: .fail, message: ".env is missing or unreadable",
                fix: "run `simdeploy generate`")
        }
        let target: DeploymentTarget
        switch install.target {
        case .compose: target = .compose
        case .kubernetes: target = .kubernetes
        }
        let result = Linter(configuration: LintConfiguration(target: target)).lint(bytes: bytes, path: path)
        let errors = result.diagnostics.filter { $0.severity == .error }.count
        let warnings = result.diagnostics.filter { $0.severity == .warning }.count
        let message = "\(errors) error(s), \(warnings) warning(s)"
        let fix = "run `simdeploy lint \(path)`"
        if errors > 0 { return ChecklistItem(id: "env-lint", title: title, status: .fail, message: message, fix: fix) }
        if warnings > 0 {
            return ChecklistItem(id: "env-lint", title: title, status: .warn, message: message, fix: fix)
        }
        return ChecklistItem(id: "env-lint", title: title, status: .pass, message: "clean")
    }

    private func modeChecks(folder: String) -> [ChecklistItem] {
        var items: [ChecklistItem] = []
        if let mode = reader.mode(InstallFolder.path(folder, EnvRenderer.fileName)) {
            let octal = String(mode, radix: 8)
            items.append(
                mode & 0o077 == 0
                    ? ChecklistItem(id: "env-mode", title: ".env permissions", status: .pass, message: "0\(octal)")
                    : ChecklistItem(
                        id: "env-mode", title: ".env permissions", status: .fail,
                        message: "0\(octal): other users can read the secrets",
                        fix: "chmod 600 \(InstallFolder.path(folder, EnvRenderer.fileName))"))
        }
        let state = InstallFolder.path(folder, ".simdeploy")
        if let mode = reader.mode(state), mode & 0o077 != 0 {
            items.append(
                ChecklistItem(
                    id: "state-mode", title: ".simdeploy permissions", status: .warn,
                    message: "0\(String(mode, radix: 8)): backups there hold secrets", fix: "chmod 700 \(state)"))
        }
        return items
    }
}
