import DotEnv

/// What every rule reads: the parsed file, the target, and lookups built once for all rules.
///
/// Building the key index is the one hash pass over the file; duplicate, reference and Sim rules all
/// answer from it instead of scanning the file again.
public struct LintInput: Sendable {
    /// One `KEY=value` statement and where it sits.
    public struct Statement: Sendable {
        public var entry: DotEnvEntry
        /// The index of its line in `file.lines`.
        public var lineIndex: Int
        /// A statement after a closing quote on the same line (`A="x" B=2`).
        public var isTrailing: Bool
    }

    public let file: DotEnvFile
    public let target: DeploymentTarget?
    /// Every statement in file order, trailing ones included.
    public let statements: [Statement]
    /// For each key, the index in ``statements`` of the statement Compose keeps (the last).
    public let lastStatementByKey: [String: Int]
    /// Pairs of statement indexes `(earlier, later)` that set the same key.
    public let duplicates: [(earlier: Int, later: Int)]

    public init(file: DotEnvFile, target: DeploymentTarget? = nil) {
        self.file = file
        self.target = target
        var statements: [Statement] = []
        statements.reserveCapacity(file.lines.count)
        for (index, line) in file.lines.enumerated() {
            if case .entry(let entry) = line.kind {
                statements.append(Statement(entry: entry, lineIndex: index, isTrailing: false))
            }
            for entry in line.trailingEntries {
                statements.append(Statement(entry: entry, lineIndex: index, isTrailing: true))
            }
        }
        var last: [String: Int] = [:]
        last.reserveCapacity(statements.count)
        var duplicates: [(Int, Int)] = []
        for index in statements.indices where !statements[index].entry.key.isEmpty {
            let key = statements[index].entry.key
            if let earlier = last.updateValue(index, forKey: key) {
                // `String ==` also equates canonically equivalent spellings; Compose compares bytes.
                if statements[earlier].entry.key.utf8.elementsEqual(key.utf8) {
                    duplicates.append((earlier, index))
                } else {
                    last[key] = earlier
                }
            }
        }
        self.statements = statements
        self.lastStatementByKey = last
        self.duplicates = duplicates
    }

    /// The statement whose value Compose keeps for `key`.
    public func statement(for key: String) -> Statement? {
        lastStatementByKey[key].map { statements[$0] }
    }

    /// Whether `key` is set to a non-empty value (or inherited with a bare `KEY` line).
    public func hasValue(_ key: String) -> Bool {
        guard let statement = statement(for: key) else { return false }
        return statement.entry.isBare || !statement.entry.value.isEmpty
    }

    /// The value Compose passes for `statement`, when it does not depend on any variable; `nil` otherwise.
    ///
    /// Rules judge only values they can know: a value built from `${OTHER}` depends on the environment
    /// Compose runs in.
    public func literalValue(_ statement: Statement) -> String? {
        let entry = statement.entry
        guard !entry.isBare else { return nil }
        guard entry.quote != .single, entry.value.utf8.contains(UInt8(ascii: "$")) else { return entry.value }
        guard Interpolation.references(in: entry).isEmpty else { return nil }
        return try? Interpolation.interpolated(entry) { _ in nil }
    }

    /// The literal value of the statement Compose keeps for `key`.
    public func literalValue(of key: String) -> String? {
        statement(for: key).flatMap(literalValue)
    }

    /// The catalogue entry for a statement's key.
    public func variable(_ statement: Statement) -> EnvVar? {
        EnvCatalogue.entry(statement.entry.key)
    }

    /// Statements whose key Sim knows, with the catalogue entry; the last one per key only.
    public var knownStatements: [(statement: Statement, variable: EnvVar)] {
        var result: [(Statement, EnvVar)] = []
        for (index, statement) in statements.enumerated() where lastStatementByKey[statement.entry.key] == index {
            if let variable = EnvCatalogue.entry(statement.entry.key) {
                result.append((statement, variable))
            }
        }
        return result
    }
}
