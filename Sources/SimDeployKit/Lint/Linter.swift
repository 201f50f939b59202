import DotEnv

/// Runs the enabled rules over one file and turns their findings into located, redacted diagnostics.
public struct Linter: Sendable {
    public let configuration: LintConfiguration
    /// The rules that run, in registry order.
    public let rules: [any EnvRule]

    public init(configuration: LintConfiguration = LintConfiguration(), rules: [any EnvRule] = EnvRules.all) {
        self.configuration = configuration
        self.rules = rules.filter { configuration.isEnabled(type(of: $0).description) }
    }

    /// One file's findings, and the edits `--fix` would apply.
    public struct Result: Sendable {
        public var path: String
        /// What the rules read; kept with the findings so that nothing of a large file is freed before the
        /// process exits (freeing it string by string takes longer than linting it).
        public var input: LintInput
        public var file: DotEnvFile { input.file }
        /// Sorted by place, then by rule.
        public var diagnostics: [Diagnostic]
        public var edits: [FixEdit]
    }

    public func lint(bytes: [UInt8], path: String) -> Result {
        lint(DotEnvParser.parse(bytes: bytes), path: path)
    }

    public func lint(_ text: String, path: String) -> Result {
        lint(DotEnvParser.parse(text), path: path)
    }

    public func lint(_ file: DotEnvFile, path: String) -> Result {
        let input = LintInput(file: file, target: configuration.target)
        let disabled = DisableComments(file, candidates: input.lineIndexes(.maybeDirective))
        var located: [(finding: Finding, rule: Int)] = []
        for (index, rule) in rules.enumerated() {
            let description = type(of: rule).description
            // Compose refuses a file with a syntax error whatever a comment says, so those stay.
            let silenceable = !disabled.isEmpty && description.kind != .syntax
            for finding in rule.check(input)
            where !silenceable || !disabled.silences(description.identifier, line: finding.position.line) {
                located.append((finding, index))
            }
        }
        located.sort { a, b in
            (a.finding.position.line, a.finding.position.column, a.rule)
                < (b.finding.position.line, b.finding.position.column, b.rule)
        }
        let secrets = located.isEmpty ? [] : Redactor.secretTexts(in: input)
        var sources = SourceLines(file: file)
        var diagnostics: [Diagnostic] = []
        diagnostics.reserveCapacity(located.count)
        var edits: [FixEdit] = []
        for (finding, index) in located {
            let description = type(of: rules[index]).description
            diagnostics.append(
                Diagnostic(
                    configuration.severity(of: description),
                    secrets.isEmpty ? finding.message : Redactor.scrub(finding.message, secrets),
                    at: SourceLocation(file: path, line: finding.position.line, column: finding.position.column),
                    code: description.identifier,
                    fix: secrets.isEmpty ? finding.hint : finding.hint.map { Redactor.scrub($0, secrets) },
                    sourceLine: finding.showsSourceLine ? sources.line(finding.position.line) : nil))
            if let edit = finding.edit, description.isFixable { edits.append(edit) }
        }
        return Result(path: path, input: input, diagnostics: diagnostics, edits: edits)
    }

    /// A file after `--fix`: the new text, a diff with secrets masked, and what is left to report.
    public struct FixResult: Sendable {
        public var text: String
        public var diff: String
        /// How many findings the fix repaired.
        public var fixedCount: Int
        public var remaining: Result
    }

    /// Repairs what the fixable rules found; `nil` when there is nothing to repair.
    public func fix(_ result: Result) throws(Fixer.Refusal) -> FixResult? {
        guard !result.edits.isEmpty else { return nil }
        let outcome = try Fixer.apply(result.edits, to: result.file)
        let diff = FixDiff.unified(old: result.file, outcome, path: result.path)
        let remaining = lint(outcome.text, path: result.path)
        return FixResult(
            text: outcome.text, diff: diff, fixedCount: result.diagnostics.count - remaining.diagnostics.count,
            remaining: remaining)
    }
}

/// Physical lines of a file, redacted, looked up by number for diagnostics.
struct SourceLines {
    let file: DotEnvFile
    private var cache: [Int: String] = [:]

    init(file: DotEnvFile) {
        self.file = file
    }

    mutating func line(_ number: Int) -> String? {
        guard let index = logicalIndex(of: number) else { return nil }
        let raw: String
        if let cached = cache[index] {
            raw = cached
        } else {
            raw = Redactor.redacted(file.lines[index], lineIndex: index, hasByteOrderMark: file.hasByteOrderMark)
            cache[index] = raw
        }
        return Redactor.physicalLine(
            number, of: raw, firstLine: file.lines[index].lineRange.lowerBound,
            dropByteOrderMark: file.hasByteOrderMark)
    }

    /// The index of the logical line holding physical line `number` (binary search: lines are in order).
    private func logicalIndex(of number: Int) -> Int? {
        var low = 0
        var high = file.lines.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let range = file.lines[middle].lineRange
            if number < range.lowerBound {
                high = middle - 1
            } else if number > range.upperBound {
                low = middle + 1
            } else {
                return middle
            }
        }
        return nil
    }
}
