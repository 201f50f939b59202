import DotEnv

/// What renderers read besides the spec: `.env` as this run leaves it, and the operator's presets.
///
/// The generator reads both at the edge, so renderers stay pure functions of their inputs.
public struct RenderInputs: Sendable {
    public var env: EnvValues
    /// Parsed `kubernetes.presets`, in the order the spec lists them.
    public var presets: [HelmPreset]

    public init(env: EnvValues = EnvValues(), presets: [HelmPreset] = []) {
        self.env = env
        self.presets = presets
    }
}

/// The variables of `.env` in file order: the ledger of secrets and of values the operator pasted.
public struct EnvValues: Hashable, Sendable {
    public struct Entry: Hashable, Sendable {
        public var key: String
        public var value: String
        /// Where the value is written in `.env`, for messages about it.
        public var line: Int
        public var column: Int

        public init(key: String, value: String, line: Int = 1, column: Int = 1) {
            self.key = key
            self.value = value
            self.line = line
            self.column = column
        }
    }

    public var entries: [Entry]

    public init(_ entries: [Entry] = []) {
        self.entries = entries
    }

    /// The value of `key`; the last definition wins, as in Compose.
    public subscript(key: String) -> String? {
        entry(key)?.value
    }

    public func entry(_ key: String) -> Entry? {
        entries.last { $0.key == key }
    }
}

extension EnvValues {
    /// The values Docker Compose would hand the containers (interpolated), so a Kubernetes pod gets
    /// exactly what the compose service would.
    init(resolving file: DotEnvFile, fileName: String) throws(DiagnosticError) {
        let resolved: [DotEnvFile.ResolvedValue]
        do {
            resolved = try file.resolvedValues()
        } catch {
            throw DiagnosticError(
                .error(
                    "\(error.key): \(error.reason)",
                    at: SourceLocation(file: fileName, line: error.position.line, column: error.position.column),
                    fix: "quote the value with single quotes to keep '$' literal"))
        }
        self.init(
            resolved.map { value in
                let position = file[value.key]?.valuePosition
                return Entry(
                    key: value.key, value: value.value, line: position?.line ?? 1, column: position?.column ?? 1)
            })
    }
}
