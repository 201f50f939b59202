/// Writes a plan in the one order that keeps an install consistent if the process dies at any point.
///
/// 1. Backups of every file about to be replaced (each written atomically).
/// 2. Merge bases of the new renders, `.simdeploy/base/<sha256>` (content-addressed: the old ones stay).
/// 3. `manifest.pending.json`: the manifest this write will commit.
/// 4. The outputs, each atomically (temp file, `fsync`, `rename`, folder `fsync`); secret-bearing
///    files first, so a compose file never refers to a secret `.env` does not hold yet.
/// 5. `manifest.json`, then the pending copy is removed.
/// 6. Tidying: stale proposals, unreferenced bases, old backup sets, temp files of dead runs.
///
/// Each file is therefore always wholly old or wholly new; `manifest.json` is never ahead of the
/// files (it is written after all of them are durable); and a run killed in step 4 leaves a pending
/// manifest the next plan uses file by file (`ManifestRepair`). A secret is only ever generated
/// into the new `.env`: if that write did not happen, nothing refers to the lost value; if it did,
/// the next run reads it back like any other.
struct PlanApplier {
    let folder: String
    let options: ApplyOptions
    let reader: FileReader

    private var writer: FileWriter { options.writer }
    private var state: InstallState { InstallState(folder: folder, reader: reader) }

    func apply(_ plan: GenerationPlan) throws(DiagnosticError) -> ApplyReport {
        guard options.force || plan.conflicts.isEmpty else { throw conflictError(plan) }
        let manifestText = plan.manifest.json()
        let manifestPath = state.path(InstallState.manifestName)
        let writesManifest = (try? reader.read(manifestPath)) != manifestText || plan.state.pending != nil
        let outputs = plan.files.filter(\.writes)
        let proposals = plan.files.map { state.path($0.file.path + InstallState.proposedSuffix) }
            .filter(reader.exists)
        let referenced = Set(plan.manifest.files.values.compactMap(\.renderedSha256))
        let garbage = plan.state.bases.subtracting(referenced).sorted()
        guard !outputs.isEmpty || writesManifest || !proposals.isEmpty || !garbage.isEmpty else {
            return ApplyReport()
        }

        var report = ApplyReport()
        do {
            try writer.makeDirectory(state.path(InstallState.folderName), mode: 0o700)
            let lock = try InstallLock(path: state.path(InstallState.lockName))
            defer { withExtendedLifetime(lock) {} }
            report = try backUp(outputs.filter(\.overwrites))
            try writeBases(plan)
            if !outputs.isEmpty, writesManifest {
                try writer.write(manifestText, to: state.path(InstallState.pendingName), mode: 0o600)
            }
            let ordered = outputs.filter(\.file.containsSecrets) + outputs.filter { !$0.file.containsSecrets }
            for planned in ordered {
                try writer.write(planned.file.contents, to: state.path(planned.file.path), mode: planned.file.mode)
            }
            if writesManifest {
                try writer.write(manifestText, to: manifestPath, mode: 0o600)
                try writer.remove(state.path(InstallState.pendingName))
            }
            for path in proposals { try writer.remove(path) }
            for hash in garbage { try writer.remove(state.basePath(hash)) }
            try Backups(folder: folder, writer: writer, reader: reader).prune(keep: options.keepBackups)
            try removeTempFilesOfDeadRuns(plan)
        } catch let error as FileError {
            throw DiagnosticError(.error(error.description, fix: "check that the folder is writable"))
        } catch let error as DiagnosticError {
            throw error
        } catch {
            throw DiagnosticError(.error("\(error)"))
        }
        return report
    }

    private func backUp(_ files: [GenerationPlan.PlannedFile]) throws -> ApplyReport {
        var items: [Backups.Item] = []
        for planned in files {
            let path = state.path(planned.file.path)
            guard let bytes = try reader.readBytes(path) else { continue }
            let mode = planned.file.containsSecrets ? 0o600 : (reader.mode(path) ?? planned.file.mode)
            items.append(Backups.Item(path: planned.file.path, bytes: bytes, mode: mode))
        }
        guard !items.isEmpty else { return ApplyReport() }
        let backups = Backups(folder: folder, writer: writer, reader: reader)
        let set = try backups.create(items, at: Timestamp(seconds: options.clock.now()))
        return ApplyReport(backupFolder: set, backedUp: items.map(\.path))
    }

    /// Writes each new render's base unless an intact copy is already there.
    private func writeBases(_ plan: GenerationPlan) throws {
        for planned in plan.files where planned.tracking == .lines {
            let hash = try SHA256.hex(planned.rendered)
            guard try state.base(hash) == nil else { continue }
            try writer.makeDirectory(state.path(InstallState.baseFolder), mode: 0o700)
            try writer.write(planned.rendered, to: state.basePath(hash), mode: 0o600)
        }
    }

    /// A killed write leaves `.<name>.simdeploy-<pid>-<n>.tmp`; with the lock held, none is live.
    private func removeTempFilesOfDeadRuns(_ plan: GenerationPlan) throws {
        var folders: Set<String> = [folder, state.path(InstallState.folderName), state.path(InstallState.baseFolder)]
        for planned in plan.files {
            folders.insert(parentDirectory(of: state.path(planned.file.path)))
        }
        for directory in folders.sorted() {
            for name in try reader.list(directory) where name.hasPrefix(".") && name.hasSuffix(".tmp") {
                if name.contains(".simdeploy-") { try writer.remove("\(directory)/\(name)") }
            }
        }
    }

    private func conflictError(_ plan: GenerationPlan) -> DiagnosticError {
        DiagnosticError(
            plan.conflicts.map { planned in
                .error(
                    "\(planned.file.path) was edited by hand and cannot be merged with the new output; nothing was written",
                    at: SourceLocation(file: InstallFolder.display(folder, planned.file.path), line: 1, column: 1),
                    code: "merge-conflict",
                    fix: "resolve it, or run again with --force to back it up and replace it")
            })
    }
}
