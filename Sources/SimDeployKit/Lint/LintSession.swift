import DotEnv

/// One `simdeploy lint` run over several files: findings, optional fixes, and whether the run fails.
public struct LintSession: Sendable {
    /// A file to lint: a display path (`<stdin>` for standard input) and its bytes.
    public struct Source: Sendable {
        public var path: String
        public var bytes: [UInt8]

        public init(path: String, bytes: [UInt8]) {
            self.path = path
            self.bytes = bytes
        }
    }

    /// What `--fix` did to one file.
    public struct FileFix: Sendable {
        public var path: String
        /// The new contents, `nil` when the fix was refused.
        public var text: String?
        public var diff: String
        public var fixedCount: Int
        /// Why nothing was written, when the fix was refused.
        public var refusal: String?
    }

    public struct Outcome: Sendable {
        public var report: LintReport
        public var fixes: [FileFix]
        /// Whether a finding at or above the failing severity remains (exit 1).
        public var failed: Bool
        /// Each file's lint, kept so that a caller about to exit does not pay for freeing a large parse
        /// one string at a time (that takes longer than linting it; the system reclaims it at once).
        public var results: [Linter.Result]
    }

    public let configuration: LintConfiguration

    public init(configuration: LintConfiguration) {
        self.configuration = configuration
    }

    public func run(_ sources: [Source], fix: Bool = false) -> Outcome {
        let linter = Linter(configuration: configuration)
        var diagnostics: [Diagnostic] = []
        var fixes: [FileFix] = []
        var results: [Linter.Result] = []
        for source in sources {
            var result = linter.lint(bytes: source.bytes, path: source.path)
            if fix, !result.edits.isEmpty {
                if result.file.issues.contains(where: { $0.code == .invalidUTF8 }) {
                    fixes.append(
                        FileFix(
                            path: source.path, text: nil, diff: "", fixedCount: 0,
                            refusal: "the file is not UTF-8; fix its encoding first"))
                } else {
                    do {
                        if let fixed = try linter.fix(result) {
                            fixes.append(
                                FileFix(
                                    path: source.path, text: fixed.text, diff: fixed.diff,
                                    fixedCount: fixed.fixedCount, refusal: nil))
                            result = fixed.remaining
                        }
                    } catch {
                        fixes.append(
                            FileFix(path: source.path, text: nil, diff: "", fixedCount: 0, refusal: error.description))
                    }
                }
            }
            diagnostics += result.diagnostics
            results.append(result)
        }
        let report = LintReport(files: sources.map(\.path), diagnostics: diagnostics)
        let failed = diagnostics.contains { $0.severity >= configuration.failureSeverity }
        return Outcome(report: report, fixes: fixes, failed: failed, results: results)
    }

    /// The target named by a `simdeploy.yaml`.
    public static func target(fromSpec text: String, fileName: String) throws(DiagnosticError) -> DeploymentTarget {
        let install = try SpecLoader.load(text, fileName: fileName).install
        guard let target = DeploymentTarget(rawValue: install.target.name) else {
            throw DiagnosticError(.error("\(fileName): target '\(install.target.name)' has no lint rules"))
        }
        return target
    }
}
