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
    /// What the first pass noticed about each statement (same order as ``statements``).
    public let statementTraits: [StatementTraits]
    /// Pairs of statement indexes `(earlier, later)` that set the same key.
    public let duplicates: [(earlier: Int, later: Int)]
    /// The statements Compose keeps (the last per key) whose key Sim knows, with its catalogue entry.
    public let knownStatements: [(statement: Statement, variable: EnvVar)]
    /// Indexes of the statements Compose keeps whose key Sim does not know.
    public let unknownStatementIndexes: [Int]
    /// Everything Compose would refuse, in file order.
    public let issues: [ParseIssue]
    /// The `$NAME` and `${NAME…}` references of each statement that has some, in file order.
    public let references: [(statement: Int, references: [VariableReference])]
    /// Each key's last statement index.
    private let keys: KeyTable
    /// For each statement trait (by bit), the indexes of the statements that have it.
    private let statementsByTrait: [[Int]]
    /// For each line trait (by bit), the indexes of the lines that have it.
    private let linesByTrait: [[Int]]

    public init(file: DotEnvFile, target: DeploymentTarget? = nil) {
        self.file = file
        self.target = target
        var statements: [Statement] = []
        var traits: [StatementTraits] = []
        statements.reserveCapacity(file.lines.count)
        traits.reserveCapacity(file.lines.count)
        var statementsByTrait = [[Int]](repeating: [], count: StatementTraits.count)
        var linesByTrait = [[Int]](repeating: [], count: LineTraits.count)
        var hashes: [UInt64] = []
        hashes.reserveCapacity(file.lines.count)
        var catalogueIndexes: [Int32] = []
        catalogueIndexes.reserveCapacity(file.lines.count)
        let catalogue = EnvCatalogue.all
        var issues: [ParseIssue] = []
        for (index, line) in file.lines.enumerated() {
            let lineTraits = LineTraits.of(line)
            var bits = lineTraits.rawValue
            while bits != 0 {
                linesByTrait[bits.trailingZeroBitCount].append(index)
                bits &= bits - 1
            }
            switch line.kind {
            case .entry(let entry):
                var first = line.raw.utf8[...]
                if index == 0 && file.hasByteOrderMark { first = first.dropFirst(3) }
                let indentation =
                    entry.keyPosition.column > 1 && first.first != UInt8(ascii: "e") ? entry.keyPosition.column : 0
                let hash = KeyTable.hash(entry.key)
                let variable = CatalogueIndex.index(entry.key, hash: hash)
                statements.append(Statement(entry: entry, lineIndex: index, isTrailing: false))
                traits.append(
                    StatementTraits.of(
                        entry, isTrailing: false, indentation: indentation, variable: variable.map { catalogue[$0] }))
                hashes.append(hash)
                catalogueIndexes.append(Int32(variable ?? -1))
                for entry in line.trailingEntries {
                    let hash = KeyTable.hash(entry.key)
                    let variable = CatalogueIndex.index(entry.key, hash: hash)
                    statements.append(Statement(entry: entry, lineIndex: index, isTrailing: true))
                    traits.append(
                        StatementTraits.of(
                            entry, isTrailing: true, indentation: 0, variable: variable.map { catalogue[$0] }))
                    hashes.append(hash)
                    catalogueIndexes.append(Int32(variable ?? -1))
                }
            case .invalid(let issue):
                issues.append(issue)
            default:
                break
            }
        }
        for (index, statementTraits) in traits.enumerated() {
            var bits = statementTraits.rawValue
            while bits != 0 {
                statementsByTrait[bits.trailingZeroBitCount].append(index)
                bits &= bits - 1
            }
        }
        var references: [(statement: Int, references: [VariableReference])] = []
        for index in statementsByTrait[StatementTraits.dollar.rawValue.trailingZeroBitCount]
        where statements[index].entry.quote != .single {
            let found = Interpolation.references(in: statements[index].entry)
            if !found.isEmpty { references.append((index, found)) }
        }
        // Keys compare byte for byte, as in Compose.
        var keys = KeyTable(minimumCapacity: statements.count)
        var duplicates: [(earlier: Int, later: Int)] = []
        var isLast = [Bool](repeating: false, count: statements.count)
        for index in statements.indices where !statements[index].entry.key.isEmpty {
            let key = statements[index].entry.key
            let previous = keys.insert(index, hash: hashes[index]) { other in
                KeyTable.sameBytes(statements[other].entry.key, key)
            }
            isLast[index] = true
            if let previous {
                duplicates.append((previous, index))
                isLast[previous] = false
            }
        }
        var known: [(statement: Statement, variable: EnvVar)] = []
        var unknown: [Int] = []
        for index in statements.indices where isLast[index] {
            if catalogueIndexes[index] >= 0 {
                known.append((statements[index], catalogue[Int(catalogueIndexes[index])]))
            } else {
                unknown.append(index)
            }
        }
        self.statements = statements
        self.statementTraits = traits
        self.statementsByTrait = statementsByTrait
        self.linesByTrait = linesByTrait
        self.issues = issues
        self.references = references
        self.keys = keys
        self.duplicates = duplicates
        self.knownStatements = known
        self.unknownStatementIndexes = unknown
    }

    /// The indexes of the statements with `trait` (one trait), in file order.
    public func statementIndexes(_ trait: StatementTraits) -> [Int] {
        trait.rawValue == 0 ? [] : statementsByTrait[trait.rawValue.trailingZeroBitCount]
    }

    /// The statements with `trait` (one trait), in file order.
    public func statements(_ trait: StatementTraits) -> [Statement] {
        statementIndexes(trait).map { statements[$0] }
    }

    /// The indexes of the lines with `trait` (one trait), in file order.
    public func lineIndexes(_ trait: LineTraits) -> [Int] {
        trait.rawValue == 0 ? [] : linesByTrait[trait.rawValue.trailingZeroBitCount]
    }

    /// The index in ``statements`` of the statement Compose keeps for `key` (the last).
    public func lastIndex(of key: String) -> Int? {
        keys.find(hash: KeyTable.hash(key)) { KeyTable.sameBytes(statements[$0].entry.key, key) }
    }

    /// The statement whose value Compose keeps for `key`.
    public func statement(for key: String) -> Statement? {
        lastIndex(of: key).map { statements[$0] }
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
}
