/// Turns the diagnostics of a lint run into one output format.
public protocol Reporter: Sendable {
    static var identifier: String { get }
    static var summary: String { get }
    func report(_ run: LintReport) -> String
}

/// What a lint run found, with what reporters need to describe it.
public struct LintReport: Sendable {
    /// Every file linted, in the order given (so a clean file still shows up).
    public var files: [String]
    /// Sorted by file (in ``files`` order), line and column.
    public var diagnostics: [Diagnostic]
    /// The rules known to this version, for SARIF's rule list.
    public var rules: [RuleDescription]
    public var toolVersion: String

    public init(
        files: [String], diagnostics: [Diagnostic], rules: [RuleDescription] = EnvRules.descriptions,
        toolVersion: String = ToolVersion.current
    ) {
        self.files = files
        self.diagnostics = diagnostics
        self.rules = rules
        self.toolVersion = toolVersion
    }

    public var errorCount: Int { diagnostics.count { $0.severity == .error } }
    public var warningCount: Int { diagnostics.count { $0.severity == .warning } }

    /// `2 errors and 1 warning in 1 of 3 files` or `no problems in 3 files`.
    public var summaryLine: String {
        let affected = Set(diagnostics.compactMap { $0.location?.file }).count
        let fileWord = files.count == 1 ? "file" : "files"
        guard !diagnostics.isEmpty else { return "no problems in \(files.count) \(fileWord)" }
        var parts: [String] = []
        if errorCount > 0 { parts.append(plural(errorCount, "error")) }
        if warningCount > 0 { parts.append(plural(warningCount, "warning")) }
        let notes = diagnostics.count - errorCount - warningCount
        if notes > 0 { parts.append(plural(notes, "note")) }
        return parts.joined(separator: " and ") + " in \(affected) of \(files.count) \(fileWord)"
    }

    private func plural(_ count: Int, _ word: String) -> String {
        "\(count) \(word)\(count == 1 ? "" : "s")"
    }
}

/// The output formats of `simdeploy lint --format`.
public enum ReportFormat: String, Sendable, CaseIterable {
    case text, json, github, sarif

    public func reporter(colored: Bool = false) -> any Reporter {
        switch self {
        case .text: TextReporter(colored: colored)
        case .json: JSONReporter()
        case .github: GitHubActionsReporter()
        case .sarif: SARIFReporter()
        }
    }

    public var summary: String {
        switch self {
        case .text: TextReporter.summary
        case .json: JSONReporter.summary
        case .github: GitHubActionsReporter.summary
        case .sarif: SARIFReporter.summary
        }
    }
}
