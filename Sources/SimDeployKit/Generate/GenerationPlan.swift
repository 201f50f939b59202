/// What `generate` would do to each file, computed without touching the disk.
public struct GenerationPlan: Sendable {
    public enum Action: String, Sendable {
        case create, update, unchanged
        /// Same contents, but the mode is wrong (a `.env` left world-readable, say).
        case permissions
    }

    public struct PlannedFile: Sendable {
        public var file: RenderedFile
        /// Contents on disk now; `nil` when the file does not exist.
        public var current: String?
        public var currentMode: UInt16?

        public var action: Action {
            guard let current else { return .create }
            if current != file.contents { return .update }
            return currentMode == file.mode ? .unchanged : .permissions
        }
    }

    public var install: Install
    public var files: [PlannedFile]
    /// Secrets this run would create (never their values).
    public var generatedSecrets: [SecretName]
    /// Spec warnings and merge notes, for the operator.
    public var notes: [Diagnostic]
    /// Every secret value involved, so output can redact them.
    var secretValues: [String]

    /// Commands the operator runs next.
    public var nextSteps: [String] { Outputs.nextSteps(install) }

    public var hasChanges: Bool { files.contains { $0.action != .unchanged } }

    /// A unified diff of every file that would change, with secret values replaced by `********`.
    public func diff() -> String {
        files.compactMap { planned -> String? in
            guard planned.action == .create || planned.action == .update else { return nil }
            let text = LineDiff.unified(old: planned.current ?? "", new: planned.file.contents, path: planned.file.path)
            return redact(text)
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
