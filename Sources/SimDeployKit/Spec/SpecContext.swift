import YAML

/// Collects located problems while a spec is decoded, so all of them are reported at once.
final class SpecContext {
    let fileName: String
    private let lines: [Substring]
    private(set) var diagnostics: [Diagnostic] = []

    init(fileName: String, text: String) {
        self.fileName = fileName
        self.lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    func error(_ path: String, _ problem: String, at mark: Mark?, fix: String? = nil) {
        report(.error, path, problem, at: mark, fix: fix)
    }

    func warning(_ path: String, _ problem: String, at mark: Mark?, fix: String? = nil) {
        report(.warning, path, problem, at: mark, fix: fix)
    }

    func report(_ severity: Diagnostic.Severity, _ path: String, _ problem: String, at mark: Mark?, fix: String?) {
        let message = path.isEmpty ? problem : "\(path): \(problem)"
        diagnostics.append(
            Diagnostic(severity, message, at: location(mark), fix: fix, sourceLine: sourceLine(mark)))
    }

    func location(_ mark: Mark?) -> SourceLocation {
        SourceLocation(file: fileName, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    private func sourceLine(_ mark: Mark?) -> String? {
        guard let mark, mark.line >= 1, mark.line <= lines.count else { return nil }
        var line = lines[mark.line - 1]
        if line.hasSuffix("\r") { line = line.dropLast() }
        return String(line)
    }
}
