/// What `generate` would do to each file, computed without touching the disk.
public struct GenerationPlan: Sendable {
    public enum Action: String, Sendable {
        case create, update, unchanged
        /// Same contents, but the mode is wrong (a `.env` left world-readable, say).
        case permissions
        /// Edited by hand since the last render, and the edit merges cleanly with the new output.
        case merge
        /// Edited by hand, and the edit and the new output cannot be merged (or there is no record of
        /// the last render to merge against). Nothing is written unless forced.
        case conflict
    }

    /// How a file is kept up to date across regenerations.
    public enum Tracking: Hashable, Sendable {
        /// The operator's input (`simdeploy.yaml`): written when asked, never in the manifest.
        case input
        /// `.env`: merged key by key; the manifest keeps the keys simdeploy rendered.
        case keys([String])
        /// Every other output: three-way line merge against the last render.
        case lines
    }

    /// Why a file is in conflict.
    public enum ConflictReason: Hashable, Sendable {
        /// Both the operator and simdeploy changed the same lines.
        case overlappingEdits([ThreeWayMerge.Conflict])
        /// The file differs from simdeploy's output and simdeploy has no record of writing it (it
        /// predates the manifest, or the operator put it there).
        case noRecord
    }

    public struct PlannedFile: Sendable {
        /// What a write puts on disk: the render, the merged text, or for a conflict the render that
        /// `--force` writes after backing up the edited file.
        public var file: RenderedFile
        /// Contents on disk now; `nil` when the file does not exist.
        public var current: String?
        public var currentMode: UInt16?
        public var drift: Drift
        public var action: Action
        public var tracking: Tracking
        /// The pure render: the merge base for next time.
        public var rendered: String
        public var conflict: ConflictReason?
        /// For a conflict: the file with `<<<<<<< ours` / `>>>>>>> simdeploy` markers, or the new
        /// render when there is nothing to merge against.
        public var proposal: String?

        /// Whether applying replaces bytes that are on disk now (so they are backed up first).
        public var overwrites: Bool {
            switch action {
            case .update, .merge, .conflict: current != nil
            case .create, .unchanged, .permissions: false
            }
        }

        public var writes: Bool { action != .unchanged }
    }

    public var install: Install
    public var files: [PlannedFile]
    /// Secrets this run would create (never their values).
    public var generatedSecrets: [SecretName]
    /// Spec warnings and merge notes, for the operator.
    public var notes: [Diagnostic]
    /// Every secret value involved, so output can redact them.
    var secretValues: [String]
    /// The manifest a write leaves, and the one on disk now.
    var manifest: Manifest
    var state: InstallState.Snapshot
    /// `.env` and the operator's presets as this plan read them, for the next steps.
    var inputs = RenderInputs()

    /// Commands the operator runs next.
    public var nextSteps: [String] { Outputs.nextSteps(install, inputs: inputs) }

    /// Whether any output file would change; bookkeeping under `.simdeploy/` does not count.
    public var hasChanges: Bool { files.contains { $0.action != .unchanged } }

    public var conflicts: [PlannedFile] { files.filter { $0.action == .conflict } }

    /// A unified diff of every file that would change, with secret values replaced by `********`.
    ///
    /// A conflict shows the proposed file, markers included, against the file on disk.
    public func diff() -> String {
        files.compactMap { planned -> String? in
            let new: String
            switch planned.action {
            case .create, .update, .merge: new = planned.file.contents
            case .conflict: new = planned.proposal ?? planned.file.contents
            case .unchanged, .permissions: return nil
            }
            return redact(LineDiff.unified(old: planned.current ?? "", new: new, path: planned.file.path))
        }.joined()
    }

    /// Replaces every secret value in `text`; longest first, so a secret containing another is fully hidden.
    public func redact(_ text: String) -> String {
        var result = text
        for secret in secretValues.sorted(by: { $0.count > $1.count }) where secret.count >= 8 {
            result = result.replacing(secret, with: "********")
        }
        return result
    }
}
