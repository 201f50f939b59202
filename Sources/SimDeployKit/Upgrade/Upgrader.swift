import YAML

/// Moves an install to another Sim version: a targeted edit of `simdeploy.yaml`, spec migrations,
/// and a regeneration that adds whatever the new version needs, planned together and written as one.
public struct Upgrader: Sendable {
    public struct Plan: Sendable {
        public var from: ImageTag
        public var to: ImageTag
        public var step: VersionStep
        /// What changed in `simdeploy.yaml`, one line each (`simVersion: v0.8.8 -> v0.8.9`).
        public var specChanges: [String]
        /// Summaries of the spec migrations that ran.
        public var migrations: [String]
        /// Upstream changes this upgrade crosses.
        public var releaseNotes: [ReleaseNote]
        /// Back up, apply, verify: commands for this install, in order.
        public var procedure: [String]
        /// Every file, the spec included.
        public var generation: GenerationPlan
    }

    private let generator: Generator
    private let reader: FileReader

    public init(generator: Generator = Generator(), reader: FileReader = FileReader()) {
        self.generator = generator
        self.reader = reader
    }

    /// Plans the upgrade of the install in `folder` to `tag`. A downgrade is refused unless
    /// `allowDowngrade`: migrations only run forward.
    public func plan(folder: String, to tag: ImageTag, allowDowngrade: Bool = false) throws(DiagnosticError) -> Plan {
        let spec = try SpecFile.read(folder: folder, reader: reader)
        var document = try SpecDocument(spec.text, fileName: spec.displayName)
        let migrations = try SpecMigrations.migrate(&document)
        let before = try SpecLoader.load(document.text, fileName: spec.displayName).install

        let from = before.simVersion
        let step = VersionStep(from: from, to: tag)
        var warnings: [Diagnostic] = []
        switch step {
        case .downgrade(let why) where !allowDowngrade:
            throw DiagnosticError(
                .error(
                    "\(why); nothing was changed", at: location(of: ["simVersion"], in: document),
                    code: "downgrade",
                    fix:
                        "migrations only run forward, so an older app may fail on the newer schema: restore the database backup taken before the upgrade, then run again with --allow-downgrade"
                ))
        case .downgrade(let why):
            warnings.append(.warning("downgrading: \(why); restore the matching database backup before starting it"))
        case .unordered(let why) where !tag.isFloating:
            warnings.append(.warning("cannot check the direction of this change: \(why)"))
        case .same, .upgrade, .unordered:
            // `latest` is warned about by the spec checks, at the line that now says it.
            break
        }

        let specChanges = try pin(&document, from: before, to: tag)
        let loaded = try SpecLoader.load(document.text, fileName: spec.displayName)
        var generation = try generator.plan(
            install: loaded.install, folder: folder,
            extraFiles: [RenderedFile(path: SpecLoader.fileName, contents: document.text)])
        generation.notes.insert(contentsOf: warnings + loaded.warnings, at: 0)
        return Plan(
            from: from, to: tag, step: step, specChanges: specChanges, migrations: migrations,
            releaseNotes: ReleaseNotes.crossed(from: from, to: tag),
            procedure: UpgradeProcedure.steps(loaded.install, from: from), generation: generation)
    }

    /// Writes the upgrade: the spec and every output, with backups and the manifest, as `generate` does.
    @discardableResult
    public func apply(_ plan: Plan, folder: String, options: ApplyOptions = ApplyOptions()) throws(DiagnosticError)
        -> ApplyReport
    {
        try generator.apply(plan.generation, folder: folder, options: options)
    }

    /// Sets `simVersion` (inserting it when the spec relied on the default) and `cronVersion` when it
    /// was pinned to the same tag: the scheduler followed the app, so it keeps following.
    private func pin(_ document: inout SpecDocument, from install: Install, to tag: ImageTag)
        throws(DiagnosticError) -> [String]
    {
        guard install.simVersion != tag || document.scalar(["simVersion"]) == nil else { return [] }
        var changes = ["simVersion: \(install.simVersion) -> \(tag) (app, realtime and migrations move together)"]
        if document.scalar(["simVersion"]) == nil {
            try document.insertTopLevel(
                "simVersion", .string(tag.value), after: ["target", "url", "name", "version"])
        } else {
            try document.replaceScalar(["simVersion"], with: .string(tag.value))
        }
        if let cron = document.scalar(["cronVersion"]) {
            if cron.value == install.simVersion.value {
                try document.replaceScalar(["cronVersion"], with: .string(tag.value))
                changes.append("cronVersion: \(cron.value) -> \(tag) (it was pinned with simVersion)")
            } else {
                changes.append("cronVersion stays \(cron.value): it is pinned on its own")
            }
        }
        return changes
    }

    private func location(of path: [String], in document: SpecDocument) -> SourceLocation? {
        document.scalar(path)?.mark.map { SourceLocation(file: document.fileName, line: $0.line, column: $0.column) }
    }
}
