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
        let specPath = InstallFolder.path(folder, SpecLoader.fileName)
        guard let text = try read(specPath) else {
            throw DiagnosticError(
                .error(
                    "no \(SpecLoader.fileName) in \(folder)",
                    fix: "run `simdeploy init --dir \(folder)` to create an install"))
        }
        let loaded = try SpecLoader.load(text, fileName: InstallFolder.display(folder, SpecLoader.fileName))
        var plan = try plan(install: loaded.install, folder: folder)
        plan.notes.insert(contentsOf: loaded.warnings, at: 0)
        return plan
    }

    /// Plans every output of `install`, merging `.env` with the one in `folder`.
    public func plan(install: Install, folder: String, extraFiles: [RenderedFile] = []) throws(DiagnosticError)
        -> GenerationPlan
    {
        let envPath = InstallFolder.path(folder, EnvRenderer.fileName)
        let existingEnv = try read(envPath).map { DotEnvParser.parse($0) }
        let envPlan = EnvPlan(install)
        let secrets = try SecretLedger.resolve(
            envPlan.secrets, existing: existingEnv, generator: SecretGenerator(random: random),
            fileName: InstallFolder.display(folder, EnvRenderer.fileName))
        let env = try EnvRenderer(plan: envPlan, secrets: secrets.values, install: install).render(
            existing: existingEnv)

        let templates = try ProxyTemplates.loading(for: install, folder: folder, reader: reader)
        let rendered = extraFiles + [env.file] + (try Outputs.render(install, templates: templates))
        var files: [GenerationPlan.PlannedFile] = []
        for file in rendered {
            let path = InstallFolder.path(folder, file.path)
            files.append(.init(file: file, current: try read(path), currentMode: reader.mode(path)))
        }
        return GenerationPlan(
            install: install, files: files, generatedSecrets: secrets.generated,
            notes: env.notes.map { $0.relocated(to: folder) }, secretValues: secretValues(secrets.values, existingEnv))
    }

    /// Writes every file that changed. Secret-bearing files go first, so a crash never leaves a
    /// compose file that references a secret `.env` does not hold yet.
    public func apply(_ plan: GenerationPlan, folder: String, writer: FileWriter = FileWriter()) throws(DiagnosticError)
    {
        let ordered = plan.files.filter { $0.file.containsSecrets } + plan.files.filter { !$0.file.containsSecrets }
        for planned in ordered where planned.action != .unchanged {
            do {
                try writer.write(
                    planned.file.contents, to: InstallFolder.path(folder, planned.file.path), mode: planned.file.mode)
            } catch {
                throw DiagnosticError(.error(error.description, fix: "check that the folder is writable"))
            }
        }
    }

    private func read(_ path: String) throws(DiagnosticError) -> String? {
        do {
            return try reader.read(path)
        } catch {
            throw DiagnosticError(.error(error.description))
        }
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
