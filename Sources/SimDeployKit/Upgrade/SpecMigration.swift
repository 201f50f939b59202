import YAML

/// One step of the spec format: turns a version `target - 1` document into version `target`.
///
/// A step edits the document in place (`SpecDocument.renameKey`, `replaceScalar`), so the
/// operator's comments survive; `SpecMigrations.migrate` then writes the new `version:`. A new
/// format is one type conforming here plus its line in `SpecMigrations.all`.
public protocol SpecMigration: Sendable {
    /// The version this step produces.
    var target: Int { get }
    /// What changes, in one line for the operator.
    var summary: String { get }
    func migrate(_ document: inout SpecDocument) throws(DiagnosticError)
}

/// Version 1, the first format: there is nothing older, so the step is the identity. It anchors the
/// chain, so that every version up to the current one has exactly one step producing it (tested).
struct InitialFormat: SpecMigration {
    let target = 1
    let summary = "version 1: the first spec format"

    func migrate(_ document: inout SpecDocument) throws(DiagnosticError) {}
}

public enum SpecMigrations {
    public static let all: [any SpecMigration] = [InitialFormat()]

    /// Runs every step from the document's `version:` up to `current`, returning their summaries.
    ///
    /// A document newer than `current` is refused: this simdeploy would misread it.
    public static func migrate(
        _ document: inout SpecDocument, to current: Int = SpecSchema.currentVersion,
        steps: [any SpecMigration] = all
    ) throws(DiagnosticError) -> [String] {
        // A missing or malformed version is the loader's to report, with its location.
        guard let version = document.version else { return [] }
        guard version <= current else {
            let mark = document.scalar(["version"])?.mark
            throw DiagnosticError(
                .error(
                    "version: \(version) is newer than this simdeploy understands (\(current))",
                    at: mark.map { SourceLocation(file: document.fileName, line: $0.line, column: $0.column) },
                    code: "spec-too-new", fix: "upgrade simdeploy"))
        }
        var applied: [String] = []
        for step in steps.sorted(by: { $0.target < $1.target }) where step.target > version && step.target <= current {
            try step.migrate(&document)
            try document.replaceScalar(["version"], with: .int(step.target))
            applied.append(step.summary)
        }
        return applied
    }
}
