import DotEnv

/// Renders every output of an install folder from its spec and its current `.env`.
public struct Generator: Sendable {
    private let random: any RandomSource
    private let reader: FileReader

    public init(random: any RandomSource = OpenSSLRandom(), reader: FileReader = FileReader()) {
        self.random = random
        self.reader = reader
    }

    /// Reads `simdeploy.yaml` in `folder` and plans every output.
    public func plan(folder: String) throws(DiagnosticError) -> GenerationPlan {
        let loaded = try SpecFile.load(folder: folder, reader: reader)
        var plan = try plan(install: loaded.install, folder: folder)
        plan.notes.insert(contentsOf: loaded.warnings, at: 0)
        return plan
    }

    /// Plans every output of `install`: `.env` merged by key with the one in `folder`, every other
    /// output classified against the manifest and merged three ways when edited by hand.
    ///
    /// `extraFiles` are operator inputs written alongside (the spec, for `init` and `upgrade`): they
    /// are backed up and written, never tracked.
    public func plan(install: Install, folder: String, extraFiles: [RenderedFile] = []) throws(DiagnosticError)
        -> GenerationPlan
    {
        let state = InstallState(folder: folder, reader: reader)
        let snapshot = try state.snapshot()
        var disk = DiskFiles(folder: folder, reader: reader)
        let records = try ManifestRepair.records(manifest: snapshot.manifest, pending: snapshot.pending) {
            (path) throws(DiagnosticError) in try disk.hash(path)
        }

        let existingEnv = try disk.text(EnvRenderer.fileName).map { DotEnvParser.parse($0) }
        let envPlan = EnvPlan(install)
        let secrets = try SecretLedger.resolve(
            envPlan.secrets, existing: existingEnv, generator: SecretGenerator(random: random),
            fileName: InstallFolder.display(folder, EnvRenderer.fileName))
        let previousKeys = Set(records[EnvRenderer.fileName]?.keys ?? [])
        let env = try EnvRenderer(plan: envPlan, secrets: secrets.values, install: install)
            .render(existing: existingEnv, previouslyRendered: previousKeys)

        let templates = try ProxyTemplates.loading(for: install, folder: folder, reader: reader)
        var files: [GenerationPlan.PlannedFile] = []
        for file in extraFiles {
            files.append(try disk.planned(file, tracking: .input, record: nil))
        }
        files.append(
            try disk.planned(
                env.file, tracking: .keys(envPlan.entries.map(\.key)), record: records[EnvRenderer.fileName]))
        let inputs = try renderInputs(
            install, env: env.file.contents, existing: existingEnv, folder: folder, disk: &disk)
        let newKeys = Set(envPlan.entries.map(\.key)).subtracting(existingEnv?.entries.map(\.key) ?? [])
        var findings = KubernetesChecks.findings(
            install, inputs: inputs, envFileName: InstallFolder.display(folder, EnvRenderer.fileName), newKeys: newKeys)
        if findings.contains(where: { $0.severity == .error }) { throw DiagnosticError(findings) }
        for file in try Outputs.render(install, inputs: inputs, templates: templates) {
            let record = records[file.path]
            let base = try record?.renderedSha256.flatMap { (hash) throws(DiagnosticError) in try state.base(hash) }
            findings += KubernetesChecks.volumeClaimChanges(from: base, to: file, install: install)
            let classifier = DriftClassifier(record: record, base: base)
            files.append(
                classifier.plan(
                    file, current: try disk.text(file.path), currentMode: disk.mode(file.path),
                    currentHash: try disk.hash(file.path)))
        }

        let manifest = try nextManifest(install: install, files: files)
        var notes = env.notes.map { $0.relocated(to: folder) } + findings
        notes += try noLongerGenerated(records: records, manifest: manifest, disk: &disk)
        return GenerationPlan(
            install: install, files: files, generatedSecrets: secrets.generated, notes: notes,
            secretValues: secretValues(secrets.values, existingEnv), manifest: manifest, state: snapshot,
            inputs: inputs)
    }

    /// Writes every file that changed, with backups first and the manifest last.
    ///
    /// Refuses a plan with conflicts unless `options.force`; see `PlanApplier` for the order of writes.
    @discardableResult
    public func apply(_ plan: GenerationPlan, folder: String, options: ApplyOptions = ApplyOptions())
        throws(DiagnosticError) -> ApplyReport
    {
        try PlanApplier(folder: folder, options: options, reader: reader).apply(plan)
    }

    /// Writes `<file>.simdeploy-proposed` beside each conflicting file, and nothing else.
    public func writeProposals(_ plan: GenerationPlan, folder: String, writer: FileWriter = FileWriter())
        throws(DiagnosticError) -> [String]
    {
        var written: [String] = []
        for planned in plan.conflicts {
            let relative = planned.file.path + InstallState.proposedSuffix
            do {
                try writer.write(
                    planned.proposal ?? planned.file.contents, to: InstallFolder.path(folder, relative),
                    mode: planned.file.mode)
            } catch {
                throw DiagnosticError(.error(error.description, fix: "check that the folder is writable"))
            }
            written.append(relative)
        }
        return written
    }

    private func nextManifest(install: Install, files: [GenerationPlan.PlannedFile]) throws(DiagnosticError)
        -> Manifest
    {
        var records: [String: Manifest.FileRecord] = [:]
        for planned in files {
            let hash = try SHA256.hex(planned.file.contents)
            switch planned.tracking {
            case .input:
                continue
            case .keys(let keys):
                records[planned.file.path] = .init(sha256: hash, mode: FileMode(planned.file.mode), keys: keys)
            case .lines:
                records[planned.file.path] = .init(
                    sha256: hash, mode: FileMode(planned.file.mode), renderedSha256: try SHA256.hex(planned.rendered))
            }
        }
        return Manifest(
            simdeployVersion: ToolVersion.current, specVersion: install.specVersion,
            simVersion: install.simVersion.value, files: records)
    }

    /// `.env` as this run writes it, and the operator's preset files, read here so renderers stay pure.
    ///
    /// Values come from the `.env` this run writes; positions, for messages, from the file on disk
    /// when the key is already there, since that is the file the operator has open.
    private func renderInputs(
        _ install: Install, env: String, existing: DotEnvFile?, folder: String, disk: inout DiskFiles
    ) throws(DiagnosticError) -> RenderInputs {
        guard install.target.kubernetes != nil else { return RenderInputs() }
        var values = try EnvValues(
            resolving: DotEnvParser.parse(env), fileName: InstallFolder.display(folder, EnvRenderer.fileName))
        for index in values.entries.indices {
            guard let position = existing?[values.entries[index].key]?.valuePosition else { continue }
            values.entries[index].line = position.line
            values.entries[index].column = position.column
        }
        var presets: [HelmPreset] = []
        for path in install.target.kubernetes?.presets ?? [] {
            let name = InstallFolder.display(folder, path)
            guard let text = try disk.text(path) else {
                throw DiagnosticError(
                    .error(
                        "\(name): no such preset file (listed in kubernetes.presets of \(SpecLoader.fileName))",
                        fix: "create it, or remove it from kubernetes.presets"))
            }
            presets.append(try HelmPreset.parse(text, name: name))
        }
        return RenderInputs(env: values, presets: presets)
    }

    /// Outputs simdeploy rendered last time but no longer does (a proxy switched off, say): kept, and said.
    private func noLongerGenerated(
        records: [String: Manifest.FileRecord], manifest: Manifest, disk: inout DiskFiles
    ) throws(DiagnosticError) -> [Diagnostic] {
        var notes: [Diagnostic] = []
        for path in records.keys.sorted() where manifest.files[path] == nil {
            guard try disk.text(path) != nil else { continue }
            notes.append(
                .warning(
                    "\(path) is no longer generated from \(SpecLoader.fileName); kept as it is and no longer tracked",
                    at: SourceLocation(file: InstallFolder.display(disk.folder, path), line: 1, column: 1),
                    fix: "delete it if nothing uses it"))
        }
        return notes
    }

    /// Generated secrets plus every value of a secret key in the current `.env`, for redaction.
    private func secretValues(_ generated: [SecretName: String], _ existing: DotEnvFile?) -> [String] {
        let fromFile = existing?.entries.filter { EnvCatalogue.entry($0.key)?.isSecret == true }.map(\.value) ?? []
        return Array(Set(generated.values).union(fromFile)).sorted()
    }
}

/// Paths inside an install folder.
public enum InstallFolder {
    public static func path(_ folder: String, _ relative: String) -> String {
        folder.hasSuffix("/") ? folder + relative : "\(folder)/\(relative)"
    }

    /// How a file is named in messages: relative to the working directory when the folder is `.`.
    public static func display(_ folder: String, _ relative: String) -> String {
        folder == "." ? relative : path(folder, relative)
    }
}

extension Diagnostic {
    /// Points a location relative to an install folder at the folder's path.
    func relocated(to folder: String) -> Diagnostic {
        guard var location, folder != ".", !location.file.hasPrefix(folder) else { return self }
        location.file = InstallFolder.path(folder, location.file)
        var copy = self
        copy.location = location
        return copy
    }
}
