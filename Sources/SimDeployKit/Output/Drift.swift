/// How a file on disk relates to what simdeploy last wrote there.
public enum Drift: String, Hashable, Sendable {
    /// Not on disk yet.
    case new
    /// Exactly what simdeploy last rendered: safe to replace.
    case pristine
    /// Changed by hand since simdeploy last rendered it.
    case edited
    /// On disk, but simdeploy has no record of rendering it.
    case unrecorded
}

/// Decides what happens to one line-merged output: replace, merge the operator's edit, or stop.
///
/// The rules, in order:
/// 1. Not on disk: create it.
/// 2. Disk already equals the new render: nothing to do (only the mode, if that is off).
/// 3. Disk equals the last render (its hash is the recorded `renderedSha256`): untouched by hand,
///    so replace it.
/// 4. No record, or the recorded base is gone: simdeploy cannot tell a hand edit from an older
///    output, so it is a conflict that `--force` resolves after a backup. This is the rule for
///    files written before the manifest existed.
/// 5. Otherwise merge three ways (base = last render, ours = disk, theirs = new render): a clean
///    merge keeps the edit and the new content; overlapping edits are a conflict.
struct DriftClassifier {
    /// The record of this path, already repaired from an interrupted write's journal.
    var record: Manifest.FileRecord?
    /// The recorded base's text, when present and intact.
    var base: String?

    func plan(
        _ rendered: RenderedFile, current: String?, currentMode: UInt16?, currentHash: String?
    ) -> GenerationPlan.PlannedFile {
        var planned = GenerationPlan.PlannedFile(
            file: rendered, current: current, currentMode: currentMode, drift: .new, action: .create,
            tracking: .lines, rendered: rendered.contents)
        guard let current else { return planned }
        let pristine = record?.renderedSha256 != nil && record?.renderedSha256 == currentHash
        planned.drift = record == nil ? .unrecorded : pristine ? .pristine : .edited
        if current == rendered.contents {
            planned.action = currentMode == rendered.mode ? .unchanged : .permissions
            return planned
        }
        if pristine {
            planned.action = .update
            return planned
        }
        guard let base else {
            planned.action = .conflict
            planned.conflict = .noRecord
            planned.proposal = rendered.contents
            return planned
        }
        switch ThreeWayMerge.merge(base: base, ours: current, theirs: rendered.contents) {
        case .clean(let merged):
            planned.file.contents = merged
            if merged == current {
                planned.action = currentMode == rendered.mode ? .unchanged : .permissions
            } else {
                planned.action = .merge
            }
        case .conflicted(let proposal, let conflicts):
            planned.action = .conflict
            planned.conflict = .overlappingEdits(conflicts)
            planned.proposal = proposal
        }
        return planned
    }
}
