#if canImport(FoundationEssentials)
    internal import FoundationEssentials
#else
    internal import Foundation
#endif

/// What simdeploy last wrote into an install: `.simdeploy/manifest.json`, mode 0600.
///
/// It records, per output file, the SHA-256 of the bytes on disk after the write and, for files
/// merged line by line, the SHA-256 of the pure render (the merge base kept in `.simdeploy/base/`).
/// `generate` compares disk with these to tell a file it may replace from one edited by hand.
///
/// JSON through FoundationEssentials: ArgumentParser already links it into the binary, so it costs
/// no start-up time, and its decoder rejects a damaged file precisely instead of a hand-written
/// parser guessing. Keys are sorted and there is no timestamp, so an unchanged install gives the
/// same bytes and `generate` rewrites nothing.
public struct Manifest: Hashable, Sendable, Codable {
    /// The layout of this file; a newer simdeploy that changes it bumps the number.
    public static let currentFormat = 1

    public var format: Int
    /// The simdeploy that wrote it, for support questions and upgrade notes.
    public var simdeployVersion: String
    /// `version:` of the spec the files were rendered from.
    public var specVersion: Int
    /// The pinned Sim image tag at the time of the write.
    public var simVersion: String
    /// Output files by path relative to the install folder.
    public var files: [String: FileRecord]

    public struct FileRecord: Hashable, Sendable, Codable {
        /// SHA-256 of the file as simdeploy left it (including hand edits it merged in).
        public var sha256: String
        public var mode: FileMode
        /// SHA-256 of the pure render, stored as `.simdeploy/base/<hash>`; `nil` for `.env`, which
        /// merges by key and needs no base (a second copy of every secret would be one more leak).
        public var renderedSha256: String?
        /// `.env` only: the keys simdeploy rendered, so a key it stops generating is reported, not dropped.
        public var keys: [String]?

        public init(sha256: String, mode: FileMode, renderedSha256: String? = nil, keys: [String]? = nil) {
            self.sha256 = sha256
            self.mode = mode
            self.renderedSha256 = renderedSha256
            self.keys = keys
        }
    }

    public init(simdeployVersion: String, specVersion: Int, simVersion: String, files: [String: FileRecord]) {
        self.format = Self.currentFormat
        self.simdeployVersion = simdeployVersion
        self.specVersion = specVersion
        self.simVersion = simVersion
        self.files = files
    }

    /// Pretty, key-sorted JSON ending in one newline.
    public func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Every field is a plain string, integer or array of them: encoding cannot fail.
        guard let data = try? encoder.encode(self) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// Reads a manifest; a damaged or too-new one is an error, never silently ignored.
    public static func parse(_ text: String, fileName: String) throws(DiagnosticError) -> Manifest {
        let manifest: Manifest
        do {
            manifest = try JSONDecoder().decode(Manifest.self, from: Data(text.utf8))
        } catch {
            throw DiagnosticError(
                .error(
                    "\(fileName) is damaged: \(reason(error))", at: SourceLocation(file: fileName, line: 1, column: 1),
                    code: "manifest-damaged",
                    fix:
                        "restore it from a copy, or delete it: simdeploy then treats every file that differs from its output as unrecorded and asks for --force before replacing it"
                ))
        }
        guard manifest.format <= currentFormat else {
            throw DiagnosticError(
                .error(
                    "\(fileName) has format \(manifest.format), written by simdeploy \(manifest.simdeployVersion); this simdeploy reads format \(currentFormat)",
                    at: SourceLocation(file: fileName, line: 1, column: 1), code: "manifest-too-new",
                    fix: "upgrade simdeploy to \(manifest.simdeployVersion) or later"))
        }
        return manifest
    }

    private static func reason(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return "not valid JSON" }
        switch error {
        case .dataCorrupted(let context): return context.debugDescription
        case .keyNotFound(let key, let context): return "\(path(context.codingPath + [key])) is missing"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "\(path(context.codingPath)) has the wrong type"
        @unknown default: return "not a simdeploy manifest"
        }
    }

    private static func path(_ keys: [any CodingKey]) -> String {
        keys.map(\.stringValue).joined(separator: ".")
    }
}
