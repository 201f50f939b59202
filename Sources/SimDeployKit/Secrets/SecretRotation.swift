import DotEnv

/// Replaces one generated secret in `.env` with a fresh OpenSSL value, after saying what it costs.
///
/// Rotatable secrets (sessions, service-to-service tokens) are rotated with their consequence and
/// the services to recreate together. Data-bound ones (`ENCRYPTION_KEY`, `API_ENCRYPTION_KEY`, the
/// Postgres password of an initialised volume) are refused unless the operator explicitly accepts
/// the loss. Nothing else in `.env` changes; the write goes through the plan machinery, so the old
/// `.env` is backed up and the manifest follows.
public struct SecretRotation: Sendable {
    public struct Plan: Sendable {
        public var name: SecretName
        public var consequence: String
        public var isDataBound: Bool
        public var restartCommand: String
        public var generation: GenerationPlan
    }

    private let random: any RandomSource
    private let reader: FileReader

    public init(random: any RandomSource = OpenSSLRandom(), reader: FileReader = FileReader()) {
        self.random = random
        self.reader = reader
    }

    public func plan(_ name: SecretName, folder: String, acceptDataLoss: Bool = false) throws(DiagnosticError)
        -> Plan
    {
        let install = try SpecFile.load(folder: folder, reader: reader).install
        let envPlan = EnvPlan(install)
        let envName = InstallFolder.display(folder, EnvRenderer.fileName)
        guard envPlan.secrets.contains(name) else {
            throw DiagnosticError(
                .error(
                    "\(name.envKey) is not generated for this install, so simdeploy cannot rotate it",
                    fix: name == .postgresPassword
                        ? "change the password on your database server, then paste it into .env"
                        : "enable the feature that uses it in \(SpecLoader.fileName) first"))
        }
        let consequence: String
        let isDataBound: Bool
        switch name.rotation {
        case .rotatable(let text):
            (consequence, isDataBound) = (text, false)
        case .free:
            (consequence, isDataBound) = ("restart the services that read it", false)
        case .dataBound(let text):
            (consequence, isDataBound) = (text, true)
            guard acceptDataLoss else { throw refusal(name, consequence: text) }
        }

        let state = InstallState(folder: folder, reader: reader)
        let snapshot = try state.snapshot()
        var disk = DiskFiles(folder: folder, reader: reader)
        guard let text = try disk.text(EnvRenderer.fileName) else {
            throw DiagnosticError(
                .error("no \(envName) to rotate in", fix: "run `simdeploy generate --dir \(folder)` first"))
        }
        let env = DotEnvParser.parse(text)
        let old = try currentLine(name, in: env, fileName: envName)
        let value: String
        do {
            value = try SecretGenerator(random: random).generate(name)
        } catch {
            throw DiagnosticError(.error(error.description, fix: "check that OpenSSL works on this machine"))
        }
        let rotated = try replacing(old, of: env, key: name.envKey, value: value)

        let records = try ManifestRepair.records(manifest: snapshot.manifest, pending: snapshot.pending) {
            (path) throws(DiagnosticError) in try disk.hash(path)
        }
        let keys = records[EnvRenderer.fileName]?.keys ?? envPlan.entries.map(\.key)
        let file = RenderedFile(path: EnvRenderer.fileName, contents: rotated, containsSecrets: true)
        let planned = try disk.planned(file, tracking: .keys(keys), record: records[EnvRenderer.fileName])
        var manifest = Manifest(
            simdeployVersion: ToolVersion.current, specVersion: install.specVersion,
            simVersion: install.simVersion.value, files: records)
        manifest.files[EnvRenderer.fileName] = .init(
            sha256: try SHA256.hex(rotated), mode: FileMode(file.mode), keys: keys)
        let generation = GenerationPlan(
            install: install, files: [planned], generatedSecrets: [], notes: [],
            secretValues: [old.value, value], manifest: manifest, state: snapshot)
        return Plan(
            name: name, consequence: consequence, isDataBound: isDataBound,
            restartCommand: install.target.kubernetes.map { options in
                KubernetesCommands(naming: ChartNaming(install: install, options: options)).afterSecretChange
            } ?? name.restartCommand,
            generation: generation)
    }

    private func refusal(_ name: SecretName, consequence: String) -> DiagnosticError {
        let fix: String
        if name == .postgresPassword {
            fix =
                "the bundled Postgres applies POSTGRES_PASSWORD only when its volume is first created. If it never started, or you already ran ALTER ROLE with a new password, run again with --i-understand-data-loss"
        } else {
            fix =
                "keep it. Only if it leaked and you accept losing what it protects, back up .env and run again with --i-understand-data-loss"
        }
        return DiagnosticError(
            .error(
                "\(name.envKey) is data-bound and was not rotated: \(consequence)", code: "secret-data-bound", fix: fix)
        )
    }

    private struct Line {
        var index: Int
        var value: String
        var exported: Bool
        var comment: String?
    }

    /// The one line defining the secret; a missing or doubled one is refused (simdeploy never guesses
    /// which definition Compose uses).
    private func currentLine(_ name: SecretName, in env: DotEnvFile, fileName: String) throws(DiagnosticError) -> Line {
        let matches = env.lines.indices.filter { env.lines[$0].entry?.key == name.envKey }
        guard let index = matches.first, let entry = env.lines[index].entry, !entry.value.isEmpty else {
            throw DiagnosticError(
                .error(
                    "\(name.envKey) is not set in \(fileName), so there is nothing to rotate",
                    fix: "run `simdeploy generate` to create it"))
        }
        guard matches.count == 1 else {
            throw DiagnosticError(
                .error(
                    "\(name.envKey) is defined \(matches.count) times in \(fileName)",
                    at: SourceLocation(file: fileName, line: entry.keyPosition.line, column: 1),
                    fix: "delete all but one, then rotate"))
        }
        return Line(index: index, value: entry.value, exported: entry.exported, comment: entry.inlineComment)
    }

    /// The file with only that line's value replaced; `export ` and an inline comment stay.
    private func replacing(_ line: Line, of env: DotEnvFile, key: String, value: String) throws(DiagnosticError)
        -> String
    {
        let text: String
        do {
            text = try DotEnvValue.encode(value)
        } catch {
            throw DiagnosticError(.error("\(key): \(error)"))
        }
        let raw = env.lines[line.index].raw
        let ending = raw.hasSuffix("\r\n") ? "\r\n" : raw.hasSuffix("\n") ? "\n" : ""
        var lines = env.lines.map(\.raw)
        lines[line.index] =
            (line.exported ? "export " : "") + "\(key)=\(text)" + (line.comment.map { " #" + $0 } ?? "") + ending
        return lines.joined()
    }
}
